import PPIDModel
import PPIDText

/// The kinds of declared things as messages name them ("expected a unit, found text"), in
/// both languages: Indonesian has no article, so "a unit" is "unit kerja".
enum Noun {
    // The declared kinds are named once, by the Model (`EntityKind.withArticle`).
    static let unit = EntityKind.unit.withArticle
    static let role = EntityKind.role.withArticle
    static let staff = EntityKind.staff.withArticle
    static let item = EntityKind.item.withArticle
    static let sop = EntityKind.sop.withArticle
    static let run = EntityKind.run.withArticle
    static let request = EntityKind.request.withArticle
    static let period = EntityKind.period.withArticle
    static let objection = EntityKind.objection.withArticle
    static let dispute = Text(en: "a dispute", id: "sengketa")
    static let report = Text(en: "a report", id: "laporan")
    static let ruling = Text(en: "a ruling", id: "putusan")
    static let requestOrObjection = Text(en: "a request or an objection", id: "permohonan atau keberatan")
    static let answer = Text(en: "an answer", id: "jawaban")
    static let office = Text(en: "the office", id: "kantor")
    static let exemption = Text(en: "an exemption", id: "pengecualian")
    static let sopStep = Text(en: "an SOP step", id: "tahap SOP")
    /// What a run is for (`start SOP for …`).
    static let itemOrRequest = Text(en: "an information item or a request", id: "informasi atau permohonan")
    static let staffOrRole = Text(en: "a staff member or a role", id: "pegawai atau peran")

    /// The kind of a declared entity.
    static func of(_ e: EntityRef) -> Text { e.kindText }
}
