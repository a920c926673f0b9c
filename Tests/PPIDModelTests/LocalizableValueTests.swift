import Testing
@testable import PPIDModel

/// Dates, times and durations shown in a message: ISO and English words in English (as the
/// golden files show them), `23 April 2024`, `pukul 16.00`, `10 hari kerja` in Indonesian.
@Suite struct LocalizableValueTests {
    @Test("a date", arguments: [
        ("2024-04-23", "23 April 2024"), ("2025-01-05", "5 Januari 2025"), ("2024-02-29", "29 Februari 2024"),
        ("2024-12-31", "31 Desember 2024"), ("2023-03-01", "1 Maret 2023"), ("2024-08-17", "17 Agustus 2024"),
    ])
    func date(_ iso: String, _ id: String) {
        #expect(day(iso).text(in: .en) == iso)
        #expect(day(iso).text(in: .id) == id)
    }

    @Test("a date and time, and a time of day")
    func dateTime() {
        #expect(moment("2024-04-23T16:00").text(in: .en) == "2024-04-23 16:00")
        #expect(moment("2024-04-23T16:00").text(in: .id) == "23 April 2024 pukul 16.00")
        #expect(moment("2024-05-09T08:05").text(in: .id) == "9 Mei 2024 pukul 08.05")
        #expect(TimeOfDay(minutes: 8 * 60 + 30).text(in: .en) == "08:30")
        #expect(TimeOfDay(minutes: 8 * 60 + 30).text(in: .id) == "08.30")
        #expect(TimeOfDay(minutes: 1440).text(in: .id) == "24.00")
    }

    @Test("a duration", arguments: [
        (10, DurationUnit.workday, "10 workdays", "10 hari kerja"), (1, .workday, "1 workday", "1 hari kerja"),
        (3, .day, "3 days", "3 hari"), (2, .week, "2 weeks", "2 minggu"), (6, .month, "6 months", "6 bulan"),
        (5, .year, "5 years", "5 tahun"), (1, .year, "1 year", "1 tahun"), (30, .minute, "30 minutes", "30 menit"),
        (2, .hour, "2 hours", "2 jam"), (-1, .day, "-1 day", "-1 hari"),
    ])
    func duration(_ n: Int, _ unit: DurationUnit, _ en: String, _ id: String) {
        let d = Duration(amount: n, unit: unit)
        #expect(d.text(in: .en) == en)
        #expect(d.description == en)
        #expect(d.text(in: .id) == id)
    }

    @Test("a list is joined the way each language writes it")
    func lists() {
        let three = ListPhrase.names(["a", "b", "c"])
        #expect(three.text(in: .en) == "`a`, `b` or `c`")
        #expect(three.text(in: .id) == "`a`, `b`, atau `c`")
        let two = ListPhrase(["x", "y"], .and)
        #expect(two.text(in: .en) == "x and y")
        #expect(two.text(in: .id) == "x dan y")
        #expect(ListPhrase(["x"]).text(in: .id) == "x")
        #expect(ListPhrase.names([]).text(in: .en) == "")
    }

    @Test("an action after \"may\" is the keyword in English, a verb in Indonesian")
    func permissionVerbs() {
        #expect(Permission.allCases.map(\.verb.english) == Permission.allCases.map(\.rawValue))
        #expect(Permission.classify.verb.indonesian == "mengklasifikasikan informasi")
    }
}
