import PPIDText

/// Turns UTF-8 source bytes into tokens. Newlines are tokens (they end statements) except
/// inside `( )` and `[ ]`; inside `{ }` they separate the block's items.
/// Errors become `.error` tokens plus a diagnostic in `diagnostics`; lexing goes on.
public struct Lexer {
    let file: SourceFile
    let b: SourceBytes
    var i = 0
    var groups: [UInt8] = []   // open brackets: ( [ {
    public internal(set) var diagnostics: [Diagnostic] = []
    /// When raised (from another thread), the text ends here (see ParseStop).
    var stop: ParseStop?

    public init(file: SourceFile) {
        self.file = file
        self.b = file.bytes
        // A byte-order mark (what some Windows editors put first) is not part of the text.
        if SourceFile.startsWithByteOrderMark(b) { i = 3 }
    }

    /// Lexes the whole file; the last token is `.eof`.
    public static func tokenize(_ file: SourceFile) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lx = Lexer(file: file)
        var out: [Token] = []
        out.reserveCapacity(file.bytes.count / 4 + 1)
        while true {
            let t = lx.next()
            out.append(t)
            if t.kind == .eof { break }
        }
        return (out, lx.diagnostics)
    }

    @inline(__always) func peek(_ k: Int = 0) -> UInt8 { i + k < b.count ? b[i + k] : 0 }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    @inline(__always) static func isNameStart(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95 }
    @inline(__always) static func isNameChar(_ c: UInt8) -> Bool { isNameStart(c) || isDigit(c) }

    /// An `.error` token over `start..<end`, with its diagnostic.
    mutating func error(_ code: DiagnosticCode, _ message: Text, _ start: Int, _ end: Int) -> Token {
        diagnostics.append(Diagnostic(code, message, file: file, range: SourceRange(start, end)))
        var t = Token(.error, SourceRange(start, end))
        t.text = message.english
        return t
    }

    /// The next token.
    public mutating func next() -> Token {
        // A stop is looked at where the lexer can read on without making a token (comments,
        // line breaks inside brackets); a statement's own tokens are bounded by its limit,
        // and `Parser.skipOverlong` looks at it between the tokens of an overlong one.
        while i < b.count {
            let c = b[i]
            if c == 32 || c == 9 || c == 13 { i += 1; continue }
            if c == 35 { // '#': comment to end of line
                while i < b.count && b[i] != 10 { i += 1 }
                if let stop, stop.isRaised { i = b.count }
                continue
            }
            if c == 10 {
                i += 1
                if let top = groups.last, top != 123 {
                    if let stop, stop.isRaised { i = b.count }
                    continue
                }
                return Token(.newline, SourceRange(i - 1, i))
            }
            break
        }
        let start = i
        guard i < b.count else { return Token(.eof, SourceRange(b.count, b.count)) }
        let c = b[i]
        if Lexer.isNameStart(c) {
            while i < b.count && Lexer.isNameChar(b[i]) { i += 1 }
            var t = Token(.name, SourceRange(start, i), keyword: i - start >= 2 ? Keyword.lookup(b, start, i) : nil)
            t.text = b.string(start..<i)
            return t
        }
        if Lexer.isDigit(c) { return number(start) }
        if c == 34 { return string(start) }
        i += 1
        func tok(_ k: TokenKind, _ extra: Int = 0) -> Token {
            i += extra
            return Token(k, SourceRange(start, i))
        }
        switch c {
        case 59: return tok(.semicolon)
        case 44: return tok(.comma)
        case 46: return peek() == 46 ? tok(.dotDot, 1) : tok(.dot)
        case 58: return tok(.colon)
        case 40: groups.append(40); return tok(.lParen)
        case 91: groups.append(91); return tok(.lBracket)
        case 123: groups.append(123); return tok(.lBrace)
        case 41: popGroup(40); return tok(.rParen)
        case 93: popGroup(91); return tok(.rBracket)
        case 125: popGroup(123); return tok(.rBrace)
        case 43: return tok(.plus)
        case 45: return peek() == 62 ? tok(.arrow, 1) : tok(.minus)
        case 42: return tok(.star)
        case 47: return tok(.slash)
        case 37: return tok(.percent)
        case 126: return tok(.tilde)
        case 61: return peek() == 61 ? tok(.eq, 1) : tok(.assign)
        case 33: return peek() == 61 ? tok(.neq, 1) : error(.unexpectedCharacter, Text(en:
            "unexpected character '!' (write `!=` for 'not equal', or `not`)",
            id: "karakter '!' tidak diharapkan di sini (tulis `!=` untuk 'tidak sama dengan', atau `not`)"), start, i)
        case 60: return peek() == 61 ? tok(.le, 1) : tok(.lt)
        case 62: return peek() == 61 ? tok(.ge, 1) : tok(.gt)
        default:
            // Skip the whole UTF-8 sequence so the message shows the character.
            while i < b.count && (b[i] & 0xC0) == 0x80 { i += 1 }
            let ch = b.string(start..<i)
            if ch == "“" || ch == "”" {
                return error(.unexpectedCharacter, Text(en:
                    "unexpected character '\(ch)' (use straight quotes \" for strings)",
                    id: "karakter '\(ch)' tidak diharapkan di sini (gunakan tanda kutip lurus \" untuk teks)"), start, i)
            }
            return error(.unexpectedCharacter, Text(en: "unexpected character '\(ch)'", id: "karakter '\(ch)' tidak diharapkan di sini"), start, i)
        }
    }

    /// Closes the innermost group if it matches; a stray closer is left to the parser.
    mutating func popGroup(_ opener: UInt8) {
        if let idx = groups.lastIndex(of: opener) { groups.removeSubrange(idx...) }
    }
}
