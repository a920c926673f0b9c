import PPIDText

/// A calendar day in the office's local time, stored as a day number (days since 1970-01-01).
///
/// Years are limited to 1...9999 so that every date prints in ISO form and no arithmetic
/// can overflow; constructors return nil (or throw) outside that range.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible, Localizable {
    /// Days since 1970-01-01 (negative before).
    public let dayNumber: Int

    /// The smallest and largest day numbers allowed (0001-01-01 and 9999-12-31).
    public static let minDayNumber = CivilDate.daysFromCivil(1, 1, 1)
    public static let maxDayNumber = CivilDate.daysFromCivil(9999, 12, 31)

    /// A date from a day number; nil outside years 1...9999.
    public init?(dayNumber: Int) {
        guard dayNumber >= CivilDate.minDayNumber, dayNumber <= CivilDate.maxDayNumber else { return nil }
        self.dayNumber = dayNumber
    }

    /// A date from its parts; nil when the parts do not name a real day (2024-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= CivilDate.daysInMonth(year: year, month: month) else { return nil }
        self.dayNumber = CivilDate.daysFromCivil(year, month, day)
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = digitsValue(parts[0]), let m = digitsValue(parts[1]), let d = digitsValue(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var parts: (year: Int, month: Int, day: Int) { CivilDate.civilFromDays(dayNumber) }
    public var year: Int { parts.year }
    public var month: Int { parts.month }
    public var day: Int { parts.day }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let r = (dayNumber + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    public var isWeekend: Bool { weekday >= 6 }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let p = parts
        return pad(p.year, 4) + "-" + pad(p.month, 2) + "-" + pad(p.day, 2)
    }

    public var description: String { iso }

    /// In a message: `2024-04-23` in English, `23 April 2024` in Indonesian.
    public func text(in language: Language) -> String {
        switch language {
        case .en: return iso
        case .id:
            let p = parts
            return IndonesianMonths.date(year: p.year, month: p.month, day: p.day)
        }
    }

    /// The date `n` days later (or earlier); nil when it leaves years 1...9999.
    public func adding(days n: Int) -> CivilDate? {
        let (r, o) = dayNumber.addingReportingOverflow(n)
        return o ? nil : CivilDate(dayNumber: r)
    }

    /// The date `n` calendar months later; the day is clamped to the month's end (Jan 31 + 1 month = Feb 29 in a leap year).
    public func adding(months n: Int) -> CivilDate? {
        let p = parts
        let (total, o) = (p.year * 12 + (p.month - 1)).addingReportingOverflow(n)
        guard !o else { return nil }
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        guard (1...9999).contains(y) else { return nil }
        return CivilDate(year: y, month: m, day: min(p.day, CivilDate.daysInMonth(year: y, month: m)))
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
}

/// The value of a string of ASCII digits; nil for anything else (`Int("+12")` would accept a sign).
func digitsValue(_ s: Substring) -> Int? {
    guard !s.isEmpty, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    return Int(s)
}

/// Zero-pads a non-negative number to `width` digits.
@inline(__always)
func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
