/// Words with a meaning to the parser. Every one is reserved: it cannot name an entity or a
/// variable.
public enum Keyword: String, Sendable, CaseIterable {
    // Reserved: scripting and expression words
    case `let`, `if`, `else`, `for`, `in`, `fn`, `return`, print, assert, load
    case `true`, `false`, null, and, or, not, `where`, order, by, limit, asc, desc, `as`, to
    // Grouping in queries (docs/language.md §12)
    case group, with
    // Statement words (reserved so that a statement's first word is never a name)
    case office, unit, role, staff, holiday, leave, option, at, wait, allow
    case info, update, classify, withdraw, sop, step, start, complete, approve, reject, cancel
    case show, export, render, note, decide, separate, from, run, now
    // Requests for information (docs/language.md §19)
    case request, extend, answer, period
    // Objections and disputes (docs/language.md §20)
    case object, dispute, ruling
    // The service report (docs/language.md §21)
    case report
    // Data in: `import info from "dip.csv"` (docs/language.md §9)
    case `import`
    // Training exercises (the words inside an exercise block are contextual)
    case exercise

    /// Keyword lookup by text; nil for an ordinary name.
    public static let byText: [String: Keyword] = {
        var d: [String: Keyword] = [:]
        for k in Keyword.allCases { d[k.rawValue] = k }
        return d
    }()

    /// Keywords grouped by first letter, as bytes: the lexer finds a keyword by comparing a
    /// few bytes, without building or hashing a string (most names are not keywords).
    static let byFirstByte: [[([UInt8], Keyword)]] = {
        var t = [[([UInt8], Keyword)]](repeating: [], count: 128)
        for k in Keyword.allCases {
            let b = Array(k.rawValue.utf8)
            t[Int(b[0])].append((b, k))
        }
        return t
    }()

    /// The keyword spelled by `bytes[range]`, if any.
    @inline(__always)
    static func lookup(_ bytes: SourceBytes, _ start: Int, _ end: Int) -> Keyword? {
        let first = Int(bytes[start])
        guard first < 128 else { return nil }
        let n = end - start
        outer: for (kb, k) in byFirstByte[first] where kb.count == n {
            for j in 1..<n where kb[j] != bytes[start + j] { continue outer }
            return k
        }
        return nil
    }
}
