import Testing
@testable import PPIDModel

/// Calendar coverage: once some year has holidays declared, a working-day computation that
/// looks at a day of a year without any is refused, unless `option unknown_years workdays`.
@Suite("WorkCalendar: a count may not pass through a year without holidays")
struct WorkCalendarCoverageTests {
    typealias F = CalendarFixture

    /// The end of 2026 as the SKB has it: 24 Dec cuti bersama, 25 Dec Natal.
    static func end2026(_ mode: WorkCalendar.UnknownYears = .error) throws -> WorkCalendar {
        var cal = WorkCalendar()
        try cal.addHoliday(from: F.day("2026-01-01"), to: F.day("2026-01-01"), name: "Tahun Baru 2026 Masehi")
        try cal.addLeave(from: F.day("2026-12-24"), to: F.day("2026-12-24"), name: "Cuti bersama Hari Raya Natal")
        try cal.addHoliday(from: F.day("2026-12-25"), to: F.day("2026-12-25"), name: "Hari Raya Natal")
        cal.unknownYears = mode
        return cal
    }

    static func workdays(_ n: Int) -> Duration { Duration(amount: n, unit: .workday) }

    /// Expects `body` to fail with calendarUnknownYear naming `year`.
    @discardableResult
    static func expectUnknownYear(_ year: Int, sourceLocation: SourceLocation = #_sourceLocation,
                                  _ body: () throws(ModelError) -> Void) -> ModelError? {
        let e = #expect(throws: ModelError.self, sourceLocation: sourceLocation) { try body() }
        #expect(e?.code == .calendarUnknownYear, sourceLocation: sourceLocation)
        #expect(e?.message.hasPrefix("\(year) has no holidays declared") == true, sourceLocation: sourceLocation)
        // The runtime names the calendar file from the subject (RuleHint).
        #expect(e?.subject == "\(year)", sourceLocation: sourceLocation)
        return e
    }

    /// The case the rule was made for: with the 2026 calendar loaded, ten working days from
    /// 28 Dec 2026 would silently give 11 Jan 2027, ignoring 2027's holidays.
    @Test func crossingIntoAnUnknownYearIsRefused() throws {
        let cal = try Self.end2026()
        let e = Self.expectUnknownYear(2027) { () throws(ModelError) in
            _ = try cal.due(from: F.time("2026-12-28T09:00"), after: Self.workdays(10))
        }
        #expect(e?.message.contains("(the calendar has 2026)") == true)
        Self.expectUnknownYear(2027) { () throws(ModelError) in
            _ = try cal.due(from: F.time("2026-12-31T09:00"), after: Duration(amount: 1, unit: .day))
        }
        Self.expectUnknownYear(2027) { () throws(ModelError) in
            _ = try cal.workingDay(1, after: F.day("2026-12-31"))
        }
    }

