import PPIDText

/// Working days and hours of an office: Monday–Friday, minus holidays (libur nasional),
/// minus leave days (cuti bersama) unless `leaveIsWorkday`, within `workStart..<workEnd`
/// (docs/language.md §8). The arithmetic on it is in `WorkCalendar+Arithmetic.swift`; which years it covers, and
/// the rule that a count may not pass through a year without holidays, in
/// `WorkCalendar+Coverage.swift`.
///
/// A value type that stays cheap to copy: its storage is a few copy-on-write collections.
/// Days are kept as day numbers (`CivilDate.dayNumber`) so that `isWorkday` is one hash look-up,
/// and the holiday and leave days that fall on Monday–Friday are also kept sorted, so that
/// counting working days over any span is a binary search rather than a walk.
public struct WorkCalendar: Hashable, Sendable {
    /// One holiday or leave day, for the `holidays` register and the digest.
    public struct Entry: Hashable, Sendable {
        public let date: CivilDate
        public let name: String
        /// True for a cuti bersama (`leave`) day, false for a holiday.
        public let isLeave: Bool

        public init(date: CivilDate, name: String, isLeave: Bool) {
            self.date = date
            self.name = name
            self.isLeave = isLeave
        }
    }

    /// The longest range one `holiday` or `leave` statement may cover. A longer one is
    /// almost surely a typo (`2024-04-10..2042-04-11`) and would fill memory with days.
    public static let maxRangeDays = 366

    /// Start of the working day (default 08:00).
    public private(set) var workStart: TimeOfDay = TimeOfDay(minutes: 8 * 60)
    /// End of the working day (default 16:00); a due time in days falls here.
    public private(set) var workEnd: TimeOfDay = TimeOfDay(minutes: 16 * 60)
    /// When true, cuti bersama days count as working days (`option leave_is_workday true`).
    public var leaveIsWorkday: Bool = false
    /// What a count does in a year with no holiday or leave declared while another year has
    /// some: refuse (the default) or count Monday–Friday (`option unknown_years workdays`).
    public var unknownYears: UnknownYears = .error

    /// Holiday names by day number; the first name given for a day wins.
    private(set) var holidayNames: [Int: String] = [:]
    /// Leave names by day number; the first name given for a day wins.
    private(set) var leaveNames: [Int: String] = [:]
    /// Sorted day numbers of the holidays that fall on Monday–Friday.
    private(set) var holidayWeekdays: [Int] = []
    /// Sorted day numbers of the leave days on Monday–Friday that are not also holidays.
    private(set) var leaveOnlyWeekdays: [Int] = []
    /// The years with at least one holiday or leave day declared (see `knownYears`).
    private(set) var declaredYears: Set<Int> = []

    /// Monday–Friday, 08:00–16:00, no holidays, cuti bersama skipped.
    public init() {}

    /// Sets the working hours; `start` must come before `end` (24:00 is a valid end).
    public mutating func setWorkHours(start: TimeOfDay, end: TimeOfDay) throws(ModelError) {
        guard start < end else {
            throw ModelError(.calendarWorkHours, Message.workHours(start, end))
        }
        workStart = start
        workEnd = end
    }

    /// Declares the days `from...to` holidays (libur nasional). Days already declared keep
    /// their first name; a day that is also leave counts as a holiday.
    public mutating func addHoliday(from: CivilDate, to: CivilDate, name: String) throws(ModelError) {
        let days = try Self.checkedRange(from: from, to: to, what: Message.holiday)
        declaredYears.formUnion(from.year...to.year)
        for day in days where holidayNames[day] == nil {
            holidayNames[day] = name
            guard Self.isMondayToFriday(day) else { continue }
            Self.insertSorted(day, into: &holidayWeekdays)
            Self.removeSorted(day, from: &leaveOnlyWeekdays)
        }
    }

    /// Declares the days `from...to` leave (cuti bersama). Days already declared keep their
    /// first name; a leave day that is also a holiday counts as a holiday.
    public mutating func addLeave(from: CivilDate, to: CivilDate, name: String) throws(ModelError) {
        let days = try Self.checkedRange(from: from, to: to, what: Message.leave)
        declaredYears.formUnion(from.year...to.year)
        for day in days where leaveNames[day] == nil {
            leaveNames[day] = name
            if Self.isMondayToFriday(day), holidayNames[day] == nil {
                Self.insertSorted(day, into: &leaveOnlyWeekdays)
            }
        }
    }

