import PPIDSyntax
import PPIDModel
import PPIDText

/// An error while a statement runs. The statement's position is filled in by the
/// statement that failed; `file` is nil until then.
public struct RuntimeError: Error, Sendable {
    public var code: DiagnosticCode
    /// What went wrong, in both languages.
    public var text: Text
    /// The English text (for tests and logs).
    public var message: String { text.english }
    public var range: SourceRange
    public var file: SourceFile?
    public var notes: [Diagnostic.Note]
    /// Not an error of the script: the statement stopped before its first output or file
    /// because the rest of the script has not been checked yet (Interpreter+RunAhead.swift).
    var stoppedToCheck = false

    public init(_ code: DiagnosticCode, _ text: Text, at range: SourceRange, file: SourceFile? = nil, notes: [Diagnostic.Note] = []) {
        self.code = code
        self.text = text
        self.range = range
        self.file = file
        self.notes = notes
    }


    /// The signal that stops a statement running ahead of the check (see `stoppedToCheck`).
    static let stopToCheck: RuntimeError = {
        var e = RuntimeError(.interrupted, Text(en: "stopped to check the rest of the script first",
                                                 id: "dihentikan untuk memeriksa sisa skrip terlebih dahulu"), at: SourceRange(0, 0))
        e.stoppedToCheck = true
        return e
    }()

    /// A rule of the domain the statement broke: its own code (E4xx), the Model's notes, and
    /// the statement that puts it right as a `help:` line.
    init(_ e: ModelError, at range: SourceRange) {
        var notes = e.notes.map { Diagnostic.Note($0) }
        if let hint = RuleHint.text(for: e) { notes.append(Diagnostic.Note(help: hint)) }
        self.init(DiagnosticCode(rawValue: e.code.rawValue), e.text, at: range, notes: notes)
    }

    /// A rule of the domain, reported by the runtime in the Model's words (a problem the
    /// runtime locates itself, such as one field of an SOP).
    init(_ rule: RuleCode, _ text: Text, at range: SourceRange) {
        self.init(DiagnosticCode(rawValue: rule.rawValue), text, at: range)
    }

    /// The diagnostic, pointing into `fallback` when no file was set.
    public func diagnostic(fallback: SourceFile) -> Diagnostic {
        Diagnostic(code, text, file: file ?? fallback, range: range, notes: notes)
    }
}

/// How a statement ended: normally, or by `return`.
enum Flow {
    case normal
    case returned(Value)
}
