/// One value in a rendered table.
///
/// The runtime converts its own values into cells, so that the writers here need to know
/// nothing about the language: a date is already its display string, a decimal already its
/// canonical digits.
public enum Cell: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// A decimal number in its canonical text form, e.g. `"3.50"` or `"-0.25"`.
    case decimal(String)
    case text(String)
    /// An ISO date (`2024-04-01`) or a date and time (`2024-04-01 09:30`).
    case date(String)
    /// A duration, a time of day or a range in the runtime's own text (`-3 days`,
    /// `09:00..12:00`): not typed by a user, so written as it is, like a number.
    case measure(String)
    case list([Cell])
}

extension Cell {
    /// The cell as plain text, the way the terminal table, CSV, TSV, Markdown and HTML show it:
    /// null is empty, booleans are `true`/`false`, and a list is its elements joined by ", "
    /// (a list nested in a list is bracketed, and null inside a list is `null`, so that
    /// nothing silently disappears from a list).
    public var plainText: String {
        switch self {
        case .null: return ""
        default: return inlineText(nested: false)
        }
    }

    private func inlineText(nested: Bool) -> String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .decimal(let d): return d
        case .text(let s): return s
        case .date(let s), .measure(let s): return s
        case .list(let items):
            let joined = items.map { $0.inlineText(nested: true) }.joined(separator: ", ")
            return nested ? "[" + joined + "]" : joined
        }
    }

    /// True for cells that are numbers; writers right-align them.
    public var isNumber: Bool {
        switch self {
        case .int, .decimal: return true
        default: return false
        }
    }
}
