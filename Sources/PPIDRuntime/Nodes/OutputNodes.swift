import PPIDSyntax
import PPIDModel
import PPIDRender
import PPIDText

final class ShowNode: StmtNode {
    let what: ExprNode
    let format: OutputFormat?
    init(_ what: ExprNode, _ format: OutputFormat?, _ range: SourceRange) {
        self.what = what
        self.format = format
        super.init(range)
    }
    override var changesState: Bool { false }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let v = try what.eval(rt)
        try rt.present(v, format: format ?? rt.defaultFormat, at: range, forceTable: true)
        return .normal
    }
}

extension Interpreter {
    /// Prints a value: lists of rows as a table (a register's rows with its main columns),
    /// one entity as its fields, anything else as text.
    func present(_ v: Value, format: OutputFormat?, at range: SourceRange, forceTable: Bool = false) throws(RuntimeError) {
        let fmt = format ?? defaultFormat
        switch v {
        case .rows(let reg, let l):
            // `show` prints the register's main columns in every format; `export` writes every field.
            try emit(trimmed(renderTable(table(of: l.elements, register: reg), as: fmt, width: terminalWidth, language: language)))
        case .list(let l) where forceTable || l.contains(where: { RegisterKind.of($0) != nil }):
            try emit(trimmed(renderTable(table(of: l.elements, register: nil), as: fmt, width: terminalWidth, language: language)))
        case .entity, .row:
            guard let reg = RegisterKind.of(v) else { try emit(display(v)); return }
            var rows: [[Cell]] = []
            for f in reg.spec.detailFields {
                rows.append([.text(f.name), cell(f.read(self, v))])
            }
            let t = Table(columns: fieldValueColumns, rows: rows)
            try emit(trimmed(renderTable(t, as: fmt, width: terminalWidth, language: language)))
        case .record(let r) where forceTable:
            let t = Table(columns: fieldValueColumns, rows: r.fields.map { [.text($0.0), cell($0.1)] })
            try emit(trimmed(renderTable(t, as: fmt, width: terminalWidth, language: language)))
        default:
            try emit(try displayChecked(v, at: range))
        }
    }

    /// The headers of one entity's or record's table, in the session's language (a field's
    /// name below them is a code word and stays as it is).
    var fieldValueColumns: [String] {
        [Text(en: "field", id: "kolom").text(in: language), Text(en: "value", id: "nilai").text(in: language)]
    }

    /// Output goes line by line to `output`, which adds the newline (CSV's CRLF is for files).
    func trimmed(_ s: String) -> String {
        var t = s.contains("\r\n") ? s.replacing("\r\n", with: "\n") : s
        while t.last == "\n" || t.last == "\r\n" { t.removeLast() }
        return t
    }
}
