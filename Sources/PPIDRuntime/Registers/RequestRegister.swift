import PPIDSyntax
import PPIDModel

/// `requests`: the register permohonan (docs/language.md §19 and §12), one row per request
/// received, with its statutory clock and its answer.
enum RequestRegister {
    /// A field of request rows, read in place.
    static func field(_ name: String, column: Bool = false, detail: Bool = true, _ help: String,
                      _ read: @escaping @Sendable (Interpreter, Request) -> Value) -> FieldSpec {
        FieldSpec(name, column: column, detail: detail, help) { rt, v in
            guard case .entity(.request(let i)) = v else { return .null }
            return read(rt, rt.registry.requests[i])
        }
    }

    static let requests = RegisterSpec(
        .requests, help: "the register permohonan: every request for information received",
        fields: [
            field("name", column: true, "the request's name in scripts") { _, r in .string(r.name) },
            field("number", column: true, "the registration number issued on receipt") { _, r in .string(r.number) },
            field("received", column: true, "when it was received (the clock at `request`)") { _, r in .dateTime(r.received) },
            field("from", column: true, "who asks (Nama)") { _, r in .string(r.from) },
            field("address", "the applicant's address, or null") { rt, r in rt.opt(r.address) },
            field("contact", "the applicant's contact number, or null") { rt, r in rt.opt(r.contact) },
            field("job", "the applicant's occupation, or null") { rt, r in rt.opt(r.job) },
            field("identity", "NIK or a legal entity's deed, or null") { rt, r in rt.opt(r.identity) },
            field("asks", column: true, "the information asked for") { _, r in .string(r.asks) },
            field("purpose", "what it will be used for") { _, r in .string(r.purpose) },
            field("via", "desk, e_ppid, email, letter, fax or phone, or null") { _, r in r.via.map { .string($0.rawValue) } ?? .null },
            field("wants", "view, softcopy or hardcopy, or null") { _, r in r.wants.map { .string($0.rawValue) } ?? .null },
            field("delivery", "pick_up, courier, post, fax or email, or null") { _, r in r.delivery.map { .string($0.rawValue) } ?? .null },
            field("about", "the information items it concerns") { rt, r in .list(r.about.map { rt.ref($0) }) },
            field("period", "the period whose deadlines apply, or null") { rt, r in rt.opt(r.period) },
            field("due", column: true, "the end of working hours of the last day to answer") { _, r in .dateTime(r.due) },
            field("extended", "when it was extended, or null") { _, r in r.extended.map { .dateTime($0.at) } ?? .null },
            field("extension_reason", "why it was extended, or null") { rt, r in rt.opt(r.extended?.reason) },
            field("answered", "when the written notice was given, or null") { _, r in r.answer.map { .dateTime($0.at) } ?? .null },
            field("outcome", column: true, "grant, partial, refuse, not_held or not_documented, or null") { _, r in
                r.outcome.map { .string($0.rawValue) } ?? .null
            },
            field("basis", "the Pasal 17 basis of a refusal or a partial grant, or null") { rt, r in rt.opt(r.answer?.basis) },
            field("reason", "why it was refused or withheld, or null") { rt, r in rt.opt(r.answer?.reason) },
            field("form", "the form the information is given in, or null") { _, r in r.answer?.form.map { .string($0.rawValue) } ?? .null },
            field("cost", "the cost in rupiah, or null") { _, r in r.answer?.cost.map { .int($0) } ?? .null },
            field("given", "the items given in a partial grant") { rt, r in .list((r.answer?.given ?? []).map { rt.ref($0) }) },
            field("withheld", "what was withheld in a partial grant, or null") { rt, r in rt.opt(r.answer?.withheld) },
            field("holder", "who holds it, when not held by the office, or null") { rt, r in rt.opt(r.answer?.holder) },
            field("ready", "when it will be documented, or null") { _, r in r.answer?.ready.map { .date($0) } ?? .null },
            field("note", "the answer's note, or null") { rt, r in rt.opt(r.answer?.note) },
            field("days", "working days from receipt to the answer, or null while open") { _, r in r.days.map { .int($0) } ?? .null },
            field("late", "answered after its due") { _, r in .bool(r.isLate) },
            field("overdue", column: true, "open and past its due at the clock") { rt, r in .bool(r.isOverdue(at: rt.registry.clock)) },
            field("status", column: true, "open, extended or answered") { _, r in .string(r.status.rawValue) },
            field("received_by", detail: false, "who recorded it") { rt, r in rt.ref(r.receivedBy) },
            field("answered_by", detail: false, "who answered it") { rt, r in rt.ref(r.answer?.by) },
        ],
        count: { rt in rt.registry.requests.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.requests.indices { if try !body(.entity(.request(i))) { return } }
    }
}
