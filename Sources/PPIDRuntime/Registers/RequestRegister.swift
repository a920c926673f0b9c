import PPIDSyntax
import PPIDModel
import PPIDText

/// `requests`: the register permohonan (docs/language.md §19 and §12), one row per request
/// received, with its statutory clock and its answer.
enum RequestRegister {
    /// A field of request rows, read in place.
    static func field(_ name: String, _ type: FieldType, column: Bool = false, detail: Bool = true, _ help: Text,
                      _ read: @escaping @Sendable (Interpreter, Request) -> Value) -> FieldSpec {
        FieldSpec(name, type, column: column, detail: detail, help) { rt, v in
            guard case .entity(.request(let i)) = v else { return .null }
            return read(rt, rt.registry.requests[i])
        }
    }

    static let requests = RegisterSpec(
        .requests, help: Text(en: "the register permohonan: every request for information received", id: "register permohonan: setiap permohonan informasi yang diterima"),
        fields: [
            field("name", .text, column: true, Text(en: "the request's name in scripts", id: "nama permohonan dalam skrip")) { _, r in .string(r.name) },
            field("number", .text, column: true, Text(en: "the registration number issued on receipt", id: "nomor registrasi yang diberikan saat diterima")) { _, r in .string(r.number) },
            field("received", .dateTime, column: true, Text(en: "when it was received (the clock at `request`)", id: "waktu diterima (jam pada `request`)")) { _, r in .dateTime(r.received) },
            field("from", .text, column: true, Text(en: "who asks (Nama)", id: "pemohon (Nama)")) { _, r in .string(r.from) },
            field("address", .text, Text(en: "the applicant's address, or null", id: "alamat pemohon, atau null")) { rt, r in rt.opt(r.address) },
            field("contact", .text, Text(en: "the applicant's contact number, or null", id: "nomor kontak pemohon, atau null")) { rt, r in rt.opt(r.contact) },
            field("job", .text, Text(en: "the applicant's occupation, or null", id: "pekerjaan pemohon, atau null")) { rt, r in rt.opt(r.job) },
            field("identity", .text, Text(en: "NIK or a legal entity's deed, or null", id: "NIK atau akta badan hukum, atau null")) { rt, r in rt.opt(r.identity) },
            field("asks", .text, column: true, Text(en: "the information asked for", id: "informasi yang diminta")) { _, r in .string(r.asks) },
            field("purpose", .text, Text(en: "what it will be used for", id: "tujuan penggunaan informasi")) { _, r in .string(r.purpose) },
            field("via", .text, Text(en: "desk, e_ppid, email, letter, fax or phone, or null", id: "desk, e_ppid, email, letter, fax, atau phone, atau null")) { _, r in r.via.map { .string($0.rawValue) } ?? .null },
            field("wants", .text, Text(en: "view, softcopy or hardcopy, or null", id: "view, softcopy, atau hardcopy, atau null")) { _, r in r.wants.map { .string($0.rawValue) } ?? .null },
            field("delivery", .text, Text(en: "pick_up, courier, post, fax or email, or null", id: "pick_up, courier, post, fax, atau email, atau null")) { _, r in r.delivery.map { .string($0.rawValue) } ?? .null },
            field("about", .list, Text(en: "the information items it concerns", id: "item informasi yang dimintanya")) { rt, r in .list(r.about.map { rt.ref($0) }) },
            field("period", .text, Text(en: "the period whose deadlines apply, or null", id: "periode yang tenggatnya berlaku, atau null")) { rt, r in rt.opt(r.period) },
            field("due", .dateTime, column: true, Text(en: "the end of working hours of the last day to answer", id: "akhir jam kerja pada hari terakhir untuk menjawab")) { _, r in .dateTime(r.due) },
            field("extended", .dateTime, Text(en: "when it was extended, or null", id: "waktu perpanjangan, atau null")) { _, r in r.extended.map { .dateTime($0.at) } ?? .null },
            field("extension_reason", .text, Text(en: "why it was extended, or null", id: "alasan perpanjangan, atau null")) { rt, r in rt.opt(r.extended?.reason) },
            field("answered", .dateTime, Text(en: "when the written notice was given, or null", id: "tanggal pemberitahuan tertulis, atau null")) { _, r in r.answer.map { .dateTime($0.at) } ?? .null },
            field("outcome", .text, column: true, Text(en: "grant, partial, refuse, not_held or not_documented, or null", id: "grant, partial, refuse, not_held, atau not_documented, atau null")) { _, r in
                r.outcome.map { .string($0.rawValue) } ?? .null
            },
            field("basis", .text, Text(en: "the Pasal 17 basis of a refusal or a partial grant, or null", id: "dasar Pasal 17 atas penolakan atau pemberian sebagian, atau null")) { rt, r in rt.opt(r.answer?.basis) },
            field("reason", .text, Text(en: "why it was refused or withheld, or null", id: "alasan penolakan atau penghitaman, atau null")) { rt, r in rt.opt(r.answer?.reason) },
            field("form", .text, Text(en: "the form the information is given in, or null", id: "bentuk informasi yang diberikan, atau null")) { _, r in r.answer?.form.map { .string($0.rawValue) } ?? .null },
            field("cost", .integer, Text(en: "the cost in rupiah, or null", id: "biaya dalam rupiah, atau null")) { _, r in r.answer?.cost.map { .int($0) } ?? .null },
            field("given", .list, Text(en: "the items given in a partial grant", id: "item yang diberikan dalam pemberian sebagian")) { rt, r in .list((r.answer?.given ?? []).map { rt.ref($0) }) },
            field("withheld", .text, Text(en: "what was withheld in a partial grant, or null", id: "bagian yang dihitamkan dalam pemberian sebagian, atau null")) { rt, r in rt.opt(r.answer?.withheld) },
            field("holder", .text, Text(en: "who holds it, when not held by the office, or null", id: "badan publik yang menguasainya bila tidak dikuasai kantor ini, atau null")) { rt, r in rt.opt(r.answer?.holder) },
            field("ready", .date, Text(en: "when it will be documented, or null", id: "kapan akan didokumentasikan, atau null")) { _, r in r.answer?.ready.map { .date($0) } ?? .null },
            field("note", .text, Text(en: "the answer's note, or null", id: "catatan jawaban, atau null")) { rt, r in rt.opt(r.answer?.note) },
            field("days", .integer, Text(en: "working days from receipt to the answer, or null while open", id: "hari kerja sejak diterima sampai dijawab, atau null bila belum dijawab")) { _, r in r.days.map { .int($0) } ?? .null },
            field("late", .bool, Text(en: "answered after its due", id: "dijawab setelah tenggat")) { _, r in .bool(r.isLate) },
            field("overdue", .bool, column: true, Text(en: "open and past its due at the clock", id: "belum dijawab dan melewati tenggat")) { rt, r in .bool(r.isOverdue(at: rt.registry.clock)) },
            field("status", .text, column: true, Text(en: "open, extended or answered", id: "open, extended, atau answered")) { _, r in .string(r.status.rawValue) },
            field("received_by", .reference(.staff), detail: false, Text(en: "who recorded it", id: "yang mencatatnya")) { rt, r in rt.ref(r.receivedBy) },
            field("answered_by", .reference(.staff), detail: false, Text(en: "who answered it", id: "yang menjawabnya")) { rt, r in rt.ref(r.answer?.by) },
        ],
        count: { rt in rt.registry.requests.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.requests.indices { if try !body(.entity(.request(i))) { return } }
    }
}
