import PPIDText

/// A moment in the office's local time, to the minute. There are no time zones:
/// an office keeps one local clock, and scripts must replay identically anywhere.
public struct DateTime: Hashable, Comparable, Sendable, CustomStringConvertible, Localizable {
    /// Minutes since 1970-01-01T00:00.
    public let minutes: Int

    public init(date: CivilDate, minuteOfDay: Int) {
        minutes = date.dayNumber * 1440 + min(max(minuteOfDay, 0), 1439)
    }

    /// A moment from minutes since the epoch; nil outside years 1...9999.
    public init?(minutes: Int) {
        let day = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440
        guard CivilDate(dayNumber: day) != nil else { return nil }
        self.minutes = minutes
    }

    /// Parses `YYYY-MM-DDTHH:MM` (or a space instead of `T`).
    public init?(iso: String) {
        let chars = Array(iso)
        guard chars.count == 16, chars[10] == "T" || chars[10] == " " else { return nil }
        guard let d = CivilDate(iso: String(chars[0..<10])), let t = TimeOfDay(iso: String(chars[11..<16])) else { return nil }
        self.init(date: d, minuteOfDay: t.minutes)
    }

    public var date: CivilDate {
        let day = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440
        // In range by construction.
        return CivilDate(dayNumber: day) ?? CivilDate(year: 1970, month: 1, day: 1)!
    }

    public var minuteOfDay: Int { minutes - date.dayNumber * 1440 }
    public var timeOfDay: TimeOfDay { TimeOfDay(minutes: minuteOfDay) }

    /// `YYYY-MM-DDTHH:MM`, the form scripts use.
    public var iso: String { date.iso + "T" + timeOfDay.iso }
    /// `YYYY-MM-DD HH:MM`, the form tables show.
    public var display: String { date.iso + " " + timeOfDay.iso }
    public var description: String { iso }

    /// In a message: `2024-04-23 16:00` in English (as tables show it), `23 April 2024 pukul
    /// 16.00` in Indonesian.
    public func text(in language: Language) -> String {
        switch language {
        case .en: return display
        case .id: return date.text(in: .id) + " pukul " + timeOfDay.text(in: .id)
        }
    }

    public static func < (a: DateTime, b: DateTime) -> Bool { a.minutes < b.minutes }
}

/// A time of day, `HH:MM`, 00:00...23:59 (24:00 is accepted for the end of a working day).
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible, Localizable {
    /// Minutes since midnight, 0...1440.
    public let minutes: Int

    public init(minutes: Int) { self.minutes = min(max(minutes, 0), 1440) }

    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour * 60 + minute <= 1440 else { return nil }
        minutes = hour * 60 + minute
    }

    public init?(iso: String) {
        let parts = iso.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let h = digitsValue(parts[0]), let m = digitsValue(parts[1]) else { return nil }
        self.init(hour: h, minute: m)
    }

    public var iso: String { pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2) }
    public var description: String { iso }

    /// In a message: `16:00` in English, `16.00` in Indonesian (which writes the time with a dot).
    public func text(in language: Language) -> String {
        switch language {
        case .en: return iso
        case .id: return pad(minutes / 60, 2) + "." + pad(minutes % 60, 2)
        }
    }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutes < b.minutes }
}
