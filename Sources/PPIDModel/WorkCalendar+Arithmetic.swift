import PPIDText

/// Due times and clock moves. Each public operation first computes its answer, then refuses
/// it if the days it looked at reach a year the calendar does not cover
/// (`WorkCalendar+Coverage.swift`).
///
/// No operation walks day by day: Monday–Friday are ranked consecutively so that "n weekdays
/// later" is a division, and the holidays and leave passed over are counted by binary search
/// in the sorted day lists. So every result costs O(h log h) at worst (h = holiday and leave
/// days), whatever the amount, and an amount that would leave year 9999 is an error.
extension WorkCalendar {
    /// The due time of a task started at `start` that takes `d`:
    /// - days/workdays: counting starts the day after `start`'s date; due at `workEnd` of the
    ///   `d`-th working day;
    /// - minutes/hours: working time from `start` (or from the next working period when
    ///   `start` is outside hours), rolling over to following working days;
    /// - weeks/months/years: calendar arithmetic on the date (a month end is clamped), moved
    ///   to the next working day if needed; due at `workEnd` of that day.
    /// A zero amount is due at `start`.
    public func due(from start: DateTime, after d: Duration) throws(ModelError) -> DateTime {
        let n = try Self.checkedAmount(d)
        if n == 0 { return start }
        let from = start.date.dayNumber
        switch d.unit {
        case .day, .workday:
            let day = try workingDay(n, after: from, for: d)
            try requireCoverage(from + 1, day)
            return try endOfWork(on: day)
        case .minute, .hour:
            let due = try addingWorkingTime(Self.minutes(of: d), to: start, for: d)
            try requireCoverage(from, Self.lastWorkedDay(before: due))
            return due
        case .week, .month, .year:
            let date = try Self.calendarMove(start.date, by: d)
            let day = isWorkday(dayNumber: date.dayNumber)
                ? date.dayNumber : try workingDay(1, after: date.dayNumber, for: d)
            // Only the days looked at for "is it a working day" need a calendar.
            try requireCoverage(date.dayNumber, day)
            return try endOfWork(on: day)
        }
    }

    /// Where the clock lands after `wait d` from `start`:
    /// - days/workdays: the `d`-th working day after `start`'s date, at the same time of day;
    /// - minutes/hours: working time, as for `due`;
    /// - weeks/months/years: a plain calendar move (a month end is clamped), same time of day.
    public func advance(_ start: DateTime, by d: Duration) throws(ModelError) -> DateTime {
        let n = try Self.checkedAmount(d)
        if n == 0 { return start }
        switch d.unit {
        case .day, .workday:
            let day = try workingDay(n, after: start.date.dayNumber, for: d)
            try requireCoverage(start.date.dayNumber + 1, day)
            return try Self.moment(day, start.minuteOfDay, for: d)
        case .minute, .hour:
            let next = try addingWorkingTime(Self.minutes(of: d), to: start, for: d)
            try requireCoverage(start.date.dayNumber, Self.lastWorkedDay(before: next))
            return next
        case .week, .month, .year:
            // A plain calendar move: no day is looked up, so no calendar is needed.
            let date = try Self.calendarMove(start.date, by: d)
            return try Self.moment(date.dayNumber, start.minuteOfDay, for: d)
        }
    }

    /// Working days after `from` up to and including `to` (negative when `to < from`).
    /// Refused when a counted day falls in a year the calendar does not cover.
    public func workdays(from: CivilDate, to: CivilDate) throws(ModelError) -> Int {
        if to == from { return 0 }
        if to < from { return -(try workdays(from: to, to: from)) }
        let a = from.dayNumber, b = to.dayNumber
        try requireCoverage(a + 1, b)
        return Self.weekdayRank(b) - Self.weekdayRank(a) - closedWeekdays(after: a, through: b)
    }

