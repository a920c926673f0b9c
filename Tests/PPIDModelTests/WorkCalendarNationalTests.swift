import Testing
@testable import PPIDModel

/// Test helpers and the 2024/2025 national calendars, kept as Swift data so
/// that these tests do not depend on the interpreter; scripts/calendar/id-*.ppid hold the same days.
enum CalendarFixture {
    /// One `holiday` or `leave` line of a national calendar.
    struct Line: Sendable {
        let from: String
        let to: String
        let name: String
        let isLeave: Bool
        init(_ from: String, _ to: String, _ name: String, leave: Bool = false) {
            self.from = from
            self.to = to
            self.name = name
            self.isLeave = leave
        }
        init(_ date: String, _ name: String, leave: Bool = false) {
            self.init(date, date, name, leave: leave)
        }
    }

    static func day(_ s: String) -> CivilDate {
        guard let d = CivilDate(iso: s) else { fatalError("bad test date \(s)") }
        return d
    }

    static func time(_ s: String) -> DateTime {
        guard let t = DateTime(iso: s) else { fatalError("bad test time \(s)") }
        return t
    }

    /// A calendar of `lines`. Tests of the arithmetic itself that run past the years in
    /// `lines` pass `unknownYears: .workdays`, as a script would say `option unknown_years workdays`.
    static func calendar(_ lines: [Line], leaveIsWorkday: Bool = false,
                         unknownYears: WorkCalendar.UnknownYears = .error) throws -> WorkCalendar {
        var cal = WorkCalendar()
        cal.leaveIsWorkday = leaveIsWorkday
        cal.unknownYears = unknownYears
        for l in lines {
            if l.isLeave {
                try cal.addLeave(from: day(l.from), to: day(l.to), name: l.name)
            } else {
                try cal.addHoliday(from: day(l.from), to: day(l.to), name: l.name)
            }
        }
        return cal
    }

    /// SKB 855/2023·3/2023·4/2023, Keppres 10/2024 (Pemilu), Keppres 33/2024 (Pilkada).
    static let id2024: [Line] = [
        Line("2024-01-01", "Tahun Baru 2024 Masehi"),
        Line("2024-02-08", "Isra Mikraj Nabi Muhammad SAW"),
        Line("2024-02-10", "Tahun Baru Imlek 2575 Kongzili"),
        Line("2024-02-14", "Pemilihan Umum 2024"),
        Line("2024-03-11", "Hari Suci Nyepi Tahun Baru Saka 1946"),
        Line("2024-03-29", "Wafat Yesus Kristus"),
        Line("2024-03-31", "Hari Paskah"),
        Line("2024-04-10", "2024-04-11", "Idulfitri 1445 H"),
        Line("2024-05-01", "Hari Buruh Internasional"),
        Line("2024-05-09", "Kenaikan Yesus Kristus"),
        Line("2024-05-23", "Hari Raya Waisak 2568 BE"),
        Line("2024-06-01", "Hari Lahir Pancasila"),
        Line("2024-06-17", "Iduladha 1445 H"),
        Line("2024-07-07", "Tahun Baru Islam 1446 H"),
        Line("2024-08-17", "Hari Kemerdekaan Republik Indonesia"),
        Line("2024-09-16", "Maulid Nabi Muhammad SAW"),
        Line("2024-11-27", "Pemilihan Kepala Daerah Serentak 2024"),
        Line("2024-12-25", "Hari Raya Natal"),
        Line("2024-02-09", "Cuti bersama Tahun Baru Imlek", leave: true),
        Line("2024-03-12", "Cuti bersama Hari Suci Nyepi", leave: true),
        Line("2024-04-08", "Cuti bersama Idulfitri 1445 H", leave: true),
        Line("2024-04-09", "Cuti bersama Idulfitri 1445 H", leave: true),
        Line("2024-04-12", "Cuti bersama Idulfitri 1445 H", leave: true),
        Line("2024-04-15", "Cuti bersama Idulfitri 1445 H", leave: true),
        Line("2024-05-10", "Cuti bersama Kenaikan Yesus Kristus", leave: true),
        Line("2024-05-24", "Cuti bersama Hari Raya Waisak", leave: true),
        Line("2024-06-18", "Cuti bersama Iduladha", leave: true),
        Line("2024-12-26", "Cuti bersama Hari Raya Natal", leave: true),
    ]

