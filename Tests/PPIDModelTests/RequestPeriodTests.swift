import Testing
@testable import PPIDModel

/// Periods with their own figures (Perki 1/2019: 3 + 2 during election stages) and the
/// office's registration number pattern.
@Suite struct RequestPeriodTests {
    /// The 2024 office with `period pemilihan 2024-05-27..2024-11-27 "Tahapan Pilkada 2024"
    /// { answer 3 workdays; extension 2 workdays; objection_answer 3 workdays }`.
    func pilkada() throws -> Registry {
        var r = try requestOffice()
        try r.definePeriod(name: "pemilihan", from: day("2024-05-27"), to: day("2024-11-27"),
                           title: "Tahapan Pilkada 2024", answer: 3, extension: 2, objectionAnswer: 3)
        return r
    }

    @Test("a request received inside the period runs by its figures, 3 + 2")
    func insidePeriod() throws {
        var r = try pilkada()
        // The first day of the period is inside.
        #expect(try receive(&r, "p0", at: "2024-05-27T09:00").due == moment("2024-05-30T16:00"))
        // R2: a journalist at the desk on Wed 17 Jul 2024.
        let p = try receive(&r, "p1", at: "2024-07-17T10:00")
        #expect(p.period == "pemilihan")
        #expect(p.figures == DeadlineFigures(answer: 3, extension: 2, objectionAnswer: 3))
        #expect(p.due == moment("2024-07-22T16:00"))
        #expect(try r.extend("p1", reason: "Koordinasi dengan unit").due == moment("2024-07-24T16:00"))
        // So is the last (a holiday, Pilkada day): counted from Thu 28 Nov.
        #expect(try receive(&r, "p3", at: "2024-11-27T09:00").due == moment("2024-12-02T16:00"))
    }

    @Test("a request received just outside the period runs by UU 14/2008's figures")
    func justOutside() throws {
        var r = try pilkada()
        let before = try receive(&r, "p1", at: "2024-05-26T10:00")   // Sunday before the period
        #expect(before.period == nil && before.figures == .standard)
        #expect(before.due == moment("2024-06-07T16:00"))
        let after = try receive(&r, "p2", at: "2024-11-28T09:00")    // the day after it ends
        #expect(after.period == nil && after.due == moment("2024-12-12T16:00"))
    }

    @Test("a period declared after a receipt does not change that request's due")
    func periodDoesNotReachBack() throws {
        var r = try requestOffice()
        let p = try receive(&r, "p1", at: "2024-07-17T10:00")
        try r.definePeriod(name: "pemilihan", from: day("2024-05-27"), to: day("2024-11-27"), title: "Pilkada",
                           answer: 3, extension: 2)
        #expect(r.request(named: "p1")?.due == p.due)
        #expect(r.deadlineFigures(on: day("2024-07-17")).answer == 3)
    }

    @Test("overlapping periods, a reversed range, a figure below 1, a taken name: errors, nothing changed")
    func periodErrors() throws {
        var r = try pilkada()
        let before = r
        let overlap = expectError(.periodOverlap) {
            try r.definePeriod(name: "pileg", from: day("2024-11-27"), to: day("2024-12-31"), title: "X")
        }
        #expect(overlap?.message == "period `pileg` (2024-11-27..2024-12-31) overlaps period `pemilihan` (2024-05-27..2024-11-27): a request runs by one period's figures")
        expectError(.periodOverlap) {
            try r.definePeriod(name: "pileg", from: day("2024-01-01"), to: day("2024-12-31"), title: "X")
        }
        expectError(.periodInvalid) {
            try r.definePeriod(name: "pileg", from: day("2024-12-31"), to: day("2024-12-01"), title: "X")
        }
        let zero = expectError(.periodInvalid) {
            try r.definePeriod(name: "pileg", from: day("2024-12-01"), to: day("2024-12-31"), title: "X", extension: 0)
        }
        #expect(zero?.message == "period `pileg`: `extension` must be at least 1 working day (got 0)")
        let taken = expectError(.nameDuplicate) {
            try r.definePeriod(name: "sri", from: day("2024-12-01"), to: day("2024-12-31"), title: "X")
        }
        #expect(taken?.message == "`sri` is already declared as a staff member")
        #expect(r == before)
        // A period's name is taken for everything else too.
        let item = expectError(.nameDuplicate) { try declare(&r, "pemilihan") }
        #expect(item?.message == "`pemilihan` is already declared as a period")
        // Adjacent periods do not overlap.
        try r.definePeriod(name: "pasca", from: day("2024-11-28"), to: day("2024-12-31"), title: "Pasca")
        #expect(r.periods.map(\.name) == ["pemilihan", "pasca"])
    }

    @Test("the number pattern: tokens, the office code, and the checks")
    func numberPattern() throws {
        var r = try requestOffice()
        try r.setRequestNumberPattern("{office}/{seq:4}/PPID/{month:2}/{year}")
        #expect(try receive(&r, "p1", at: "2024-04-01T09:00").number == "3313/0001/PPID/04/2024")
        try r.setRequestNumberPattern("PPID-{year}-{seq}-{month}-{month_roman}")
        #expect(try receive(&r, "p2", at: "2024-04-02T09:00").number == "PPID-2024-2-4-IV")
        #expect(r.log.last(where: { $0.action == "option" })?.detail == "PPID-{year}-{seq}-{month}-{month_roman}")
        let before = r
        let unknown = expectError(.requestNumberPattern) { try r.setRequestNumberPattern("{seq}/{tahun}") }
        #expect(unknown?.message == "the request number pattern \"{seq}/{tahun}\" has the unknown token `{tahun}`")
        #expect(unknown?.notes.first?.english == "the tokens are: {seq} {seq:3} {month} {month:2} {month_roman} {year} {office}")
        expectError(.requestNumberPattern) { try r.setRequestNumberPattern("{seq:3}/PPID") }
        expectError(.requestNumberPattern) { try r.setRequestNumberPattern("{year}/PPID") }
        expectError(.requestNumberPattern) { try r.setRequestNumberPattern("{seq/{year}") }
        expectError(.requestNumberPattern) { try r.setRequestNumberPattern("{seq}}/{year}") }
        expectError(.requestNumberPattern) { try r.setRequestNumberPattern("{seq:0}/{year}") }
        expectError(.requestNumberPattern) { try r.setRequestNumberPattern("{seq:x}/{year}") }
        #expect(r == before)
    }

    @Test("`{office}` needs the office's code: refused when set, or at receipt before the office")
    func officeCode() throws {
        var r = Registry()
        try r.declareOffice(name: "KPU Kota Surakarta")
        let e = expectError(.requestNumberPattern) { try r.setRequestNumberPattern("{office}/{seq}/{year}") }
        #expect(e?.message == "the request number pattern \"{office}/{seq}/{year}\" uses `{office}`, but the office has no `code`")
        var s = Registry()
        try s.setRequestNumberPattern("{office}/{seq}/{year}")
        try s.setClock(moment("2024-04-01T09:00"))
        expectError(.requestNumberPattern) { try s.receiveRequest(name: "p1", fields: budi()) }
        #expect(s.requests.isEmpty && s.lastRequestSequence(in: 2024) == 0)
    }
}
