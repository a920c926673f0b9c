import PPIDSyntax
import PPIDModel
import PPIDText
import PPIDSheets

/// The statements an import makes of a sheet, row by row, and every problem found on the way
/// (all of them, so that one message lists every cell to put right).
struct ImportPlan {
    let sheet: SheetRows
    let registry: Registry
    let headers: [String]
    let columns: ImportColumns

    /// `info …` and `classify …` lines, in row order.
    var lines: [String] = []
    /// The sheet row each line comes from.
    var lineRows: [Int] = []
    var problems: [ImportProblem] = []
    var itemCount = 0
    var classCounts: [InfoClass: Int] = [:]
    var unclassified = 0

    /// Unit and staff lookups by name and by title or full name, case and spacing ignored.
    private var units: [String: String] = [:]
    private var staff: [String: String] = [:]

    init(sheet: SheetRows, maps: [(ImportColumns.Field, String)], registry: Registry) {
        self.sheet = sheet
        self.registry = registry
        headers = (sheet.rows.first ?? []).map(ImportValues.trim)
        columns = ImportColumns(headers: headers, maps: maps)
        for u in registry.units {
            units[ImportColumns.key(u.title)] = units[ImportColumns.key(u.title)] ?? u.name
            units[ImportColumns.key(u.name)] = u.name
        }
        for s in registry.staff {
            staff[ImportColumns.key(s.fullName)] = staff[ImportColumns.key(s.fullName)] ?? s.name
            staff[ImportColumns.key(s.name)] = s.name
        }
    }

    mutating func build() {
        let list = headers.filter { !$0.isEmpty }.map { "\"\($0)\"" }.joined(separator: ", ")
        for (word, header) in columns.missing {
            problems.append(ImportProblem(row: nil, column: nil, header: nil,
                                          text: Text(en: "there is no column \"\(header)\" for \(word) (the columns are: \(raw: list))",
                                                     id: "tidak ada kolom \"\(header)\" untuk \(word) (kolom yang ada: \(raw: list))")))
        }
        if columns.column[.title] == nil && !columns.missing.contains(where: { $0.0 == "title" }) {
            problems.append(ImportProblem(row: nil, column: nil, header: nil,
                                          text: Text(en: "no column holds the titles: head one \"Judul Informasi\", or map it with `title \"HEADER\"` (the columns are: \(raw: list))",
                                                     id: "tidak ada kolom berisi judul: beri judul kolom \"Judul Informasi\", atau petakan dengan `title \"HEADER\"` (kolom yang ada: \(raw: list))")))
        }
        guard problems.isEmpty else { return }
        var firstRow: [String: Int] = [:]
        for (i, row) in sheet.rows.enumerated().dropFirst() where row.contains(where: { !ImportValues.trim($0).isEmpty }) {
            itemCount += 1
            self.row(i + 1, row, firstRow: &firstRow)
        }
    }

    /// The cell of `field` in `row`, trimmed; nil when there is no such column or it is empty.
    func cell(_ field: ImportColumns.Field, _ row: [String]) -> String? {
        guard let c = columns.column[field], c < row.count else { return nil }
        let v = ImportValues.trim(row[c])
        return v.isEmpty ? nil : v
    }

    mutating func problem(_ rowNumber: Int, _ field: ImportColumns.Field?, _ text: Text) {
        let c = field.flatMap { columns.column[$0] }
        problems.append(ImportProblem(row: rowNumber, column: c.map { $0 + 1 }, header: c.map { headers[$0] }, text: text))
    }

