import PPIDSyntax
import PPIDModel
import PPIDText

/// `objections`: the register keberatan (docs/language.md §20 and §12), one row per objection
/// filed, with its statutory clock, the Atasan PPID's answer, the dispute and the ruling.
enum ObjectionRegister {
    static func field(_ name: String, _ type: FieldType, column: Bool = false, detail: Bool = true, _ help: Text,
                      _ read: @escaping @Sendable (Interpreter, Objection) -> Value) -> FieldSpec {
        FieldSpec(name, type, column: column, detail: detail, help) { rt, v in
            guard case .entity(.objection(let i)) = v else { return .null }
            return read(rt, rt.registry.objections[i])
        }
    }

    static let objections = RegisterSpec(
        .objections, help: Text(en: "the register keberatan: every objection filed with the Atasan PPID", id: "register keberatan: setiap keberatan yang diajukan kepada Atasan PPID"),
        fields: [
            field("name", .text, column: true, Text(en: "the objection's name in scripts", id: "nama keberatan dalam skrip")) { _, o in .string(o.name) },
            field("number", .text, column: true, Text(en: "the registration number issued on filing", id: "nomor registrasi keberatan")) { _, o in .string(o.number) },
            field("request", .reference(.requests), column: true, Text(en: "the request objected to", id: "permohonan yang diajukan keberatan")) { rt, o in rt.ref(o.request) },
            field("received", .dateTime, column: true, Text(en: "when it was filed (the clock at `object`)", id: "waktu keberatan diterima")) { _, o in .dateTime(o.received) },
            field("ground", .list, Text(en: "the grounds of Pasal 35(1), letters a–g", id: "alasan keberatan menurut Pasal 35 ayat (1), huruf a–g")) { _, o in .list(o.grounds.map { .string($0.rawValue) }) },
            field("reason", .text, Text(en: "the applicant's reason, or null", id: "uraian alasan pemohon, atau null")) { rt, o in rt.opt(o.reason) },
            field("period", .text, Text(en: "the period whose deadlines apply, or null", id: "periode yang tenggatnya berlaku, atau null")) { rt, o in rt.opt(o.period) },
            field("due", .dateTime, column: true, Text(en: "the end of working hours of the last day for the Atasan PPID to answer", id: "akhir jam kerja hari terakhir tanggapan Atasan PPID")) { _, o in .dateTime(o.due) },
            field("answered", .dateTime, Text(en: "when the Atasan PPID answered, or null", id: "tanggal tanggapan Atasan PPID, atau null")) { _, o in o.answer.map { .dateTime($0.at) } ?? .null },
            field("outcome", .text, column: true, Text(en: "uphold, grant or partial, or null", id: "uphold, grant, atau partial, atau null")) { _, o in o.outcome.map { .string($0.rawValue) } ?? .null },
            field("answer_reason", .text, Text(en: "the Atasan PPID's written reasons, or null", id: "alasan tertulis Atasan PPID, atau null")) { rt, o in rt.opt(o.answer?.reason) },
            field("given", .list, Text(en: "the items an overturning answer gave", id: "informasi yang diberikan karena keberatan diterima")) { rt, o in .list((o.answer?.given ?? []).map { rt.ref($0) }) },
            field("days", .integer, Text(en: "working days from filing to the answer, or null while open", id: "hari kerja sejak diterima sampai ditanggapi, atau null")) { _, o in o.days.map { .int($0) } ?? .null },
            field("late", .bool, Text(en: "answered after its due", id: "ditanggapi setelah tenggat")) { _, o in .bool(o.isLate) },
            field("overdue", .bool, column: true, Text(en: "open and past its due at the clock", id: "belum ditanggapi dan melewati tenggat")) { rt, o in .bool(o.isOverdue(at: rt.registry.clock)) },
            field("dispute", .dateTime, Text(en: "when it was taken to the Komisi Informasi, or null", id: "tanggal sengketa diajukan ke Komisi Informasi, atau null")) { _, o in o.dispute.map { .dateTime($0.at) } ?? .null },
            field("commission", .text, Text(en: "the Komisi Informasi of the dispute, or null", id: "Komisi Informasi tempat sengketa, atau null")) { rt, o in rt.opt(o.dispute?.commission) },
            field("dispute_number", .text, Text(en: "the dispute's register number, or null", id: "nomor register sengketa, atau null")) { rt, o in rt.opt(o.dispute?.number) },
            field("ruling", .text, Text(en: "open, closed or partly_open, or null", id: "open, closed, atau partly_open, atau null")) { _, o in o.ruling.map { .string($0.outcome.rawValue) } ?? .null },
            field("ruling_number", .text, Text(en: "the ruling's number, or null", id: "nomor putusan, atau null")) { rt, o in rt.opt(o.ruling?.number) },
            field("status", .text, column: true, Text(en: "open, answered, disputed or ruled", id: "open, answered, disputed, atau ruled")) { _, o in .string(o.status.rawValue) },
            field("received_by", .reference(.staff), detail: false, Text(en: "who recorded it", id: "yang mencatatnya")) { rt, o in rt.ref(o.receivedBy) },
            field("answered_by", .reference(.staff), detail: false, Text(en: "who answered it", id: "yang menanggapinya")) { rt, o in rt.ref(o.answer?.by) },
        ],
        count: { rt in rt.registry.objections.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.objections.indices { if try !body(.entity(.objection(i))) { return } }
    }
}
