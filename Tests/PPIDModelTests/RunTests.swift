import Testing
@testable import PPIDModel

@Suite struct RunTests {
    /// The office at Mon 2024-04-01 09:00 with item `x` (berkala), acting as sri.
    func office() throws -> Registry {
        var r = try karanganyar()
        try r.setClock(moment("2024-04-01T09:00"))
        try r.setActor("sri")
        try declare(&r, "x")
        try r.classify("x", as: .berkala)
        return r
    }

    /// A one-step SOP whose only step publishes its subjects.
    func publishSop() -> Sop {
        Sop(name: "terbit", title: "Penerbitan", steps: [
            SopStep(number: 1, activity: "Menerbitkan", by: ["ppid"], takes: Duration(amount: 2, unit: .hour),
                    marks: [.approved, .published]),
        ])
    }

    @Test func decisionLoopRejectBackToStepOneThenApprove() throws {
        var r = try office()
        let name = try r.start(sop: "maklumat", name: "mk2025", subjects: ["x"])
        #expect(name == "mk2025")
        var run = try #require(r.run(named: "mk2025"))
        #expect(run.step == 1 && run.status == .active && run.due == moment("2024-04-02T16:00"))

        try r.complete("mk2025", note: "Draft disusun")            // sri as ppid
        #expect(r.item(named: "x")?.status == .proposed)
        try r.complete("mk2025")                                    // step 2, sri as ppid
        #expect(r.run(named: "mk2025")?.step == 3)
        expectError(.runDecision) { try r.complete("mk2025") }
        expectError(.runSeparation) { try r.approve("mk2025") }    // sri did step 1
        try r.setActor("budi")
        let who = expectError(.runActor) { try r.approve("mk2025") }
        #expect(who?.notes.first?.english == "`komisioner` is held by `ani`")
        try r.setActor("ani")
        try r.reject("mk2025", note: "Perbaiki redaksi")
        run = try #require(r.run(named: "mk2025"))
        #expect(run.step == 1)
        #expect(r.item(named: "x")?.status == .proposed)            // reject applies no marks

        try r.setActor("tono")
        try r.complete("mk2025")                                    // step 1 again, by tono
        try r.complete("mk2025")
        try r.setActor("sri")
        try r.approve("mk2025", note: "Setuju")                     // tono did step 1 last: sri may
        #expect(r.item(named: "x")?.status == .approved)
        #expect(r.dip.map(\.name) == ["x"])
        expectError(.runNotDecision) { try r.approve("mk2025") }
        expectError(.runActor) { try r.complete("mk2025") }       // step 4 is for operator
        try r.setActor("eko")
        try r.complete("mk2025")
        run = try #require(r.run(named: "mk2025"))
        #expect(run.status == .done && run.step == nil && run.due == nil && run.finished != nil)
        #expect(r.item(named: "x")?.status == .published)
        #expect(r.steps.map(\.outcome) == [.done, .done, .rejected, .done, .done, .approved, .done])
        #expect(r.steps.map(\.step) == [1, 2, 3, 1, 2, 3, 4])
        #expect(r.steps.map { $0.actor ?? "" } == ["sri", "sri", "ani", "tono", "tono", "sri", "eko"])
        #expect(r.steps.map { $0.role ?? "" } == ["ppid", "ppid", "komisioner", "atasan_ppid", "ppid", "ppid", "operator"])
        #expect(r.steps[0].note == "Draft disusun" && r.steps[2].note == "Perbaiki redaksi")
        expectError(.runFinished) { try r.complete("mk2025") }
        expectInvariant(r)
    }

    @Test func roleUsedIsTheFirstListedRoleTheActorHolds() throws {
        var r = try office()
        try r.setActor("tono")      // holds atasan_ppid and ppid; step 1 is `by atasan_ppid, ppid`
        try r.start(sop: "maklumat", subjects: ["x"])
        try r.complete("maklumat_1")
        #expect(r.steps.last?.role == "atasan_ppid")
    }

    @Test func lateStepsAndOverdueRuns() throws {
        var r = try office()
        try r.start(sop: "maklumat", name: "mk")
        #expect(r.run(named: "mk").map(r.isOverdue) == false)
        try r.setClock(moment("2024-04-02T16:00"))           // exactly due: not late
        #expect(r.run(named: "mk").map(r.isOverdue) == false)
        try r.complete("mk")
        #expect(r.steps.last?.late == false)
        // Step 2 due Wed 04-03 16:00; the Idulfitri week follows.
        #expect(r.run(named: "mk")?.due == moment("2024-04-03T16:00"))
        try r.setClock(moment("2024-04-04T08:00"))
        #expect(r.run(named: "mk").map(r.isOverdue) == true)
        #expect(r.inbox().first?.overdue == true)
        try r.complete("mk")
        #expect(r.steps.last?.late == true)
        // Step 3 from Thu 04-04: 04-05 is the next working day.
        #expect(r.run(named: "mk")?.due == moment("2024-04-05T16:00"))
        try r.setClock(moment("2024-04-05T10:00"))
        try r.setActor("ani")
        try r.approve("mk")
        // Step 4 from Fri 04-05: Mon 8, Tue 9 leave, Wed 10, Thu 11 holiday, Fri 12 leave, Mon 15 leave.
        #expect(r.run(named: "mk")?.due == moment("2024-04-16T16:00"))
    }

