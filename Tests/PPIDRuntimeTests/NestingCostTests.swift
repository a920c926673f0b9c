import Testing
import PPIDSyntax
@testable import PPIDRuntime

/// The nesting limit (64 levels, E310) costs constant time per list built: each list keeps
/// its depth (ListStorage), so putting a big list inside another, or appending to it, never
/// walks its elements. Held by a count of the elements looked at, not by a timing.
struct NestingCostTests {
    /// A list of 262,144 values put in a list with the one before 60 times (`w = [w, l]`), and
    /// appended to 100,000 times: a walk of `l` per wrap alone would look at 60 × 262,144 ≈
    /// 15.7 million elements.
    @Test func wrappingAndAppendingABigListLooksAtNoOldElement() {
        let visits = ListStorage.Visits()
        var lines: [String] = []
        var failure: ScriptFailure?
        let script = """
        let l = [0]
        for d in 2024-01-01..2024-01-18 { l = l + l }
        print len(l)
        let w = l
        let n = 0
        for d in 2024-01-01..2024-03-01 { w = [w, l]; n = n + 1 }
        print n
        for a in 2024-01-01..2024-04-09 { for b in 2024-01-01..2026-09-26 { l = l + [1] } }
        print len(l), len(w), len(w[2])
        """
        ListStorage.$visits.withValue(visits) {
            let rt = Interpreter(workingDirectory: "/tmp", output: { lines.append($0) })
            failure = rt.runEntry(SourceFile(path: "<t>", text: script + "\n")).failure
        }
        #expect(failure == nil)
        #expect(lines.count == 3)
        #expect(lines.first == "262144")
        #expect(lines.dropFirst().first == "61")
        #expect(lines.last == "362144 2 262144")
        // Building l (262,143 values appended), the wraps (one each) and the appends (one
        // each): about 362,000, far below the walk's millions.
        #expect(visits.count < 1_000_000, "looked at \(visits.count) elements")
        #expect(visits.count >= 262_143)
    }

    /// The depth is the same the walk found: 1 + the deepest element, and taking the deepest
    /// element away makes the list shallower again.
    @Test func theDepthIsOnePlusTheDeepestElement() {
        var l = ListStorage([.int(1), .list([.list([.int(2)])])])
        #expect(l.depth == 3)
        #expect(Value.nesting(of: .list(l), limit: 64) == 3)
        #expect(Value.nesting(of: .list(l), limit: 2) == 2)
        l.removeLast()
        #expect(l.depth == 1)
        l.append(.list([]))
        #expect(l.depth == 2)
        #expect(Value.nesting(of: .int(3), limit: 64) == 0)
    }
}
