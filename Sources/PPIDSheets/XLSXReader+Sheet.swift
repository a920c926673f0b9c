extension XLSXReader {
    /// A worksheet part: `<sheetData><row r="2"><c r="B2" t="s" s="1"><v>0</v></c>…`.
    enum SheetPart {
        static func rows(_ data: [UInt8], part: String, strings: [String], styles: CellStyles,
                         date1904: Bool, limits: SheetLimits) throws(SheetError) -> [[String]] {
            var x = XMLScanner(data, part: part)
            var rows: [[String]] = []
            var cells = 0
            var row: [String]? = nil
            var rowNumber = 0
            var column = 0
            func count(_ n: Int) throws(SheetError) {
                cells += n
                if cells > limits.maxCells { throw .tooManyCells(limit: limits.maxCells) }
            }
            while let e = try x.next() {
                switch e {
                case .start("row", let a, let selfClosing):
                    let r = a["r"].flatMap { Int($0) } ?? (rowNumber + 1)
                    guard r > rowNumber, r <= 1_048_576 else { throw x.bad("row \(r) is out of order") }
                    // Rows the part leaves out are empty rows of the sheet.
                    while rows.count < r - 1 { try count(1); rows.append([]) }
                    rowNumber = r
                    column = 0
                    if selfClosing { try count(1); rows.append([]) } else { row = [] }
                case .end("row"):
                    rows.append(row ?? [])
                    row = nil
                case .start("c", let a, let selfClosing):
                    guard row != nil else { throw x.bad("a cell outside a row") }
                    var c = column + 1
                    if let ref = a["r"] {
                        guard let n = columnNumber(ref) else { throw x.bad("cell \(ref) is past the last column") }
                        c = n
                    }
                    guard c > column, c <= 16_384 else { throw x.bad("cell \(a["r"] ?? "?") is out of order") }
                    column = c
                    let value = selfClosing ? "" : try cellValue(&x, type: a["t"] ?? "n",
                                                                  style: a["s"].flatMap { Int($0) } ?? 0,
                                                                  strings: strings, styles: styles, date1904: date1904)
                    try count(c - row!.count)
                    while row!.count < c - 1 { row!.append("") }
                    row!.append(value)
                default: break
                }
            }
            // Empty trailing rows (formatted but blank) carry nothing.
            while let last = rows.last, last.allSatisfy(\.isEmpty) { rows.removeLast() }
            return rows
        }

        /// The text of the cell just opened, up to its `</c>`.
        static func cellValue(_ x: inout XMLScanner, type: String, style: Int, strings: [String],
                              styles: CellStyles, date1904: Bool) throws(SheetError) -> String {
            var v: String? = nil
            var inline = ""
            while let e = try x.next() {
                switch e {
                case .start("v", _, false): v = try x.text(until: "v")
                case .start("is", _, false): inline = try inlineText(&x)
                case .start("f", _, false): _ = try x.text(until: "f")
                case .end("c"):
                    switch type {
                    case "s":
                        guard let i = v.flatMap({ Int(trim($0)) }), strings.indices.contains(i) else {
                            throw x.bad("a shared string \(v ?? "") that the table does not have")
                        }
                        return strings[i]
                    case "inlineStr": return inline
                    case "b": return v.map(trim) == "1" ? "TRUE" : "FALSE"
                    case "str", "e": return v ?? ""
                    default:
                        guard let v = v.map(trim) else { return "" }
                        if styles.dateStyles.contains(style), let serial = Double(v), let date = isoDate(serial: serial, date1904: date1904) {
                            return date
                        }
                        return v
                    }
                default: break
                }
            }
            throw x.bad("a cell is never closed")
        }

        /// `<is><t>…</t></is>` or `<is><r><t>…</t></r>…</is>`, without phonetic hints.
        static func inlineText(_ x: inout XMLScanner) throws(SheetError) -> String {
            var out = ""
            while let e = try x.next() {
                switch e {
                case .start("t", _, false): out += try x.text(until: "t")
                case .start("rPh", _, false): _ = try x.text(until: "rPh")
                case .end("is"): return out
                default: break
                }
            }
            throw x.bad("<is> is never closed")
        }

        static func trim(_ t: String) -> String {
            // A cell's <v> is nearly always a bare number: nothing to trim.
            if let f = t.utf8.first, let l = t.utf8.last, f > 0x20, f < 0x80, l > 0x20, l < 0x80 { return t }
            var s = Substring(t)
            while let f = s.first, f.isWhitespace { s.removeFirst() }
            while let l = s.last, l.isWhitespace { s.removeLast() }
            return String(s)
        }

        /// "B12" → 2.
        static func columnNumber(_ ref: String) -> Int? {
            var n = 0
            var any = false
            for u in ref.utf8 {
                if u >= 65 && u <= 90 { n = n * 26 + Int(u - 64) } else if u >= 97 && u <= 122 { n = n * 26 + Int(u - 96) } else { break }
                any = true
                if n > 16_384 { return nil }
            }
            return any ? n : nil
        }

        /// The day of a date serial as YYYY-MM-DD. Excel counts 1900 as a leap year, so serials
        /// from 61 on are days since 1899-12-30; serials 1–59 are days since 1899-12-31; 60 is
        /// the 29 February 1900 that never was (nil). The time of day is dropped.
        static func isoDate(serial: Double, date1904: Bool) -> String? {
            guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
            var days = Int(serial.rounded(.down))
            if date1904 {
                days += 1462
            } else {
                if days == 60 { return nil }
                if days < 60 { days += 1 }
            }
            // Days since 1899-12-30 → civil date (Howard Hinnant's days_from_civil inverse).
            let z = days - 25569 + 719_468 // to days since 0000-03-01, via 1970-01-01
            let era = (z >= 0 ? z : z - 146_096) / 146_097
            let doe = z - era * 146_097
            let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
            let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
            let mp = (5 * doy + 2) / 153
            let d = doy - (153 * mp + 2) / 5 + 1
            let m = mp < 10 ? mp + 3 : mp - 9
            let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
            func pad(_ v: Int, _ w: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, w - s.count)) + s }
            return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
        }
    }
}
