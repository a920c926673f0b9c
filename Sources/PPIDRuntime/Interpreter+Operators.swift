import PPIDSyntax
import PPIDModel
import PPIDText

extension Interpreter {
    /// Applies a binary operator (everything but `and`/`or`, which short-circuit).
    func binary(_ op: BinaryOp, _ a: Value, _ b: Value, at range: SourceRange) throws(RuntimeError) -> Value {
        switch op {
        case .eq: return .bool(equal(a, b))
        case .neq: return .bool(!equal(a, b))
        case .lt, .le, .gt, .ge:
            // Null is no value to compare: `made < 2024-01-01` is false for an item without
            // `made`, so a query filters it out (`order by` still puts null first).
            if case .null = a { return .bool(false) }
            if case .null = b { return .bool(false) }
            guard let c = compare(a, b) else {
                throw RuntimeError(.typeMismatch, Text(en: "cannot compare \(a.typeName) with \(b.typeName)",
                                                       id: "\(a.typeName) tidak dapat dibandingkan dengan \(b.typeName)"), at: range)
            }
            switch op {
            case .lt: return .bool(c < 0)
            case .le: return .bool(c <= 0)
            case .gt: return .bool(c > 0)
            default: return .bool(c >= 0)
            }
        case .in: return .bool(try contains(b, a, at: range))
        case .contains:
            return .bool(try containsText(a, b, at: range))
        case .add, .sub, .mul, .div, .mod:
            return try arithmetic(op, a, b, at: range)
        case .and: return .bool(a.isTruthy && b.isTruthy)
        case .or: return .bool(a.isTruthy || b.isTruthy)
        }
    }

