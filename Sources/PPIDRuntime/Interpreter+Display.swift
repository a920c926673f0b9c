import PPIDModel
import PPIDText
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
        case .list(let l), .rows(_, let l): return "[" + l.map { nested($0) }.joined(separator: ", ") + "]"
        case .record(let r): return "{" + r.fields.map { "\($0.0): \(nested($0.1))" }.joined(separator: ", ") + "}"
        case .entity(let e): return entityName(e)
        case .row:
            guard let reg = RegisterKind.of(v) else { return "row" }
            return "{" + reg.spec.columns.map { c in "\(c.name): \(nested(c.read(self, v)))" }.joined(separator: ", ") + "}"
        }
    }

    /// A value as text for `print`, `str()` and `~`, refusing to build more than
    /// `maxStringLength` bytes (a list of a million references can stand for gigabytes of text).
    func displayChecked(_ v: Value, at range: SourceRange) throws(RuntimeError) -> String {
        var budget = Interpreter.maxStringLength
        func fits(_ v: Value) -> Bool {
            switch v {
            case .string(let s): budget -= s.utf8.count + 2
            case .list(let l), .rows(_, let l):
                budget -= 2
                for x in l where budget >= 0 { if !fits(x) { return false }; budget -= 2 }
            case .record(let r):
                for (k, x) in r.fields where budget >= 0 { budget -= k.utf8.count + 2; if !fits(x) { return false } }
            default: budget -= 32
            }
            return budget >= 0
        }
        guard fits(v) else {
            throw RuntimeError(.limitExceeded, Text(en: "a text may be at most \(Interpreter.maxStringLength) bytes long; this value would be longer",
                                                   id: "teks paling panjang \(Interpreter.maxStringLength) bita; nilai ini akan lebih panjang"), at: range)
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
        case .list(let l), .rows(_, let l): return .list(l.map { cell($0) })
        default: return .text(display(v))
        }
    }

    /// Rows with every detail field of their register, for data formats and exports.
    /// `register` is the register the rows are known to come from (a `.rows` value).
    func fullTable(of values: [Value], register: RegisterKind?) -> Table {
        if let reg = register { return table(of: values, fields: reg.spec.detailFields, title: nil, sameRegister: true) }
        guard let reg = values.first.flatMap({ RegisterKind.of($0) }) else { return table(of: values, register: nil) }
        return table(of: values, fields: reg.spec.detailFields, title: nil, sameRegister: false)
    }

    /// Rows as a table: entity and register rows get their register's columns; records
    /// their own fields; anything else one column "value". `register` is the register the
    /// rows are known to come from (a `.rows` value); without it, the first row's.
    func table(of values: [Value], register: RegisterKind?, title: String? = nil) -> Table {
        if let reg = register { return table(of: values, fields: reg.spec.columns, title: title, sameRegister: true) }
        if let reg = values.first.flatMap({ RegisterKind.of($0) }) {
            return table(of: values, fields: reg.spec.columns, title: title, sameRegister: false)
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

    /// Rows as a table of the given fields. Rows of one register read each field directly;
    /// a list that mixes kinds reads each row's own field of that name (null when it has none).
    func table(of values: [Value], fields: [FieldSpec], title: String?, sameRegister: Bool) -> Table {
        let rows = values.map { v in
            fields.map { f in cell(sameRegister ? f.read(self, v) : (fieldIfAny(f.name, of: v) ?? .null)) }
        }
        return Table(title: title, columns: fields.map(\.name), rows: rows)
    }
}