    /// The `n`-th working day after `date` (n ≥ 1); the next working day for n = 1.
    public func workingDay(_ n: Int, after date: CivilDate) throws(ModelError) -> CivilDate {
        guard n >= 1 else {
            throw ModelError(.calendarNegative, Message.workdayCount(n))
        }
        let day = try workingDay(n, after: date.dayNumber, for: Duration(amount: n, unit: .workday))
        try requireCoverage(date.dayNumber + 1, day)
        return try Self.date(day, for: Duration(amount: n, unit: .workday))
    }

    /// The end of working hours on `date` (its `workEnd`).
    public func endOfWork(on date: CivilDate) throws(ModelError) -> DateTime {
        try endOfWork(on: date.dayNumber)
    }

    /// Working minutes in one working day.
    public var minutesPerWorkday: Int { workEnd.minutes - workStart.minutes }

    // MARK: - Internals

    /// The `n`-th working day after day number `after` (n ≥ 1).
    func workingDay(_ n: Int, after: Int, for d: Duration) throws(ModelError) -> Int {
        // Each working day takes at least one calendar day: rejects absurd amounts at once.
        guard n <= CivilDate.maxDayNumber - after else { throw Self.overflow(d) }
        var cursor = after
        var remaining = n
        // Each pass jumps `remaining` weekdays ahead, then counts the closed days it passed;
        // those are made up on the next pass. A pass that comes up short has passed at least
        // one closed day, and the spans are disjoint, so the passes are bounded.
        let maxPasses = holidayWeekdays.count + leaveOnlyWeekdays.count + 1
        for _ in 0..<maxPasses {
            let target = Self.weekday(ofRank: Self.weekdayRank(cursor) + remaining)
            guard target <= CivilDate.maxDayNumber else { throw Self.overflow(d) }
            let missed = closedWeekdays(after: cursor, through: target)
            if missed == 0 { return target }
            cursor = target
            remaining = missed
        }
        // Unreachable by the argument above; an error rather than a trap if it ever is not.
        throw Self.overflow(d)
    }

    /// Holiday and (unless `leaveIsWorkday`) leave days on Monday–Friday in `(a, b]`.
    func closedWeekdays(after a: Int, through b: Int) -> Int {
        var n = Self.countAtMost(b, in: holidayWeekdays) - Self.countAtMost(a, in: holidayWeekdays)
        if !leaveIsWorkday {
            n += Self.countAtMost(b, in: leaveOnlyWeekdays) - Self.countAtMost(a, in: leaveOnlyWeekdays)
        }
        return n
    }

    /// `m` working minutes after `start` (m ≥ 1). A start outside working hours or on a
    /// closed day begins at the next working period; a result that exactly uses up a day's
    /// hours stays at that day's `workEnd` rather than rolling over.
    func addingWorkingTime(_ m: Int, to start: DateTime, for d: Duration) throws(ModelError) -> DateTime {
        var day = start.date.dayNumber
        var minute = start.minuteOfDay
        if !isWorkday(dayNumber: day) || minute >= workEnd.minutes {
            day = try workingDay(1, after: day, for: d)
            minute = workStart.minutes
        } else if minute < workStart.minutes {
            minute = workStart.minutes
        }
        let leftToday = workEnd.minutes - minute
        if m <= leftToday { return try Self.moment(day, minute + m, for: d) }
        let rest = m - leftToday
        let perDay = minutesPerWorkday
        let moreDays = (rest - 1) / perDay + 1
        let lastDay = try workingDay(moreDays, after: day, for: d)
        return try Self.moment(lastDay, workStart.minutes + rest - (moreDays - 1) * perDay, for: d)
    }

    /// The day of the last working minute before `end` (a due time at 24:00 is the next
    /// midnight, but its minutes were worked the day before).
    static func lastWorkedDay(before end: DateTime) -> Int {
        (end.minutes - 1) / 1440
    }

    func endOfWork(on day: Int) throws(ModelError) -> DateTime {
        try Self.moment(day, workEnd.minutes, for: nil)
    }

