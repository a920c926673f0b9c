import Testing
import PPIDSyntax
@testable import PPIDRuntime

/// The limits that hold before the cost (docs/language.md §16): the value budget, the
/// append in place and its undo, seen from the prompt, where a failed statement is followed
/// by more (a golden file stops at its first error).
@Suite(.serialized)
struct BoundedTests {
    final class Box: @unchecked Sendable { var lines: [String] = [] }

    static func interpreter() -> (Interpreter, Box) {
        let box = Box()
        return (Interpreter(workingDirectory: "/tmp", output: { box.lines.append($0) }), box)
    }

    static func entry(_ rt: Interpreter, _ text: String) -> ScriptFailure? {
        rt.runEntry(SourceFile(path: "<t>", text: text + "\n")).failure
    }

    /// A statement that appends in place and then fails leaves the list as it was.
    @Test func aFailedAppendIsTakenBack() {
        let (rt, box) = Self.interpreter()
        #expect(Self.entry(rt, "let l = [1, 2]\nlet s = \"ab\"") == nil)
        let f = Self.entry(rt, "{ for d in 2024-01-01..2024-01-09 { l = l + [d]; s = s + \"é\" }; l = l + 5 }")
        #expect(f?.diagnostics.first?.code == .typeMismatch)
        #expect(Self.entry(rt, "{ l = l + [3]; l = [9]; s = s + \"c\"; s = 1; l = l + 5 }")?.diagnostics.first?.code == .typeMismatch)
        #expect(Self.entry(rt, "print l, s") == nil)
        #expect(box.lines == ["[1, 2] ab"])
    }

    /// Past the budget a statement fails with E313 and changes nothing; within it the same
    /// statement succeeds.
    @Test func theBudgetRefusesAndChangesNothing() {
        let (rt, box) = Self.interpreter()
        rt.maxValueBytes = 4 << 20
        #expect(Self.entry(rt, "let s = \"x\"\nlet l = []") == nil)
        let f = Self.entry(rt, "for d in 2024-01-01..2024-01-23 { s = s + s }")
        #expect(f?.diagnostics.first?.code == .memoryExceeded)
        let g = Self.entry(rt, "for d in 2024-01-01..2024-01-18 { s = s + s }\nfor d in 2024-01-01..2024-01-20 { l = l + [s + str(d)] }")
        #expect(g?.diagnostics.first?.code == .memoryExceeded)
        #expect(Self.entry(rt, "print len(s), len(l)") == nil)
        #expect(box.lines == ["262144 0"])
        rt.maxValueBytes = 64 << 20
        #expect(Self.entry(rt, "for d in 2024-01-01..2024-01-20 { l = l + [s + str(d)] }\nprint len(l)") == nil)
        #expect(box.lines.last == "20")
    }

    /// Assigning measures the variable (a list stored twice in it counted once), and giving
    /// it another value gives its bytes back.
    @Test func assigningMeasuresAndGivesBack() {
        let (rt, _) = Self.interpreter()
        #expect(Self.entry(rt, "let s = \"x\"\nfor d in 2024-01-01..2024-01-11 { s = s + s }\nlet l = [s, s]\nlet m = [l, l, l]") == nil)
        // s: 2048; l: two texts of 2048 and two slots; m: three slots and l once (not three times).
        #expect(rt.variableBytes > 5 * 2048 && rt.variableBytes < 6 * 2048)
        #expect(Self.entry(rt, "s = 0\nl = 0\nm = 0") == nil)
        #expect(rt.variableBytes == 0)
    }
}