    /// SKB 1017/2024·2/2024·2/2024, amended by SKB 933/2025·1/2025·3/2025 (18 Aug).
    static let id2025: [Line] = [
        Line("2025-01-01", "Tahun Baru 2025 Masehi"),
        Line("2025-01-27", "Isra Mikraj Nabi Muhammad SAW"),
        Line("2025-01-29", "Tahun Baru Imlek 2576 Kongzili"),
        Line("2025-03-29", "Hari Suci Nyepi Tahun Baru Saka 1947"),
        Line("2025-03-31", "2025-04-01", "Idulfitri 1446 H"),
        Line("2025-04-18", "Wafat Yesus Kristus"),
        Line("2025-04-20", "Hari Paskah"),
        Line("2025-05-01", "Hari Buruh Internasional"),
        Line("2025-05-12", "Hari Raya Waisak 2569 BE"),
        Line("2025-05-29", "Kenaikan Yesus Kristus"),
        Line("2025-06-01", "Hari Lahir Pancasila"),
        Line("2025-06-06", "Iduladha 1446 H"),
        Line("2025-06-27", "Tahun Baru Islam 1447 H"),
        Line("2025-08-17", "Hari Kemerdekaan Republik Indonesia"),
        Line("2025-09-05", "Maulid Nabi Muhammad SAW"),
        Line("2025-12-25", "Hari Raya Natal"),
        Line("2025-01-28", "Cuti bersama Tahun Baru Imlek", leave: true),
        Line("2025-03-28", "Cuti bersama Hari Suci Nyepi", leave: true),
        Line("2025-04-02", "Cuti bersama Idulfitri 1446 H", leave: true),
        Line("2025-04-03", "Cuti bersama Idulfitri 1446 H", leave: true),
        Line("2025-04-04", "Cuti bersama Idulfitri 1446 H", leave: true),
        Line("2025-04-07", "Cuti bersama Idulfitri 1446 H", leave: true),
        Line("2025-05-13", "Cuti bersama Hari Raya Waisak", leave: true),
        Line("2025-05-30", "Cuti bersama Kenaikan Yesus Kristus", leave: true),
        Line("2025-06-09", "Cuti bersama Iduladha", leave: true),
        Line("2025-08-18", "Cuti bersama Hari Kemerdekaan Republik Indonesia", leave: true),
        Line("2025-12-26", "Cuti bersama Hari Raya Natal", leave: true),
    ]
}

/// One due-time expectation against the national calendars.
struct NationalDueCase: Sendable, CustomTestStringConvertible {
    let start: String
    let amount: Int
    let unit: DurationUnit
    let leaveIsWorkday: Bool
    let due: String
    var testDescription: String {
        "\(start) + \(Duration(amount: amount, unit: unit))\(leaveIsWorkday ? " (leave is workday)" : "") → \(due)"
    }
}

@Suite("Working time against the 2024 and 2025 national calendars")
struct WorkCalendarNationalTests {
    typealias F = CalendarFixture

