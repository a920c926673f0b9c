/// The Indonesian month names, the one list every layer uses: messages show a date as
/// `23 April 2024` (PPIDModel's dates), documents as `5 Januari 2025` (PPIDRender).
public enum IndonesianMonths {
    /// January first.
    public static let names = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]

    /// The name of month `month` (1 = Januari); nil outside 1...12.
    public static func name(_ month: Int) -> String? {
        (1...12).contains(month) ? names[month - 1] : nil
    }

    /// `23 April 2024`: the day without a leading zero, the month's name, the year.
    public static func date(year: Int, month: Int, day: Int) -> String {
        "\(day) \(name(month) ?? String(month)) \(year)"
    }
}
