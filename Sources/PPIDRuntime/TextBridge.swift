import PPIDSyntax
import PPIDText

// Overloads that take a `Text` where a file being rewritten alongside this one (Compiler.swift,
// Nodes/ExportNodes.swift) still takes or passes a String. Delete each once its String
// version takes a `Text`: until then a kind of name reaches "unknown name" in English only.

extension Compiler {
    /// A compile error in both languages.
    func fail(_ code: DiagnosticCode, _ text: Text, _ range: SourceRange, notes: [Diagnostic.Note] = []) -> Failure {
        Failure(diagnostic: Diagnostic(code, text, file: file, range: range, notes: notes))
    }

    /// What a declared name is, as a message text (`kindPhrase` in both languages).
    func kindNoun(_ name: String) -> Text {
        if let e = rt.entity(named: name) { return Noun.of(e) }
        return rt.pendingNames[name]?.kind.noun ?? Text(en: "something else", id: "hal lain")
    }

    /// `unresolved` with the expected kind as a message text (`Compiler.unresolved` keeps
    /// the kind as English text for now).
    func unresolved(_ name: String, _ range: SourceRange, expecting kind: Text) throws(Failure) {
        try unresolved(name, range, expecting: kind.english)
    }

    /// `unknownName` with the expected kind as a message text.
    func unknownName(_ name: String, _ range: SourceRange, expecting kind: Text) -> Failure {
        unknownName(name, range, expecting: kind.english)
    }
}

extension Interpreter {
    /// `entityName(of:expecting:)` for a caller that still names the kind in English.
    func entityName(of v: Value, expecting kind: String, at range: SourceRange) throws(RuntimeError) -> String {
        let known = [Noun.unit, Noun.role, Noun.staff, Noun.item, Noun.sop, Noun.run].first { $0.english == kind }
        return try entityName(of: v, expecting: known ?? Text(untranslated: kind), at: range)
    }
}
