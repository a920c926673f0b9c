extension XLSXReader {
    /// xl/workbook.xml with its relationships: the sheets' names and parts, the date system.
    struct Workbook {
        struct Sheet {
            let name: String
            /// The sheet's part in the archive ("xl/worksheets/sheet1.xml").
            let part: String
        }

        var sheets: [Sheet] = []
        /// Serial 0 is 1904-01-01 (old Mac workbooks) instead of 1899-12-30.
        var date1904 = false

        init(_ parts: Parts) throws(SheetError) {
            guard let data = try parts.read("xl/workbook.xml") else {
                throw .malformed(.init(en: "the file is not an XLSX workbook (it has no xl/workbook.xml)",
                                       id: "berkas bukan buku kerja XLSX (tidak ada xl/workbook.xml)"))
            }
            var targets: [String: String] = [:]
            if let rels = try parts.read("xl/_rels/workbook.xml.rels") {
                var x = XMLScanner(rels, part: "xl/_rels/workbook.xml.rels")
                while let e = try x.next() {
                    if case .start("Relationship", let a, _) = e, let id = a["Id"], let target = a["Target"] {
                        targets[id] = target
                    }
                }
            }
            var x = XMLScanner(data, part: "xl/workbook.xml")
            var index = 0
            while let e = try x.next() {
                switch e {
                case .start("workbookPr", let a, _):
                    date1904 = a["date1904"] == "1" || a["date1904"] == "true"
                case .start("sheet", let a, _):
                    index += 1
                    let name = a["name"] ?? "Sheet\(index)"
                    var part = "xl/worksheets/sheet\(index).xml"
                    if let rid = a["id"], let target = targets[rid] {
                        // Targets are relative to xl/, or absolute from the archive's root.
                        part = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
                    }
                    sheets.append(Sheet(name: name, part: part))
                default: break
                }
            }
        }
    }

    /// xl/styles.xml: which cell styles (`s="3"`) show a number as a date.
    struct CellStyles {
        var dateStyles: Set<Int> = []

        init(_ parts: Parts) throws(SheetError) {
            guard let data = try parts.read("xl/styles.xml") else { return }
            var custom: [Int: String] = [:]
            var x = XMLScanner(data, part: "xl/styles.xml")
            var inCellXfs = false
            var index = 0
            while let e = try x.next() {
                switch e {
                case .start("numFmt", let a, _):
                    if let id = a["numFmtId"].flatMap({ Int($0) }) { custom[id] = a["formatCode"] ?? "" }
                case .start("cellXfs", _, let selfClosing):
                    inCellXfs = !selfClosing
                case .end("cellXfs"):
                    inCellXfs = false
                case .start("xf", let a, _) where inCellXfs:
                    let id = a["numFmtId"].flatMap { Int($0) } ?? 0
                    if custom[id].map(CellStyles.isDateFormat) ?? CellStyles.isBuiltInDate(id) { dateStyles.insert(index) }
                    index += 1
                default: break
                }
            }
        }

        /// Built-in formats 14–17 and 22 are dates (18–21 are times of day, shown as numbers here).
        static func isBuiltInDate(_ id: Int) -> Bool { (14...17).contains(id) || id == 22 }

        /// A custom format shows a date when it has a day or year code outside quotes, brackets
        /// (colours, conditions) and escapes: `dd/mm/yyyy`, `d mmmm yyyy`, `[$-421]d mmmm yyyy`.
        static func isDateFormat(_ code: String) -> Bool {
            var quoted = false, bracket = false, escaped = false
            for ch in code {
                if escaped { escaped = false; continue }
                switch ch {
                case "\\": escaped = true
                case "\"": quoted.toggle()
                case "[" where !quoted: bracket = true
                case "]" where !quoted: bracket = false
                case "d", "D", "y", "Y": if !quoted && !bracket { return true }
                default: break
                }
            }
            return false
        }
    }
}
