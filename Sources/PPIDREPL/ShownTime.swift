import PPIDModel
import PPIDText

/// A clock reading in a message: `2024-04-23 16:00` in English, `23 April 2024 pukul 16.00`
/// in Indonesian (docs/language.md, "Language").
///
/// The prompt's own wrapper until the model's `DateTime` is `Localizable` itself; then
/// this goes and the messages interpolate the `DateTime`.
struct ShownTime: Localizable {
    let time: DateTime
    init(_ time: DateTime) { self.time = time }

    static let months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                         "September", "Oktober", "November", "Desember"]

    func text(in language: Language) -> String {
        switch language {
        case .en: return time.display
        case .id:
            let d = time.date, t = time.timeOfDay.minutes
            let minute = t % 60 < 10 ? "0\(t % 60)" : "\(t % 60)"
            let hour = t / 60 < 10 ? "0\(t / 60)" : "\(t / 60)"
            return "\(d.day) \(Self.months[d.month - 1]) \(d.year) pukul \(hour).\(minute)"
        }
    }
}