    static let dueCases: [NationalDueCase] = [
        // docs/language.md §8: request received Mon 1 Apr 2024.
        .init(start: "2024-04-01T09:00", amount: 10, unit: .workday, leaveIsWorkday: false, due: "2024-04-23T16:00"),
        .init(start: "2024-04-01T09:00", amount: 10, unit: .workday, leaveIsWorkday: true, due: "2024-04-17T16:00"),
        .init(start: "2024-04-01T09:00", amount: 10, unit: .day, leaveIsWorkday: false, due: "2024-04-23T16:00"),
        // The +7 extension: 17 working days, skipping 1 May.
        .init(start: "2024-04-01T09:00", amount: 17, unit: .workday, leaveIsWorkday: false, due: "2024-05-03T16:00"),
        // Idulfitri 2024: Fri 5 Apr, then 8–9 leave, 10–11 holiday, 12 and 15 leave.
        .init(start: "2024-04-05T10:00", amount: 1, unit: .workday, leaveIsWorkday: false, due: "2024-04-16T16:00"),
        .init(start: "2024-04-05T10:00", amount: 1, unit: .workday, leaveIsWorkday: true, due: "2024-04-08T16:00"),
        .init(start: "2024-04-05T10:00", amount: 3, unit: .workday, leaveIsWorkday: true, due: "2024-04-12T16:00"),
        .init(start: "2024-04-05T15:30", amount: 1, unit: .hour, leaveIsWorkday: false, due: "2024-04-16T08:30"),
        .init(start: "2024-04-05T15:30", amount: 1, unit: .hour, leaveIsWorkday: true, due: "2024-04-08T08:30"),
        // A start on a holiday counts from the next day as usual.
        .init(start: "2024-04-10T09:00", amount: 1, unit: .workday, leaveIsWorkday: false, due: "2024-04-16T16:00"),
        .init(start: "2024-04-10T09:00", amount: 30, unit: .minute, leaveIsWorkday: false, due: "2024-04-16T08:30"),
        // A week landing on Idulfitri moves past it (and past the leave unless it counts).
        .init(start: "2024-04-03T09:00", amount: 1, unit: .week, leaveIsWorkday: false, due: "2024-04-16T16:00"),
        .init(start: "2024-04-03T09:00", amount: 1, unit: .week, leaveIsWorkday: true, due: "2024-04-12T16:00"),
        // A month landing on Imlek (Sat 10 Feb 2024) moves to Mon 12 Feb.
        .init(start: "2024-01-10T09:00", amount: 1, unit: .month, leaveIsWorkday: false, due: "2024-02-12T16:00"),
        // Pemilu and Pilkada days (Keppres 10/2024, 33/2024).
        .init(start: "2024-02-07T09:00", amount: 2, unit: .workday, leaveIsWorkday: false, due: "2024-02-13T16:00"),
        .init(start: "2024-02-13T09:00", amount: 1, unit: .workday, leaveIsWorkday: false, due: "2024-02-15T16:00"),
        .init(start: "2024-11-26T09:00", amount: 1, unit: .workday, leaveIsWorkday: false, due: "2024-11-28T16:00"),
        // Year end 2024: 25 Dec holiday, 26 Dec leave, weekend 28–29, into the new year.
        .init(start: "2024-12-24T09:00", amount: 3, unit: .workday, leaveIsWorkday: false, due: "2024-12-31T16:00"),
        .init(start: "2024-12-24T09:00", amount: 3, unit: .workday, leaveIsWorkday: true, due: "2024-12-30T16:00"),
        .init(start: "2024-12-24T09:00", amount: 5, unit: .workday, leaveIsWorkday: false, due: "2025-01-03T16:00"),
        .init(start: "2024-12-24T09:00", amount: 10, unit: .workday, leaveIsWorkday: false, due: "2025-01-10T16:00"),
        // Across the 2025 new year week: Imlek run 27 (holiday), 28 (leave), 29 (holiday) Jan.
        .init(start: "2025-01-24T09:00", amount: 1, unit: .workday, leaveIsWorkday: false, due: "2025-01-30T16:00"),
        .init(start: "2025-01-24T09:00", amount: 1, unit: .workday, leaveIsWorkday: true, due: "2025-01-28T16:00"),
        // Idulfitri 2025: 28 Mar leave, 29 Nyepi (Sat), 31 Mar–1 Apr holiday, 2–4 and 7 Apr leave.
        .init(start: "2025-03-27T09:00", amount: 1, unit: .workday, leaveIsWorkday: false, due: "2025-04-08T16:00"),
        .init(start: "2025-03-27T09:00", amount: 1, unit: .workday, leaveIsWorkday: true, due: "2025-03-28T16:00"),
        .init(start: "2025-03-27T09:00", amount: 2, unit: .workday, leaveIsWorkday: true, due: "2025-04-02T16:00"),
        .init(start: "2025-03-24T09:00", amount: 10, unit: .workday, leaveIsWorkday: false, due: "2025-04-16T16:00"),
        .init(start: "2025-03-27T15:00", amount: 2, unit: .hour, leaveIsWorkday: false, due: "2025-04-08T09:00"),
        // The August 2025 amendment: 18 Aug is cuti bersama (17 Aug a Sunday).
        .init(start: "2025-08-15T09:00", amount: 1, unit: .workday, leaveIsWorkday: false, due: "2025-08-19T16:00"),
        .init(start: "2025-08-15T09:00", amount: 1, unit: .workday, leaveIsWorkday: true, due: "2025-08-18T16:00"),
        // Year end 2025: 25 (holiday), 26 (leave) Dec.
        .init(start: "2025-12-24T09:00", amount: 1, unit: .workday, leaveIsWorkday: false, due: "2025-12-29T16:00"),
        .init(start: "2025-12-24T09:00", amount: 1, unit: .workday, leaveIsWorkday: true, due: "2025-12-26T16:00"),
    ]

