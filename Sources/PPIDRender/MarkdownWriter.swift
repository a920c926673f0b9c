/// A GitHub-flavoured Markdown pipe table. The title, if any, comes first as a bold line.
/// Numeric columns are right-aligned (`---:`). In cells, `\` and `|` are backslash-escaped,
/// `<` becomes `&lt;` (so cell text never turns into raw HTML), and line breaks become `<br>`.
public func renderMarkdown(_ table: Table) -> String {
    var out = ""
    if let title = table.title, !title.isEmpty {
        out += "**" + markdownCell(title) + "**\n\n"
    }
    guard !table.columns.isEmpty else { return out }
    out += "| " + table.columns.map(markdownCell).joined(separator: " | ") + " |\n"
    let rules = table.columns.indices.map { table.isNumericColumn($0) ? "---:" : "---" }
    out += "| " + rules.joined(separator: " | ") + " |\n"
    for r in table.rows.indices {
        out += "| " + table.normalizedRow(r).map { markdownCell($0.plainText) }.joined(separator: " | ") + " |\n"
    }
    return out
}

/// Text made safe for one Markdown table cell (also used for the lines of an SOP document).
/// A link in the text (`[label](target)`, or a `[label]: target` definition) is kept only
/// when its target is a web or mail address or a relative path; any other target
/// (`javascript:`, `vbscript:`, `data:`, or one spelt with entities or escapes) could run
/// in the reader's browser, so its `]` is escaped and no link is made.
public func markdownCell(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "<")
        || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "]") }) else { return text }
    var out = ""
    let scalars = Array(text.replacingCRLF().unicodeScalars)
    for (i, scalar) in scalars.enumerated() {
        switch scalar {
        case "\\": out += "\\\\"
        case "|": out += "\\|"
        case "<": out += "&lt;"
        case "\n": out += "<br>"
        case "]" where i + 1 < scalars.count && (scalars[i + 1] == "(" || scalars[i + 1] == ":")
            && !isSafeLinkTarget(scalars[(i + 2)...]):
            out += "\\]"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}

/// True when what follows `](` or `]:` is a target a reader may safely follow: http, https
/// or mailto, or a relative path (nothing before its first `/`, `?` or `#` that could spell
/// a scheme: no `:`, and no `&`, `\` or `<`, by which an entity or escape could make one).
func isSafeLinkTarget(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
    let target = rest.drop { $0 == " " || $0 == "\t" }
    var head = ""
    for scalar in target.prefix(8) { head.unicodeScalars.append(scalar) }
    let lower = head.lowercased()
    if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") { return true }
    for scalar in target {
        switch scalar {
        case "/", "?", "#", ")", " ", "\t": return true
        case ":", "&", "\\", "<", "\n", "\r": return false
        default: continue
        }
    }
    return true
}
