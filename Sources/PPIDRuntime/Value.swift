import PPIDModel
import PPIDText

/// A value of the language.
///
/// Entities are references into the registry (`.entity`), and rows of the registers that
/// have no name of their own (the approvals log, the change log) are `.row`: queries never
/// copy a register, they hand out references, and fields are read on demand.
public enum Value: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case decimal(Decimal6)
    case string(String)
    case date(CivilDate)
    case dateTime(DateTime)
    case time(TimeOfDay)
    case duration(Duration)
    case dateRange(CivilDate, CivilDate)
    case timeRange(TimeOfDay, TimeOfDay)
    case list(ListStorage)
    /// The rows of one register, as a query or the register's name gives them: a list in
    /// every way (len, for, indexing, in, +, ==, print), which also knows its register, so
    /// `let d = dip where ...; show d` prints the DIP's columns and `export d` writes its page.
    case rows(RegisterKind, ListStorage)
    case record(Record)
    case entity(EntityRef)
    case row(RowRef)

    /// A list of `elements` (its depth worked out from theirs, each known).
    @inline(__always)
    public static func list(_ elements: [Value]) -> Value { .list(ListStorage(elements)) }

    /// Register rows `elements` of `register`.
    @inline(__always)
    public static func rows(_ register: RegisterKind, _ elements: [Value]) -> Value { .rows(register, ListStorage(elements)) }

    /// The type's name in messages ("expected a date, found text" / "seharusnya tanggal,
    /// tetapi yang ada teks"): Indonesian has no article, so "a date" is "tanggal".
    public var typeName: Text {
        switch self {
        case .null: return Text(verbatim: "null")
        case .bool: return Text(en: "a yes/no value", id: "nilai ya/tidak")
        case .int: return Text(en: "a whole number", id: "bilangan bulat")
        case .decimal: return Text(en: "a decimal number", id: "bilangan desimal")
        case .string: return Text(en: "text", id: "teks")
        case .date: return Text(en: "a date", id: "tanggal")
        case .dateTime: return Text(en: "a date-time", id: "tanggal dan jam")
        case .time: return Text(en: "a time of day", id: "jam")
        case .duration: return Text(en: "a duration", id: "durasi")
        case .dateRange: return Text(en: "a date range", id: "rentang tanggal")
        case .timeRange: return Text(en: "a time range", id: "rentang jam")
        case .list, .rows: return Text(en: "a list", id: "daftar")
        case .record: return Text(en: "a record", id: "rekaman")
        case .entity(let e): return Noun.of(e)
        case .row(let r): return r.kindName
        }
    }

    /// "expected a date, found text" / "seharusnya tanggal, tetapi yang ada teks".
    static func expected(_ what: Text, found v: Value) -> Text {
        Text(en: "expected \(what), found \(v.typeName)", id: "seharusnya \(what), tetapi yang ada \(v.typeName)")
    }

    /// How deep lists nest in a value (0 for a non-list), counting no further than `limit`.
    ///
    /// Constant time: each list keeps its depth with its storage (ListStorage), so
    /// `l = [l, l]`, which shares `l` twice, costs no more than any other list.
    static func nesting(of v: Value, limit: Int) -> Int {
        min(Int(v.depth), limit)
    }

    /// How deep lists nest in this value: 0 for a non-list, the stored depth for a list
    /// (register rows included).
    @inline(__always)
    var depth: UInt8 {
        switch self {
        case .list(let l), .rows(_, let l): return l.depth
        default: return 0
        }
    }

    /// True for everything except null, false, 0, "" and [].
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .string(let s): return !s.isEmpty
        case .list(let l), .rows(_, let l): return !l.isEmpty
        default: return true
        }
    }

    /// The elements of a list (register rows included), nil for anything else.
    @inline(__always)
    public var elements: [Value]? {
        switch self {
        case .list(let l), .rows(_, let l): return l.elements
        default: return nil
        }
    }
}

/// A row of a register that has no name of its own.
public enum RowRef: Hashable, Sendable {
    /// A row of `steps`, the approvals log.
    case step(Int)
    /// A row of `log`.
    case log(Int)
    /// A day of `holidays` (index into the calendar's entries).
    case holiday(Int)

    public var kindName: Text {
        switch self {
        case .step: return Text(en: "an approvals-log row", id: "baris catatan persetujuan")
        case .log: return Text(en: "a log row", id: "baris catatan kegiatan (log)")
        case .holiday: return Text(en: "a holiday", id: "hari libur")
        }
    }
}

/// A record: named fields in order (query rows of `inbox`, history entries, built values).
public struct Record: Sendable {
    public var fields: [(String, Value)]
    public init(_ fields: [(String, Value)]) { self.fields = fields }

    public subscript(_ name: String) -> Value? {
        for (k, v) in fields where k == name { return v }
        return nil
    }
}

/// A decimal number with six fixed decimal places: exact for the sums an office makes,
/// deterministic everywhere, and overflow-checked.
public struct Decimal6: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The value times 1,000,000.
    public let units: Int
    public static let scale = 1_000_000

    public init(units: Int) { self.units = units }

    /// Parses `3.5`, `-0.25`; nil when it has more than six decimals' worth or overflows.
    public init?(text: String) {
        var neg = false
        var s = Substring(text)
        if s.first == "-" { neg = true; s = s.dropFirst() }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int(parts[0]) else { return nil }
        var frac = parts.count == 2 ? String(parts[1]) : ""
        guard frac.allSatisfy(\.isNumber) else { return nil }
        if frac.count > 6 { frac = String(frac.prefix(6)) }
        frac += String(repeating: "0", count: 6 - frac.count)
        guard let f = Int(frac) else { return nil }
        let (w, o1) = whole.multipliedReportingOverflow(by: Decimal6.scale)
        let (t, o2) = w.addingReportingOverflow(f)
        guard !o1, !o2 else { return nil }
        units = neg ? -t : t
    }

    public static func < (a: Decimal6, b: Decimal6) -> Bool { a.units < b.units }

    public var description: String {
        let neg = units < 0
        let mag = units.magnitude
        let whole = mag / UInt(Decimal6.scale), frac = mag % UInt(Decimal6.scale)
        var out = (neg ? "-" : "") + String(whole)
        if frac != 0 {
            var f = String(frac)
            f = String(repeating: "0", count: 6 - f.count) + f
            while f.last == "0" { f.removeLast() }
            out += "." + f
        }
        return out
    }
}
