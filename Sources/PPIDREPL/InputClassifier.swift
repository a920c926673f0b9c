import PPIDSyntax
import PPIDModel

/// Decides what the text typed so far is: nothing, a colon command, a statement ready to
/// run, or the start of one that needs more lines. Pure: it looks only at the text.
///
/// "Needs more" is decided on the parser's typed flag (`Diagnostic.isIncomplete`: the text
/// ended inside an open block, list, call or text block), never on message wording, and on
/// the brackets: while a `{`, `(` or `[` is still open the entry goes on, even past a typo
/// inside it, so the lines up to its close are one entry reported once (not the rest of a
/// block run as statements of their own). A syntax error outside any open bracket is run at
/// once and reported instead of waiting forever.
public enum InputClassifier {
    /// What a piece of input is.
    public enum Kind: Equatable, Sendable {
        /// Only blanks and comments.
        case empty
        /// `:name argument...` on the first line: the command name (without the colon) and the rest.
        case colonCommand(name: String, argument: String)
        /// One or more statements to run (possibly with errors the runtime will report).
        case complete
        /// The text ended inside an open construct: ask for another line.
        case needsMore
    }

    /// Classifies `text`, the lines typed so far each ending in "\n".
    public static func classify(_ text: String) -> Kind {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        if trimmed.hasPrefix(":") {
            let line = trimmed.dropFirst().prefix { $0 != "\n" }
            let name = line.prefix { $0 != " " && $0 != "\t" }
            let rest = line.dropFirst(name.count).trimmingBlanks()
            return .colonCommand(name: String(name), argument: rest)
        }
        let withNewline = text.hasSuffix("\n") ? text : text + "\n"
        let file = SourceFile(path: "<repl>", text: withNewline)
        if hasOpenBracket(file) { return .needsMore }
        let (statements, diagnostics) = Parser.parse(file)
        if diagnostics.contains(where: { $0.isIncomplete }) { return .needsMore }
        if statements.isEmpty && diagnostics.isEmpty { return .empty }
        return .complete
    }

    /// True when a bracket is still open at the end of `file`. A closer that matches an open
    /// bracket closes it (and any left open inside it); a closer that matches none is a typo
    /// the parser reports, and leaves the brackets as they were. Brackets inside text and
    /// comments do not count (the lexer has skipped them).
    ///
    /// A bracket open for more than `Parser.maxStatementBytes` does not ask for more: that
    /// statement is too long already, and the parser says so (E110) instead of the prompt
    /// gathering lines without end. Tokens are read one at a time, none kept.
    static func hasOpenBracket(_ file: SourceFile) -> Bool {
        var open: [(kind: TokenKind, at: Int)] = []
        var lexer = Lexer(file: file)
        while true {
            let token = lexer.next()
            if token.kind == .eof { break }
            let opener: TokenKind
            switch token.kind {
            case .lBrace, .lParen, .lBracket:
                open.append((token.kind, token.range.start))
                continue
            case .rBrace: opener = .lBrace
            case .rParen: opener = .lParen
            case .rBracket: opener = .lBracket
            default: continue
            }
            if let i = open.lastIndex(where: { $0.kind == opener }) { open.removeSubrange(i...) }
        }
        guard let first = open.first else { return false }
        return file.bytes.count - first.at <= Parser.maxStatementBytes
    }

    /// True when the first statement of `text` is an explicit `at DATE`: the prompt then does
    /// not move the clock to the wall clock first (so `at` can set an earlier time).
    public static func startsWithExplicitAt(_ text: String) -> Bool {
        explicitAt(text) != nil
    }

    /// The time of a first statement `at DATE` or `at DATE-TIME` written as a literal
    /// (midnight for a date); `.some(nil)` for another explicit `at` (an expression); nil
    /// when the entry does not start with an explicit `at`.
    public static func explicitAt(_ text: String) -> DateTime?? {
        let file = SourceFile(path: "<repl>", text: text.hasSuffix("\n") ? text : text + "\n")
        let (statements, _) = Parser.parse(file)
        guard case .at(let when?)? = statements.first?.kind else { return nil }
        let literal = file.text(of: when.range).trimmingBlanks()
        if let t = DateTime(iso: literal) { return .some(t) }
        if let d = CivilDate(iso: literal) { return .some(DateTime(date: d, minuteOfDay: 0)) }
        return .some(nil)
    }

    /// True for the text of an `at now` statement (recorded as the time it read).
    public static func isAtNow(_ statement: String) -> Bool {
        let words = statement.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        return words.count == 2 && words[0] == "at" && words[1] == "now"
    }
}
