import Testing
@testable import PPIDModel

/// The Karanganyar office with the full national calendar of 2024 (and of 2025 when asked),
/// as `load "scripts/calendar/id-2024.ppid"` declares it. Clock unset, no actor.
func requestOffice(with2025: Bool = false) throws -> Registry {
    var r = try karanganyar()
    for line in CalendarFixture.id2024 + (with2025 ? CalendarFixture.id2025 : []) {
        if line.isLeave {
            try r.addLeave(from: day(line.from), to: day(line.to), name: line.name)
        } else {
            try r.addHoliday(from: day(line.from), to: day(line.to), name: line.name)
        }
    }
    return r
}

/// The fields of a complete request (Budi's, docs/language.md §7), about `about`.
func budi(about: [String] = []) -> RequestFields {
    RequestFields(from: "Budi Santoso", address: "Jl. Lawu 12, Karanganyar", contact: "0812-1234-5678",
                  job: "Mahasiswa", identity: "3313012345670001",
                  asks: "Rekapitulasi hasil Pilkada 2024 per kecamatan", purpose: "Penelitian skripsi",
                  via: .e_ppid, wants: .softcopy, delivery: .email, about: about)
}

/// Receives `name` at `at` (ISO date-time) with Budi's fields; returns the request.
@discardableResult
func receive(_ r: inout Registry, _ name: String, at: String, about: [String] = []) throws -> Request {
    try r.setClock(moment(at))
    return try r.receiveRequest(name: name, fields: budi(about: about))
}

/// Receipt, the statutory due, registration numbers and periods (docs/language.md §7 of the
/// design: requests; DOMAIN §7 worked examples).
@Suite struct RequestTests {
    @Test("received Mon 1 Apr 2024: due Tue 23 Apr 16:00 with cuti bersama skipped")
    func dueSkippingLeave() throws {
        var r = try requestOffice()
        let p = try receive(&r, "p1", at: "2024-04-01T09:00")
        #expect(p.due == moment("2024-04-23T16:00"))
        #expect(p.received == moment("2024-04-01T09:00"))
        #expect(p.status == .open && p.isOpen && p.period == nil && p.figures == .standard)
        #expect(p.from == "Budi Santoso" && p.via == .e_ppid && p.wants == .softcopy && p.delivery == .email)
        #expect(r.request(named: "p1") == p)
        #expect(r.entity(named: "p1") == .request(0))
    }

    @Test("received Mon 1 Apr 2024: due Wed 17 Apr when cuti bersama counts as a working day")
    func dueCountingLeave() throws {
        var r = try requestOffice()
        r.setLeaveIsWorkday(true)
        #expect(try receive(&r, "p1", at: "2024-04-01T09:00").due == moment("2024-04-17T16:00"))
    }

    @Test("received after working hours: still counted from the next working day")
    func receivedAfterHours() throws {
        var r = try requestOffice()
        // Monday 17:30: counting starts Tuesday 2 April, as for a receipt at 09:00.
        #expect(try receive(&r, "p1", at: "2024-04-01T17:30").due == moment("2024-04-23T16:00"))
    }

    @Test("received on a holiday: counted from the next working day")
    func receivedOnAHoliday() throws {
        var r = try requestOffice()
        // Wed 10 Apr (Idulfitri): 11 holiday, 12 and 15 cuti bersama, so day 1 is Tue 16 Apr.
        let p = try receive(&r, "p1", at: "2024-04-10T10:00")
        #expect(p.due == moment("2024-04-29T16:00"))
        // The same as a request received on the last working day before (Fri 5 Apr).
        var s = try requestOffice()
        #expect(try receive(&s, "p1", at: "2024-04-05T15:00").due == p.due)
        // And one day earlier than a request received on the first working day after.
        #expect(try receive(&s, "p2", at: "2024-04-16T09:00").due == moment("2024-04-30T16:00"))
    }

