import PPIDText

/// The recursive-descent parser: one method per rule of `grammar/ppid.ebnf`, each opening
/// with its rule. It knows the forms of the language but none of its rules.
///
/// Syntax errors are collected, at most one per statement: after an error the parser skips
/// to the end of the statement (the next newline or `;` outside braces) and goes on.
public struct Parser {
    let file: SourceFile
    /// Tokens are read on demand: `buffer` holds the tokens of the statement being parsed
    /// (from absolute index `base`) plus one of lookahead, so memory does not grow with the file.
    var lexer: Lexer
    var buffer: [Token] = []
    var base = 0
    var p = 0
    var depth = 0
    /// True in a query's `where` condition and `order by` keys, outside brackets: there a
    /// name followed by `order` or `limit` ends the clause (`class == berkala limit 5`)
    /// instead of starting a query of its own.
    var inQueryClause = false
    /// Open `{` of the statement being parsed, for "not closed" notes.
    var openBraces: [SourceRange] = []
    /// Where the top-level statement being parsed starts (a byte offset), nil between
    /// statements: a token of it ending more than `maxStatementBytes` later is refused as it
    /// is read (`limited`), so an overlong statement is never held whole (docs/language.md §16).
    var statementStart: Int?
    public internal(set) var diagnostics: [Diagnostic] = []

    /// The deepest nesting of blocks and expressions accepted.
    public static let maxDepth = 64

    struct Failure: Error { let diagnostic: Diagnostic }

    public init(file: SourceFile) {
        self.file = file
        self.lexer = Lexer(file: file)
        fill(1)
    }

    /// A parser of `file` from `offset`, a point between top-level statements that
    /// `resumeOffset` gave: it reads what a copy of the parser taken there would read. (A
    /// run keeps this offset rather than a copy of the parser for every statement: the
    /// copy's token buffer was copied again as soon as the parser read on.)
    public init(file: SourceFile, resumingAt offset: Int) {
        self.file = file
        self.lexer = Lexer(file: file)
        lexer.i = max(lexer.i, min(offset, file.bytes.count))
        fill(1)
    }

    /// A stop another thread may raise: the text then ends where the lexer is (ParseStop).
    public var stop: ParseStop? {
        get { lexer.stop }
        set { lexer.stop = newValue }
    }

    /// Where parsing can start again between top-level statements: the current token's start.
    public var resumeOffset: Int { tok.range.start }

    /// Lexes until the token at absolute index `i` is in the buffer (or the input ended).
    mutating func fill(_ i: Int) {
        while base + buffer.count <= i {
            if let last = buffer.last, last.kind == .eof { return }
            let t = lexer.next()
            // Checked here first so a token within the limit is moved into the buffer, not
            // copied through `limited` (tokens hold a text; a copy retains it).
            if passesLimit(t) {
                buffer.append(limited(t))
            } else {
                buffer.append(t)
            }
        }
    }

    /// Forgets the tokens before the current one (at a statement boundary).
    mutating func dropConsumed() {
        let n = p - base
        if n > 0 {
            buffer.removeFirst(min(n, buffer.count - 1))
            base = p
        }
    }

    /// The token at absolute index `i` (the end-of-input token past the end).
    mutating func token(at i: Int) -> Token {
        fill(i)
        return buffer[min(i - base, buffer.count - 1)]
    }

    /// True when `t` ends more than `maxStatementBytes` past the start of the statement being
    /// parsed (false between statements).
    @inline(__always) func passesLimit(_ t: Token) -> Bool {
        guard let start = statementStart else { return false }
        return t.range.end - start > Parser.maxStatementBytes
    }

    /// The largest statement accepted, in bytes of source.
    public static let maxStatementBytes = 1 << 20