    @Test func stepWithoutTimeHasNoDueAndIsNeverLate() throws {
        var r = try office()
        let sop = Sop(name: "tentatif", title: "Tentatif", steps: [SopStep(number: 1, activity: "A", by: ["ppid"])])
        try r.declareSop(sop)
        try r.start(sop: "tentatif", name: "t")
        #expect(r.run(named: "t")?.due == nil)
        try r.setClock(moment("2025-01-01T09:00"))
        #expect(r.run(named: "t").map(r.isOverdue) == false)
        try r.complete("t")
        #expect(r.steps.last?.late == false && r.run(named: "t")?.status == .done)
    }

    @Test func decisionExitToEndFinishesTheRun() throws {
        var r = try office()
        let sop = Sop(name: "uji", title: "Uji", steps: [
            SopStep(number: 1, activity: "Putuskan", by: ["ppid"], decide: Decision(yes: .step(2), no: .end)),
            SopStep(number: 2, activity: "Tetapkan", by: ["ppid"], marks: [.documented]),
        ])
        try r.declareSop(sop)
        try r.start(sop: "uji", name: "u1", subjects: ["x"])
        try r.reject("u1")
        #expect(r.run(named: "u1")?.status == .done)
        #expect(r.item(named: "x")?.documented == false)
        try r.start(sop: "uji", name: "u2", subjects: ["x"])
        try r.approve("u2")
        try r.complete("u2")
        #expect(r.item(named: "x")?.documented == true)
    }

    @Test func unnamedRunsGetDeterministicNames() throws {
        var r = try office()
        #expect(try r.start(sop: "maklumat") == "maklumat_1")
        #expect(try r.start(sop: "maklumat") == "maklumat_2")
        try r.start(sop: "maklumat", name: "maklumat_3")
        #expect(try r.start(sop: "maklumat") == "maklumat_4")
        try r.declareSop(publishSop())
        #expect(try r.start(sop: "terbit") == "terbit_1")
        expectError(.nameDuplicate) { try r.start(sop: "maklumat", name: "x") }
        expectError(.sopUnknown) { try r.start(sop: "nope") }
        expectError(.itemUnknown) { try r.start(sop: "maklumat", subjects: ["kul"]) }
        expectError(.runUnknown) { try r.complete("nope") }
    }

    @Test func startNeedsTheClockAndActionsNeedAnActor() throws {
        var r = try karanganyar()
        expectError(.clockUnset) { try r.start(sop: "maklumat") }
        try r.setClock(moment("2024-04-01T09:00"))
        try r.start(sop: "maklumat", name: "mk")
        #expect(r.run(named: "mk")?.startedBy == nil)
        let e = expectError(.actorUnset) { try r.complete("mk") }
        #expect(e?.message.contains("`atasan_ppid` or `ppid`") == true)
    }

    @Test func failingMarkLeavesTheRunWhereItWas() throws {
        var r = try office()
        try declare(&r, "rahasia")
        try r.classify("rahasia", as: .dikecualikan, exemption: exemption())
        try r.declareSop(publishSop())
        try r.start(sop: "terbit", name: "t", subjects: ["x", "rahasia"])
        let before = r
        let e = expectError(.publishExempt) { try r.complete("t") }
        #expect(e?.message.contains("Pasal 17 huruf h until 2029-12-31") == true)
        #expect(r == before)
        #expect(r.item(named: "x")?.status == .draft)
        expectInvariant(r)
        try r.cancel("t", reason: "Subjek salah")
        #expect(r.run(named: "t")?.status == .cancelled && r.run(named: "t")?.cancelReason == "Subjek salah")
        #expect(r.steps.last?.outcome == .cancelled)
    }

    @Test func cancelByStarterOrStepRole() throws {
        var r = try office()
        try r.start(sop: "maklumat", name: "a")
        try r.setActor("budi")
        expectError(.runActor) { try r.cancel("a") }
        try r.start(sop: "maklumat", name: "b")
        try r.cancel("b")                                   // budi started it
        #expect(r.steps.last?.role == nil && r.steps.last?.actor == "budi")
        try r.setActor("tono")
        try r.cancel("a")                                   // tono may do step 1
        #expect(r.steps.last?.role == "atasan_ppid")
        expectError(.runFinished) { try r.cancel("a") }
    }

    @Test func inboxListsWhatTheActorMayDoOldestDueFirst() throws {
        var r = try office()
        try r.start(sop: "maklumat", name: "late")            // due 04-02 16:00
        try r.setClock(moment("2024-04-01T13:00"))
        try r.start(sop: "maklumat", name: "early")           // due 04-02 16:00 too: run order
        try r.declareSop(Sop(name: "lama", title: "Lama", steps: [
            SopStep(number: 1, activity: "Lama", by: ["ppid"], takes: Duration(amount: 1, unit: .hour)),
        ]))
        try r.start(sop: "lama", name: "quick")               // due 04-01 14:00
        try r.declareSop(Sop(name: "bebas", title: "Bebas", steps: [SopStep(number: 1, activity: "B", by: ["ppid"])]))
        try r.start(sop: "bebas", name: "open")               // no due: last
        #expect(r.inbox().map(\.run) == ["quick", "late", "early", "open"])
        #expect(r.inbox(for: "ani").isEmpty)
        #expect(r.canAct(on: "quick") && !r.canAct(on: "quick", as: "eko"))
        // Four eyes: after sri does steps 1 and 2, step 3 is not in her inbox, but in ani's.
        try r.complete("late")
        try r.complete("late")
        #expect(!r.inbox().map(\.run).contains("late"))
        #expect(r.inbox(for: "ani").map(\.run) == ["late"])
        #expect(r.inbox(for: "ani").first?.isDecision == true)
        #expect(!r.canAct(on: "late"))
    }
}
