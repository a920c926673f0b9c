/// CSV per RFC 4180: a header record, then one record per row; every record ends with
/// CRLF; a field containing a comma, a double quote, CR or LF is quoted, with its double
/// quotes doubled. Cells are their `plainText` (null is an empty field).
public func renderCSV(_ table: Table) -> String {
    var out = ""
    out += table.columns.map(csvField).joined(separator: ",") + "\r\n"
    for r in table.rows.indices {
        out += table.normalizedRow(r).map { csvField($0.plainText) }.joined(separator: ",") + "\r\n"
    }
    return out
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
/// be undone unambiguously.
public func renderTSV(_ table: Table) -> String {
    var out = ""
    out += table.columns.map(tsvField).joined(separator: "\t") + "\n"
    for r in table.rows.indices {
        out += table.normalizedRow(r).map { tsvField($0.plainText) }.joined(separator: "\t") + "\n"
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
