import Testing
@testable import PPIDModel

@Suite struct SopValidationTests {
    @Test func validSopHasNoProblems() throws {
        var r = try karanganyar()
        #expect(r.validate(maklumatSop()).isEmpty)
        #expect(r.sop(named: "maklumat")?.steps.count == 4)
        expectError(.nameDuplicate) { try r.declareSop(maklumatSop()) }
    }

    @Test func everyProblemIsLocated() throws {
        var r = try karanganyar()
        let bad = Sop(name: "bad", title: "Bad", header: SopHeader(staffCount: -1), steps: [
            SopStep(number: 1, activity: "", by: []),
            SopStep(number: 3, activity: "Two", by: ["ppid", "nobody"], to: ["kul"],
                    takes: Duration(amount: 0, unit: .day)),
            SopStep(number: 3, activity: "Three", by: ["ppid"],
                    decide: Decision(yes: .step(9), no: .end), separateFrom: [3, 1]),
        ])
        let problems = r.validate(bad)
        let located = problems.map { "\($0.stepIndex.map(String.init) ?? "-"):\($0.field):\($0.element.map(String.init) ?? "-")" }
        #expect(located == [
            "-:staff_count:-",
            "0:activity:-", "0:by:-",
            "1:number:-", "1:by:1", "1:to:0", "1:takes:-",
            "2:decide:0", "2:separate_from:0",
        ])
        #expect(problems[7].message == "step 3: `yes -> 9` leads to no step (the SOP has 3 steps)")
        let e = expectError(.sopInvalid) { try r.declareSop(bad) }
        #expect(e?.notes.count == problems.count - 1)
        #expect(r.sop(named: "bad") == nil && r.entity(named: "bad") == nil)
    }

    @Test func emptySopIsInvalid() throws {
        var r = try karanganyar()
        let problems = r.validate(Sop(name: "empty", title: "Empty"))
        #expect(problems.map(\.field) == ["steps"])
        expectError(.sopInvalid) { try r.declareSop(Sop(name: "empty", title: "Empty")) }
    }
}
