/// The unit of a duration. `minute`/`hour` are working time, `day`/`workday` working days,
/// `week`/`month`/`year` calendar time (docs/language.md §1, §8).
public enum DurationUnit: String, Sendable, Hashable, CaseIterable {
    case minute, hour, day, workday, week, month, year
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
