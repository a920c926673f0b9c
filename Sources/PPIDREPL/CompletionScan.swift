import PPIDRuntime

/// A rough reading of the text before the cursor for completion: the words of the clause
/// being typed, the word under the cursor, and whether the cursor is inside a string. It
/// tolerates unfinished text, which the real lexer would reject.
struct CompletionScan {
    let text: String
    /// The tokens of the current clause (since the last `{`, `}`, `;` or line break outside
    /// brackets), without the word under the cursor. Strings appear as `"`.
    private(set) var words: [String] = []
    /// The name characters right before the cursor.
    private(set) var currentWord = ""
    /// The content of a string the cursor is inside, if it is.
    private(set) var openString: String?
    /// True when the word under the cursor follows a `.` (a field of an entity).
    private(set) var afterDot = false
    /// The name before that `.`.
    private(set) var wordBeforeDot: String?
    /// The first word of the statement whose `{` block the cursor is in (`period` for
    /// `period p 2024-05-27..2024-11-27 "T" { answer `), nil at the top level.
    private(set) var enclosingBlock: String?

    init(_ text: String) {
        self.text = text
        let chars = Array(text)
        var tokens: [String] = []
        var depth = 0
        var blocks: [String] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "#" {
                while i < chars.count && chars[i] != "\n" { i += 1 }
                continue
            }
            if c == "\"" {
                let triple = i + 2 < chars.count && chars[i + 1] == "\"" && chars[i + 2] == "\""
                var j = i + (triple ? 3 : 1)
                var content = ""
                var closed = false
                while j < chars.count {
                    if triple {
                        if j + 2 < chars.count && chars[j] == "\"" && chars[j + 1] == "\"" && chars[j + 2] == "\"" { j += 3; closed = true; break }
                    } else if chars[j] == "\\" && j + 1 < chars.count {
                        content.append(chars[j + 1]); j += 2; continue
                    } else if chars[j] == "\"" {
                        j += 1; closed = true; break
                    } else if chars[j] == "\n" {
                        break
                    }
                    content.append(chars[j]); j += 1
                }
                if !closed && j >= chars.count {
                    openString = content
                    words = tokens
                    enclosingBlock = blocks.last
                    return
                }
                tokens.append("\"")
                i = j
                continue
            }
            if Self.isNameChar(c) {
                var j = i
                while j < chars.count && Self.isNameChar(chars[j]) { j += 1 }
                tokens.append(String(chars[i..<j]))
                i = j
                continue
            }
            switch c {
            case "{", "}", ";":
                if c == "{" { blocks.append(tokens.first ?? "") }
                if c == "}" { _ = blocks.popLast() }
                tokens.removeAll()
                depth = 0
            case "\n":
                if depth == 0 { tokens.removeAll() }
            case "(", "[":
                depth += 1
                tokens.append(String(c))
            case ")", "]":
                depth = max(0, depth - 1)
                tokens.append(String(c))
            case " ", "\t", "\r":
                break
            case "=", "!", "<", ">":
                if i + 1 < chars.count && chars[i + 1] == "=" {
                    tokens.append(String(c) + "="); i += 2; continue
                }
                tokens.append(String(c))
            default:
                tokens.append(String(c))
            }
            i += 1
        }
        // The word under the cursor is the name characters at the very end.
        if let last = tokens.last, let ch = text.last, Self.isNameChar(ch), last.first.map(Self.isNameChar) == true {
            currentWord = last
            tokens.removeLast()
        }
        if tokens.last == "." {
            afterDot = true
            tokens.removeLast()
            if let before = tokens.last, before.first.map(Self.isNameChar) == true { wordBeforeDot = before }
        }
        words = tokens
        enclosingBlock = blocks.last
    }

    static func isNameChar(_ c: Character) -> Bool {
        c == "_" || (c.isASCII && (c.isLetter || c.isNumber))
    }

    /// In a query (after `where` or `order by`): the register queried, when it is named
    /// (`show runs where ...`), as `.some(nil)` when it is not known; nil outside a query.
    var queryRegister: RegisterSpec?? {
        guard let w = words.lastIndex(where: { $0 == "where" || $0 == "order" }) else { return nil }
        for word in words[..<w].reversed() {
            if let r = RegisterSpec.named(word) { return .some(r) }
        }
        return .some(nil)
    }
}
