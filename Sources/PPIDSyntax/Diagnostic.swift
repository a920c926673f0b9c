import PPIDText

/// A problem in a script, reported as `file:line:col: error: message`, the source line,
/// a caret under the span, and optional notes.
public struct Diagnostic: Error, Sendable, CustomStringConvertible {
    /// A stable identifier of the kind of problem (`E101`...), listed in `DiagnosticCode`.
    public let code: DiagnosticCode
    /// What went wrong, in both languages; shown in the reader's (`rendered(color:language:)`).
    public let text: Text
    /// The English text (for tests and logs).
    public var message: String { text.english }
    public let file: SourceFile
    public let range: SourceRange
    public var notes: [Note]
    /// True when the text ended where more was needed (an open block, string or list):
    /// the REPL then asks for another line instead of reporting an error.
    public var isIncomplete: Bool = false

    /// A `note:` line, optionally pointing at a place of its own, or a `help:` line: what to
    /// type to put the problem right.
    public struct Note: Sendable {
        public let text: Text
        public var message: String { text.english }
        public let file: SourceFile?
        public let range: SourceRange?
        public let isHelp: Bool
        public init(_ text: Text, file: SourceFile? = nil, range: SourceRange? = nil) {
            self.text = text
            self.file = file
            self.range = range
            self.isHelp = false
        }
        /// A `help:` line.
        public init(help text: Text) {
            self.text = text
            self.file = nil
            self.range = nil
            self.isHelp = true
        }
    }

    public init(_ code: DiagnosticCode, _ text: Text, file: SourceFile, range: SourceRange, notes: [Note] = []) {
        self.code = code
        self.text = text
        self.file = file
        self.range = range
        self.notes = notes
    }


    /// The full text in English: header, source line, caret and notes (no trailing newline).
    public var description: String { rendered(color: false, language: .en) }

    /// The words that label a diagnostic's lines.
    static let errorLabel = Text(en: "error", id: "kesalahan")
    static let noteLabel = Text(en: "note", id: "catatan")
    static let helpLabel = Text(en: "help", id: "saran")

    /// The text in `language`, with ANSI colour when `color` is true.
    public func rendered(color: Bool, language: Language) -> String {
        let message = text.text(in: language)
        let errorWord = Diagnostic.errorLabel.text(in: language), noteWord = Diagnostic.noteLabel.text(in: language),
            helpWord = Diagnostic.helpLabel.text(in: language)
        let (line, col) = file.location(of: range.start)
        let red = color ? "\u{1B}[1;31m" : "", bold = color ? "\u{1B}[1m" : "", cyan = color ? "\u{1B}[1;36m" : "",
            green = color ? "\u{1B}[1;32m" : "", reset = color ? "\u{1B}[0m" : ""
        var out = "\(bold)\(file.path):\(line):\(col):\(reset) \(red)\(errorWord):\(reset) \(bold)\(message)\(reset) [\(code.rawValue)]"
        out += "\n" + Diagnostic.excerpt(file: file, range: range, color: green, reset: reset)
        for n in notes {
            if let f = n.file, let r = n.range {
                let (l, c) = f.location(of: r.start)
                out += "\n\(bold)\(f.path):\(l):\(c):\(reset) \(cyan)\(noteWord):\(reset) \(n.text.text(in: language))"
                out += "\n" + Diagnostic.excerpt(file: f, range: r, color: green, reset: reset)
            } else {
                out += "\n\(cyan)\(n.isHelp ? helpWord : noteWord):\(reset) \(n.text.text(in: language))"
            }
        }
        return out
    }

    /// The source line indented by four spaces and a caret line under the range.
    static func excerpt(file: SourceFile, range: SourceRange, color: String, reset: String) -> String {
        let (lineText, col) = file.lineExcerpt(at: range.start)
        // The span is cut at the end of the line; at least one caret.
        let startLine = file.location(of: range.start).line
        let endOffset = file.location(of: range.end).line == startLine ? range.end : range.start + 1
        let spanChars = max(1, file.text(of: SourceRange(range.start, endOffset)).count)
        let visible = lineText.replacingTabs()
        let prefix = String(repeating: " ", count: max(0, col - 1))
        let room: Int = max(1, visible.count - (col - 1))
        let tildes: Int = max(0, min(spanChars, room) - 1)
        let marker: String = "^" + String(repeating: "~", count: tildes)
        var out: String = "    " + visible
        out += "\n    " + prefix + color + marker + reset
        return out
    }
}

extension String {
    /// Tabs become single spaces so the caret lines up with the shown line.
    func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}

/// Thrown when a text has one or more diagnostics (syntax or name errors).
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]
    public init(_ d: [Diagnostic]) { diagnostics = d }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
