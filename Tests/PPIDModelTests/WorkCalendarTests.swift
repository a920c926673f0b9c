import Testing
@testable import PPIDModel

@Suite("WorkCalendar: declaring days and hours, counting working days")
struct WorkCalendarTests {
    typealias F = CalendarFixture

    @Test func defaults() {
        let cal = WorkCalendar()
        #expect(cal.workStart.iso == "08:00")
        #expect(cal.workEnd.iso == "16:00")
        #expect(cal.leaveIsWorkday == false)
        #expect(cal.entries.isEmpty)
        #expect(cal.minutesPerWorkday == 480)
        #expect(cal.isWorkday(F.day("2024-04-01")))   // Monday
        #expect(cal.isWorkday(F.day("2024-04-05")))   // Friday
        #expect(!cal.isWorkday(F.day("2024-04-06")))  // Saturday
        #expect(!cal.isWorkday(F.day("2024-04-07")))  // Sunday
    }

    @Test func workHours() throws {
        var cal = WorkCalendar()
        try cal.setWorkHours(start: TimeOfDay(minutes: 450), end: TimeOfDay(minutes: 960))
        #expect(cal.workStart.iso == "07:30" && cal.workEnd.iso == "16:00")
        try cal.setWorkHours(start: TimeOfDay(minutes: 0), end: TimeOfDay(minutes: 1440))
        #expect(cal.workEnd.iso == "24:00")
    }

    @Test(arguments: [("16:00", "08:00"), ("08:00", "08:00"), ("24:00", "24:00"), ("12:00", "11:59")])
    func workHoursRejected(_ start: String, _ end: String) throws {
        var cal = WorkCalendar()
        let s = try #require(TimeOfDay(iso: start)), e = try #require(TimeOfDay(iso: end))
        let error = #expect(throws: ModelError.self) { try cal.setWorkHours(start: s, end: e) }
        #expect(error?.code == .calendarWorkHours)
        #expect(cal == WorkCalendar(), "a refused change leaves the calendar as it was")
    }

