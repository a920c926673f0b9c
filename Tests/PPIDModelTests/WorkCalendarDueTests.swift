import Testing
@testable import PPIDModel

/// One due or wait expectation. `holidays` are single dates declared as holidays.
struct WorkTimeCase: Sendable, CustomTestStringConvertible {
    let start: String
    let amount: Int
    let unit: DurationUnit
    let expected: String
    var holidays: [String] = []
    var hours: (String, String)? = nil

    var testDescription: String { "\(start) + \(Duration(amount: amount, unit: unit)) → \(expected)" }

    func calendar() throws -> WorkCalendar {
        var cal = WorkCalendar()
        for h in holidays {
            try cal.addHoliday(from: CalendarFixture.day(h), to: CalendarFixture.day(h), name: "Libur")
        }
        if let (s, e) = hours, let start = TimeOfDay(iso: s), let end = TimeOfDay(iso: e) {
            try cal.setWorkHours(start: start, end: end)
        }
        return cal
    }
}

@Suite("WorkCalendar: due times and waits")
struct WorkCalendarDueTests {
    typealias F = CalendarFixture
    // 2024-03-01 is a Friday; 2024-03-04 a Monday.

    static let dueCases: [WorkTimeCase] = [
        // Days and workdays: from the day after the start, due at 16:00.
        .init(start: "2024-03-04T09:00", amount: 1, unit: .day, expected: "2024-03-05T16:00"),
        .init(start: "2024-03-01T09:00", amount: 1, unit: .workday, expected: "2024-03-04T16:00"),
        .init(start: "2024-03-02T09:00", amount: 1, unit: .workday, expected: "2024-03-04T16:00"),
        .init(start: "2024-03-03T23:59", amount: 1, unit: .workday, expected: "2024-03-04T16:00"),
        .init(start: "2024-03-04T17:00", amount: 1, unit: .workday, expected: "2024-03-05T16:00"),
        .init(start: "2024-03-04T09:00", amount: 5, unit: .workday, expected: "2024-03-11T16:00"),
        .init(start: "2024-03-04T09:00", amount: 10, unit: .day, expected: "2024-03-18T16:00"),
        .init(start: "2024-03-04T09:00", amount: 2, unit: .workday, expected: "2024-03-07T16:00",
              holidays: ["2024-03-05"]),
        .init(start: "2024-03-05T09:00", amount: 1, unit: .workday, expected: "2024-03-06T16:00",
              holidays: ["2024-03-05"]),
        // Zero of anything is due at the start, even on a Sunday night.
        .init(start: "2024-03-03T22:00", amount: 0, unit: .workday, expected: "2024-03-03T22:00"),
        .init(start: "2024-03-03T22:00", amount: 0, unit: .minute, expected: "2024-03-03T22:00"),
        .init(start: "2024-03-03T22:00", amount: 0, unit: .month, expected: "2024-03-03T22:00"),
        // Minutes and hours: working time, rolling over.
        .init(start: "2024-03-04T09:00", amount: 30, unit: .minute, expected: "2024-03-04T09:30"),
        .init(start: "2024-03-04T15:30", amount: 30, unit: .minute, expected: "2024-03-04T16:00"),
        .init(start: "2024-03-01T15:30", amount: 1, unit: .hour, expected: "2024-03-04T08:30"),
        .init(start: "2024-03-04T07:00", amount: 1, unit: .hour, expected: "2024-03-04T09:00"),
        .init(start: "2024-03-04T16:00", amount: 1, unit: .minute, expected: "2024-03-05T08:01"),
        .init(start: "2024-03-04T17:00", amount: 1, unit: .hour, expected: "2024-03-05T09:00"),
        .init(start: "2024-03-02T10:00", amount: 30, unit: .minute, expected: "2024-03-04T08:30"),
        .init(start: "2024-03-04T08:00", amount: 8, unit: .hour, expected: "2024-03-04T16:00"),
        .init(start: "2024-03-04T08:00", amount: 16, unit: .hour, expected: "2024-03-05T16:00"),
        .init(start: "2024-03-04T08:00", amount: 40, unit: .hour, expected: "2024-03-08T16:00"),
        .init(start: "2024-03-04T08:00", amount: 41, unit: .hour, expected: "2024-03-11T09:00"),
        .init(start: "2024-03-04T09:00", amount: 480, unit: .minute, expected: "2024-03-05T09:00"),
        .init(start: "2024-03-04T15:00", amount: 2, unit: .hour, expected: "2024-03-06T09:00",
              holidays: ["2024-03-05"]),
        .init(start: "2024-03-05T10:00", amount: 1, unit: .hour, expected: "2024-03-06T09:00",
              holidays: ["2024-03-05"]),
        // Other working hours, including a whole-day office (24:00 is the next midnight).
        .init(start: "2024-03-04T07:45", amount: 1, unit: .hour, expected: "2024-03-04T08:45",
              hours: ("07:30", "16:00")),
        .init(start: "2024-03-04T10:00", amount: 1, unit: .workday, expected: "2024-03-05T15:30",
              hours: ("07:30", "15:30")),
        .init(start: "2024-03-04T10:00", amount: 1, unit: .workday, expected: "2024-03-06T00:00",
              hours: ("00:00", "24:00")),
        .init(start: "2024-03-04T00:00", amount: 24, unit: .hour, expected: "2024-03-05T00:00",
              hours: ("00:00", "24:00")),
        .init(start: "2024-03-01T12:00", amount: 24, unit: .hour, expected: "2024-03-04T12:00",
              hours: ("00:00", "24:00")),
        // Weeks: calendar days, then the next working day.
        .init(start: "2024-03-06T09:00", amount: 1, unit: .week, expected: "2024-03-13T16:00"),
        .init(start: "2024-03-06T09:00", amount: 2, unit: .week, expected: "2024-03-20T16:00"),
        .init(start: "2024-03-09T09:00", amount: 1, unit: .week, expected: "2024-03-18T16:00"),
        .init(start: "2024-03-06T09:00", amount: 1, unit: .week, expected: "2024-03-14T16:00",
              holidays: ["2024-03-13"]),
        // Months: the day clamped to the month's end, leap years included.
        .init(start: "2024-01-31T09:00", amount: 1, unit: .month, expected: "2024-02-29T16:00"),
        .init(start: "2023-01-31T09:00", amount: 1, unit: .month, expected: "2023-02-28T16:00"),
        .init(start: "2025-01-31T09:00", amount: 1, unit: .month, expected: "2025-02-28T16:00"),
        .init(start: "2024-03-31T09:00", amount: 1, unit: .month, expected: "2024-04-30T16:00"),
        .init(start: "2024-05-31T09:00", amount: 1, unit: .month, expected: "2024-07-01T16:00"),
        .init(start: "2024-08-31T09:00", amount: 1, unit: .month, expected: "2024-09-30T16:00"),
        .init(start: "2024-11-15T09:00", amount: 3, unit: .month, expected: "2025-02-17T16:00"),
        .init(start: "2024-01-31T09:00", amount: 13, unit: .month, expected: "2025-02-28T16:00"),
        // Years.
        .init(start: "2024-02-29T09:00", amount: 1, unit: .year, expected: "2025-02-28T16:00"),
        .init(start: "2024-02-29T09:00", amount: 4, unit: .year, expected: "2028-02-29T16:00"),
        .init(start: "2023-03-04T09:00", amount: 1, unit: .year, expected: "2024-03-04T16:00"),
        .init(start: "2024-06-15T09:00", amount: 10, unit: .year, expected: "2034-06-15T16:00"),
        // At the very end of the calendar.
        .init(start: "9999-12-30T09:00", amount: 1, unit: .workday, expected: "9999-12-31T16:00"),
        .init(start: "9999-12-31T15:00", amount: 60, unit: .minute, expected: "9999-12-31T16:00"),
        .init(start: "0001-01-01T09:00", amount: 1, unit: .workday, expected: "0001-01-02T16:00"),
    ]

