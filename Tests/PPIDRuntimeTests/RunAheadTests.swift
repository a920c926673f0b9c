import Testing
import PPIDSyntax
import PPIDModel
@testable import PPIDRuntime

/// `run` reads a script once and runs each statement before the rest is checked; these
/// tests hold the promise that still makes: a script with a static error anywhere shows
/// nothing and writes nothing, and reports every static error (Interpreter+RunAhead.swift).
@Suite(.serialized)
struct RunAheadTests {
    static let office = InterpreterTests.office + "\n"

    /// Runs `text`; what it printed and the codes of its diagnostics.
    static func run(_ text: String, verify: Bool = false) -> (lines: [String], codes: [DiagnosticCode], rt: Interpreter) {
        let (rt, box) = InterpreterTests.interpreter()
        do {
            let failed = try rt.run(SourceFile(path: "<t>", text: text), keepGoingAfterAsserts: verify)
            return (box.lines, failed.map(\.code), rt)
        } catch {
            return (box.lines, error.diagnostics.map(\.code), rt)
        }
    }

    @Test func aSyntaxErrorAtTheEndShowsNothingThatCameBefore() {
        var text = RunAheadTests.office
        for i in 1...50 { text += "info i\(i) \"Item \(i)\" { holder kul }\n" }
        text += "print count(info)\nprint (1 +\n"
        let r = RunAheadTests.run(text)
        #expect(r.lines.isEmpty)
        #expect(r.codes.count == 1)
        #expect(r.codes.first?.isStatic == true)
    }

    @Test func everyStaticErrorAfterTheFirstIsReportedToo() {
        let text = RunAheadTests.office + "info a \"A\" { holder kul }\nprint nama_salah\nas orang_salah\ninfo b \"B\" { holder klu }\n"
        let r = RunAheadTests.run(text)
        #expect(r.lines.isEmpty)
        #expect(r.codes.count == 3, "three misspelt names: \(r.codes)")
    }

    @Test func aRuntimeErrorBeforeASyntaxErrorReportsTheSyntaxError() {
        let text = RunAheadTests.office + "info a \"A\" { holder kul }\nlet z = 1 / 0\nprint ]\n"
        let r = RunAheadTests.run(text)
        #expect(r.codes.count == 1)
        #expect(r.codes.first?.isStatic == true)
    }

    @Test func aRuntimeErrorAloneStopsAfterWhatRanBefore() {
        let text = RunAheadTests.office + "print \"satu\"\ninfo a \"A\" { holder kul }\nlet z = 1 / 0\nprint \"dua\"\n"
        let r = RunAheadTests.run(text)
        #expect(r.lines == ["satu"])
        #expect(r.codes == [DiagnosticCode.divisionByZero])
        #expect(r.rt.registry.items.count == 1)
    }

    @Test func aNameUsedBeforeItsDeclarationIsARuntimeErrorAsBefore() {
        let text = RunAheadTests.office + "print \"mulai\"\nclassify a as berkala\ninfo a \"A\" { holder kul }\n"
        let r = RunAheadTests.run(text)
        #expect(r.lines == ["mulai"])
        #expect(r.codes.count == 1)
        #expect(r.codes.first?.isStatic == false)
    }

    @Test func aStatementStoppedAtItsFirstOutputRunsOnceWhenItRunsAgain() {
        let text = RunAheadTests.office + "if true {\n  info z \"Z\" { holder kul }\n  print \"z\"\n}\nfor i in [1, 2] { print i }\nprint count(info)\n"
        let r = RunAheadTests.run(text)
        #expect(r.codes.isEmpty)
        #expect(r.lines == ["z", "1", "2", "1"])
        #expect(r.rt.registry.items.count == 1)
    }

    @Test func aScriptThatShowsNothingRunsToTheSameStateAsOneThatDoes() {
        var body = ""
        for i in 1...30 { body += "info i\(i) \"Item \(i)\" { holder kul }\nclassify i\(i) as berkala\n" }
        let quiet = RunAheadTests.run(RunAheadTests.office + body)
        let loud = RunAheadTests.run(RunAheadTests.office + "print \"mulai\"\n" + body)
        #expect(quiet.codes.isEmpty && loud.codes.isEmpty)
        #expect(quiet.rt.registry.digest() == loud.rt.registry.digest())
        #expect(loud.lines == ["mulai"])
    }

    @Test func noFileIsWrittenWhenALaterStatementDoesNotResolve() throws {
        let dir = "/tmp/ppid-runahead-\(Int.random(in: 0..<1_000_000))"
        let (rt, _) = InterpreterTests.interpreter()
        let text = RunAheadTests.office + "info a \"A\" { holder kul }\nexport info to \"\(dir)/info.csv\"\nprint tidak_ada\n"
        #expect(throws: ScriptFailure.self) { try rt.run(SourceFile(path: "\(dir)/s.ppid", text: text)) }
        #expect(FileSystem.read("\(dir)/info.csv") == nil)
    }

    @Test func verifyGoesOnAfterAFailedAssertWhileRunningAhead() {
        let text = RunAheadTests.office + "assert 1 == 2\ninfo a \"A\" { holder kul }\nassert count(info) == 2\n"
        let r = RunAheadTests.run(text, verify: true)
        #expect(r.codes == [DiagnosticCode.assertionFailed, .assertionFailed])
        #expect(r.rt.registry.items.count == 1)
    }
}
