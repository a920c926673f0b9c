import PPIDModel
import PPIDRender
import PPIDText

/// A date, date-time or time of day in a message: ISO in English (`2024-04-23`,
/// `2024-04-23 16:00`), Indonesian words in Indonesian (`23 April 2024`,
/// `23 April 2024 pukul 16.00`, `16.00`), as the documents write them (PPIDRender).
struct MessageDate: Localizable {
    let iso: String

    init(_ d: CivilDate) { iso = d.iso }
    init(_ t: DateTime) { iso = t.display }
    init(_ t: TimeOfDay) { iso = t.iso }

    func text(in language: Language) -> String {
        guard language == .id else { return iso }
        // A time of day alone: Indonesian writes 16.00.
        if iso.utf8.count == 5 { return iso.replacing(":", with: ".") }
        return indonesianDate(iso)
    }
}