    /// `t`, or an `.error` token (E110, at the statement's start) when `t` is part of the
    /// statement being parsed and ends past `maxStatementBytes` from its start. Separators are
    /// not checked: a newline or `;` past the limit ends the statement rather than lengthening
    /// it (one inside braces is followed by a token that is checked).
    mutating func limited(_ t: Token) -> Token {
        guard let start = statementStart, passesLimit(t) else { return t }
        switch t.kind {
        case .newline, .semicolon, .eof: return t
        default: break
        }
        let at = SourceRange(start, start + 1)
        lexer.diagnostics.append(Diagnostic(.statementTooLong, Text(en:
            "this statement is too long: the most is \(Parser.maxStatementBytes) bytes (split it into several statements)",
            id: "perintah ini terlalu panjang: paling banyak \(Parser.maxStatementBytes) byte (pecah menjadi beberapa perintah)"),
            file: file, range: at))
        var e = Token(.error, at)
        e.text = "statement too long"
        return e
    }

    /// Parses a whole text: the statements that parsed, and every syntax error.
    public static func parse(_ file: SourceFile) -> (statements: [Stmt], diagnostics: [Diagnostic]) {
        if let bad = UTF8Check.firstInvalid(file.bytes) {
            let message = Text(en: "the text is not valid UTF-8 (save the file as UTF-8)",
                               id: "teks ini bukan UTF-8 yang sah (simpan berkas sebagai UTF-8)")
            return ([], [Diagnostic(.invalidUTF8, message, file: file, range: SourceRange(bad, bad + 1))])
        }
        var parser = Parser(file: file)
        let stmts = parser.script()
        return (stmts, parser.diagnostics)
    }

    /// A parser that hands out one top-level statement at a time (`next()`), for running
    /// long scripts without holding them whole; nil when the text is not UTF-8.
    public static func streaming(_ file: SourceFile) -> Parser? {
        UTF8Check.firstInvalid(file.bytes) == nil ? Parser(file: file) : nil
    }

    // MARK: - Token access

    // The buffer always holds the current token and the next one (see `advance`).
    @inline(__always) var tok: Token { buffer[p - base] }
    @inline(__always) var kind: TokenKind { buffer[p - base].kind }
    @inline(__always) func peekKind(_ k: Int) -> TokenKind { buffer[min(p + k - base, buffer.count - 1)].kind }
    @inline(__always) func peekToken(_ k: Int) -> Token { buffer[min(p + k - base, buffer.count - 1)] }
    @inline(__always) func at(_ k: Keyword) -> Bool { buffer[p - base].kind == .name && buffer[p - base].keyword == k }
    @inline(__always) mutating func advance() -> Token {
        let t = buffer[p - base]
        if t.kind != .eof {
            p += 1
            fill(p + 1)
        }
        return t
    }
    // Read in place: a copy of a token retains its text, and a replay reads each token a
    // few times (these and `skip` took a tenth of parsing as copies through `tok`/`advance`).
    @inline(__always) var tokText: String { buffer[p - base].text }
    @inline(__always) var tokRange: SourceRange { buffer[p - base].range }
    @inline(__always) func peekKeyword(_ k: Int) -> Keyword? { buffer[min(p + k - base, buffer.count - 1)].keyword }
    @inline(__always) func peekText(_ k: Int) -> String { buffer[min(p + k - base, buffer.count - 1)].text }
    /// Moves past the current token: `advance` without handing out a copy of it.
    @inline(__always) mutating func skip() {
        if buffer[p - base].kind != .eof {
            p += 1
            fill(p + 1)
        }
    }
    @inline(__always) var isSeparator: Bool { kind == .newline || kind == .semicolon }
    var lastEnd: Int { p > base ? buffer[p - 1 - base].range.end : tok.range.start }

    mutating func accept(_ k: TokenKind) -> Bool {
        if kind == k { skip(); return true }
        return false
    }

    mutating func accept(_ k: Keyword) -> Bool {
        if at(k) { skip(); return true }
        return false
    }

    /// The token of kind `k`, else "expected `what`, found ..." (`what` is a fragment such as
    /// `Expected.value`, in both languages).
    mutating func expect(_ k: TokenKind, _ what: Text) throws(Failure) -> Token {
        let t = tok
        try skip(expecting: k, what)
        return t
    }

