import PPIDText

/// The box-drawn table for the terminal:
///
///     ┌─────────┬──────┐
///     │ run     │ step │
///     ├─────────┼──────┤
///     │ mk2025  │    1 │
///     └─────────┴──────┘
///     1 row
///
/// Widths are display widths (see `displayWidth(_:)`). When the table is wider than the
/// terminal, the widest columns give way first, never below `minimumColumnWidth` (or the
/// column's natural width, if smaller), and long text wraps inside its cell at spaces.
/// When any row needs more than one line, a rule separates the rows so that a wrapped cell
/// cannot be mistaken for the next row. The footer is in `language` ("2 rows", "2 baris").
public func renderTerminalTable(_ table: Table, width: Int, language: Language = .en) -> String {
    TerminalTableLayout(table: table, width: width, language: language).render()
}

/// The line under a terminal table: how many rows it has.
public func tableFooter(rows n: Int) -> Text {
    Text(en: "\(count: n, "row")", id: "\(n) baris")
}

/// No column is squeezed below this many display columns by the width fitting.
public let minimumColumnWidth = 4

struct TerminalTableLayout {
    let table: Table
    let width: Int
    var language: Language = .en

    /// Cell text as shown: tabs become spaces and other control characters (which could
    /// move the cursor or recolour the terminal) become U+FFFD; line breaks stay.
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) }) else {
            return text
        }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D: out.unicodeScalars.append(scalar)
            case 0x09: out.unicodeScalars.append(" ")
            case 0..<0x20, 0x7F..<0xA0: out.unicodeScalars.append("\u{FFFD}")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    func render() -> String {
        var out = ""
        if let title = table.title, !title.isEmpty {
            out += Self.sanitized(title).replacingCRLF() + "\n"
        }
        let columnCount = table.columns.count
        let rowCount = table.rows.count
        let footer = tableFooter(rows: rowCount).text(in: language) + "\n"
        guard columnCount > 0 else { return out + footer }

        let header = table.columns.map { MeasuredCell(Self.sanitized($0)) }
        let body: [[MeasuredCell]] = table.rows.indices.map { r in
            table.normalizedRow(r).map { MeasuredCell(Self.sanitized($0.plainText), isNumber: $0.isNumber) }
        }
        let numeric = (0..<columnCount).map(table.isNumericColumn)
        let widths = fittedWidths(natural: naturalWidths(header: header, body: body), words: longestWords(header: header, body: body))

        let headerLines = wrapRow(header, widths: widths)
        let bodyLines = body.map { wrapRow($0, widths: widths) }
        let ruleBetweenRows = bodyLines.contains { $0.count > 1 }

        out += rule("┌", "┬", "┐", widths)
        for line in headerLines {
            out += textLine(line, widths: widths, rightAligned: numeric)
        }
        out += rule("├", "┼", "┤", widths)
        for (r, lines) in bodyLines.enumerated() {
            if r > 0, ruleBetweenRows { out += rule("├", "┼", "┤", widths) }
            let rightAligned = body[r].map(\.isNumber)
            for line in lines {
                out += textLine(line, widths: widths, rightAligned: rightAligned)
            }
        }
        out += rule("└", "┴", "┘", widths)
        return out + footer
    }

    /// A cell's text with its display width measured once (the widest line, if several).
    struct MeasuredCell {
        let text: String
        let isNumber: Bool
        let multiline: Bool
        let width: Int

        init(_ text: String, isNumber: Bool = false) {
            self.text = text
            self.isNumber = isNumber
            multiline = text.utf8.contains { $0 == 0x0A || $0 == 0x0D }
            width = multiline
                ? TextWrap.paragraphs(of: text).map { displayWidth($0) }.max() ?? 0
                : displayWidth(text)
        }
    }

    /// Each column's natural width: its widest header or cell line (at least 1).
    func naturalWidths(header: [MeasuredCell], body: [[MeasuredCell]]) -> [Int] {
        header.indices.map { c in
            var w = header[c].width
            for row in body { w = max(w, row[c].width) }
            return max(w, 1)
        }
    }

    /// Each column's longest word (header included), so that a date, a name or a class such
    /// as `setiap_saat` is not broken in the middle while there is room elsewhere.
    /// Each column's longest word, and the same with a column of short values (at most two
    /// words a cell, such as `2025-03-03 08:12`) counted whole, so that prose wraps first.
    func longestWords(header: [MeasuredCell], body: [[MeasuredCell]]) -> (words: [Int], wholeShort: [Int]) {
        var words: [Int] = [], whole: [Int] = []
        for c in header.indices {
            var w = 0, full = header[c].width, short = true
            for cell in body.map({ $0[c] }) {
                let parts = cell.text.split(whereSeparator: { $0 == " " || $0 == "\n" })
                if parts.count > 2 { short = false }
                full = max(full, cell.width)
                for word in parts { w = max(w, displayWidth(word)) }
            }
            for word in header[c].text.split(separator: " ") { w = max(w, displayWidth(word)) }
            words.append(w)
            whole.append(short ? max(w, full) : w)
        }
        return (words, whole)
    }

    /// The natural widths shrunk to fit the terminal by lowering the widest columns to a
    /// common cap; a column keeps its longest word (up to `wordFloorLimit`) while it can.
    func fittedWidths(natural: [Int], words: (words: [Int], wholeShort: [Int])? = nil) -> [Int] {
        guard width > 0 else { return natural }
        // Each column costs its width plus " │" (3 columns with the padding), plus one for the left edge.
        let available = width - 3 * natural.count - 1
        var floors = natural.map { min($0, minimumColumnWidth) }
        if let words {
            // Keep short values whole if that fits, else whole words: the largest word cap
            // (at most 16) that still fits.
            let shortFloors = natural.indices.map { min(natural[$0], max(floors[$0], min(words.wholeShort[$0], 16))) }
            if shortFloors.reduce(0, +) <= available {
                floors = shortFloors
            } else {
                for cap in stride(from: 16, to: minimumColumnWidth, by: -1) {
                    let wordFloors = natural.indices.map { min(natural[$0], max(floors[$0], min(words.words[$0], cap))) }
                    if wordFloors.reduce(0, +) <= available { floors = wordFloors; break }
                }
            }
        }
        guard natural.reduce(0, +) > available else { return natural }
        guard floors.reduce(0, +) < available else { return floors }

        // The largest cap such that sum(min(natural, max(cap, floor))) <= available.
        func total(_ cap: Int) -> Int {
            var sum = 0
            for c in natural.indices { sum += min(natural[c], max(cap, floors[c])) }
            return sum
        }
        var low = 0
        var high = natural.max() ?? 0
        while low < high {
            let mid = (low + high + 1) / 2
            if total(mid) <= available { low = mid } else { high = mid - 1 }
        }
        var widths = natural.indices.map { min(natural[$0], max(low, floors[$0])) }
        // Hand the columns left over by integer rounding to the capped columns, leftmost first.
        var spare = available - widths.reduce(0, +)
        for c in widths.indices where spare > 0 && widths[c] < natural[c] {
            widths[c] += 1
            spare -= 1
        }
        return widths
    }

    /// A row's cells wrapped to their widths and padded to the same number of lines; each
    /// line with its display width.
    private func wrapRow(_ cells: [MeasuredCell], widths: [Int]) -> [[(text: String, width: Int)]] {
        let wrapped: [[(text: String, width: Int)]] = cells.indices.map { c in
            let cell = cells[c]
            // Most cells fit on one line as they are: no need to wrap or measure again.
            if !cell.multiline, cell.width <= widths[c] { return [(cell.text, cell.width)] }
            return TextWrap.wrap(cell.text, width: widths[c]).map { ($0, displayWidth($0)) }
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { line in
            wrapped.map { line < $0.count ? $0[line] : ("", 0) }
        }
    }

    private func textLine(_ cells: [(text: String, width: Int)], widths: [Int], rightAligned: [Bool]) -> String {
        var line = "│"
        for (c, cell) in cells.enumerated() {
            let pad = String(repeating: " ", count: max(widths[c] - cell.width, 0))
            line += " " + (rightAligned[c] ? pad + cell.text : cell.text + pad) + " │"
        }
        return line + "\n"
    }

    private func rule(_ left: String, _ middle: String, _ right: String, _ widths: [Int]) -> String {
        left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right + "\n"
    }
}