    @Test("required fields missing: one error naming all of them, nothing changed")
    func requiredFields() throws {
        var r = try requestOffice()
        try r.setClock(moment("2024-04-01T09:00"))
        let before = r
        let e = expectError(.requestFields) {
            try r.receiveRequest(name: "p1", fields: RequestFields(from: "Budi", asks: ""))
        }
        #expect(e?.message == "request `p1` needs `asks` and `purpose`")
        #expect(e?.text.indonesian == "permohonan `p1` memerlukan `asks` dan `purpose`")
        let all = expectError(.requestFields) { try r.receiveRequest(name: "p1", fields: RequestFields()) }
        #expect(all?.message == "request `p1` needs `from`, `asks` and `purpose`")
        #expect(r == before)
        #expect(r.lastRequestSequence(in: 2024) == 0)
    }

    @Test("receipt needs the clock, a new name and declared items")
    func receiptChecks() throws {
        var r = try requestOffice()
        expectError(.clockUnset) { try r.receiveRequest(name: "p1", fields: budi()) }
        try r.setClock(moment("2024-04-01T09:00"))
        expectError(.nameDuplicate) { try r.receiveRequest(name: "sri", fields: budi()) }
        expectError(.nameReserved) { try r.receiveRequest(name: "berkala", fields: budi()) }
        let e = expectError(.itemUnknown) { try r.receiveRequest(name: "p1", fields: budi(about: ["rekap"])) }
        #expect(e?.message == "there is no information item named `rekap`")
        try declare(&r, "rekap")
        let p = try r.receiveRequest(name: "p1", fields: budi(about: ["rekap", "rekap"]))
        #expect(p.about == ["rekap"])
        expectError(.nameDuplicate) { try declare(&r, "p1") }
        #expect(r.log.last?.action == "receive" && r.log.last?.subject == "p1")
        #expect(r.log.last?.detail == "001/PPID/IV/2024; from Budi Santoso; due 2024-04-23 16:00")
    }

    @Test("registration numbers: sequential per calendar year, the first of 2025 is 001")
    func numberingPerYear() throws {
        var r = try requestOffice(with2025: true)
        #expect(try receive(&r, "p1", at: "2024-04-01T09:00").number == "001/PPID/IV/2024")
        #expect(try receive(&r, "p2", at: "2024-12-30T10:00").number == "002/PPID/XII/2024")
        let p3 = try receive(&r, "p3", at: "2025-01-02T09:00")
        #expect(p3.number == "001/PPID/I/2025" && p3.sequence == 1 && p3.year == 2025)
        #expect(try receive(&r, "p4", at: "2025-02-03T09:00").number == "002/PPID/II/2025")
        #expect(r.lastRequestSequence(in: 2024) == 2 && r.lastRequestSequence(in: 2025) == 2)
    }

    @Test("a failed receipt issues no number: the counter is rolled back with the statement")
    func failedReceiptKeepsTheCounter() throws {
        var r = try requestOffice()
        try receive(&r, "p1", at: "2024-04-01T09:00")
        // Inside a statement that then fails: the number issued is taken back.
        r.beginTransaction()
        try receive(&r, "p2", at: "2024-04-02T09:00")
        #expect(r.lastRequestSequence(in: 2024) == 2)
        r.rollback()
        #expect(r.lastRequestSequence(in: 2024) == 1 && r.request(named: "p2") == nil)
        // A receipt whose due reaches 2025, which has no calendar, fails (E438) and changes nothing.
        try r.setClock(moment("2024-12-30T10:00"))
        let before = r
        let e = expectError(.calendarUnknownYear) { try r.receiveRequest(name: "p2", fields: budi()) }
        #expect(e?.subject == "2025")
        #expect(r == before)
        // With the 2025 calendar the same receipt succeeds, with the number that was not issued.
        for line in CalendarFixture.id2025 where !line.isLeave {
            try r.addHoliday(from: day(line.from), to: day(line.to), name: line.name)
        }
        #expect(try r.receiveRequest(name: "p2", fields: budi()).number == "002/PPID/XII/2024")
    }
}