    /// Counts that stay inside a known year are unaffected, right up to 31 December.
    @Test func countsInsideAKnownYearAreUnaffected() throws {
        let cal = try Self.end2026()
        // 22, 23 work; 24 leave; 25 holiday; 26–27 weekend; 28 work.
        #expect(try cal.due(from: F.time("2026-12-21T09:00"), after: Self.workdays(3)) == F.time("2026-12-28T16:00"))
        #expect(try cal.due(from: F.time("2026-12-28T09:00"), after: Self.workdays(3)) == F.time("2026-12-31T16:00"))
        #expect(try cal.workdays(from: F.day("2026-12-21"), to: F.day("2026-12-31")) == 6)
        #expect(try cal.advance(F.time("2026-12-21T09:30"), by: Self.workdays(3)) == F.time("2026-12-28T09:30"))
        #expect(try cal.due(from: F.time("2026-12-31T15:00"), after: Duration(amount: 30, unit: .minute))
                == F.time("2026-12-31T15:30"))
        #expect(try cal.due(from: F.time("2026-12-31T09:00"), after: Duration(amount: 7, unit: .hour))
                == F.time("2026-12-31T16:00"))
        #expect(try cal.due(from: F.time("2026-12-28T09:00"), after: Self.workdays(0)) == F.time("2026-12-28T09:00"))
    }

    /// `option unknown_years workdays` counts 2027 Monday–Friday, as before the rule.
    @Test func theOptionAcceptsTheGap() throws {
        let cal = try Self.end2026(.workdays)
        #expect(try cal.due(from: F.time("2026-12-28T09:00"), after: Self.workdays(10)) == F.time("2027-01-11T16:00"))
        #expect(try cal.workdays(from: F.day("2026-12-28"), to: F.day("2027-01-11")) == 10)
        #expect(try cal.advance(F.time("2026-12-28T09:30"), by: Self.workdays(10)) == F.time("2027-01-11T09:30"))
        #expect(cal.covers(year: 2027) && cal.covers(year: 2026))
    }

    /// A calendar with no holidays at all counts Monday–Friday in every year, as it always did.
    @Test func noHolidaysAtAllCountsMondayToFriday() throws {
        let cal = WorkCalendar()
        #expect(cal.knownYears.isEmpty && cal.covers(year: 2027))
        #expect(try cal.due(from: F.time("2026-12-28T09:00"), after: Self.workdays(10)) == F.time("2027-01-11T16:00"))
        #expect(try cal.workdays(from: F.day("2023-01-01"), to: F.day("2027-12-31")) > 0)
    }

    /// Starting in an unknown year while another year is known is refused too: the count
    /// would ignore that year's holidays just the same.
    @Test func startingInAnUnknownYearIsRefused() throws {
        let cal = try F.calendar(F.id2024)
        Self.expectUnknownYear(2023) { () throws(ModelError) in
            _ = try cal.due(from: F.time("2023-06-01T09:00"), after: Self.workdays(5))
        }
        Self.expectUnknownYear(2023) { () throws(ModelError) in
            _ = try cal.workdays(from: F.day("2023-06-01"), to: F.day("2023-06-30"))
        }
        // Counting starts the day after: from 31 Dec 2023 only 2024 days are counted.
        #expect(try cal.due(from: F.time("2023-12-31T09:00"), after: Self.workdays(1)) == F.time("2024-01-02T16:00"))
        #expect(try cal.workdays(from: F.day("2023-12-31"), to: F.day("2024-01-05")) == 4)
        // No day counted, nothing looked up.
        #expect(try cal.workdays(from: F.day("2023-06-01"), to: F.day("2023-06-01")) == 0)
    }

    /// A year missing between two known ones is named, however far the count goes.
    @Test func aGapBetweenKnownYearsIsNamed() throws {
        var cal = try F.calendar(F.id2024)
        try cal.addHoliday(from: F.day("2026-01-01"), to: F.day("2026-01-01"), name: "Tahun Baru 2026 Masehi")
        #expect(cal.knownYears == [2024, 2026])
        let e = Self.expectUnknownYear(2025) { () throws(ModelError) in
            _ = try cal.due(from: F.time("2024-12-02T09:00"), after: Self.workdays(300))
        }
        #expect(e?.message.contains("(the calendar has 2024, 2026)") == true)
        Self.expectUnknownYear(2025) { () throws(ModelError) in
            _ = try cal.workdays(from: F.day("2026-06-01"), to: F.day("2024-06-01"))
        }
    }

    /// Working hours roll over into the next working day, which may be in the next year.
    @Test func hoursAndMinutesAcrossTheYearEnd() throws {
        var cal = try Self.end2026()
        Self.expectUnknownYear(2027) { () throws(ModelError) in
            _ = try cal.due(from: F.time("2026-12-31T15:00"), after: Duration(amount: 2, unit: .hour))
        }
        Self.expectUnknownYear(2027) { () throws(ModelError) in
            _ = try cal.advance(F.time("2026-12-31T17:00"), by: Duration(amount: 30, unit: .minute))
        }
        // A day worked to 24:00 ends at the next midnight, but no 2027 minute was worked.
        try cal.setWorkHours(start: TimeOfDay(minutes: 0), end: TimeOfDay(minutes: 1440))
        #expect(try cal.due(from: F.time("2026-12-31T23:00"), after: Duration(amount: 1, unit: .hour))
                == F.time("2027-01-01T00:00"))
    }

    /// Weeks, months and years are calendar arithmetic: a due time is moved to a working day,
    /// which needs the calendar of the day it lands on; `wait` moves the clock plainly.
    @Test func calendarUnits() throws {
        let cal = try Self.end2026()
        Self.expectUnknownYear(2027) { () throws(ModelError) in
            _ = try cal.due(from: F.time("2026-12-15T09:00"), after: Duration(amount: 1, unit: .month))
        }
        #expect(try cal.due(from: F.time("2026-11-25T09:00"), after: Duration(amount: 1, unit: .month))
                == F.time("2026-12-28T16:00"))
        #expect(try cal.advance(F.time("2026-12-15T09:00"), by: Duration(amount: 1, unit: .month))
                == F.time("2027-01-15T09:00"))
    }

    @Test func knownYearsAndTheirText() throws {
        var cal = try F.calendar(F.id2024 + F.id2025)
        #expect(cal.knownYears == [2024, 2025])
        // A range over the new year makes both years known; a refused range changes nothing.
        try cal.addLeave(from: F.day("2027-12-31"), to: F.day("2028-01-01"), name: "Tutup")
        #expect(cal.knownYears == [2024, 2025, 2027, 2028])
        #expect(throws: ModelError.self) {
            try cal.addHoliday(from: F.day("2030-01-02"), to: F.day("2030-01-01"), name: "x")
        }
        #expect(cal.knownYears == [2024, 2025, 2027, 2028])
        #expect(WorkCalendar.yearsText([2024]) == "2024")
        #expect(WorkCalendar.yearsText([2024, 2025, 2026]) == "2024–2026")
        #expect(WorkCalendar.yearsText([2024, 2025, 2027, 2028, 2030]) == "2024–2025, 2027–2028, 2030")
    }
}

