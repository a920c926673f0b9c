import Testing
@testable import PPIDModel

@Suite("CivilDate, DateTime and TimeOfDay")
struct CivilDateTests {
    /// Every day from 1899 to 2101 (and around the limits) survives day number → parts →
    /// date → ISO → date, and consecutive days advance the parts by exactly one day.
    @Test func roundTripsOverManyDays() throws {
        let ranges = [
            CivilDate.daysFromCivil(1899, 1, 1)...CivilDate.daysFromCivil(2101, 12, 31),
            CivilDate.minDayNumber...(CivilDate.minDayNumber + 800),
            (CivilDate.maxDayNumber - 800)...CivilDate.maxDayNumber,
        ]
        for range in ranges {
            var previous: (year: Int, month: Int, day: Int)?
            for n in range {
                // Issue.record only on failure: an #expect per day would make this slow.
                guard let date = CivilDate(dayNumber: n) else { Issue.record("no date for day \(n)"); continue }
                let p = date.parts
                if CivilDate(year: p.year, month: p.month, day: p.day)?.dayNumber != n {
                    Issue.record("\(p) does not rebuild day \(n)")
                }
                if CivilDate(iso: date.iso) != date { Issue.record("\(date.iso) does not parse back") }
                if let q = previous {
                    let nextInMonth = p.year == q.year && p.month == q.month && p.day == q.day + 1
                    let nextMonth = p.day == 1 && q.day == CivilDate.daysInMonth(year: q.year, month: q.month)
                        && ((p.year == q.year && p.month == q.month + 1) || (p.year == q.year + 1 && p.month == 1 && q.month == 12))
                    if !(nextInMonth || nextMonth) { Issue.record("\(date.iso) does not follow \(q)") }
                }
                previous = p
            }
        }
    }

    @Test(arguments: [
        ("1970-01-01", 4), ("2024-04-01", 1), ("2024-04-06", 6), ("2024-04-07", 7),
        ("2000-01-01", 6), ("0001-01-01", 1), ("9999-12-31", 5), ("2024-02-29", 4),
        ("1969-12-31", 3), ("1900-01-01", 1), ("2025-08-17", 7),
    ])
    func weekdays(_ iso: String, _ weekday: Int) throws {
        let date = try #require(CivilDate(iso: iso))
        #expect(date.weekday == weekday)
        #expect(date.isWeekend == (weekday >= 6))
    }

    @Test func weekdaysCycle() throws {
        var date = try #require(CivilDate(iso: "1899-12-25"))  // a Monday
        for i in 0..<2000 {
            #expect(date.weekday == i % 7 + 1)
            date = try #require(date.adding(days: 1))
        }
    }

    @Test(arguments: ["2024-02-30", "2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10",
                      "2024-04-31", "2024-04-00", "0000-01-01", "2024-4-01", "2024-04-1",
                      "+024-04-01", "2024-+4-01", "2024-04-+1", "2024/04/01", "2024-04-01T09:00",
                      "", "2024-04", "20240401", " 2024-04-01", "２０２４-04-01"])
    func isoRejects(_ text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test(arguments: [("2024-02-29", 2024, 2, 29), ("2000-02-29", 2000, 2, 29), ("0001-01-01", 1, 1, 1),
                      ("9999-12-31", 9999, 12, 31), ("2024-12-31", 2024, 12, 31)])
    func isoAccepts(_ text: String, _ y: Int, _ m: Int, _ d: Int) throws {
        let date = try #require(CivilDate(iso: text))
        #expect(date.year == y && date.month == m && date.day == d)
        #expect(date.iso == text)
    }

    @Test func leapYears() {
        #expect(CivilDate.isLeap(2024) && CivilDate.isLeap(2000) && CivilDate.isLeap(1600))
        #expect(!CivilDate.isLeap(2023) && !CivilDate.isLeap(1900) && !CivilDate.isLeap(2100))
        #expect(CivilDate.daysInMonth(year: 2024, month: 2) == 29)
        #expect(CivilDate.daysInMonth(year: 2025, month: 2) == 28)
        #expect(CivilDate.daysInMonth(year: 2025, month: 4) == 30)
        #expect(CivilDate.daysInMonth(year: 2025, month: 12) == 31)
    }

    @Test(arguments: [
        ("2024-01-31", 1, "2024-02-29"), ("2023-01-31", 1, "2023-02-28"), ("2024-03-31", -1, "2024-02-29"),
        ("2024-03-31", 1, "2024-04-30"), ("2024-02-29", 12, "2025-02-28"), ("2024-02-29", 48, "2028-02-29"),
        ("2024-12-15", 1, "2025-01-15"), ("2025-01-15", -1, "2024-12-15"), ("2024-05-31", 0, "2024-05-31"),
        ("9999-11-30", 1, "9999-12-30"),
    ])
    func addingMonths(_ from: String, _ months: Int, _ to: String) throws {
        let date = try #require(CivilDate(iso: from))
        #expect(date.adding(months: months)?.iso == to)
    }

    @Test func limits() throws {
        let last = try #require(CivilDate(iso: "9999-12-31"))
        let first = try #require(CivilDate(iso: "0001-01-01"))
        #expect(last.dayNumber == CivilDate.maxDayNumber)
        #expect(first.dayNumber == CivilDate.minDayNumber)
        #expect(last.adding(days: 1) == nil)
        #expect(first.adding(days: -1) == nil)
        #expect(last.adding(months: 1) == nil)
        #expect(first.adding(months: -1) == nil)
        #expect(last.adding(days: Int.max) == nil)
        #expect(first.adding(days: Int.min) == nil)
        #expect(last.adding(months: Int.max) == nil)
        #expect(CivilDate(dayNumber: CivilDate.maxDayNumber + 1) == nil)
        #expect(CivilDate(year: 10000, month: 1, day: 1) == nil)
        #expect(CivilDate(iso: "1970-01-01")?.dayNumber == 0)
    }

    @Test func dateTimes() throws {
        let t = try #require(DateTime(iso: "2024-04-01T09:30"))
        #expect(t.date.iso == "2024-04-01" && t.minuteOfDay == 570)
        #expect(t.iso == "2024-04-01T09:30" && t.display == "2024-04-01 09:30")
        #expect(DateTime(iso: "2024-04-01 09:30") == t)
        #expect(DateTime(iso: "2024-02-30T09:30") == nil)
        #expect(DateTime(iso: "2024-04-01T24:30") == nil)
        #expect(DateTime(iso: "2024-04-01T+9:30") == nil)
        #expect(DateTime(iso: "2024-04-01T9:30") == nil)
        let before = try #require(DateTime(iso: "1969-12-31T23:59"))
        #expect(before.minutes == -1 && before.date.iso == "1969-12-31" && before.minuteOfDay == 1439)
        #expect(DateTime(minutes: CivilDate.maxDayNumber * 1440 + 1440) == nil)
        #expect(DateTime(minutes: CivilDate.minDayNumber * 1440 - 1) == nil)
    }

    @Test func timesOfDay() {
        #expect(TimeOfDay(iso: "08:00")?.minutes == 480)
        #expect(TimeOfDay(iso: "24:00")?.minutes == 1440)
        #expect(TimeOfDay(iso: "24:01") == nil)
        #expect(TimeOfDay(iso: "12:60") == nil)
        #expect(TimeOfDay(iso: "8:00") == nil)
        #expect(TimeOfDay(iso: "+8:00") == nil)
        #expect(TimeOfDay(iso: "08:-1") == nil)
        #expect(TimeOfDay(minutes: 975).iso == "16:15")
    }
}
