#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PPIDSyntax
import PPIDModel
import PPIDText
import PPIDSheets

/// A piece of a message already written in both languages (PPIDSheets' problems, the
/// listing of an import's problems).
struct Bilingual: Localizable {
    let en: String
    let id: String
    func text(in language: Language) -> String { language == .en ? en : id }
}

/// One problem of an import, placed as the spreadsheet shows it (row 7, column E).
struct ImportProblem {
    /// The spreadsheet's row number; nil for a problem of the header.
    let row: Int?
    /// The 1-based column, with its header; nil for a problem of the whole row.
    let column: Int?
    let header: String?
    let text: Text
}

/// A sheet as read, with the file's bytes: reused only when the same file holds the same bytes.
struct ImportSheetCache {
    let path: String
    let sheet: String?
    let bytes: [UInt8]
    let rows: SheetRows
}

extension Interpreter {
    /// The most problem lines one import error lists ("and N more" says the rest).
    static let importProblemLines = 50

    /// Runs `import info from "FILE"`: every row becomes an `info` statement (and a `classify`
    /// when the row has a class); all are checked before any runs, and run as one statement.
    /// Returns the statements, one per line, for the journal.
    func importInfo(_ node: ImportNode) throws(RuntimeError) -> String {
        let (sheet, isWorkbook) = try readImportSheet(node)
        lastImportSheet = nil   // read for this import only: do not keep its rows alive
        var plan = ImportPlan(sheet: sheet, maps: node.maps, registry: registry)
        plan.build()
        if !plan.problems.isEmpty {
            throw RuntimeError(.importRows, Interpreter.importListing(node.path, plan.problems), at: node.pathRange)
        }
        try runImported(plan, node)
        try emit(importSummary(node.path, sheet: isWorkbook ? sheet.name : nil, plan))
        return plan.lines.joined(separator: "\n")
    }

    /// Parses, compiles and runs the statements of a checked plan. A failure here is one the
    /// plan did not foresee (a rule of the model): it is reported with its row all the same.
    func runImported(_ plan: ImportPlan, _ node: ImportNode) throws(RuntimeError) {
        let file = SourceFile(path: node.path, bytes: Array((plan.lines.joined(separator: "\n") + "\n").utf8))
        func row(of d: Diagnostic) -> Int? {
            let line = file.location(of: d.range.start).line
            return plan.lineRows.indices.contains(line - 1) ? plan.lineRows[line - 1] : nil
        }
        func refuse(_ ds: [Diagnostic]) -> RuntimeError {
            RuntimeError(.importRows, Interpreter.importListing(node.path, ds.map { ImportProblem(row: row(of: $0), column: nil, header: nil, text: $0.text) }),
                         at: node.pathRange)
        }
        let (stmts, syntax) = Parser.parse(file)
        if !syntax.isEmpty { throw refuse(syntax) }
        // The names the import noted before it ran (importedNames) are declared now.
        for (n, p) in pendingNames where p.file === node.file && p.range == node.range { pendingNames[n] = nil }
        let declared = collectDeclarations(stmts, file: file)
        var c = Compiler(rt: self, file: file)
        let nodes = c.compileTop(stmts)
        if !(declared + c.diagnostics).isEmpty { throw refuse(declared + c.diagnostics) }
        let saved = currentFile
        currentFile = file
        defer { currentFile = saved }
        for n in nodes {
            do throws(RuntimeError) {
                _ = try n.exec(self)
            } catch {
                if error.stoppedToCheck { throw error }
                throw refuse([error.diagnostic(fallback: file)])
            }
        }
    }

    /// The names an import will declare, read from its sheet before anything runs (nothing
    /// when the sheet cannot be read: the import says why when it runs).
    func importedNames(_ path: String, _ fields: [Field], from file: SourceFile) -> [String] {
        var maps: [(ImportColumns.Field, String)] = []
        var sheet: String? = nil
        for f in fields {
            guard f.values.count == 1, case .literal(.string(let text)) = f.values[0].kind else { continue }
            if f.name.text == "sheet" { sheet = text } else if let field = ImportColumns.Field.allCases.first(where: { $0.word == f.name.text }) { maps.append((field, text)) }
        }
        let node = ImportNode(path: path, pathRange: SourceRange(0, 0), sheet: sheet, maps: maps, file: file, SourceRange(0, 0))
        guard let (rows, _) = try? readImportSheet(node) else { return [] }
        let headers = (rows.rows.first ?? []).map(ImportValues.trim)
        let columns = ImportColumns(headers: headers, maps: maps)
        var names: [String] = []
        var count = 0
        for row in rows.rows.dropFirst() where row.contains(where: { !ImportValues.trim($0).isEmpty }) {
            count += 1
            if let c = columns.column[.name], c < row.count, !ImportValues.trim(row[c]).isEmpty {
                let n = ImportValues.trim(row[c])
                if ImportValues.isName(n) && Keyword.byText[n] == nil { names.append(n) }
            } else {
                names.append(ImportPlan.madeName(count))
            }
        }
        return names
    }

