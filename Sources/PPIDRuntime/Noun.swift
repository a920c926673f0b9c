import PPIDModel
import PPIDText

/// The kinds of declared things as messages name them ("expected a unit, found text"), in
/// both languages: Indonesian has no article, so "a unit" is "unit kerja".
enum Noun {
    static let unit = Text(en: "a unit", id: "unit kerja")
    static let role = Text(en: "a role", id: "peran")
    static let staff = Text(en: "a staff member", id: "pegawai")
    static let item = Text(en: "an information item", id: "item informasi")
    static let sop = Text(en: "an SOP", id: "SOP")
    static let run = Text(en: "a run", id: "pelaksanaan SOP")
    static let request = Text(en: "a request", id: "permohonan informasi")
    static let office = Text(en: "the office", id: "kantor")
    static let exemption = Text(en: "an exemption", id: "pengecualian")
    static let sopStep = Text(en: "an SOP step", id: "tahap SOP")
    static let staffOrRole = Text(en: "a staff member or a role", id: "pegawai atau peran")

    /// The kind of a declared entity.
    static func of(_ e: EntityRef) -> Text {
        switch e {
        case .unit: unit
        case .role: role
        case .staff: staff
        case .item: item
        case .sop: sop
        case .run: run
        case .request: request
        }
    }
}
