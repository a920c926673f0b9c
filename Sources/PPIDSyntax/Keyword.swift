/// Words with a meaning to the parser. Reserved words (`isReserved`) cannot name an
/// entity or a variable; the others are keywords only where a statement expects them.
public enum Keyword: String, Sendable, CaseIterable {
    // Reserved: scripting and expression words
    case `let`, `if`, `else`, `for`, `in`, `fn`, `return`, print, assert, load
    case `true`, `false`, null, and, or, not, `where`, order, by, limit, asc, desc, `as`, to
    // Statement words (reserved so that a statement's first word is never a name)
    case office, unit, role, staff, holiday, leave, option, at, wait, allow
    case info, update, classify, withdraw, sop, step, start, complete, approve, reject, cancel
    case show, export, render, note, decide, separate, from, run, now
    // Training exercises (the words inside an exercise block are contextual)
    case exercise

    /// Reserved words cannot be declared as names.
    public var isReserved: Bool { true }

    /// Keyword lookup by text; nil for an ordinary name.
    public static let byText: [String: Keyword] = {
        var d: [String: Keyword] = [:]
        for k in Keyword.allCases { d[k.rawValue] = k }
        return d
    }()
}