    /// One row: its `info` line (and `classify` line), or its problems.
    mutating func row(_ n: Int, _ row: [String], firstRow: inout [String: Int]) {
        let before = problems.count
        // The name: from the Kode/Nama column, else info_001, info_002, … in row order.
        let name: String
        let fromColumn = cell(.name, row)
        if let given = fromColumn {
            name = given
            if !ImportValues.isName(given) {
                let better = ImportValues.asName(given)
                problem(n, .name, Text(en: "'\(given)' is not a name (a letter or _, then letters, digits or _); did you mean '\(better)'?",
                                       id: "'\(given)' bukan nama (huruf atau _, lalu huruf, angka atau _); maksud Anda '\(better)'?"))
            } else if Keyword.byText[given] != nil || Vocabulary.notEntityNames.contains(given) {
                problem(n, .name, Text(en: "'\(given)' is a reserved word and cannot name an item", id: "'\(given)' adalah kata khusus dan tidak dapat menjadi nama informasi"))
            }
        } else {
            name = ImportPlan.madeName(itemCount)
        }
        if let e = registry.entity(named: name) {
            problem(n, fromColumn == nil ? nil : .name, Interpreter.alreadyDeclared(name, Noun.of(e)) + (fromColumn == nil
                ? Text(en: " (a name the import made; give the items names in a Kode column)", id: " (nama buatan impor; beri nama informasi di kolom Kode)")
                : Text(verbatim: "")))
        } else if let first = firstRow[name] {
            problem(n, .name, Text(en: "'\(name)' is also the name in row \(first)", id: "'\(name)' juga menjadi nama di baris \(first)"))
        } else {
            firstRow[name] = n
        }

        var fields: [String] = []
        let title = cell(.title, row)
        if title == nil { problem(n, .title, Text(en: "the title is empty", id: "judul kosong")) }
        if let s = cell(.summary, row) { fields.append("summary " + Lexer.quote(s)) }
        if let h = cell(.holder, row) {
            if let u = units[ImportColumns.key(h)] { fields.append("holder " + u) } else {
                problem(n, .holder, Text(en: "'\(h)' matches no unit", id: "'\(h)' tidak cocok dengan unit mana pun") + suggestion(h, registry.units.flatMap { [$0.title, $0.name] }))
            }
        }
        if let r = cell(.responsible, row) {
            if let s = staff[ImportColumns.key(r)] { fields.append("responsible " + s) } else {
                problem(n, .responsible, Text(en: "'\(r)' matches no staff member", id: "'\(r)' tidak cocok dengan pegawai mana pun") + suggestion(r, registry.staff.flatMap { [$0.fullName, $0.name] }))
            }
        }
        var made: CivilDate? = nil, place: String? = nil
        if let mp = cell(.madePlace, row) {
            if let v = ImportValues.madePlace(mp) { (made, place) = v } else {
                problem(n, .madePlace, Text(en: "'\(mp)' does not begin with a real date (10 Desember 2024, Purwokerto)",
                                            id: "'\(mp)' tidak diawali tanggal yang benar (10 Desember 2024, Purwokerto)"))
            }
        }
        if let m = cell(.made, row) {
            if let d = ImportValues.date(m) { made = d } else {
                problem(n, .made, Text(en: "'\(m)' is not a date (10 Desember 2024 or 2024-12-10)", id: "'\(m)' bukan tanggal (10 Desember 2024 atau 2024-12-10)"))
            }
        }
        if let p = cell(.place, row) { place = p }
        if let made { fields.append("made " + made.iso) }
        if let place { fields.append("place " + Lexer.quote(place)) }
        if let f = cell(.formats, row) {
            let list = ImportValues.formats(f)
            if !list.isEmpty { fields.append("formats " + list.map(Lexer.quote).joined(separator: ", ")) }
        }
        if let r = cell(.retention, row) {
            switch ImportValues.retention(r) {
            case .duration(let d)?: fields.append("retention " + d.description)
            case .text(let t)?: fields.append("retention " + Lexer.quote(t))
            case nil:
                problem(n, .retention, Text(en: "'\(r)' is not a retention period (10 tahun, 6 bulan, permanen, selama berlaku)",
                                            id: "'\(r)' bukan jangka waktu penyimpanan (10 tahun, 6 bulan, permanen, selama berlaku)"))
            }
        }
        var infoClass: InfoClass? = nil
        if let c = cell(.infoClass, row) {
            switch ImportValues.infoClass(c) {
            case .dikecualikan?:
                problem(n, .infoClass, Text(en: "an exempt item needs its basis and consequence test: import it without a class, then `classify \(name) as dikecualikan { basis \"…\"; consequence \"…\" }`",
                                            id: "informasi yang dikecualikan memerlukan dasar hukum dan uji konsekuensi: impor tanpa kategori, lalu `classify \(name) as dikecualikan { basis \"…\"; consequence \"…\" }`"))
            case let k?: infoClass = k
            case nil:
                problem(n, .infoClass, Text(en: "'\(c)' is not a class of information (Berkala, Serta Merta, Setiap Saat)",
                                            id: "'\(c)' bukan kategori informasi (Berkala, Serta Merta, Setiap Saat)"))
            }
        }
        guard problems.count == before, let title else { return }
        lines.append("info \(name) \(Lexer.quote(title))" + (fields.isEmpty ? "" : " { " + fields.joined(separator: "; ") + " }"))
        lineRows.append(n)
        if let infoClass {
            lines.append("classify \(name) as \(infoClass.rawValue)")
            lineRows.append(n)
            classCounts[infoClass, default: 0] += 1
        } else {
            unclassified += 1
        }
    }

    /// `info_001`, `info_002`, …: the name of the `n`th item of a sheet without a Kode column.
    static func madeName(_ n: Int) -> String {
        let digits = String(n)
        return "info_" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// "; did you mean 'Subbagian Umum'?" when one candidate is close.
    func suggestion(_ word: String, _ candidates: [String]) -> Text {
        guard let c = Suggest.closest(to: word, in: candidates) else { return Text(verbatim: "") }
        return Text(verbatim: "; ") + Suggest.didYouMean(c)
    }
}
