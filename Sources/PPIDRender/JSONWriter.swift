/// JSON: an array with one object per row, keys in column order, pretty-printed with two
/// spaces exactly as `JSON.stringify(value, null, 2)` would (so the output is stable and
/// diff-friendly). Numbers are unquoted, null is `null`, booleans are `true`/`false`, lists
/// are arrays. A decimal that is not valid JSON number syntax is written as a string rather
/// than producing invalid JSON. A repeated column name gets a suffix (`name_2`) because a
/// JSON object cannot hold a key twice.
public func renderJSON(_ table: Table) -> String {
    guard !table.rows.isEmpty else { return "[]\n" }
    let keys = uniqueKeys(table.columns)
    var out = "[\n"
    for r in table.rows.indices {
        let cells = table.normalizedRow(r)
        if keys.isEmpty {
            out += "  {}"
        } else {
            out += "  {\n"
            for (c, key) in keys.enumerated() {
                out += "    " + jsonString(key) + ": "
                appendJSON(cells[c], indent: 2, to: &out)
                out += c + 1 < keys.count ? ",\n" : "\n"
            }
            out += "  }"
        }
        out += r + 1 < table.rows.count ? ",\n" : "\n"
    }
    return out + "]\n"
}

/// Column names made unique by adding `_2`, `_3`, ... to repeats.
func uniqueKeys(_ columns: [String]) -> [String] {
    var seen = Set<String>()
    var keys: [String] = []
    for name in columns {
        var key = name
        var n = 2
        while seen.contains(key) {
            key = name + "_" + String(n)
            n += 1
        }
        seen.insert(key)
        keys.append(key)
    }
    return keys
}

/// Appends a cell's JSON; `indent` is the nesting level of the value (2 spaces each).
private func appendJSON(_ cell: Cell, indent: Int, to out: inout String) {
    switch cell {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .decimal(let d): out += isJSONNumber(d) ? d : jsonString(d)
    case .text(let s), .date(let s), .measure(let s): out += jsonString(s)
    case .list(let items):
        guard !items.isEmpty else {
            out += "[]"
            return
        }
        let inner = String(repeating: "  ", count: indent + 1)
        out += "[\n"
        for (i, item) in items.enumerated() {
            out += inner
            appendJSON(item, indent: indent + 1, to: &out)
            out += i + 1 < items.count ? ",\n" : "\n"
        }
        out += String(repeating: "  ", count: indent) + "]"
    }
}

/// A JSON string literal: quote, backslash and every control character escaped; the rest
/// (including non-ASCII) written as UTF-8.
public func jsonString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        default:
            if scalar.value < 0x20 {
                out += "\\u00" + hexByte(UInt8(scalar.value))
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

private func hexByte(_ byte: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
}

/// True when `text` matches the JSON number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
func isJSONNumber(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    var i = 0
    func digits() -> Int {
        let start = i
        while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
        return i - start
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
    guard i < bytes.count else { return false }
    if bytes[i] == UInt8(ascii: "0") {
        i += 1
    } else if digits() == 0 {
        return false
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
        i += 1
        guard digits() > 0 else { return false }
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
        i += 1
        if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard digits() > 0 else { return false }
    }
    return i == bytes.count
}
