import PPIDText

/// The office's pattern for registration numbers (`option request_number "..."`): literal
/// text with tokens in braces.
///
/// | token | gives |
/// |---|---|
/// | `{seq}` | the sequence in the year, as is (`7`) |
/// | `{seq:N}` | the sequence zero-padded to N digits, 1–9 (`{seq:3}` → `007`) |
/// | `{month}` / `{month:2}` | the month of receipt (`4` / `04`) |
/// | `{month_roman}` | the month in Roman numerals (`IV`), as Indonesian letters number it |
/// | `{year}` | the year of receipt (`2024`) |
/// | `{office}` | the office's `code` field (`3313`) |
///
/// A pattern must contain a `{seq...}` and `{year}` token, so that numbers are never reused:
/// the sequence restarts each calendar year. The default is `{seq:3}/PPID/{month_roman}/{year}`,
/// which gives `001/PPID/I/2025`.
public struct RequestNumberPattern: Hashable, Sendable, CustomStringConvertible {
    enum Piece: Hashable, Sendable {
        case literal(String)
        case seq(width: Int)
        case month(width: Int)
        case monthRoman
        case year
        case office
    }

    /// The pattern as written.
    public let text: String
    let pieces: [Piece]

    /// The tokens a pattern may use (for messages and completion).
    public static let tokens = ["{seq}", "{seq:3}", "{month}", "{month:2}", "{month_roman}", "{year}", "{office}"]

    /// `001/PPID/I/2025`.
    public static let standard: RequestNumberPattern = {
        // The default is valid by construction.
        guard let p = try? RequestNumberPattern("{seq:3}/PPID/{month_roman}/{year}") else {
            fatalError("the default request number pattern does not parse")
        }
        return p
    }()

    /// Parses and checks `text`; the error (E473) says what is wrong.
    public init(_ text: String) throws(ModelError) {
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(text)
        while let c = rest.first {
            if c == "}" { throw Self.invalid(text, Message.strayBrace) }
            guard c == "{" else {
                literal.append(c)
                rest = rest.dropFirst()
                continue
            }
            guard let close = rest.firstIndex(of: "}") else { throw Self.invalid(text, Message.unclosed) }
            let token = String(rest[rest.index(after: rest.startIndex)..<close])
            if !literal.isEmpty { pieces.append(.literal(literal)); literal = "" }
            pieces.append(try Self.piece(token, in: text))
            rest = rest[rest.index(after: close)...]
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        guard pieces.contains(where: { if case .seq = $0 { true } else { false } }),
              pieces.contains(.year) else {
            throw Self.invalid(text, Message.needsSeqAndYear)
        }
        self.text = text
        self.pieces = pieces
    }

    public var description: String { text }

    /// True when the pattern uses `{office}`, so the office must have a `code`.
    public var usesOfficeCode: Bool { pieces.contains(.office) }

    /// The number of the `sequence`-th request received in the month and year of `date`.
    /// `officeCode` is needed when `usesOfficeCode`.
    public func format(sequence: Int, date: CivilDate, officeCode: String?) -> String {
        var out = ""
        for p in pieces {
            switch p {
            case .literal(let s): out += s
            case .seq(let w): out += Self.padded(sequence, w)
            case .month(let w): out += Self.padded(date.month, w)
            case .monthRoman: out += Self.roman[date.month - 1]
            case .year: out += String(date.year)
            case .office: out += officeCode ?? ""
            }
        }
        return out
    }

    static let roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    static func padded(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    private static func piece(_ token: String, in text: String) throws(ModelError) -> Piece {
        switch token {
        case "seq": return .seq(width: 1)
        case "month": return .month(width: 1)
        case "month_roman": return .monthRoman
        case "year": return .year
        case "office": return .office
        default: break
        }
        let parts = token.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0] == "seq" || parts[0] == "month" {
            guard let w = Int(parts[1]), (1...9).contains(w) else {
                throw invalid(text, Message.width(token))
            }
            return parts[0] == "seq" ? .seq(width: w) : .month(width: w)
        }
        throw invalid(text, Message.unknownToken(token))
    }

    private static func invalid(_ text: String, _ why: Text) -> ModelError {
        ModelError(.requestNumberPattern, Message.invalid(text, why),
                   notes: [Message.tokens(tokens.joined(separator: " "))])
    }
}

/// The messages of the rules above.
private enum Message {
    static func invalid(_ pattern: String, _ why: Text) -> Text {
        Text(en: "the request number pattern \"\(pattern)\" \(why)",
             id: "pola nomor registrasi permohonan \"\(pattern)\" \(why)")
    }
    static let strayBrace = Text(en: "has a `}` without its `{`", id: "memuat `}` tanpa `{`")
    static let unclosed = Text(en: "has a `{` without its `}`", id: "memuat `{` tanpa `}`")
    static let needsSeqAndYear = Text(en: "needs `{seq}` and `{year}`: the sequence restarts each year, so a number without both would be reused",
                                      id: "memerlukan `{seq}` dan `{year}`: nomor urut dimulai lagi setiap tahun, jadi nomor tanpa keduanya akan terpakai ulang")
    static func width(_ token: String) -> Text {
        Text(en: "has `{\(token)}`: the width after `:` must be a number from 1 to 9",
             id: "memuat `{\(token)}`: lebar setelah `:` harus angka 1 sampai 9")
    }
    static func unknownToken(_ token: String) -> Text {
        Text(en: "has the unknown token `{\(token)}`", id: "memuat token `{\(token)}` yang tidak dikenal")
    }
    static func tokens(_ list: String) -> Text {
        Text(en: "the tokens are: \(list)", id: "token yang dapat dipakai: \(list)")
    }
}