    /// Day `day` at minute `minute` (which may be 1440, i.e. 24:00 = the next midnight).
    static func moment(_ day: Int, _ minute: Int, for d: Duration?) throws(ModelError) -> DateTime {
        guard let t = DateTime(minutes: day * 1440 + minute) else { throw overflow(d) }
        return t
    }

    static func date(_ day: Int, for d: Duration?) throws(ModelError) -> CivilDate {
        guard let date = CivilDate(dayNumber: day) else { throw overflow(d) }
        return date
    }

    /// The amount of `d`, refused when negative.
    static func checkedAmount(_ d: Duration) throws(ModelError) -> Int {
        guard d.amount >= 0 else {
            throw ModelError(.calendarNegative, Message.negative(d))
        }
        return d.amount
    }

    /// `d` (minutes or hours) in minutes.
    static func minutes(of d: Duration) throws(ModelError) -> Int {
        guard d.unit == .hour else { return d.amount }
        let (m, o) = d.amount.multipliedReportingOverflow(by: 60)
        guard !o else { throw overflow(d) }
        return m
    }

    /// `date` moved by `d` weeks, months or years on the calendar.
    static func calendarMove(_ date: CivilDate, by d: Duration) throws(ModelError) -> CivilDate {
        let moved: CivilDate?
        switch d.unit {
        case .week:
            let (days, o) = d.amount.multipliedReportingOverflow(by: 7)
            moved = o ? nil : date.adding(days: days)
        case .year:
            let (months, o) = d.amount.multipliedReportingOverflow(by: 12)
            moved = o ? nil : date.adding(months: months)
        default:
            moved = date.adding(months: d.amount)
        }
        guard let moved else { throw overflow(d) }
        return moved
    }

    static func overflow(_ d: Duration?) -> ModelError {
        guard let d else { return ModelError(.calendarOverflow, Message.pastEnd) }
        return ModelError(.calendarOverflow, Message.durationPastEnd(d), notes: [Message.dateRange])
    }

    // MARK: - Weekday ranks

    /// Day number of Monday 1970-01-05, the origin of the ranks.
    private static let rankOrigin = 4

    /// True for Monday–Friday.
    static func isMondayToFriday(_ day: Int) -> Bool {
        let r = (day - rankOrigin) % 7
        return (r < 0 ? r + 7 : r) < 5
    }

    /// The rank of the last Monday–Friday on or before `day`; consecutive weekdays have
    /// consecutive ranks, so the weekdays in `(a, b]` number `rank(b) - rank(a)`.
    static func weekdayRank(_ day: Int) -> Int {
        let s = day - rankOrigin
        let week = s >= 0 ? s / 7 : (s - 6) / 7
        return week * 5 + min(s - week * 7, 4)
    }

    /// The Monday–Friday day number with the given rank.
    static func weekday(ofRank rank: Int) -> Int {
        let week = rank >= 0 ? rank / 5 : (rank - 4) / 5
        return rankOrigin + week * 7 + (rank - week * 5)
    }
}

/// The messages of the rules above.
private enum Message {
    static func workdayCount(_ n: Int) -> Text {
        Text(en: "a count of working days must be at least 1 (got \(n))", id: "jumlah hari kerja sedikitnya 1 (tertulis \(n))")
    }
    static func negative(_ d: Duration) -> Text {
        Text(en: "a duration cannot be negative (got \(d))", id: "durasi tidak boleh negatif (tertulis \(d))")
    }
    static let pastEnd = Text(en: "that time is past the year 9999", id: "waktu itu melewati tahun 9999")
    static func durationPastEnd(_ d: Duration) -> Text {
        Text(en: "\(d) from then is past the year 9999", id: "\(d) dari waktu itu melewati tahun 9999")
    }
    static let dateRange = Text(en: "dates run from 0001-01-01 to 9999-12-31",
                                id: "tanggal yang dapat dipakai: 0001-01-01 sampai 9999-12-31")
}