    /// Every holiday and leave day, sorted by date, a holiday before a leave on the same day.
    /// A day declared both ways appears twice (once as each), as it was declared.
    public var entries: [Entry] {
        var list: [Entry] = []
        list.reserveCapacity(holidayNames.count + leaveNames.count)
        for (day, name) in holidayNames {
            if let date = CivilDate(dayNumber: day) { list.append(Entry(date: date, name: name, isLeave: false)) }
        }
        for (day, name) in leaveNames {
            if let date = CivilDate(dayNumber: day) { list.append(Entry(date: date, name: name, isLeave: true)) }
        }
        list.sort { a, b in a.date != b.date ? a.date < b.date : (!a.isLeave && b.isLeave) }
        return list
    }

    /// True when `d` was declared a holiday.
    public func isHoliday(_ d: CivilDate) -> Bool { holidayNames[d.dayNumber] != nil }

    /// True when `d` was declared leave and is not also a holiday (a holiday wins).
    public func isLeave(_ d: CivilDate) -> Bool {
        leaveNames[d.dayNumber] != nil && holidayNames[d.dayNumber] == nil
    }

    /// The holiday's name on `d`, if it is one.
    public func holidayName(on d: CivilDate) -> String? { holidayNames[d.dayNumber] }

    /// The leave's name on `d`, if it was declared leave (even if it is also a holiday).
    public func leaveName(on d: CivilDate) -> String? { leaveNames[d.dayNumber] }

    /// True for Monday–Friday that is not a holiday, nor leave unless `leaveIsWorkday`. O(1).
    public func isWorkday(_ d: CivilDate) -> Bool { isWorkday(dayNumber: d.dayNumber) }

    func isWorkday(dayNumber day: Int) -> Bool {
        Self.isMondayToFriday(day) && holidayNames[day] == nil
            && (leaveIsWorkday || leaveNames[day] == nil)
    }

    // MARK: - Storage helpers

    /// The day numbers of `from...to`, or the error that explains why the range is refused.
    private static func checkedRange(from: CivilDate, to: CivilDate, what: Text) throws(ModelError) -> ClosedRange<Int> {
        guard from <= to else {
            throw ModelError(.calendarRange, Message.reversed(what, from, to))
        }
        guard to.dayNumber - from.dayNumber < maxRangeDays else {
            throw ModelError(.calendarRange, Message.tooLong(what, from, to, maxRangeDays),
                             notes: [Message.splitRange])
        }
        return from.dayNumber...to.dayNumber
    }

    /// Inserts `x` into the sorted array `a` unless it is already there.
    private static func insertSorted(_ x: Int, into a: inout [Int]) {
        let i = countAtMost(x, in: a)
        if i > 0, a[i - 1] == x { return }
        a.insert(x, at: i)
    }

    /// Removes `x` from the sorted array `a` if it is there.
    private static func removeSorted(_ x: Int, from a: inout [Int]) {
        let i = countAtMost(x, in: a)
        if i > 0, a[i - 1] == x { a.remove(at: i - 1) }
    }

    /// How many elements of the sorted array `a` are `<= x` (the upper bound).
    static func countAtMost(_ x: Int, in a: [Int]) -> Int {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if a[mid] <= x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

/// The messages of the rules above.
private enum Message {
    static func workHours(_ start: TimeOfDay, _ end: TimeOfDay) -> Text {
        Text(en: "working hours must start before they end (got \(start)..\(end))",
             id: "jam kerja harus dimulai sebelum berakhir (tertulis \(start)..\(end))")
    }
    /// What a range declares: `holiday` or `leave`.
    static let holiday = Text(en: "holiday", id: "hari libur")
    static let leave = Text(en: "leave", id: "cuti bersama")
    static func reversed(_ what: Text, _ from: CivilDate, _ to: CivilDate) -> Text {
        Text(en: "\(what) range \(from)..\(to) ends before it starts",
             id: "rentang \(what) dari \(from) sampai \(to) berakhir sebelum dimulai")
    }
    static func tooLong(_ what: Text, _ from: CivilDate, _ to: CivilDate, _ max: Int) -> Text {
        Text(en: "\(what) range \(from)..\(to) is longer than \(max) days",
             id: "rentang \(what) dari \(from) sampai \(to) lebih dari \(max) hari")
    }
    static let splitRange = Text(en: "declare a long closure as several shorter ranges",
                                 id: "nyatakan masa libur yang panjang sebagai beberapa rentang yang lebih pendek")
}
