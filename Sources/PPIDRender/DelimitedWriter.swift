/// CSV per RFC 4180: a header record, then one record per row; every record ends with
/// CRLF; a field containing a comma, a double quote, CR or LF is quoted, with its double
/// quotes doubled. Cells are their `plainText` (null is an empty field); text that a
/// spreadsheet would take for a formula is neutralised first (`delimitedText`).
public func renderCSV(_ table: Table) -> String {
    var out = ""
    out += table.columns.map { csvField(spreadsheetSafe($0)) }.joined(separator: ",") + "\r\n"
    for r in table.rows.indices {
        out += table.normalizedRow(r).map { csvField(delimitedText($0)) }.joined(separator: ",") + "\r\n"
    }
    return out
}

/// A cell's text for CSV and TSV. Numbers, dates, durations and booleans are the writer's
/// own text and stay as they are (`-5` is a number, `-3 days` a duration); text comes from
/// users and goes through `spreadsheetSafe`, and so does a list with any text in it.
public func delimitedText(_ cell: Cell) -> String {
    cell.isWriterMade ? cell.plainText : spreadsheetSafe(cell.plainText)
}

extension Cell {
    /// True when no user typed any of the cell's text: it is a number, date, duration,
    /// yes/no or null, or a list of only those.
    var isWriterMade: Bool {
        switch self {
        case .null, .bool, .int, .decimal, .date, .measure: return true
        case .text: return false
        case .list(let items): return items.allSatisfy(\.isWriterMade)
        }
    }
}

/// Text that a spreadsheet opening the file would run as a formula (it starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, so the spreadsheet shows
/// it as text: a title such as `=HYPERLINK(...)` cannot run when an officer opens the
/// exported register (OWASP, CSV injection).
public func spreadsheetSafe(_ text: String) -> String {
    guard let first = text.utf8.first else { return text }
    switch first {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return "'" + text
    default: return text
    }
}

/// One CSV field, quoted only when RFC 4180 requires it.
public func csvField(_ text: String) -> String {
    let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
    guard needsQuotes else { return text }
    var out = "\""
    for scalar in text.unicodeScalars {
        if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
    }
    return out + "\""
}

/// Tab-separated values: a header line, then one line per row, lines ending with LF.
/// Fields are never quoted; instead backslash, tab, LF and CR inside a field are written
/// as `\\`, `\t`, `\n` and `\r`, so every record is exactly one line and the escaping can
/// be undone unambiguously. Formula-like text is neutralised as in CSV (`delimitedText`).
public func renderTSV(_ table: Table) -> String {
    var out = ""
    out += table.columns.map { tsvField(spreadsheetSafe($0)) }.joined(separator: "\t") + "\n"
    for r in table.rows.indices {
        out += table.normalizedRow(r).map { tsvField(delimitedText($0)) }.joined(separator: "\t") + "\n"
    }
    return out
}

/// One TSV field with backslash, tab, LF and CR escaped.
public func tsvField(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else {
        return text
    }
    var out = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\t": out += "\\t"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}
