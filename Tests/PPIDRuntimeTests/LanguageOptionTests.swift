import Testing
import PPIDSyntax
import PPIDText
@testable import PPIDRuntime

/// `option language` (docs/language.md, "Language"): it sets the interpreter's language from
/// the statement on and is no part of what the office recorded.
struct LanguageOptionTests {
    static let office = """
    unit kul "Keuangan"
    role ppid "PPID"
    staff sri "Sri" { roles ppid; unit kul }
    at 2025-01-06T09:00
    as sri
    info lap "Laporan keuangan" { holder kul }
    classify lap as berkala

    """

    static func run(_ text: String) throws -> Interpreter {
        let rt = Interpreter(workingDirectory: "/tmp", output: { _ in })
        try rt.run(SourceFile(path: "<t>", text: text))
        return rt
    }

    @Test func theDigestIsTheSameWithAndWithoutIt() throws {
        let plain = try Self.run(Self.office)
        let switched = try Self.run("option language id\n" + Self.office + "option language en\noption language indonesia\n")
        #expect(switched.language == .id)
        #expect(plain.language == .en)
        #expect(switched.registry.digest() == plain.registry.digest())
        #expect(switched.registry.log.count == plain.registry.log.count)
    }

    @Test func itTakesEffectFromTheStatementOn() throws {
        let rt = Interpreter(workingDirectory: "/tmp", output: { _ in })
        rt.language = .id
        let r = rt.runEntry(SourceFile(path: "<t>", text: "print 1\noption language en\nprint 1 / 0\n"))
        #expect(r.succeeded.count == 2)
        #expect(rt.language == .en)
        // Kept by a journal (it is a statement that changes the session), so a replay reruns it.
        #expect(r.succeeded[1].changesState)
        #expect(r.failure?.diagnostics.first?.code == .divisionByZero)
    }

    @Test func anUnknownWordChangesNothingAndSuggests() throws {
        let rt = Interpreter(workingDirectory: "/tmp", output: { _ in })
        let r = rt.runEntry(SourceFile(path: "<t>", text: "option language inggirs\n"))
        #expect(rt.language == .en)
        let d = try #require(r.failure?.diagnostics.first)
        #expect(d.code == .unknownWord)
        #expect(d.notes.map(\.message) == ["did you mean 'inggris'?"])
        #expect(d.notes.first?.text.indonesian == "maksud Anda 'inggris'?")
    }

    @Test func aStringOrAnyCaseIsAccepted() throws {
        #expect(try Self.run("option language \"id\"\n").language == .id)
        #expect(try Self.run("option language ID\n").language == .id)
        #expect(try Self.run("option language English\n").language == .en)
    }
}
