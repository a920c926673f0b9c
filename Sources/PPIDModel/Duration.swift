/// The unit of a duration. `minute`/`hour` are working time, `day`/`workday` working days,
/// `week`/`month`/`year` calendar time (docs/language.md §1, §8).
public enum DurationUnit: String, Sendable, Hashable, CaseIterable {
    case minute, hour, day, workday, week, month, year

    /// The unit a word names, in English (singular or plural) or Indonesian; nil if none.
    public init?(word: String) {
        switch word {
        case "minute", "minutes", "menit": self = .minute
        case "hour", "hours", "jam": self = .hour
        case "day", "days", "hari": self = .day
        case "workday", "workdays", "hari_kerja": self = .workday
        case "week", "weeks", "minggu": self = .week
        case "month", "months", "bulan": self = .month
        case "year", "years", "tahun": self = .year
        default: return nil
        }
    }

    /// Every word that names a unit (for the lexer and completion).
    public static let words: [String] = ["minute", "minutes", "menit", "hour", "hours", "jam",
        "day", "days", "hari", "workday", "workdays", "hari_kerja", "week", "weeks", "minggu",
        "month", "months", "bulan", "year", "years", "tahun"]
}

/// An amount of time as written in a script or an SOP (`3 workdays`, `10 years`).
/// Kept symbolic: what it means depends on the calendar it is applied to.
public struct Duration: Hashable, Sendable, CustomStringConvertible {
    public let amount: Int
    public let unit: DurationUnit

    public init(amount: Int, unit: DurationUnit) {
        self.amount = amount
        self.unit = unit
    }

    /// `1 day`, `3 workdays`, `10 years`: English, singular for one.
    public var description: String {
        let word = unit.rawValue
        return "\(amount) " + (amount == 1 || amount == -1 ? word : word + "s")
    }
}
