import Testing
@testable import PPIDModel

/// SplitMix64: a small deterministic PRNG, so every run of the test sees the same operations.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func pick<T>(_ list: [T]) -> T { list[below(list.count)] }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

@Suite struct InvariantPropertyTests {
    /// People, and roles exactly one person holds (`as ROLE` means that person).
    static let actors = ["sri", "budi", "tono", "ani", "eko", "komisioner", "operator", "atasan_ppid"]

    func office() throws -> Registry {
        var r = try karanganyar()
        try r.setClock(moment("2024-03-01T09:00"))
        try r.declareSop(Sop(name: "terbit", title: "Terbit", steps: [
            SopStep(number: 1, activity: "Menerbitkan", by: ["ppid", "operator"], takes: Duration(amount: 2, unit: .hour),
                    marks: [.approved, .published]),
        ]))
        try r.declareSop(Sop(name: "uji", title: "Uji", steps: [
            SopStep(number: 1, activity: "Menyusun", by: ["ppid"], marks: [.proposed]),
            SopStep(number: 2, activity: "Memutuskan", by: ["atasan_ppid", "komisioner"], takes: Duration(amount: 1, unit: .day),
                    decide: Decision(yes: .step(3), no: .step(1)), separateFrom: [1], marks: [.approved]),
            SopStep(number: 3, activity: "Mengumumkan", by: ["operator"], marks: [.published, .documented]),
        ]))
        return r
    }

    /// One random operation; returns its error, if it failed.
    func randomOperation(_ r: inout Registry, _ g: inout SplitMix64, _ declared: inout Int) -> ModelError? {
        let items = r.items.map(\.name)
        let runs = r.runs.filter(\.isActive).map(\.name)
        do throws(ModelError) {
            switch g.below(10) {
            case 0:
                guard declared < 40 else { return nil }
                declared += 1
                try r.declareItem(name: "p\(declared)", title: "Informasi \(declared)",
                                  fields: ItemFields(holder: g.pick(["kul", "tph"]), responsible: "sri"))
            case 1, 2:
                guard !items.isEmpty else { return nil }
                let cls = g.pick(InfoClass.allCases)
                var input = ExemptionInput()
                if cls == .dikecualikan {
                    input = exemption(until: g.pick(["2024-03-15", "2026-12-31", "2030-06-30"]))
                    if g.chance(15) { input.consequence = nil }
                    if g.chance(15) { input.until = nil; input.period = Duration(amount: 1 + g.below(5), unit: .year) }
                }
                let name = g.pick(items)
                // Leaving dikecualikan needs a ground (E499; ItemLifecycleTests covers its absence).
                if cls != .dikecualikan, r.item(named: name)?.infoClass == .dikecualikan {
                    input.ground = "Jangka waktu pengecualian berakhir"
                }
                try r.classify(name, as: cls, exemption: input)
            case 3:
                guard !items.isEmpty else { return nil }
                let subjects = (0...g.below(3)).map { _ in g.pick(items) }
                try r.start(sop: g.pick(["terbit", "uji", "maklumat"]), subjects: subjects)
            case 4, 5:
                guard !runs.isEmpty else { return nil }
                let run = g.pick(runs)
                let isDecision = r.run(named: run).flatMap { run in
                    run.step.flatMap { r.sop(named: run.sop)?.step($0)?.isDecision } } ?? false
                let roll = g.below(100)
                if isDecision ? roll < 10 : roll < 80 {
                    try r.complete(run)
                } else if roll < (isDecision ? 60 : 90) {
                    try r.approve(run)
                } else {
                    try r.reject(run)
                }
            case 6:
                guard !items.isEmpty else { return nil }
                try r.mark(g.pick(items), g.pick(MarkState.allCases))
            case 7:
                guard !items.isEmpty else { return nil }
                try r.withdraw(g.pick(items), reason: "Alasan")
            case 8:
                try r.wait(Duration(amount: g.below(3), unit: g.pick([.day, .hour, .workday])))
            default:
                if !runs.isEmpty, g.chance(30) {
                    try r.cancel(g.pick(runs))
                } else if !items.isEmpty {
                    try r.update(g.pick(items), fields: ItemFields(place: g.pick(["A", "B"])))
                }
            }
        } catch {
            return error
        }
        return nil
    }

    @Test(arguments: [UInt64(1), 42, 2024])
    func exemptItemsAreNeverPublishedNorInDip(seed: UInt64) throws {
        var g = SplitMix64(state: seed)
        var r = try office()
        var declared = 0
        var errors: [RuleCode: Int] = [:]
        var rolledBack = 0
        for step in 0..<3_000 {
            // `as NAME` is its own statement.
            if g.chance(40) {
                try r.setActor(g.pick(Self.actors))
            } else if g.chance(50), let run = r.runs.filter(\.isActive).map(\.name).randomElement(using: &g) {
                // Often someone who may act on an active run, so runs make progress.
                let able = Self.actors.filter { r.canAct(on: run, as: $0) }
                if !able.isEmpty { try r.setActor(g.pick(able)) }
            }
            let before = r
            r.beginTransaction()
            if let e = randomOperation(&r, &g, &declared) {
                errors[e.code, default: 0] += 1
                // A failed operation changes nothing, even before the rollback.
                if r != before {
                    Issue.record("step \(step): failed \(e.code) but changed the registers")
                }
                r.rollback()
            } else if g.chance(20) {
                r.rollback()
                rolledBack += 1
                if r != before { Issue.record("step \(step): rollback did not restore the registers") }
            } else {
                r.commit()
            }
            for item in r.items where item.infoClass == .dikecualikan {
                if item.status == .published || item.isInDIP {
                    Issue.record("step \(step): exempt \(item.name) is \(item.status), inDIP \(item.isInDIP)")
                }
            }
            if r.dip.contains(where: { $0.infoClass == .dikecualikan }) { Issue.record("step \(step): exempt item in dip") }
        }
        // The walk must have reached the interesting states, or it proves little.
        #expect(r.items.contains { $0.status == .published })
        #expect(r.items.contains { $0.infoClass == .dikecualikan })
        #expect(!r.dip.isEmpty)
        #expect(errors[.publishExempt, default: 0] > 0)
        #expect(errors[.exemptMissing, default: 0] > 0)
        #expect(errors[.classifyPublished, default: 0] > 0)
        #expect(rolledBack > 0)
        #expect(r.steps.contains { $0.outcome == .rejected } && r.steps.contains { $0.outcome == .approved })
    }
}
