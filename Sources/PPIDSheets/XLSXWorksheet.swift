/// The XML of one worksheet, and the shared strings the sheets' text cells point into.
struct XLSXWorksheet {
    /// Every distinct text of the workbook, in the order first written; a text cell holds
    /// its index (`t="s"`), as the spreadsheets themselves write.
    struct SharedStrings {
        private(set) var strings: [String] = []
        private var index: [String: Int] = [:]
        /// How many text cells there are (the part's `count`; `uniqueCount` is `strings.count`).
        private(set) var references = 0

        mutating func add(_ s: String) -> Int {
            references += 1
            if let i = index[s] { return i }
            index[s] = strings.count
            strings.append(s)
            return strings.count - 1
        }

        var xml: String {
            var s = XLSXParts.declaration
            s += "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">"
            for t in strings {
                // preserve: a cell's leading and trailing spaces and line breaks are its own.
                s += "<si><t xml:space=\"preserve\">\(XMLText.escape(t, spreadsheetEscapes: true))</t></si>"
            }
            return s + "</sst>"
        }
    }

    /// The most characters a cell may hold (Excel refuses a file with a longer one).
    static let maxCellLength = 32_767

    /// The sheet's XML; its texts go into `strings`. `filterRange` is the autofilter's range
    /// (`A1:J64`), nil when the sheet has no columns.
    static func xml(_ sheet: XLSXSheet, selected: Bool, strings: inout SharedStrings) -> (xml: String, filterRange: String?) {
        let columns = sheet.columnCount
        let lastRow = sheet.rows.count + 1
        let range: String? = columns == 0 ? nil : "A1:\(SheetRows.columnLetters(columns))\(lastRow)"
        var s = XLSXParts.declaration
        s += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        s += " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        // Printed, the sheet fits the page's width (A4 landscape, below) and runs down.
        s += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        if let range { s += "<dimension ref=\"\(range)\"/>" }
        // Row 1 stays in view while scrolling: the header is frozen.
        s += "<sheetViews><sheetView\(selected ? " tabSelected=\"1\"" : "") workbookViewId=\"0\">"
        if columns > 0 {
            s += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            s += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        }
        s += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if columns > 0 {
            let widths = sheet.columnWidths ?? automaticWidths(sheet, columns: columns)
            s += "<cols>"
            for c in 0..<columns {
                let w = c < widths.count ? widths[c] : 10
                s += "<col min=\"\(c + 1)\" max=\"\(c + 1)\" width=\"\(w)\" customWidth=\"1\"/>"
            }
            s += "</cols>"
        }
        s += "<sheetData>"
        if !sheet.header.isEmpty {
            s += "<row r=\"1\">"
            for (c, h) in sheet.header.enumerated() {
                s += textCell(h, ref: "\(SheetRows.columnLetters(c + 1))1", style: .header, strings: &strings)
            }
            s += "</row>"
        }
        let letters = (0..<columns).map { SheetRows.columnLetters($0 + 1) }
        for (i, row) in sheet.rows.enumerated() {
            let r = String(i + 2)
            s += "<row r=\"" + r + "\">"
            for (c, cell) in row.enumerated() {
                s += cellXML(cell, ref: letters[c] + r, strings: &strings)
            }
            s += "</row>"
        }
        s += "</sheetData>"
        if let range { s += "<autoFilter ref=\"\(range)\"/>" }
        s += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        s += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        return (s + "</worksheet>", range)
    }

    static func cellXML(_ cell: SheetCell, ref: String, strings: inout SharedStrings) -> String {
        switch cell {
        case .empty:
            return ""
        case .text(let t):
            return t.isEmpty ? "" : textCell(t, ref: ref, style: .text, strings: &strings)
        case .number(let n):
            guard isNumber(n) else { return textCell(n, ref: ref, style: .text, strings: &strings) }
            return "<c r=\"\(ref)\" s=\"\(XLSXParts.Style.text.rawValue)\"><v>\(n)</v></c>"
        case .date(let d):
            // A date the spreadsheet calendar cannot hold is written as its ISO text.
            guard let serial = d.serialText else { return textCell(isoText(d), ref: ref, style: .text, strings: &strings) }
            let style: XLSXParts.Style = d.minuteOfDay == nil ? .date : .dateTime
            return "<c r=\"\(ref)\" s=\"\(style.rawValue)\"><v>\(serial)</v></c>"
        }
    }

    static func textCell(_ t: String, ref: String, style: XLSXParts.Style, strings: inout SharedStrings) -> String {
        var text = t
        if text.utf16.count > maxCellLength {
            // Cut at a character boundary, never inside a surrogate pair.
            var n = 0
            text = String(text.prefix { c in n += c.utf16.count; return n <= maxCellLength })
        }
        return "<c r=\"\(ref)\" s=\"\(style.rawValue)\" t=\"s\"><v>\(strings.add(text))</v></c>"
    }

    /// `-12`, `3.50`, `0.25`: digits with an optional sign and decimal point (what a
    /// spreadsheet's `<v>` holds; no exponent, no grouping).
    static func isNumber(_ s: String) -> Bool {
        var b = Array(s.utf8)[...]
        if b.first == UInt8(ascii: "-") { b = b.dropFirst() }
        let parts = b.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        guard !b.isEmpty, parts.count <= 2, parts.allSatisfy({ !$0.isEmpty }) else { return false }
        return parts.allSatisfy { $0.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
    }

    static func isoText(_ d: SheetDate) -> String {
        func pad(_ n: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
        var s = "\(pad(d.year, 4))-\(pad(d.month, 2))-\(pad(d.day, 2))"
        if let m = d.minuteOfDay { s += " \(pad(m / 60, 2)):\(pad(m % 60, 2))" }
        return s
    }

    /// The characters (scalars: close enough for a width) of the longest line of `t`.
    static func longestLine(_ t: String) -> Int {
        var longest = 0, current = 0
        for u in t.unicodeScalars {
            if u == "\n" { longest = max(longest, current); current = 0 } else { current += 1 }
        }
        return max(longest, current)
    }

    /// Each column as wide as its longest line (header included), between 6 and 60
    /// characters; a date column as wide as "30 September 2024 pukul 09.30".
    static func automaticWidths(_ sheet: XLSXSheet, columns: Int) -> [Int] {
        var widths = [Int](repeating: 6, count: columns)
        func fit(_ c: Int, _ n: Int) { widths[c] = min(60, max(widths[c], n + 2)) }
        for (c, h) in sheet.header.enumerated() {
            // Header words wrap: the longest word is what must fit.
            fit(c, min(h.count, max(12, h.split(separator: " ").map(\.count).max() ?? 0)))
        }
        for row in sheet.rows {
            for (c, cell) in row.enumerated() {
                switch cell {
                case .empty: continue
                case .text(let t), .number(let t): fit(c, longestLine(t))
                case .date(let d): fit(c, d.minuteOfDay == nil ? 17 : 29)
                }
            }
        }
        return widths
    }
}
