import Testing
@testable import PPIDModel

/// The fast arithmetic (weekday ranks, binary search) checked against plain walks, day by
/// day and minute by minute, over many starts, amounts and calendars.
@Suite("WorkCalendar: fast arithmetic agrees with a plain walk")
struct WorkCalendarCrossCheckTests {
    typealias F = CalendarFixture

    /// The `n`-th working day after `date`, by walking.
    static func walkWorkdays(_ cal: WorkCalendar, _ n: Int, after date: CivilDate) -> CivilDate? {
        var day = date
        var left = n
        while left > 0 {
            guard let next = day.adding(days: 1) else { return nil }
            day = next
            if cal.isWorkday(day) { left -= 1 }
        }
        return day
    }

    /// `m` working minutes after `start`, by walking a minute at a time.
    static func walkMinutes(_ cal: WorkCalendar, _ m: Int, from start: DateTime) -> DateTime? {
        var t = start.minutes
        var left = m
        while left > 0 {
            guard let now = DateTime(minutes: t) else { return nil }
            // A closed day has no working minute: go on to its next midnight.
            if !cal.isWorkday(now.date) { t = (now.date.dayNumber + 1) * 1440; continue }
            let working = now.minuteOfDay >= cal.workStart.minutes
                && now.minuteOfDay < cal.workEnd.minutes
            if working { left -= 1 }
            t += 1
        }
        return DateTime(minutes: t)
    }

    /// Calendars to check: none, the national ones either way, and a dense made-up one. The
    /// walks run from late 2023 into 2026, past the years declared, so each counts the years
    /// it has no holidays for Monday–Friday (`option unknown_years workdays`).
    static func calendars() throws -> [(String, WorkCalendar)] {
        var dense = WorkCalendar()
        dense.unknownYears = .workdays
        // Deterministic pseudo-random holidays and leave (a linear congruential sequence).
        var seed: UInt64 = 12345
        for _ in 0..<120 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let offset = Int((seed >> 33) % 400)
            let length = Int((seed >> 20) % 4)
            let from = F.day("2024-01-01").adding(days: offset) ?? F.day("2024-01-01")
            let to = from.adding(days: length) ?? from
            if (seed >> 10) % 3 == 0 {
                try dense.addLeave(from: from, to: to, name: "Cuti \(offset)")
            } else {
                try dense.addHoliday(from: from, to: to, name: "Libur \(offset)")
            }
        }
        var denseLeaveWorks = dense
        denseLeaveWorks.leaveIsWorkday = true
        let national = try F.calendar(F.id2024 + F.id2025, unknownYears: .workdays)
        var nationalLeaveWorks = national
        nationalLeaveWorks.leaveIsWorkday = true
        return [("plain", WorkCalendar()), ("national", national), ("national, leave works", nationalLeaveWorks),
                ("dense", dense), ("dense, leave works", denseLeaveWorks)]
    }

    @Test func workdaysAgreeWithAWalk() throws {
        for (label, cal) in try Self.calendars() {
            var start = F.day("2023-12-20")
            while start <= F.day("2025-12-31") {
                for n in [1, 2, 3, 5, 7, 10, 14, 17, 30, 60] {
                    let walked = try #require(Self.walkWorkdays(cal, n, after: start))
                    let due = try cal.due(from: DateTime(date: start, minuteOfDay: 600), after: Duration(amount: n, unit: .workday))
                    #expect(due.date == walked, "\(label): \(start) + \(n) workdays")
                    #expect(try cal.workdays(from: start, to: walked) == n, "\(label): count \(start)..\(walked)")
                    #expect(try cal.workdays(from: walked, to: start) == -n)
                }
                start = try #require(start.adding(days: 3))
            }
        }
    }

    @Test func countsAgreeWithAWalk() throws {
        for (label, cal) in try Self.calendars() {
            let from = F.day("2023-12-25")
            var walked = 0
            var day = from
            while day <= F.day("2026-01-10") {
                #expect(try cal.workdays(from: from, to: day) == walked, "\(label): \(from)..\(day)")
                day = try #require(day.adding(days: 1))
                if cal.isWorkday(day) { walked += 1 }
            }
        }
    }

    @Test func workingMinutesAgreeWithAWalk() throws {
        var cals = try Self.calendars()
        var shortDay = try F.calendar(F.id2024, unknownYears: .workdays)
        try shortDay.setWorkHours(start: TimeOfDay(minutes: 450), end: TimeOfDay(minutes: 690))
        cals.append(("07:30-11:30", shortDay))
        var wholeDay = WorkCalendar()
        try wholeDay.setWorkHours(start: TimeOfDay(minutes: 0), end: TimeOfDay(minutes: 1440))
        cals.append(("00:00-24:00", wholeDay))
        let days = ["2024-04-05", "2024-04-06", "2024-04-10", "2024-12-24", "2024-02-13"]
        let minutesOfDay = [0, 450, 480, 557, 690, 959, 960, 1439]
        let amounts = [1, 60, 240, 479, 480, 481, 1000, 2401]
        for (label, cal) in cals {
            for day in days {
                for minute in minutesOfDay {
                    let start = DateTime(date: F.day(day), minuteOfDay: minute)
                    for m in amounts {
                        let walked = try #require(Self.walkMinutes(cal, m, from: start))
                        let due = try cal.due(from: start, after: Duration(amount: m, unit: .minute))
                        if due != walked { Issue.record("\(label): \(start) + \(m) minutes: \(due), walked \(walked)") }
                        if m % 60 == 0 {
                            let inHours = try cal.advance(start, by: Duration(amount: m / 60, unit: .hour))
                            if inHours != walked { Issue.record("\(label): \(start) + \(m / 60) hours: \(inHours)") }
                        }
                    }
                }
            }
        }
    }
}
