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

/// Text made safe for one Markdown table cell.
public func markdownCell(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "<")
        || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else { return text }
    var out = ""
    for scalar in text.replacingCRLF().unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "|": out += "\\|"
        case "<": out += "&lt;"
        case "\n": out += "<br>"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}