    @Test(arguments: dueCases)
    func due(_ c: WorkTimeCase) throws {
        let cal = try c.calendar()
        #expect(try cal.due(from: F.time(c.start), after: Duration(amount: c.amount, unit: c.unit)) == F.time(c.expected))
    }

    static let waitCases: [WorkTimeCase] = [
        // docs/language.md §8: wait 2 days from Mon 09:30 lands on Wed 09:30.
        .init(start: "2024-03-04T09:30", amount: 2, unit: .day, expected: "2024-03-06T09:30"),
        .init(start: "2024-03-01T09:30", amount: 1, unit: .day, expected: "2024-03-04T09:30"),
        .init(start: "2024-03-02T18:00", amount: 1, unit: .workday, expected: "2024-03-04T18:00"),
        .init(start: "2024-03-04T09:30", amount: 2, unit: .workday, expected: "2024-03-07T09:30",
              holidays: ["2024-03-06"]),
        .init(start: "2024-03-04T09:30", amount: 0, unit: .day, expected: "2024-03-04T09:30"),
        // Minutes and hours are working time.
        .init(start: "2024-03-04T15:50", amount: 30, unit: .minute, expected: "2024-03-05T08:20"),
        .init(start: "2024-03-01T15:30", amount: 1, unit: .hour, expected: "2024-03-04T08:30"),
        .init(start: "2024-03-04T09:00", amount: 3, unit: .hour, expected: "2024-03-04T12:00"),
        // Weeks, months and years are plain calendar moves, holidays or not.
        .init(start: "2024-03-29T10:00", amount: 1, unit: .week, expected: "2024-04-05T10:00"),
        .init(start: "2024-04-03T10:00", amount: 1, unit: .week, expected: "2024-04-10T10:00",
              holidays: ["2024-04-10"]),
        .init(start: "2024-03-02T10:00", amount: 1, unit: .week, expected: "2024-03-09T10:00"),
        .init(start: "2024-01-31T10:15", amount: 1, unit: .month, expected: "2024-02-29T10:15"),
        .init(start: "2024-05-31T23:59", amount: 1, unit: .month, expected: "2024-06-30T23:59"),
        .init(start: "2024-02-29T08:00", amount: 1, unit: .year, expected: "2025-02-28T08:00"),
    ]

