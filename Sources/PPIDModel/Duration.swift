import PPIDText

/// The unit of a duration. `minute`/`hour` are working time, `day`/`workday` working days,
/// `week`/`month`/`year` calendar time (docs/language.md §1, §8).
public enum DurationUnit: String, Sendable, Hashable, CaseIterable {
    case minute, hour, day, workday, week, month, year

    /// The unit's word for more than one: `workdays` in English, `hari kerja` in Indonesian
    /// (which has no plural, so it is also the word for one).
    public var plural: Text {
        switch self {
        case .minute: Text(en: "minutes", id: "menit")
        case .hour: Text(en: "hours", id: "jam")
        case .day: Text(en: "days", id: "hari")
        case .workday: Text(en: "workdays", id: "hari kerja")
        case .week: Text(en: "weeks", id: "minggu")
        case .month: Text(en: "months", id: "bulan")
        case .year: Text(en: "years", id: "tahun")
        }
    }
}

/// An amount of time as written in a script or an SOP (`3 workdays`, `10 years`).
/// Kept symbolic: what it means depends on the calendar it is applied to.
public struct Duration: Hashable, Sendable, CustomStringConvertible, Localizable {
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

    /// In a message: `10 workdays` in English, `10 hari kerja` in Indonesian.
    public func text(in language: Language) -> String {
        switch language {
        case .en: return description
        case .id: return "\(amount) " + unit.plural.text(in: .id)
        }
    }
}
