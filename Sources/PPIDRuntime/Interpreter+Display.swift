import PPIDModel
import PPIDSyntax
import PPIDRender

extension Interpreter {
    /// A value as `print` and `str()` show it: text as is, dates in ISO form,
    /// date-times as `YYYY-MM-DD HH:MM`, entities by name.
    public func display(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .decimal(let d): return d.description
        case .string(let s): return s
        case .date(let d): return d.iso
        case .dateTime(let t): return t.display
        case .time(let t): return t.iso
        case .duration(let d): return d.description
        case .dateRange(let a, let b): return a.iso + ".." + b.iso
        case .timeRange(let a, let b): return a.iso + ".." + b.iso
        case .list(let l): return "[" + l.map { nested($0) }.joined(separator: ", ") + "]"
        case .record(let r): return "{" + r.fields.map { "\($0.0): \(nested($0.1))" }.joined(separator: ", ") + "}"
        case .entity(let e): return entityName(e)
        case .row(let r):
            guard let reg = RegisterKind.of(v) else { return "row" }
            _ = r
            return "{" + reg.columns.map { c in "\(c): \(nested((try? field(c, of: v, at: .empty)) ?? .null))" }.joined(separator: ", ") + "}"
        }
    }

    /// A value as text for `print`, `str()` and `~`, refusing to build more than
    /// `maxStringLength` bytes (a list of a million references can stand for gigabytes of text).
    func displayChecked(_ v: Value, at range: SourceRange) throws(RuntimeError) -> String {
        var budget = Interpreter.maxStringLength
        func fits(_ v: Value) -> Bool {
            switch v {
            case .string(let s): budget -= s.utf8.count + 2
            case .list(let l):
                budget -= 2
                for x in l where budget >= 0 { if !fits(x) { return false }; budget -= 2 }
            case .record(let r):
                for (k, x) in r.fields where budget >= 0 { budget -= k.utf8.count + 2; if !fits(x) { return false } }
            default: budget -= 32
            }
            return budget >= 0
        }
        guard fits(v) else {
            throw RuntimeError(.limitExceeded, "a text may be at most \(Interpreter.maxStringLength) bytes long; this value would be longer", at: range)
        }
        return display(v)
    }

    /// Inside a list or record, text is quoted so that `["a, b"]` reads as one element.
    func nested(_ v: Value) -> String {
        if case .string(let s) = v { return Lexer.quote(s) }
        return display(v)
    }

    /// A value as a table cell.
    func cell(_ v: Value) -> Cell {
        switch v {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .decimal(let d): return .decimal(d.description)
        case .string(let s): return .text(s)
        case .date(let d): return .date(d.iso)
        case .dateTime(let t): return .date(t.display)
        case .duration, .time, .dateRange, .timeRange: return .measure(display(v))
        case .list(let l): return .list(l.map { cell($0) })
        default: return .text(display(v))
        }
    }

    /// Rows with every field of their register (but the history), for data formats and exports.
    func fullTable(of values: [Value], register: RegisterKind?) -> Table {
        guard let reg = register ?? values.first.flatMap({ RegisterKind.of($0) }) else { return table(of: values, register: nil) }
        let cols = reg.fields.filter { $0 != "history" }
        return Table(columns: cols, rows: values.map { v in cols.map { c in cell((try? field(c, of: v, at: .empty)) ?? .null) } })
    }

    /// Rows as a table: entity and register rows get their register's columns; records
    /// their own fields; anything else one column "value".
    func table(of values: [Value], register: RegisterKind?, title: String? = nil) -> Table {
        if let reg = register ?? values.first.flatMap({ RegisterKind.of($0) }) {
            let cols = reg.columns
            let rows = values.map { v in cols.map { c in cell((try? field(c, of: v, at: .empty)) ?? .null) } }
            return Table(title: title, columns: cols, rows: rows)
        }
        if case .record(let r)? = values.first {
            let cols = r.fields.map(\.0)
            let rows = values.map { v -> [Cell] in
                guard case .record(let rr) = v else { return [cell(v)] }
                return cols.map { cell(rr[$0] ?? .null) }
            }
            return Table(title: title, columns: cols, rows: rows)
        }
        return Table(title: title, columns: ["value"], rows: values.map { [cell($0)] })
    }
}