    @Test(arguments: waitCases)
    func wait(_ c: WorkTimeCase) throws {
        let cal = try c.calendar()
        #expect(try cal.advance(F.time(c.start), by: Duration(amount: c.amount, unit: c.unit)) == F.time(c.expected))
    }

    @Test(arguments: DurationUnit.allCases)
    func negativeAmountsAreErrors(_ unit: DurationUnit) {
        let cal = WorkCalendar()
        let start = F.time("2024-03-04T09:00")
        for amount in [-1, Int.min] {
            let d = Duration(amount: amount, unit: unit)
            let e1 = #expect(throws: ModelError.self) { try cal.due(from: start, after: d) }
            #expect(e1?.code == .calendarNegative)
            let e2 = #expect(throws: ModelError.self) { try cal.advance(start, by: d) }
            #expect(e2?.code == .calendarNegative)
        }
    }

    /// Absurd amounts fail quickly with an error, never a trap or a hang.
    @Test(arguments: DurationUnit.allCases)
    func absurdAmountsOverflow(_ unit: DurationUnit) throws {
        let cal = try F.calendar(F.id2024 + F.id2025)
        let start = F.time("2024-04-01T09:00")
        for amount in [1_000_000_000_000_000, Int.max, Int.max / 60, Int.max / 7, Int.max / 12 + 1] {
            let d = Duration(amount: amount, unit: unit)
            let e1 = #expect(throws: ModelError.self) { try cal.due(from: start, after: d) }
            #expect(e1?.code == .calendarOverflow)
            let e2 = #expect(throws: ModelError.self) { try cal.advance(start, by: d) }
            #expect(e2?.code == .calendarOverflow)
        }
    }

