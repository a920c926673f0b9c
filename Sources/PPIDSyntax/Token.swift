import PPIDText

/// The kinds of token. Words are `.name`; the parser recognises keywords by `keyword`.
public enum TokenKind: UInt8, Sendable {
    case name, int, decimal, string, date, dateTime, time
    case newline, semicolon, comma, dot, dotDot, arrow, colon
    case lParen, rParen, lBracket, rBracket, lBrace, rBrace
    case plus, minus, star, slash, percent, tilde
    case assign, eq, neq, lt, le, gt, ge
    case eof, error
}

/// One token with its byte range. Literal values are decoded by the lexer so the parser
/// never re-reads text: `intValue` for int; `text` for names, strings, decimals;
/// `dateParts` for date, date-time and time literals.
public struct Token: Sendable {
    public var kind: TokenKind
    public var range: SourceRange
    public var keyword: Keyword?
    public var text: String = ""
    public var intValue: Int = 0
    /// year, month, day, hour, minute (unused parts are 0). The lexer has checked them (a
    /// 4-digit year, 2-digit others), so they are kept in one word: tokens are copied often,
    /// and five Ints would make up half a token's size.
    public var dateParts: (Int, Int, Int, Int, Int) {
        get {
            (Int(packedDate >> 32 & 0xFFFF), Int(packedDate >> 24 & 0xFF), Int(packedDate >> 16 & 0xFF),
             Int(packedDate >> 8 & 0xFF), Int(packedDate & 0xFF))
        }
        set {
            packedDate = UInt64(UInt16(clamping: newValue.0)) << 32 | UInt64(UInt8(clamping: newValue.1)) << 24
                | UInt64(UInt8(clamping: newValue.2)) << 16 | UInt64(UInt8(clamping: newValue.3)) << 8
                | UInt64(UInt8(clamping: newValue.4))
        }
    }
    private var packedDate: UInt64 = 0

    public init(_ kind: TokenKind, _ range: SourceRange, keyword: Keyword? = nil) {
        self.kind = kind
        self.range = range
        self.keyword = keyword
    }

    /// How the token is named in "expected X, found Y", in both languages.
    public var displayName: Text {
        switch kind {
        case .name: return keyword != nil ? Text(verbatim: "'\(text)'") : Text(en: "name '\(text)'", id: "nama '\(text)'")
        case .int: return Text(en: "number \(intValue)", id: "angka \(intValue)")
        case .decimal: return Text(en: "number \(text)", id: "angka \(text)")
        case .string: return Text(en: "string", id: "teks")
        case .date: return Text(en: "date", id: "tanggal")
        case .dateTime: return Text(en: "date-time", id: "tanggal dan jam")
        case .time: return Text(en: "time", id: "jam")
        case .newline: return Text(en: "end of line", id: "akhir baris")
        case .eof: return Text(en: "end of input", id: "akhir teks")
        case .error: return Text(en: "invalid text", id: "teks yang tidak sah")
        default: return Text(verbatim: "'\(TokenKind.spelling[kind] ?? "?")'")
        }
    }
}

extension TokenKind {
    /// The spelling of punctuation tokens, for messages.
    public static let spelling: [TokenKind: String] = [
        .semicolon: ";", .comma: ",", .dot: ".", .dotDot: "..", .arrow: "->", .colon: ":",
        .lParen: "(", .rParen: ")", .lBracket: "[", .rBracket: "]", .lBrace: "{", .rBrace: "}",
        .plus: "+", .minus: "-", .star: "*", .slash: "/", .percent: "%", .tilde: "~",
        .assign: "=", .eq: "==", .neq: "!=", .lt: "<", .le: "<=", .gt: ">", .ge: ">=",
    ]
}
