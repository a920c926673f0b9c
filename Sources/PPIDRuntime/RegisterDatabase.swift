import PPIDModel
import PPIDRender
import PPIDDatabase

/// The registers as database tables (`export registers`, docs/language.md §13): built from
/// the registers' schemas, so the runtime describes tables and PPIDDatabase writes SQL.
enum RegisterDatabase {
    /// `PRAGMA user_version` and `meta.format_version`: raised when a table or column of
    /// the export changes meaning, so a tool reading the file can tell.
    static let formatVersion: Int32 = 1

    /// The file name endings that mean an SQLite database.
    static let fileExtensions: Set<String> = ["sqlite", "sqlite3", "db"]

    /// True when `path` names an SQLite database (`.sqlite`, `.sqlite3`, `.db`, any case).
    static func isDatabasePath(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return fileExtensions.contains(path[path.index(after: dot)...].lowercased())
    }

    /// The key of a register's table: its name column where rows have names; otherwise
    /// what makes a row unique, or none (the rowid), with an index for lookups.
    static func keys(_ k: RegisterKind) -> (primary: [String], indexes: [[String]]) {
        switch k {
        case .info, .dip, .dik, .runs, .staff, .roles, .units, .sops, .requests, .objections: return (["name"], [])
        // A rejected decision can send a run back to an earlier step: run and step repeat.
        case .steps: return ([], [["run", "step"]])
        case .inbox: return ([], [])
        // A day declared both a holiday and leave is two rows.
        case .holidays: return (["date", "leave"], [])
        case .log: return (["seq"], [])
        }
    }

    /// The column type a field is declared with, nil when the field is not written.
    static func columnType(_ t: FieldType) -> DatabaseTable.ColumnType? {
        switch t {
        case .text, .list, .reference: return .text
        case .integer: return .integer
        case .bool: return .boolean
        case .date: return .date
        case .dateTime: return .dateTime
        case .omitted: return nil
        }
    }
}

extension Interpreter {
    /// One table per register in `registers` with its rows, and the `meta` table.
    func databaseTables(_ registers: [(RegisterKind, [Value])]) -> [DatabaseTable] {
        let present = Set(registers.map(\.0))
        return [metaTable()] + registers.map { databaseTable($0.0, rows: $0.1, present: present) }
    }

    /// A register's table: its fields as columns (those with a type), its key, references
    /// to the registers in `present`, and `rows` read field by field.
    func databaseTable(_ k: RegisterKind, rows: [Value], present: Set<RegisterKind>) -> DatabaseTable {
        let spec = k.spec
        let keys = RegisterDatabase.keys(k)
        var fields: [FieldSpec] = []
        var columns: [DatabaseTable.Column] = []
        for f in spec.fields {
            guard let type = RegisterDatabase.columnType(f.type) else { continue }
            var references: (table: String, column: String)? = nil
            if case .reference(let target) = f.type, present.contains(target), RegisterDatabase.keys(target).primary == ["name"] {
                references = (target.rawValue, "name")
            }
            // The DIP and the DIK are items: each of their rows is a row of `info`.
            if (k == .dip || k == .dik), f.name == "name", present.contains(.info) { references = ("info", "name") }
            fields.append(f)
            columns.append(.init(name: f.name, type: type, nullable: !keys.primary.contains(f.name), references: references))
        }
        var table = DatabaseTable(name: k.rawValue, columns: columns, primaryKey: keys.primary, indexes: keys.indexes)
        table.rows.reserveCapacity(rows.count)
        for row in rows { table.rows.append(fields.map { databaseCell(f: $0.type, $0.read(self, row)) }) }
        return table
    }

    /// A value as the cell of a column of type `type`: codes and names as text, booleans
    /// 1/0, dates and times as ISO text, lists as JSON arrays.
    func databaseCell(f type: FieldType, _ v: Value) -> DatabaseTable.Cell {
        switch v {
        case .null: return .null
        case .bool(let b): return .integer(b ? 1 : 0)
        case .int(let i): return .integer(Int64(i))
        case .decimal(let d): return Double(d.description).map { .real($0) } ?? .text(d.description)
        case .string(let s): return .text(s)
        case .date(let d): return .text(d.iso)
        case .dateTime(let t): return .text(t.display)
        case .entity(let e): return .text(entityName(e))
        case .list(let l), .rows(_, let l):
            var out = "["
            for (i, x) in l.enumerated() {
                if i > 0 { out += ", " }
                appendJSON(x, to: &out)
            }
            return .text(out + "]")
        default: return .text(display(v))
        }
    }

    /// An element of a list as JSON: names and text as strings, numbers and booleans as they are.
    private func appendJSON(_ v: Value, to out: inout String) {
        switch v {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .list(let l), .rows(_, let l):
            out += "["
            for (i, x) in l.enumerated() {
                if i > 0 { out += ", " }
                appendJSON(x, to: &out)
            }
            out += "]"
        default:
            if case .text(let s) = databaseCell(f: .text, v) { out += jsonString(s) } else { out += jsonString(display(v)) }
        }
    }

    /// `meta`: what the database is a copy of, one `key`/`value` row each: the office, its
    /// fields (`office_code`, ...), the clock, the actor, the registers' digest (the same
    /// `digest()` a script asserts), the ppid version and the export's format version.
    func metaTable() -> DatabaseTable {
        var rows: [(String, String?)] = [("office", registry.office?.name)]
        for f in registry.office?.fields ?? [] { rows.append(("office_" + f.key, f.value)) }
        rows += [
            ("now", registry.clock?.display), ("today", registry.today?.iso), ("actor", registry.actor),
            ("digest", registry.digest()), ("ppid_version", PPIDVersion.current),
            ("format_version", String(RegisterDatabase.formatVersion)),
        ]
        var seen: Set<String> = []
        let unique = rows.filter { seen.insert($0.0).inserted }
        return DatabaseTable(
            name: "meta",
            columns: [.init(name: "key", type: .text, nullable: false), .init(name: "value", type: .text)],
            primaryKey: ["key"],
            rows: unique.map { [.text($0.0), $0.1.map { .text($0) } ?? .null] })
    }
}