    static let overflowCases: [WorkTimeCase] = [
        .init(start: "9999-12-30T09:00", amount: 2, unit: .workday, expected: ""),
        .init(start: "9999-12-31T09:00", amount: 1, unit: .day, expected: ""),
        .init(start: "9999-12-31T15:00", amount: 61, unit: .minute, expected: ""),
        .init(start: "9999-12-31T16:00", amount: 1, unit: .minute, expected: ""),
        .init(start: "9999-12-25T09:00", amount: 1, unit: .week, expected: ""),
        .init(start: "9999-12-01T09:00", amount: 1, unit: .month, expected: ""),
        .init(start: "9999-01-01T09:00", amount: 1, unit: .year, expected: ""),
        // The week lands on a holiday at the very end; there is no next working day.
        .init(start: "9999-12-24T09:00", amount: 1, unit: .week, expected: "", holidays: ["9999-12-31"]),
    ]

    @Test(arguments: overflowCases)
    func overflowPastYear9999(_ c: WorkTimeCase) throws {
        let cal = try c.calendar()
        let error = #expect(throws: ModelError.self) {
            try cal.due(from: F.time(c.start), after: Duration(amount: c.amount, unit: c.unit))
        }
        #expect(error?.code == .calendarOverflow)
        #expect(error?.message.contains("9999") == true)
    }

    /// A million working days across a calendar with holidays: the answer is a working day
    /// and exactly a million working days after the start, and it comes back at once.
    @Test func millionsOfWorkdays() throws {
        let cal = try F.calendar(F.id2024 + F.id2025, unknownYears: .workdays)
        let start = F.time("2024-01-01T09:00")
        for n in [1_000_000, 2_000_000] {
            let due = try cal.due(from: start, after: Duration(amount: n, unit: .workday))
            #expect(cal.isWorkday(due.date))
            #expect(try cal.workdays(from: start.date, to: due.date) == n)
            #expect(due.timeOfDay.iso == "16:00")
        }
        let e = #expect(throws: ModelError.self) {
            try cal.due(from: start, after: Duration(amount: 3_000_000, unit: .workday))
        }
        #expect(e?.code == .calendarOverflow)
    }

    /// A whole year closed: one workday from late 2023 lands in 2025.
    @Test func aYearLongClosure() throws {
        var cal = WorkCalendar()
        try cal.addHoliday(from: F.day("2024-01-01"), to: F.day("2024-12-31"), name: "Tutup")
        cal.unknownYears = .workdays   // 2023 and 2025 have no holidays declared
        #expect(try cal.due(from: F.time("2023-12-29T09:00"), after: Duration(amount: 1, unit: .workday))
                == F.time("2025-01-01T16:00"))
        #expect(try cal.due(from: F.time("2023-12-29T15:00"), after: Duration(amount: 2, unit: .hour))
                == F.time("2025-01-01T09:00"))
        #expect(try cal.workdays(from: F.day("2023-12-29"), to: F.day("2025-01-01")) == 1)
    }

    @Test func publicHelpers() throws {
        let cal = try F.calendar(F.id2024)
        #expect(try cal.workingDay(1, after: F.day("2024-04-05")) == F.day("2024-04-16"))
        #expect(try cal.endOfWork(on: F.day("2024-04-05")) == F.time("2024-04-05T16:00"))
        let e = #expect(throws: ModelError.self) { try cal.workingDay(0, after: F.day("2024-04-05")) }
        #expect(e?.code == .calendarNegative)
    }
}