/// The rule seen from the registers: a statement refused for coverage changes nothing.
@Suite("Registry: working-day statements refused for calendar coverage change nothing")
struct RegistryCoverageTests {
    /// The Karanganyar office (holidays in 2024 only) at `clock`, acting as sri.
    func office(at clock: String) throws -> Registry {
        var r = try karanganyar()
        try r.setClock(moment(clock))
        try r.setActor("sri")
        try declare(&r, "x")
        return r
    }

    @Test func startWhoseFirstDueIsInAnUnknownYearFailsWhole() throws {
        var r = try office(at: "2024-12-31T09:00")
        let before = r, digest = r.digest()
        let e = expectError(.calendarUnknownYear) { try r.start(sop: "maklumat", name: "mk", subjects: ["x"]) }
        #expect(e?.message.hasPrefix("2025 has no holidays declared") == true)
        #expect(r == before)
        #expect(r.digest() == digest)
        #expect(r.run(named: "mk") == nil && r.runs.isEmpty)
    }

    @Test func completeWhoseNextDueIsInAnUnknownYearFailsWhole() throws {
        var r = try office(at: "2024-12-27T09:00")
        try r.start(sop: "maklumat", name: "mk", subjects: ["x"])
        #expect(r.run(named: "mk")?.due == moment("2024-12-30T16:00"))
        try r.setClock(moment("2024-12-31T09:00"))
        let before = r, digest = r.digest()
        expectError(.calendarUnknownYear) { try r.complete("mk", note: "Draft disusun") }
        #expect(r == before)
        #expect(r.digest() == digest)
        #expect(r.run(named: "mk")?.step == 1 && r.steps.isEmpty)
        #expect(r.item(named: "x")?.status == .draft, "the step's marks were not applied")
    }

    @Test func waitIntoAnUnknownYearLeavesTheClock() throws {
        var r = try office(at: "2024-12-31T09:00")
        let before = r
        expectError(.calendarUnknownYear) { try r.wait(Duration(amount: 1, unit: .workday)) }
        expectError(.calendarUnknownYear) { try r.wait(Duration(amount: 8, unit: .hour)) }
        #expect(r == before)
        #expect(r.clock == moment("2024-12-31T09:00"))
        try r.wait(Duration(amount: 1, unit: .month))   // a plain calendar move
        #expect(r.clock == moment("2025-01-31T09:00"))
    }

    /// The option is logged, changes the digest only when used, and lets the count through.
    @Test func theOptionIsLoggedAndDigested() throws {
        var r = try office(at: "2024-12-31T09:00")
        let plain = r.digest()
        #expect(r.calendar.unknownYears == .error)
        r.setUnknownYears(.workdays)
        #expect(r.calendar.unknownYears == .workdays)
        let entry = r.log[r.log.count - 1]
        #expect(entry.action == "option" && entry.subject == "unknown_years" && entry.detail == "workdays")
        #expect(r.digest() != plain)
        try r.start(sop: "maklumat", name: "mk", subjects: ["x"])
        #expect(r.run(named: "mk")?.due == moment("2025-01-01T16:00"))
        try r.wait(Duration(amount: 1, unit: .workday))
        #expect(r.clock == moment("2025-01-01T09:00"))
    }

    /// The setting itself is digested (not only its log row), and only when it is used, so
    /// every digest taken without the option stays as it was.
    @Test func theDigestHoldsTheSettingOnlyWhenUsed() throws {
        let r = try office(at: "2024-12-31T09:00")
        var same = r
        same.calendar.unknownYears = .error
        #expect(same.digest() == r.digest())
        var accepting = r
        accepting.calendar.unknownYears = .workdays
        #expect(accepting.digest() != r.digest())
    }
}