    @Test func holidaysAndLeave() throws {
        var cal = WorkCalendar()
        try cal.addHoliday(from: F.day("2024-04-10"), to: F.day("2024-04-11"), name: "Idulfitri 1445 H")
        try cal.addLeave(from: F.day("2024-04-08"), to: F.day("2024-04-09"), name: "Cuti bersama Idulfitri")
        #expect(cal.isHoliday(F.day("2024-04-10")) && cal.isHoliday(F.day("2024-04-11")))
        #expect(!cal.isHoliday(F.day("2024-04-09")) && !cal.isHoliday(F.day("2024-04-12")))
        #expect(cal.isLeave(F.day("2024-04-08")) && !cal.isLeave(F.day("2024-04-10")))
        #expect(!cal.isWorkday(F.day("2024-04-08")) && !cal.isWorkday(F.day("2024-04-10")))
        #expect(cal.isWorkday(F.day("2024-04-12")))
        cal.leaveIsWorkday = true
        #expect(cal.isWorkday(F.day("2024-04-08")) && !cal.isWorkday(F.day("2024-04-10")))
        #expect(cal.entries == [
            .init(date: F.day("2024-04-08"), name: "Cuti bersama Idulfitri", isLeave: true),
            .init(date: F.day("2024-04-09"), name: "Cuti bersama Idulfitri", isLeave: true),
            .init(date: F.day("2024-04-10"), name: "Idulfitri 1445 H", isLeave: false),
            .init(date: F.day("2024-04-11"), name: "Idulfitri 1445 H", isLeave: false),
        ])
    }

    /// A range given twice, or overlapping another, is idempotent and keeps the first name.
    @Test func rangesGivenTwice() throws {
        var once = WorkCalendar()
        try once.addHoliday(from: F.day("2025-03-31"), to: F.day("2025-04-01"), name: "Idulfitri 1446 H")
        var twice = once
        try twice.addHoliday(from: F.day("2025-03-31"), to: F.day("2025-04-01"), name: "Idulfitri 1446 H")
        #expect(twice == once)
        #expect(twice.hashValue == once.hashValue)
        try twice.addHoliday(from: F.day("2025-04-01"), to: F.day("2025-04-02"), name: "Renamed")
        #expect(twice.holidayName(on: F.day("2025-04-01")) == "Idulfitri 1446 H")
        #expect(twice.holidayName(on: F.day("2025-04-02")) == "Renamed")
        #expect(twice.entries.count == 3)
        #expect(try twice.workdays(from: F.day("2025-03-28"), to: F.day("2025-04-04")) == 2)
        try twice.addLeave(from: F.day("2025-04-07"), to: F.day("2025-04-07"), name: "Cuti A")
        try twice.addLeave(from: F.day("2025-04-07"), to: F.day("2025-04-07"), name: "Cuti B")
        #expect(twice.leaveName(on: F.day("2025-04-07")) == "Cuti A")
        #expect(twice.entries.filter(\.isLeave).count == 1)
    }

    /// A day both holiday and leave counts as a holiday, in whichever order it was declared.
    @Test(arguments: [true, false])
    func holidayAndLeaveOnTheSameDay(holidayFirst: Bool) throws {
        var cal = WorkCalendar()
        let day = F.day("2024-12-26")
        if holidayFirst {
            try cal.addHoliday(from: day, to: day, name: "Libur")
            try cal.addLeave(from: day, to: day, name: "Cuti")
        } else {
            try cal.addLeave(from: day, to: day, name: "Cuti")
            try cal.addHoliday(from: day, to: day, name: "Libur")
        }
        #expect(cal.isHoliday(day) && !cal.isLeave(day))
        cal.leaveIsWorkday = true
        #expect(!cal.isWorkday(day))
        #expect(try cal.workdays(from: F.day("2024-12-23"), to: F.day("2024-12-27")) == 3)
        #expect(cal.entries.map(\.isLeave) == [false, true], "holiday listed before leave on the same day")
        #expect(cal.entries.map(\.name) == ["Libur", "Cuti"])
    }

    @Test func rangesRejected() throws {
        var cal = WorkCalendar()
        let e1 = #expect(throws: ModelError.self) {
            try cal.addHoliday(from: F.day("2024-04-11"), to: F.day("2024-04-10"), name: "x")
        }
        #expect(e1?.code == .calendarRange)
        let e2 = #expect(throws: ModelError.self) {
            try cal.addLeave(from: F.day("2024-04-11"), to: F.day("2024-04-10"), name: "x")
        }
        #expect(e2?.code == .calendarRange)
        let e3 = #expect(throws: ModelError.self) {
            try cal.addHoliday(from: F.day("2024-04-10"), to: F.day("2042-04-11"), name: "typo")
        }
        #expect(e3?.code == .calendarRange)
        #expect(cal.entries.isEmpty)
        // The longest range accepted: a whole leap year.
        try cal.addHoliday(from: F.day("2024-01-01"), to: F.day("2024-12-31"), name: "Tutup")
        #expect(cal.entries.count == 366)
    }

    @Test func holidaysOnWeekendsAreListedButChangeNothing() throws {
        var cal = WorkCalendar()
        try cal.addHoliday(from: F.day("2024-03-31"), to: F.day("2024-03-31"), name: "Hari Paskah")
        #expect(cal.isHoliday(F.day("2024-03-31")))
        #expect(cal.entries.count == 1)
        #expect(try cal.workdays(from: F.day("2024-03-29"), to: F.day("2024-04-05")) == 5)
    }

    struct CountCase: Sendable, CustomTestStringConvertible {
        let from: String, to: String, skipLeave: Int, countLeave: Int
        var testDescription: String { "\(from)..\(to)" }
    }

    /// `workdays(from:to:)` against the 2024 calendar: after `from`, up to and including `to`.
    @Test(arguments: [
        CountCase(from: "2024-04-01", to: "2024-04-01", skipLeave: 0, countLeave: 0),
        CountCase(from: "2024-04-01", to: "2024-04-02", skipLeave: 1, countLeave: 1),
        CountCase(from: "2024-04-01", to: "2024-04-23", skipLeave: 10, countLeave: 14),
        CountCase(from: "2024-04-01", to: "2024-04-17", skipLeave: 6, countLeave: 10),
        CountCase(from: "2024-04-23", to: "2024-04-01", skipLeave: -10, countLeave: -14),
        CountCase(from: "2024-04-06", to: "2024-04-07", skipLeave: 0, countLeave: 0),  // a weekend
        CountCase(from: "2024-04-05", to: "2024-04-08", skipLeave: 0, countLeave: 1),
        CountCase(from: "2024-04-09", to: "2024-04-15", skipLeave: 0, countLeave: 2),
        CountCase(from: "2024-12-24", to: "2024-12-31", skipLeave: 3, countLeave: 4),
        CountCase(from: "2024-04-01", to: "2024-05-03", skipLeave: 17, countLeave: 21),
        CountCase(from: "2023-12-29", to: "2024-01-02", skipLeave: 1, countLeave: 1),
    ])
    func workdayCounts(_ c: CountCase) throws {
        // The last case starts in 2023, which this calendar does not cover.
        var cal = try F.calendar(F.id2024, unknownYears: .workdays)
        #expect(try cal.workdays(from: F.day(c.from), to: F.day(c.to)) == c.skipLeave)
        cal.leaveIsWorkday = true
        #expect(try cal.workdays(from: F.day(c.from), to: F.day(c.to)) == c.countLeave)
    }

    @Test func workdayCountsWithoutHolidays() throws {
        let cal = WorkCalendar()
        // 1970-01-01 (Thu) to 2024-04-01 (Mon): 19814 days; compare with a walk.
        let from = F.day("1970-01-01"), to = F.day("2024-04-01")
        var walked = 0
        for n in (from.dayNumber + 1)...to.dayNumber where !(CivilDate(dayNumber: n)?.isWeekend ?? true) {
            walked += 1
        }
        #expect(try cal.workdays(from: from, to: to) == walked)
        #expect(try cal.workdays(from: to, to: from) == -walked)
        #expect(try cal.workdays(from: F.day("0001-01-01"), to: F.day("9999-12-31")) == 2_608_614)
    }

    /// Copies are independent values: changing one does not touch the other.
    @Test func copiesAreIndependent() throws {
        let base = try F.calendar(F.id2024)
        var changed = base
        try changed.addLeave(from: F.day("2024-04-16"), to: F.day("2024-04-16"), name: "Extra")
        #expect(base.isWorkday(F.day("2024-04-16")))
        #expect(!changed.isWorkday(F.day("2024-04-16")))
        #expect(base != changed)
    }
}
