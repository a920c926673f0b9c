import Testing
import PPIDSyntax
import PPIDModel
@testable import PPIDRuntime

/// Unit tests of the interpreter that a golden file cannot express.
@Suite(.serialized)
struct InterpreterTests {
    static func interpreter() -> (Interpreter, Box) {
        let box = Box()
        let rt = Interpreter(workingDirectory: "/tmp", output: { box.lines.append($0) })
        return (rt, box)
    }

    final class Box: @unchecked Sendable { var lines: [String] = [] }

    static let office = """
    unit kul "Keuangan"
    role ppid "PPID"
    staff sri "Sri" { roles ppid; unit kul }
    at 2025-01-06T09:00
    as sri
    """

    @Test func interruptStopsAStatementAndChangesNothing() throws {
        let (rt, _) = InterpreterTests.interpreter()
        try rt.run(SourceFile(path: "<t>", text: InterpreterTests.office))
        let before = rt.registry
        interruptRequested.store(true, ordering: .relaxed)
        defer { interruptRequested.store(false, ordering: .relaxed) }
        let r = rt.runEntry(SourceFile(path: "<t>", text: "for i in [1,2,3] { info x \"t\" }\n"))
        #expect(r.failure?.diagnostics.first?.code == .interrupted)
        #expect(r.failure?.exitCode == 70)
        #expect(rt.registry == before)
    }

    @Test func aStatementThatFailsHalfWayChangesNothing() throws {
        let (rt, _) = InterpreterTests.interpreter()
        var text = InterpreterTests.office + "\n"
        for i in 1...600 { text += "info i\(i) \"Item \(i)\" { holder kul }\n" }
        try rt.run(SourceFile(path: "<t>", text: text))
        let before = rt.registry
        let digest = rt.registry.digest()
        // The 500th classification fails (an exemption without its consequence): none of the 499 before it stays.
        let loop = """
        let n = 0
        for i in info order by name {
          n = n + 1
          if n == 500 { classify i as dikecualikan { basis "Pasal 17 huruf h"; until 2030-01-01 } } else { classify i as berkala }
        }
        """
        let r = rt.runEntry(SourceFile(path: "<t>", text: loop))
        #expect(r.failure != nil)
        #expect(r.succeeded.count == 1, "only `let n = 0` ran")
        #expect(rt.registry == before)
        #expect(rt.registry.digest() == digest)
        #expect(rt.registry.items.allSatisfy { $0.infoClass == nil })
    }

    @Test func failedLetDefinesNothing() {
        let (rt, _) = InterpreterTests.interpreter()
        let r = rt.runEntry(SourceFile(path: "<t>", text: "let x = 1 / 0\n"))
        #expect(r.failure?.diagnostics.first?.code == .divisionByZero)
        let again = rt.runEntry(SourceFile(path: "<t>", text: "print x\n"))
        #expect(again.failure?.diagnostics.first?.code == .unknownName)
    }

    @Test func sameScriptSameDigest() throws {
        let text = InterpreterTests.office + "\ninfo a \"A\" { holder kul }\nclassify a as berkala\nprint digest()\n"
        let (a, ba) = InterpreterTests.interpreter()
        let (b, bb) = InterpreterTests.interpreter()
        try a.run(SourceFile(path: "<a>", text: text))
        try b.run(SourceFile(path: "<b>", text: text))
        #expect(ba.lines == bb.lines)
        #expect(ba.lines.first?.count == 64)
        let (c, bc) = InterpreterTests.interpreter()
        try c.run(SourceFile(path: "<c>", text: text.replacing("berkala", with: "setiap_saat")))
        #expect(bc.lines != ba.lines)
    }

    @Test func entryReportsEachSucceededStatementAsTyped() {
        let (rt, _) = InterpreterTests.interpreter()
        let r = rt.runEntry(SourceFile(path: "<t>", text: "unit kul \"K\"; print 1; role ppid \"P\"\n"))
        #expect(r.failure == nil)
        #expect(r.succeeded.map(\.text) == ["unit kul \"K\"", "print 1", "role ppid \"P\""])
        #expect(r.succeeded.map(\.changesState) == [true, false, true])
    }

    @Test func exportRefusesPathsOutsideTheAllowedFolders() throws {
        let (rt, _) = InterpreterTests.interpreter()
        let r = rt.runEntry(SourceFile(path: "<t>", text: "export info to \"/etc/ppid-should-not-exist.csv\"\n"))
        #expect(r.failure?.diagnostics.first?.code == .ioError)
        #expect(r.failure?.diagnostics.first?.message.contains("refusing to write") == true)
    }
}

extension InterpreterTests {
    /// `export run` writes a script that reproduces the run: the same approvals log and state.
    @Test func exportedRunReplaysExactly() throws {
        let root = String(#filePath.split(separator: "/Tests/")[0])
        let dir = "/tmp/ppid-export-run-test"
        try? FileSystem.makeDirectories(dir)
        let (a, _) = InterpreterTests.interpreter()
        a.workingDirectory = dir
        try a.run(SourceFile(path: dir + "/main.ppid", text: """
            load "\(root)/scripts/examples/demo-maklumat-karanganyar.ppid"
            export run mk2025 to "mk2025.ppid"
            """))
        guard let bytes = FileSystem.read(dir + "/mk2025.ppid") else { Issue.record("no file written"); return }
        let (b, _) = InterpreterTests.interpreter()
        try b.run(SourceFile(path: dir + "/mk2025.ppid", bytes: bytes))
        let mine = a.registry.steps.filter { $0.run == "mk2025" }
        #expect(!mine.isEmpty)
        #expect(b.registry.steps == mine)
        #expect(b.registry.run(named: "mk2025")?.status == a.registry.run(named: "mk2025")?.status)
        #expect(b.registry.run(named: "mk2025")?.step == a.registry.run(named: "mk2025")?.step)
    }
}
