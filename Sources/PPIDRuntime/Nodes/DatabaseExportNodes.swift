import PPIDSyntax
import PPIDModel
import PPIDText
import PPIDDatabase

/// `export registers to "kantor.sqlite"`: every register as a table of one SQLite database,
/// with a `meta` table (docs/language.md §13).
final class ExportRegistersNode: StmtNode {
    let path: ExprNode
    init(_ path: ExprNode, _ range: SourceRange) {
        self.path = path
        super.init(range)
    }
    override var changesState: Bool { false }

    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        try rt.model(range) { (r) throws(ModelError) in try r.authorize(.export) }
        let target = try rt.writablePath(try path.eval(rt), at: path.range)
        let shown = rt.text(try path.eval(rt))
        guard RegisterDatabase.isDatabasePath(target) else {
            throw RuntimeError(.badValue, Text(en: "`export registers` writes an SQLite database: name the file .sqlite, .sqlite3 or .db, such as \"kantor.sqlite\"",
                                               id: "`export registers` menulis basis data SQLite: beri nama berkas .sqlite, .sqlite3 atau .db, misalnya \"kantor.sqlite\""),
                               at: path.range, notes: [.init(Text(en: "one register goes to a spreadsheet file with `export dip to \"dip.csv\"`",
                                                                   id: "satu register ditulis ke berkas lembar kerja dengan `export dip to \"dip.csv\"`"))])
        }
        var registers: [(RegisterKind, [Value])] = []
        for k in RegisterKind.allCases { registers.append((k, try rt.rows(of: k, at: range))) }
        try rt.writeDatabase(rt.databaseTables(registers), to: target, shown: shown, at: path.range)
        let n = registers.reduce(0) { $0 + $1.1.count }
        try rt.emit(Text(en: "wrote \(shown): \(count: registers.count, "register") and meta, \(count: n, "row")",
                         id: "\(shown) ditulis: \(registers.count) register dan meta, \(n) baris"))
        return .normal
    }
}

extension ExportNode {
    /// `export REG to "x.sqlite"`: one register (or a query on it) as a database of that
    /// table and `meta`; its references are not foreign keys, their tables not being there.
    func exportDatabase(_ rt: Interpreter, to target: String) throws(RuntimeError) -> Flow {
        let value = try what.eval(rt)
        guard case .rows(let reg, let rows) = value else {
            throw RuntimeError(.typeMismatch, Text(en: "only a register or a query on one can be written to an SQLite database; all of them: `export registers to \"kantor.sqlite\"`",
                                                   id: "hanya register atau kueri atas register yang dapat ditulis ke basis data SQLite; semua register: `export registers to \"kantor.sqlite\"`"),
                               at: what.range)
        }
        let shown = rt.text(try path.eval(rt))
        try rt.writeDatabase(rt.databaseTables([(reg, rows.elements)]), to: target, shown: shown, at: path.range)
        try rt.emit(Text(en: "wrote \(shown): \(reg.rawValue) and meta, \(count: rows.count, "row")",
                         id: "\(shown) ditulis: \(reg.rawValue) dan meta, \(rows.count) baris"))
        return .normal
    }
}

extension Interpreter {
    /// Writes a database atomically (its folder made if needed); a failure is an I/O error
    /// at `range` and leaves any old file as it was.
    func writeDatabase(_ tables: [DatabaseTable], to target: String, shown: String, at range: SourceRange) throws(RuntimeError) {
        if runningAhead { throw RuntimeError.stopToCheck }
        do {
            try FileSystem.makeDirectories(FileSystem.directory(of: target))
        } catch {
            throw RuntimeError(.ioError, error.text, at: range)
        }
        do {
            try DatabaseFile.write(tables, to: target, userVersion: RegisterDatabase.formatVersion)
        } catch {
            throw RuntimeError(.ioError, Self.text(of: error.reason, shown), at: range, notes: [
                .init(Text(en: "nothing was changed: a file already there is kept as it was",
                           id: "tidak ada yang diubah: berkas yang sudah ada tetap seperti semula")),
            ])
        }
    }

    static func text(of reason: DatabaseFile.Failure.Reason, _ shown: String) -> Text {
        switch reason {
        case .isDirectory:
            return Text(en: "cannot write \(shown): it is a folder; give a file name such as \"kantor.sqlite\"",
                        id: "\(shown) tidak dapat ditulis: itu sebuah folder; beri nama berkas, misalnya \"kantor.sqlite\"")
        case .diskFull:
            return Text(en: "cannot write \(shown): the disk is full", id: "\(shown) tidak dapat ditulis: disk penuh")
        case .cannotWrite(let why):
            return Text(en: "cannot write \(shown): \(why)", id: "\(shown) tidak dapat ditulis: \(why)")
        case .database(let why):
            return Text(en: "cannot write the database \(shown): \(why)", id: "basis data \(shown) tidak dapat ditulis: \(why)")
        }
    }
}
