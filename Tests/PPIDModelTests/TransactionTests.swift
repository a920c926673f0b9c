import Testing
@testable import PPIDModel

@Suite struct TransactionTests {
    /// An office with some history: items in every state and a run part-way.
    func busyOffice() throws -> Registry {
        var r = try karanganyar()
        try r.setClock(moment("2024-04-01T09:00"))
        try r.setActor("sri")
        for k in 0..<10 { try declare(&r, "i\(k)") }
        try r.classify("i0", as: .berkala)
        try r.classify("i1", as: .dikecualikan, exemption: exemption())
        try r.start(sop: "maklumat", name: "mk", subjects: ["i0", "i2"])
        try r.complete("mk")
        return r
    }

    /// Many kinds of change, all inside one transaction.
    func changeEverything(_ r: inout Registry) throws {
        try r.declareUnit(name: "pdi", title: "Perencanaan, Data dan Informasi")
        try r.declareRole(name: "tim", title: "Tim Pertimbangan")
        try r.declareStaff(name: "dewi", fullName: "Dewi", roles: ["tim"], unit: "pdi")
        try declare(&r, "baru")
        try r.update("i3", fields: ItemFields(summary: "Diubah", media: ["website"]))
        try r.update("i3", fields: ItemFields(place: "Solo"))
        try r.classify("i3", as: .serta_merta)
        try r.classify("baru", as: .setiap_saat)
        try r.withdraw("i4", reason: "Salah")
        try r.mark("i0", .documented)
        try r.complete("mk")
        try r.setActor("ani")
        try r.approve("mk")
        try r.start(sop: "maklumat", subjects: ["i3"])
        try r.declareSop(Sop(name: "baru_sop", title: "Baru", steps: [SopStep(number: 1, activity: "A", by: ["tim"])]))
        try r.start(sop: "baru_sop")
        try r.allow(roles: ["ppid"], actions: [.classify])
        try r.addHoliday(from: day("2024-05-01"), to: day("2024-05-01"), name: "Hari Buruh")
        try r.setWorkHours(start: TimeOfDay(minutes: 420), end: TimeOfDay(minutes: 900))
        r.setLeaveIsWorkday(true)
        try r.setClock(moment("2024-06-01T10:00"))
        try r.wait(Duration(amount: 3, unit: .workday))
    }

    @Test func rollbackRestoresEverything() throws {
        var r = try busyOffice()
        let before = r
        let digest = r.digest()
        r.beginTransaction()
        #expect(r.inTransaction)
        try changeEverything(&r)
        #expect(r != before)
        r.rollback()
        #expect(!r.inTransaction)
        #expect(r == before)
        #expect(r.digest() == digest)
        #expect(r.entity(named: "baru") == nil && r.entity(named: "maklumat_1") == nil)
        // The undone names are free again, and the run counter was restored too.
        try changeEverything(&r)
        #expect(r.run(named: "maklumat_1") != nil)
    }

    @Test func commitKeepsChanges() throws {
        var r = try busyOffice()
        var direct = r
        r.beginTransaction()
        try changeEverything(&r)
        r.commit()
        try changeEverything(&direct)
        #expect(r == direct)
        r.rollback()                        // nothing open: no-op
        #expect(r == direct)
        #expect(r.journal.undo.isEmpty)
    }

    @Test func nestedRollbackUndoesOnlyTheInnerPart() throws {
        var r = try busyOffice()
        let start = r
        r.beginTransaction()
        try declare(&r, "outer")
        try r.update("i5", fields: ItemFields(place: "Outer"))
        let afterOuter = r
        r.beginTransaction()
        try r.update("outer", fields: ItemFields(place: "Inner"))   // appended in the outer part
        try r.update("i5", fields: ItemFields(place: "Inner"))
        try declare(&r, "inner")
        r.rollback()
        #expect(r == afterOuter)
        r.beginTransaction()
        try r.classify("outer", as: .berkala)
        r.commit()
        #expect(r.item(named: "outer")?.infoClass == .berkala)
        r.rollback()
        #expect(r == start)
    }

    @Test func rollbackOfAFreshRegistry() throws {
        var r = Registry()
        r.beginTransaction()
        try r.declareOffice(name: "KPU", fields: [OfficeField(key: "code", value: "1")])
        try r.declareRole(name: "ppid", title: "PPID")
        try r.declareStaff(name: "sri", fullName: "Sri", roles: ["ppid"], login: "sri")
        try r.setActor("ppid")
        try r.setClock(moment("2024-01-01T08:00"))
        r.rollback()
        #expect(r == Registry())
        #expect(r.digest() == Registry().digest())
    }

    @Test func failedStatementInsideATransactionIsUndone() throws {
        var r = try busyOffice()
        let before = r
        r.beginTransaction()
        do {
            try declare(&r, "ok")
            try r.classify("ok", as: .dikecualikan, exemption: ExemptionInput(basis: "Pasal 17 huruf h"))
            Issue.record("expected the exemption to be refused")
        } catch {
            #expect((error as? ModelError)?.code == .exemptMissing)
            r.rollback()
        }
        #expect(r == before)
    }

    @Test func undoRecordsAreProportionalToChanges() throws {
        var r = Registry()
        try r.declareUnit(name: "u", title: "U")
        for k in 0..<2000 { try r.declareItem(name: "n\(k)", title: "T", fields: ItemFields(holder: "u")) }
        r.beginTransaction()
        try r.update("n5", fields: ItemFields(place: "A"))
        try r.classify("n6", as: .berkala)
        try declare2(&r, "fresh")
        try r.update("fresh", fields: ItemFields(place: "B"))       // new in this transaction: no undo record
        #expect(r.journal.undo.count == 2)
        r.rollback()
        #expect(r.items.count == 2000 && r.journal.undo.isEmpty)
    }

    func declare2(_ r: inout Registry, _ name: String) throws {
        try r.declareItem(name: name, title: "T")
    }

    @Test func rollbackTimeDoesNotGrowWithTheRegisters() throws {
        var r = Registry()
        try r.declareUnit(name: "u", title: "U")
        for k in 0..<50_000 { try r.declareItem(name: "n\(k)", title: "T") }
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for k in 0..<2_000 {
                r.beginTransaction()
                try r.update("n\(k)", fields: ItemFields(place: "X"))
                try r.declareItem(name: "extra", title: "T")
                r.rollback()
            }
        }
        #expect(r.items.count == 50_000 && r.log.count == 50_001)
        // Copying 50k items per statement would take far longer than this, even in debug.
        #expect(elapsed < .seconds(5))
    }
}