    /// Reads the sheet an import names: relative to the script's folder, as `load` does.
    func readImportSheet(_ node: ImportNode) throws(RuntimeError) -> (SheetRows, isWorkbook: Bool) {
        let dir = node.file.path.hasPrefix("<") ? workingDirectory : FileSystem.directory(of: node.file.path)
        let full = FileSystem.join(dir, node.path)
        let ext = node.path.split(separator: "/").last.flatMap { n in n.contains(".") ? n.split(separator: ".").last : nil }.map { $0.lowercased() } ?? ""
        let path = node.path
        guard ["csv", "xlsx", "tsv", "txt"].contains(ext) else {
            throw RuntimeError(.importFile, Text(en: "cannot import \"\(path)\": only .csv and .xlsx files can be imported",
                                                 id: "tidak dapat mengimpor \"\(path)\": hanya berkas .csv dan .xlsx yang dapat diimpor"), at: node.pathRange)
        }
        if ext != "xlsx", let s = node.sheet {
            throw RuntimeError(.importFile, Text(en: "a CSV file has one sheet: `sheet \"\(s)\"` is for .xlsx workbooks",
                                                 id: "berkas CSV hanya berisi satu lembar: `sheet \"\(s)\"` untuk buku kerja .xlsx"), at: node.pathRange)
        }
        let limits = SheetLimits.standard
        var st = stat()
        if stat(full, &st) == 0, Int(st.st_size) > limits.maxBytes {
            throw importFileError(path, SheetError.tooLarge(bytes: Int(st.st_size), limit: limits.maxBytes).problem, node)
        }
        guard let bytes = FileSystem.read(full) else {
            throw RuntimeError(.importFile, Text(en: "cannot import \"\(path)\": no such file (looked for \(full))",
                                                 id: "tidak dapat mengimpor \"\(path)\": berkas tidak ada (dicari di \(full))"), at: node.pathRange)
        }
        if let c = lastImportSheet, c.path == full, c.sheet == node.sheet, c.bytes == bytes {
            return (c.rows, ext == "xlsx")
        }
        do throws(SheetError) {
            let rows: SheetRows
            if ext == "xlsx" {
                rows = try XLSXReader.read(bytes, sheet: node.sheet, limits: limits)
            } else {
                rows = try CSVReader.read(bytes, name: String(node.path.split(separator: "/").last ?? ""), limits: limits)
            }
            lastImportSheet = ImportSheetCache(path: full, sheet: node.sheet, bytes: bytes, rows: rows)
            return (rows, ext == "xlsx")
        } catch {
            throw importFileError(path, error.problem, node)
        }
    }

    func importFileError(_ path: String, _ p: SheetError.Problem, _ node: ImportNode) -> RuntimeError {
        let why = Bilingual(en: p.en, id: p.id)
        return RuntimeError(.importFile, Text(en: "cannot import \"\(path)\": \(why)", id: "tidak dapat mengimpor \"\(path)\": \(why)"), at: node.pathRange)
    }

    /// The one message of a refused import: every problem on its own line, as the
    /// spreadsheet shows where (row 7, column E "Pejabat/Unit…"), at most 50 lines.
    static func importListing(_ path: String, _ problems: [ImportProblem]) -> Text {
        let sorted = problems.enumerated().sorted { a, b in
            let ra = a.element.row ?? 0, rb = b.element.row ?? 0
            if ra != rb { return ra < rb }
            let ca = a.element.column ?? 0, cb = b.element.column ?? 0
            return ca != cb ? ca < cb : a.offset < b.offset
        }.map(\.element)
        let rows = Set(sorted.compactMap(\.row)).count
        func lines(_ l: Language) -> String {
            var out: [String] = []
            for p in sorted.prefix(importProblemLines) {
                var place: [String] = []
                if let r = p.row { place.append(l == .en ? "row \(r)" : "baris \(r)") }
                if let c = p.column {
                    let h = p.header.map { h in " \"" + (h.count > 24 ? String(h.prefix(23)) + "…" : h) + "\"" } ?? ""
                    place.append((l == .en ? "column " : "kolom ") + SheetRows.columnLetters(c) + h)
                }
                let where_ = place.isEmpty ? "" : place.joined(separator: ", ") + ": "
                out.append("  " + where_ + p.text.text(in: l))
            }
            if sorted.count > importProblemLines {
                let more = sorted.count - importProblemLines
                out.append(l == .en ? "  and \(more) more" : "  dan \(more) lainnya")
            }
            return out.joined(separator: "\n")
        }
        let n = sorted.count
        let listing = Bilingual(en: lines(.en), id: lines(.id))
        return Text(en: "\(path) was not imported: \(count: n, "problem") in \(count: rows, "row"); nothing was imported\n\(listing)",
                    id: "\(path) tidak diimpor: \(n) masalah di \(rows) baris; tidak ada yang diimpor\n\(listing)")
    }

    /// "imported 47 items from dip-2024.xlsx (sheet DIP): berkala 21, setiap saat 24, not classified 2"
    func importSummary(_ path: String, sheet: String?, _ plan: ImportPlan) -> Text {
        let n = plan.itemCount
        var en: [String] = [], id: [String] = []
        for c in [InfoClass.berkala, .serta_merta, .setiap_saat] {
            if let k = plan.classCounts[c], k > 0 {
                let word = c.rawValue.replacing("_", with: " ")
                en.append("\(word) \(k)")
                id.append("\(word) \(k)")
            }
        }
        if plan.unclassified > 0 {
            en.append("not classified \(plan.unclassified)")
            id.append("belum diklasifikasi \(plan.unclassified)")
        }
        let counts = Bilingual(en: en.isEmpty ? "" : ": " + en.joined(separator: ", "), id: id.isEmpty ? "" : ": " + id.joined(separator: ", "))
        let ignored = plan.columns.ignored.map { "\"\($0)\"" }.joined(separator: ", ")
        let inSheet = Bilingual(en: sheet.map { " (sheet \($0))" } ?? "", id: sheet.map { " (lembar \($0))" } ?? "")
        var text = Text(en: "imported \(count: n, "item") from \(path)\(inSheet)\(counts)",
                        id: "\(n) informasi diimpor dari \(path)\(inSheet)\(counts)")
        if !ignored.isEmpty {
            text = text + Text(en: "; columns not read: \(raw: ignored)", id: "; kolom yang tidak dibaca: \(raw: ignored)")
        }
        return text
    }
}
