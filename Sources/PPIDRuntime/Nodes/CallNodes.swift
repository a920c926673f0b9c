import PPIDSyntax
import PPIDModel
import PPIDText

/// The built-in functions.
enum Builtin: String, CaseIterable {
    case count, len, upper, lower, str, now, today, workdays, digest, exists, month, year

    /// How many arguments each takes.
    var arity: ClosedRange<Int> {
        switch self {
        case .now, .today, .digest: return 0...0
        case .workdays: return 2...2
        default: return 1...1
        }
    }

    /// How to call it, for the note under a wrong number of arguments; the argument
    /// placeholders are words of the message, the function name is code.
    var usage: Text {
        switch self {
        case .count: return Text(en: "count(LIST or REGISTER)", id: "count(DAFTAR atau REGISTER)")
        case .len: return Text(en: "len(TEXT or LIST)", id: "len(TEKS atau DAFTAR)")
        case .upper: return Text(en: "upper(TEXT)", id: "upper(TEKS)")
        case .lower: return Text(en: "lower(TEXT)", id: "lower(TEKS)")
        case .str: return Text(en: "str(VALUE)", id: "str(NILAI)")
        case .now: return Text(verbatim: "now()")
        case .today: return Text(verbatim: "today()")
        case .workdays: return Text(en: "workdays(FROM, TO)", id: "workdays(DARI, SAMPAI)")
        case .digest: return Text(verbatim: "digest()")
        case .exists: return Text(en: "exists(NAME)", id: "exists(NAMA)")
        case .month: return Text(en: "month(DATE)", id: "month(TANGGAL)")
        case .year: return Text(en: "year(DATE)", id: "year(TANGGAL)")
        }
    }
}

final class BuiltinCallNode: ExprNode {
    let builtin: Builtin
    let args: [ExprNode]
    /// For `exists(name)`: the bare name, which need not be declared.
    let bareName: String?
    init(_ b: Builtin, _ args: [ExprNode], bareName: String? = nil, _ range: SourceRange) {
        builtin = b
        self.args = args
        self.bareName = bareName
        super.init(range)
    }

    override func eval(_ rt: Interpreter) throws(RuntimeError) -> Value {
        switch builtin {
        case .count:
            // A query or a register counts its rows without building the list.
            if let n = try args[0].rowCount(rt) { return .int(n) }
            switch try args[0].eval(rt) {
            case .list(let l), .rows(_, let l): return .int(l.count)
            case let v: throw RuntimeError(.typeMismatch, Text(en: "count() needs a list or a register, found \(v.typeName)", id: "count() memerlukan daftar atau register, tetapi yang ada \(v.typeName)"), at: args[0].range)
            }
        case .len:
            switch try args[0].eval(rt) {
            case .string(let s): return .int(s.count)
            case .list(let l), .rows(_, let l): return .int(l.count)
            case let v: throw RuntimeError(.typeMismatch, Text(en: "len() needs text or a list, found \(v.typeName)", id: "len() memerlukan teks atau daftar, tetapi yang ada \(v.typeName)"), at: args[0].range)
            }
        case .upper, .lower:
            guard case .string(let s) = try args[0].eval(rt) else {
                throw RuntimeError(.typeMismatch, Text(en: "\(builtin.rawValue)() needs text", id: "\(builtin.rawValue)() memerlukan teks"), at: args[0].range)
            }
            return .string(builtin == .upper ? s.uppercased() : s.lowercased())
        case .str:
            let s = try rt.displayChecked(try args[0].eval(rt), at: args[0].range)
            try rt.charge(s.utf8.count, at: range)
            return .string(s)
        case .now:
            guard let c = rt.registry.clock else { throw rt.clockUnset(range) }
            return .dateTime(c)
        case .today:
            guard let c = rt.registry.clock else { throw rt.clockUnset(range) }
            return .date(c.date)
        case .workdays:
            let a = try args[0].eval(rt), b = try args[1].eval(rt)
            guard let from = rt.dateOf(a), let to = rt.dateOf(b) else {
                throw RuntimeError(.typeMismatch, Text(en: "workdays(from, to) needs two dates, found \(a.typeName) and \(b.typeName)",
                                                   id: "workdays(from, to) memerlukan dua tanggal, tetapi yang ada \(a.typeName) dan \(b.typeName)"), at: range)
            }
            do { return .int(try rt.registry.calendar.workdays(from: from, to: to)) } catch { throw RuntimeError(error, at: range) }
        case .month, .year:
            // null in, null out: `group by month(answered)` puts the open requests in one group.
            let v = try args[0].eval(rt)
            if case .null = v { return .null }
            guard let d = rt.dateOf(v) else {
                throw RuntimeError(.typeMismatch, Text(en: "\(builtin.rawValue)() needs a date, found \(v.typeName)",
                                                   id: "\(builtin.rawValue)() memerlukan tanggal, tetapi yang ada \(v.typeName)"), at: args[0].range)
            }
            return .int(builtin == .month ? d.month : d.year)
        case .digest:
            return .string(rt.registry.digest())
        case .exists:
            if let n = bareName { return .bool(rt.entity(named: n) != nil) }
            if let n = try args[0].rowCount(rt, atMost: 1) { return .bool(n > 0) }
            switch try args[0].eval(rt) {
            case .string(let s): return .bool(rt.entity(named: s) != nil)
            case .list(let l), .rows(_, let l): return .bool(!l.isEmpty)
            case .null: return .bool(false)
            default: return .bool(true)
            }
        }
    }
}

