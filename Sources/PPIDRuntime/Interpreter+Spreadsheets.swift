import PPIDModel
import PPIDRender
import PPIDSheets
import PPIDText
import PPIDSyntax

/// What `export` writes for a register in each format (docs/language.md §13): the public
/// layouts of the DIP, DIK and the two registers of requests and objections, every field
/// otherwise; and the .xlsx workbook of such a table.
extension Interpreter {
    /// The table `export` writes for `rows`. The DIP and the DIK are written in their
    /// public layouts (Indonesian headers, titles and names, Indonesian dates) except in
    /// JSON, which is for programs and keeps the registers' codes; the registers of
    /// requests and objections always in their register layout; anything else with every
    /// field, as the register holds it.
    func exportTable(_ rows: [Value], register: RegisterKind?, format: OutputFormat) -> Table {
        switch register {
        case .requests: return requestRegisterTable(requestRegisterDocument(rows))
        case .objections: return objectionRegisterTable(objectionRegisterDocument(rows))
        case .dip where format != .json: return dipTable(dipDocument(rows))
        case .dik where format != .json: return dikTable(dikDocument(rows))
        default: return fullTable(of: rows, register: register)
        }
    }

    /// The sheet's name: the register's, as the office calls it; the register's own word
    /// for the others ("info", "runs"), "Data" for rows of no register.
    static func sheetName(_ register: RegisterKind?) -> String {
        switch register {
        case .dip: "DIP"
        case .dik: "DIK"
        case .requests: "Permohonan"
        case .objections: "Keberatan"
        case let r?: r.rawValue
        case nil: "Data"
        }
    }

    /// The workbook of one table: one sheet, its header in row 1; the document's time is
    /// the registers' clock (so the same registers give the same file).
    func workbook(_ table: Table, register: RegisterKind?) -> XLSXWorkbook {
        let sheet = XLSXSheet(name: Interpreter.sheetName(register), header: table.columns,
                              rows: table.rows.map { $0.map(Interpreter.sheetCell) })
        return XLSXWorkbook(sheets: [sheet], title: table.title ?? "", creator: "ppid",
                            created: registry.clock.flatMap { SheetDate(iso: $0.iso) })
    }

    /// A table cell as a spreadsheet cell: numbers stay numbers, an ISO date (or date and
    /// time) becomes a date the spreadsheet shows in Indonesian; everything else is the
    /// text CSV writes (no formula guard is needed: a text cell is never a formula).
    static func sheetCell(_ c: Cell) -> SheetCell {
        switch c {
        case .null: return .empty
        case .int(let i): return .number(String(i))
        case .decimal(let d): return .number(d)
        case .date(let s): return SheetDate(iso: s).map(SheetCell.date) ?? .text(s)
        default: return .text(c.plainText)
        }
    }

    /// Writes `bytes` atomically (its folder made if needed): a temporary file beside the
    /// target, then a rename; a failure is an I/O error at `range`.
    func writeFile(_ bytes: [UInt8], to target: String, at range: SourceRange) throws(RuntimeError) {
        if runningAhead { throw RuntimeError.stopToCheck }
        do {
            try FileSystem.makeDirectories(FileSystem.directory(of: target))
            try FileSystem.writeAtomically(target, bytes)
        } catch {
            throw RuntimeError(.ioError, error.text, at: range)
        }
    }

    /// The .xlsx bytes of `table`; a failure of the ZIP layer is an I/O error at `range`.
    func xlsxBytes(_ table: Table, register: RegisterKind?, at range: SourceRange) throws(RuntimeError) -> [UInt8] {
        do {
            return try XLSXWriter.bytes(workbook(table, register: register))
        } catch {
            throw RuntimeError(.ioError, Text(en: "cannot make the spreadsheet: \(error.reason)",
                                             id: "lembar kerja tidak dapat dibuat: \(error.reason)"), at: range)
        }
    }
}
