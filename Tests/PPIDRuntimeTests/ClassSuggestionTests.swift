import Testing
import PPIDSyntax
import PPIDText
@testable import PPIDRuntime

/// `classify x as setiap saat`: the class check suggests the one-word class, in both
/// languages (docs/language.md, "Errors").
struct ClassSuggestionTests {
    @Test(arguments: [("setiap saat", "setiap_saat"), ("serta merta", "serta_merta"), ("Setiap Saat", "setiap_saat")])
    func aClassInTwoWordsSuggestsTheOneWord(written: String, meant: String) throws {
        let rt = Interpreter(workingDirectory: "/tmp", output: { _ in })
        var failure: ScriptFailure? = nil
        do { _ = try rt.run(SourceFile(path: "t", text: "info a \"A\"\nclassify a as \(written)\n")) } catch { failure = error }
        let d = try #require(failure?.diagnostics.first)
        #expect(d.code == .unknownWord)
        #expect(d.message.hasPrefix("'\(written)' is not a class of information"))
        #expect(d.file.text(of: d.range) == written)
        #expect(d.notes.map(\.text.english) == ["did you mean '\(meant)'?"])
        #expect(d.notes.map(\.text.indonesian) == ["maksud Anda '\(meant)'?"])
    }
}
