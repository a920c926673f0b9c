/// One cell a spreadsheet is written with: text, a number, or a date shown as a date.
public enum SheetCell: Sendable, Equatable {
    /// No value: the cell is left out of the sheet.
    case empty
    case text(String)
    /// A number in its decimal digits as the register holds it (`15000`, `-3.50`), so that
    /// nothing is lost to binary floating point; text that is not such a number is written
    /// as text.
    case number(String)
    /// A calendar date, or a date with a time of day.
    case date(SheetDate)
}

/// A civil date (and optionally a time of day), as a spreadsheet stores it: the days since
/// 30 December 1899 (the serial number Excel, LibreOffice and openpyxl agree on for dates
/// from 1 March 1900), the time as the fraction of the day.
public struct SheetDate: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Minutes after midnight; nil for a date without a time.
    public var minuteOfDay: Int?

    public init(year: Int, month: Int, day: Int, minuteOfDay: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.minuteOfDay = minuteOfDay
    }

    /// `2024-12-10`, `2024-12-10 09:30` or `2024-12-10T09:30`; nil for anything else
    /// (including impossible dates such as `2024-02-30`).
    public init?(iso text: String) {
        let b = Array(text.utf8)
        guard b.count == 10 || b.count == 16, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
                v = v * 10 + Int(b[i] - UInt8(ascii: "0"))
            }
            return v
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
              (1...12).contains(m), d >= 1, d <= SheetDate.days(inMonth: m, year: y) else { return nil }
        var minute: Int? = nil
        if b.count == 16 {
            guard b[10] == UInt8(ascii: " ") || b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":"),
                  let h = number(11..<13), let mi = number(14..<16), h < 24, mi < 60 else { return nil }
            minute = h * 60 + mi
        }
        self.init(year: y, month: m, day: d, minuteOfDay: minute)
    }

    static func days(inMonth m: Int, year y: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian; Howard Hinnant's days_from_civil).
    var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The spreadsheet serial number's text (`45636`, `45636.395833333336`); nil before
    /// 1 March 1900, where Excel's calendar (with its 29 February 1900) parts from the real one.
    var serialText: String? {
        let serial = daysSinceEpoch + 25_569   // 1970-01-01 is serial 25569
        guard serial >= 61 else { return nil }
        guard let m = minuteOfDay, m > 0 else { return String(serial) }
        return String(Double(serial) + Double(m) / 1440)
    }

    /// Seconds since 1970-01-01 00:00 of this civil date and time, read as UTC: the ZIP
    /// entries' time stamp, the same in every time zone.
    var secondsSinceEpoch: Int { daysSinceEpoch * 86_400 + (minuteOfDay ?? 0) * 60 }

    /// `2024-12-10T09:30:00Z` (the time stamps of docProps/core.xml).
    var w3cdtf: String {
        func pad(_ n: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
        let m = minuteOfDay ?? 0
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(m / 60, 2)):\(pad(m % 60, 2)):00Z"
    }
}