    mutating func expect(_ k: Keyword) throws(Failure) -> Token {
        let t = tok
        try skip(expecting: k)
        return t
    }

    /// `expect` for a token whose value is not needed: moves past it without a copy.
    mutating func skip(expecting k: TokenKind, _ what: Text) throws(Failure) {
        guard kind == k else { throw expected(what) }
        skip()
    }

    mutating func skip(expecting k: Keyword) throws(Failure) {
        guard at(k) else { throw expected(Text(verbatim: "'\(k.rawValue)'")) }
        skip()
    }

    /// A plain name (not a keyword).
    mutating func expectName(_ what: Text) throws(Failure) -> Name {
        guard kind == .name else { throw expected(what) }
        if let k = tok.keyword {
            throw fail(Text(en: "'\(k.rawValue)' is a keyword and cannot be used as \(what)",
                            id: "'\(k.rawValue)' adalah kata kunci dan tidak dapat dipakai sebagai \(what)"), code: .reservedName)
        }
        let n = Name(tokText, tokRange)
        skip()
        return n
    }

    /// "expected `what`, found TOKEN" at the current token; at the end of input "expected
    /// `what`, but the text ended" (E108, which the REPL takes as "type another line").
    func expected(_ what: Text) -> Failure {
        let found = tok.displayName
        if tok.kind == .eof {
            return fail(Text(en: "expected \(what), but the text ended", id: "seharusnya \(what), tetapi teks sudah berakhir"))
        }
        return fail(Text(en: "expected \(what), found \(found)", id: "seharusnya \(what), tetapi yang ada \(found)"))
    }

    /// The failure for the current token; at the end of input it is marked incomplete.
    func fail(_ message: Text, code: DiagnosticCode = .unexpectedToken) -> Failure {
        let t = tok
        if t.kind == .error, let d = lexer.diagnostics.last(where: { $0.range == t.range }) {
            return Failure(diagnostic: d)
        }
        if t.kind == .eof {
            var notes: [Diagnostic.Note] = []
            if let open = openBraces.last {
                notes.append(.init(Text(en: "the block opened here is not closed with '}'", id: "blok yang dibuka di sini belum ditutup dengan '}'"),
                                   file: file, range: open))
            }
            var d = Diagnostic(.unexpectedEnd, message, file: file, range: t.range, notes: notes)
            d.isIncomplete = true
            return Failure(diagnostic: d)
        }
        return Failure(diagnostic: Diagnostic(code, message, file: file, range: t.range))
    }

    /// How tall an expression may grow through chains (`a + b + c ...`, `x.a.b ...`): the tree is
    /// as tall as the chain is long, and compiling, running and freeing it recurse that deep.
    public static let maxChainDepth = 256

    /// Counts one link of an operator or field chain; a chain that makes the expression
    /// taller than `maxChainDepth` is an error, not a stack overflow. The caller gives the
    /// links back (`depth -= links`) when its loop ends.
    mutating func link() throws(Failure) {
        depth += 1
        if depth > Parser.maxChainDepth {
            throw Failure(diagnostic: Diagnostic(.nestingTooDeep, Text(en:
                "this expression is nested more than \(Parser.maxChainDepth) levels deep (a chain of that many operators or fields); split it with `let`",
                id: "ekspresi ini bersarang lebih dari \(Parser.maxChainDepth) tingkat (rangkaian operator atau kolom sebanyak itu); pecah dengan `let`"),
                file: file, range: tok.range))
        }
    }

    /// Counts one level of nesting; too deep is an error, not a stack overflow.
    mutating func enter() throws(Failure) {
        depth += 1
        if depth > Parser.maxDepth {
            throw Failure(diagnostic: Diagnostic(.nestingTooDeep, Text(en:
                "this is nested more than \(Parser.maxDepth) levels deep; split it into smaller statements",
                id: "bagian ini bersarang lebih dari \(Parser.maxDepth) tingkat; pecah menjadi beberapa perintah yang lebih kecil"),
                file: file, range: tok.range))
        }
    }
}