    /// Equality; an entity equals its name as text, so `run == "mk2025"` works.
    func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.decimal(let x), .decimal(let y)): return x == y
        case (.int(let x), .decimal(let y)), (.decimal(let y), .int(let x)):
            let (u, o) = x.multipliedReportingOverflow(by: Decimal6.scale)
            return !o && u == y.units
        case (.string(let x), .string(let y)): return x == y
        case (.date(let x), .date(let y)): return x == y
        case (.dateTime(let x), .dateTime(let y)): return x == y
        // A date is its midnight, as in ordering.
        case (.date(let d), .dateTime(let t)), (.dateTime(let t), .date(let d)): return d.dayNumber * 1440 == t.minutes
        case (.time(let x), .time(let y)): return x == y
        case (.duration(let x), .duration(let y)): return x == y
        case (.dateRange(let a1, let a2), .dateRange(let b1, let b2)): return a1 == b1 && a2 == b2
        case (.timeRange(let a1, let a2), .timeRange(let b1, let b2)): return a1 == b1 && a2 == b2
        case (.entity(let x), .entity(let y)): return x == y
        case (.entity(let e), .string(let s)), (.string(let s), .entity(let e)): return entityName(e) == s
        case (.row(let x), .row(let y)): return x == y
        case (.list(let x), .list(let y)), (.rows(_, let x), .list(let y)), (.list(let x), .rows(_, let y)), (.rows(_, let x), .rows(_, let y)):
            guard x.count == y.count else { return false }
            // The same storage is equal to itself: `l == l` after `l = [l, l]` sixty times
            // would otherwise walk 2^60 paths.
            if x.withUnsafeBufferPointer({ a in y.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }) { return true }
            for i in x.indices where !equal(x[i], y[i]) { return false }
            return true
        case (.record(let x), .record(let y)):
            guard x.fields.count == y.fields.count else { return false }
            for i in x.fields.indices where x.fields[i].0 != y.fields[i].0 || !equal(x.fields[i].1, y.fields[i].1) { return false }
            return true
        default: return false
        }
    }

    /// Ordering: -1, 0, 1, or nil when the two cannot be compared. Null sorts first.
    func compare(_ a: Value, _ b: Value) -> Int? {
        func cmp<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x == y ? 0 : 1) }
        switch (a, b) {
        case (.null, .null): return 0
        case (.null, _): return -1
        case (_, .null): return 1
        case (.int(let x), .int(let y)): return cmp(x, y)
        case (.decimal(let x), .decimal(let y)): return cmp(x, y)
        case (.int(let x), .decimal(let y)): return cmp(Decimal6(units: x.multipliedReportingOverflow(by: Decimal6.scale).partialValue), y)
        case (.decimal(let x), .int(let y)): return cmp(x, Decimal6(units: y.multipliedReportingOverflow(by: Decimal6.scale).partialValue))
        case (.string(let x), .string(let y)): return cmp(x, y)
        case (.date(let x), .date(let y)): return cmp(x, y)
        case (.dateTime(let x), .dateTime(let y)): return cmp(x, y)
        case (.date(let x), .dateTime(let y)): return cmp(x.dayNumber * 1440, y.minutes)
        case (.dateTime(let x), .date(let y)): return cmp(x.minutes, y.dayNumber * 1440)
        case (.time(let x), .time(let y)): return cmp(x, y)
        case (.bool(let x), .bool(let y)): return cmp(x ? 1 : 0, y ? 1 : 0)
        case (.duration(let x), .duration(let y)) where x.unit == y.unit: return cmp(x.amount, y.amount)
        case (.entity(let x), .entity(let y)): return cmp(entityName(x), entityName(y))
        case (.entity(let x), .string(let y)): return cmp(entityName(x), y)
        case (.string(let x), .entity(let y)): return cmp(x, entityName(y))
        default: return nil
        }
    }

    /// `needle in haystack`.
    func contains(_ haystack: Value, _ needle: Value, at range: SourceRange) throws(RuntimeError) -> Bool {
        switch haystack {
        case .list(let l), .rows(_, let l): return l.contains { equal($0, needle) }
        case .dateRange(let lo, let hi):
            switch needle {
            case .date(let d): return lo <= d && d <= hi
            case .dateTime(let t): return lo <= t.date && t.date <= hi
            default: break
            }
        case .timeRange(let lo, let hi):
            if case .time(let t) = needle { return lo <= t && t < hi }
            if case .dateTime(let t) = needle { return lo <= t.timeOfDay && t.timeOfDay < hi }
        case .string(let s):
            if case .string(let n) = needle { return Interpreter.text(s, contains: n) }
        default: break
        }
        throw RuntimeError(.typeMismatch, Text(en: "'in' needs a list, a range or a text on its right, found \(haystack.typeName)",
                                               id: "'in' memerlukan daftar, rentang, atau teks di sebelah kanannya, tetapi yang ada \(haystack.typeName)"),
                           at: range)
    }

    /// `a ~ b`: case-insensitive contains; a list on the left matches when any element does.
    func containsText(_ a: Value, _ b: Value, at range: SourceRange) throws(RuntimeError) -> Bool {
        guard case .string(let needle) = b else {
            throw RuntimeError(.typeMismatch, Text(en: "'~' needs text on its right, found \(b.typeName)",
                                                   id: "'~' memerlukan teks di sebelah kanannya, tetapi yang ada \(b.typeName)"), at: range)
        }
        let n = needle.lowercased()
        switch a {
        case .null: return false
        case .list(let l), .rows(_, let l):
            for v in l where Interpreter.text(try displayChecked(v, at: range).lowercased(), contains: n) { return true }
            return false
        default: return Interpreter.text(try displayChecked(a, at: range).lowercased(), contains: n)
        }
    }

    /// True when `needle` occurs in `text`; the empty text occurs in every text. Said
    /// explicitly: with Foundation loaded (ZIPFoundation and GRDB bring it), `contains` on
    /// two strings may resolve to Foundation's, which finds the empty text nowhere.
    static func text(_ text: String, contains needle: String) -> Bool {
        needle.isEmpty || text.firstRange(of: needle) != nil
    }

    func entityName(_ e: EntityRef) -> String {
        switch e {
        case .item(let i): return registry.items[i].name
        case .run(let i): return registry.runs[i].name
        case .staff(let i): return registry.staff[i].name
        case .role(let i): return registry.roles[i].name
        case .unit(let i): return registry.units[i].name
        case .sop(let i): return registry.sops[i].name
        case .request(let i): return registry.requests[i].name
        case .objection(let i): return registry.objections[i].name
        }
    }
}