    @Test(arguments: dueCases)
    func dueTime(_ c: NationalDueCase) throws {
        let cal = try F.calendar(F.id2024 + F.id2025, leaveIsWorkday: c.leaveIsWorkday)
        let due = try cal.due(from: F.time(c.start), after: Duration(amount: c.amount, unit: c.unit))
        #expect(due == F.time(c.due))
    }

    @Test func entriesMatchTheDecrees() throws {
        let cal = try F.calendar(F.id2024 + F.id2025)
        let entries = cal.entries
        // 2024: 19 holiday days (Idulfitri is two) + 10 leave; 2025: 17 + 11.
        #expect(entries.filter { $0.date.year == 2024 && !$0.isLeave }.count == 19)
        #expect(entries.filter { $0.date.year == 2024 && $0.isLeave }.count == 10)
        #expect(entries.filter { $0.date.year == 2025 && !$0.isLeave }.count == 17)
        #expect(entries.filter { $0.date.year == 2025 && $0.isLeave }.count == 11)
        #expect(entries.map(\.date) == entries.map(\.date).sorted())
        #expect(cal.holidayName(on: F.day("2025-04-01")) == "Idulfitri 1446 H")
        #expect(cal.isLeave(F.day("2025-08-18")))
    }

    /// Working days per month, counted independently by walking the days.
    @Test func workdayCountsPerMonth() throws {
        let cal = try F.calendar(F.id2024 + F.id2025)
        // April 2024: 22 weekdays − 2 holidays − 4 leave days = 16.
        #expect(try cal.workdays(from: F.day("2024-03-31"), to: F.day("2024-04-30")) == 16)
        // April 2025: 22 weekdays − 1 holiday (1 Apr) − 4 leave − 1 Wafat (18 Apr) = 16.
        #expect(try cal.workdays(from: F.day("2025-03-31"), to: F.day("2025-04-30")) == 16)
        var counted = 0
        var day = F.day("2024-01-01")
        while day <= F.day("2025-12-31") {
            if cal.isWorkday(day) { counted += 1 }
            guard let next = day.adding(days: 1) else { break }
            day = next
        }
        #expect(try cal.workdays(from: F.day("2023-12-31"), to: F.day("2025-12-31")) == counted)
        // 2024 has 262 weekdays; 14 holidays fall on them (five are on a weekend) + 10 leave → 238.
        #expect(try cal.workdays(from: F.day("2023-12-31"), to: F.day("2024-12-31")) == 238)
    }
}
