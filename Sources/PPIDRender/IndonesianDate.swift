import PPIDText

/// Long Indonesian dates for the official documents: `2025-01-05` → `5 Januari 2025`,
/// `2024-04-01 09:30` (or `2024-04-01T09:30`) → `1 April 2024 pukul 09.30`.
/// Anything that is not such an ISO date (`Januari 2023`, `-`, empty) comes back unchanged,
/// so display strings pass through.
public func indonesianDate(_ text: String) -> String {
    let bytes = Array(text.utf8)
    guard bytes.count == 10 || bytes.count == 16 else { return text }
    func number(_ range: Range<Int>) -> Int? {
        var value = 0
        for i in range {
            let b = bytes[i]
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(b - UInt8(ascii: "0"))
        }
        return value
    }
    guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
          let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
          (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return text }
    let date = IndonesianMonths.date(year: year, month: month, day: day)
    guard bytes.count == 16 else { return date }
    guard bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
          let hour = number(11..<13), let minute = number(14..<16), hour < 24, minute < 60 else { return text }
    // Indonesian writes the time with a dot: pukul 09.30.
    return date + " pukul " + twoDigits(hour) + "." + twoDigits(minute)
}

private func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
}

private func twoDigits(_ n: Int) -> String {
    n < 10 ? "0" + String(n) : String(n)
}