/// A call of a function declared with `fn`.
final class FunctionCallNode: ExprNode {
    /// Weak: a recursive function's body calls the function itself, and a strong reference
    /// would keep both alive forever. The interpreter's function table owns functions.
    weak var target: Interpreter.Function?
    let name: String
    let args: [ExprNode]
    init(_ f: Interpreter.Function, _ args: [ExprNode], _ range: SourceRange) {
        target = f
        name = f.name
        self.args = args
        super.init(range)
    }

    override func eval(_ rt: Interpreter) throws(RuntimeError) -> Value {
        guard let function = target else {
            throw RuntimeError(.unknownFunction, Text(en: "the function '\(name)' no longer exists", id: "fungsi '\(name)' sudah tidak ada"), at: range)
        }
        guard rt.callDepth < Interpreter.maxCallDepth else {
            throw RuntimeError(.recursionTooDeep,
                Text(en: "too many nested calls of '\(function.name)' (more than \(Interpreter.maxCallDepth)); is the recursion missing a way to stop?",
                     id: "terlalu banyak panggilan bersarang '\(function.name)' (lebih dari \(Interpreter.maxCallDepth)); apakah rekursinya tidak memiliki titik berhenti?"),
                at: range)
        }
        try rt.checkInterrupt(range)
        var values: [Value] = []
        values.reserveCapacity(function.frameSize)
        for a in args { values.append(try a.eval(rt)) }
        let savedBase = rt.frameBase, savedCount = rt.stack.count
        rt.frameBase = rt.stack.count
        rt.stack.append(contentsOf: values)
        for _ in values.count..<max(values.count, function.frameSize) { rt.stack.append(.null) }
        rt.callDepth += 1
        defer {
            rt.callDepth -= 1
            rt.stack.removeSubrange(savedCount...)
            rt.frameBase = savedBase
        }
        do {
            for s in function.body {
                if case .returned(let v) = try s.exec(rt) { return v }
            }
        } catch {
            var e = error
            if e.file == nil { e.file = function.file }
            // One note for the outermost call is enough; a runaway recursion would add hundreds.
            if rt.callDepth == 1 {
                e.notes.append(.init(Text(en: "in the function '\(function.name)' called here", id: "di dalam fungsi '\(function.name)' yang dipanggil di sini"),
                                     file: rt.currentFile, range: range))
            }
            throw e
        }
        return .null
    }
}

extension Interpreter {
    func clockUnset(_ range: SourceRange) -> RuntimeError {
        RuntimeError(Registry.clockUnset, at: range)
    }

    func dateOf(_ v: Value) -> CivilDate? {
        switch v {
        case .date(let d): return d
        case .dateTime(let t): return t.date
        default: return nil
        }
    }
}
