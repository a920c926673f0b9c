import PPIDText

/// Calendar coverage (`docs/language.md`, "Calendar coverage"): which years the holidays and
/// cuti bersama were declared for, and the rule that a working-day count may not silently
/// pass through a year that has none.
///
/// A year is known once any `holiday` or `leave` day in it is declared. Once some year is
/// known, a computation that looks at whether a day of an unknown year is a working day
/// (a due time, `DATE + N workdays`, `workdays(from, to)`, `wait`) is an error: counting that
/// year Monday–Friday would ignore its holidays without anyone noticing. This holds whether
/// the count starts in a known year and runs past its end (`2026-12-28 + 10 workdays` with only
/// 2026 loaded) or starts in an unknown year (a 2023 date with only 2024 loaded): either way
/// the answer would be wrong by the holidays nobody declared. A script that declares no
/// holidays at all counts Monday–Friday, as it always did, and
/// `option unknown_years workdays` accepts the gap on purpose.
extension WorkCalendar {
    /// What a working-day computation does with a day of a year that has no holiday or
    /// leave declared while another year has some (`option unknown_years ...`).
    public enum UnknownYears: String, Hashable, Sendable, CaseIterable {
        /// The default: refuse, naming the year and the calendar to load.
        case error
        /// Count such a year Monday–Friday (`option unknown_years workdays`).
        case workdays
    }

    /// The years with at least one holiday or leave day declared, in order.
    public var knownYears: [Int] { declaredYears.sorted() }

    /// True when working days in `year` can be counted: the year is known, no year is known
    /// (plain Monday–Friday), or `option unknown_years workdays` is set.
    public func covers(year: Int) -> Bool {
        unknownYears == .workdays || declaredYears.isEmpty || declaredYears.contains(year)
    }

    /// Refuses a computation that looks at the days `first...last` (day numbers) when one of
    /// their years is not covered (see `covers(year:)`); the error names the first such year.
    func requireCoverage(_ first: Int, _ last: Int) throws(ModelError) {
        guard unknownYears == .error, !declaredYears.isEmpty else { return }
        let a = min(first, last), b = max(first, last)
        guard let from = CivilDate(dayNumber: a)?.year, let to = CivilDate(dayNumber: b)?.year else { return }
        // At most 9999 years, and a count that long is refused at its first unknown year.
        for year in from...to where !declaredYears.contains(year) {
            throw Self.unknownYear(year, known: knownYears)
        }
    }

    /// The error for a working-day computation that reaches `year`, which has no calendar.
    static func unknownYear(_ year: Int, known: [Int]) -> ModelError {
        ModelError(.calendarUnknownYear, Message.unknownYear(year, yearsText(known)), subject: String(year))
    }

    /// "2024", "2024–2026", "2024, 2026": runs of consecutive years joined with a dash.
    static func yearsText(_ years: [Int]) -> String {
        var parts: [String] = []
        var i = 0
        while i < years.count {
            var j = i
            while j + 1 < years.count, years[j + 1] == years[j] + 1 { j += 1 }
            parts.append(j == i ? "\(years[i])" : "\(years[i])–\(years[j])")
            i = j + 1
        }
        return parts.joined(separator: ", ")
    }
}

/// The messages of the rules above.
private enum Message {
    /// `known` is `yearsText` of the years the calendar has.
    static func unknownYear(_ year: Int, _ known: String) -> Text {
        Text(en: "\(year) has no holidays declared (the calendar has \(known))",
             id: "tahun \(year) belum memiliki hari libur yang dideklarasikan (kalender memuat tahun \(known))")
    }
}
