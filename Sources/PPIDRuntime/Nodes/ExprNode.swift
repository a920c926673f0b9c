import PPIDSyntax
import PPIDModel
import PPIDText

/// A compiled expression: names already resolved to slots, entities or fields.
class ExprNode {
    let range: SourceRange
    init(_ range: SourceRange) { self.range = range }
    func eval(_ rt: Interpreter) throws(RuntimeError) -> Value {
        // Every node overrides this; reaching it is a bug, reported rather than crashing.
        throw RuntimeError(.badValue, Text(en: "internal error: an expression without an evaluator",
                                          id: "kesalahan internal: ekspresi tanpa evaluator"), at: range)
    }

    /// For a register or a query: how many rows it has (no more than `atMost` are counted),
    /// without building the list; nil for any other expression. `count()` and `exists()` use it.
    func rowCount(_ rt: Interpreter, atMost: Int? = nil) throws(RuntimeError) -> Int? { nil }
}

final class ConstNode: ExprNode {
    let value: Value
    init(_ value: Value, _ range: SourceRange) {
        self.value = value
        super.init(range)
    }
    override func eval(_ rt: Interpreter) throws(RuntimeError) -> Value { value }
}

final class GlobalNode: ExprNode {
    let slot: Int
    let name: String
    init(_ slot: Int, _ name: String, _ range: SourceRange) {
        self.slot = slot
        self.name = name
        super.init(range)
    }
    override func eval(_ rt: Interpreter) throws(RuntimeError) -> Value { rt.globals[slot] }
}

final class LocalNode: ExprNode {
    let slot: Int
    init(_ slot: Int, _ range: SourceRange) {
        self.slot = slot
        super.init(range)
    }
    override func eval(_ rt: Interpreter) throws(RuntimeError) -> Value { rt.stack[rt.frameBase + slot] }
}

/// A declared entity by name, looked up when evaluated (it may be declared by an earlier
/// statement of the same script, after this one was compiled).
final class EntityNameNode: ExprNode {
    let name: String
    init(_ name: String, _ range: SourceRange) {
        self.name = name
        super.init(range)
    }
    override func eval(_ rt: Interpreter) throws(RuntimeError) -> Value {
        if let e = rt.entity(named: name) { return .entity(e) }
        var notes: [Diagnostic.Note] = []
        if let p = rt.pendingNames[name] {
            notes.append(.init(Text(en: "it is declared here, after this statement", id: "nama itu dideklarasikan di sini, setelah perintah ini"),
                               file: p.file, range: p.range))
        }
        throw RuntimeError(.notDeclaredYet, Text(en: "`\(name)` is not declared yet; declare it before using it",
                                                id: "`\(name)` belum dideklarasikan; deklarasikan sebelum menggunakannya"),
                           at: range, notes: notes)
    }
}

/// A whole register used as a value (`dip`, `runs`): the list of its rows.
final class RegisterNode: ExprNode {
    let register: RegisterKind
    init(_ register: RegisterKind, _ range: SourceRange) {
        self.register = register
        super.init(range)
    }
    override func eval(_ rt: Interpreter) throws(RuntimeError) -> Value { .rows(register, try rt.rows(of: register, at: range)) }
    override func rowCount(_ rt: Interpreter, atMost: Int?) throws(RuntimeError) -> Int? {
        let n = try rt.rowCount(of: register, at: range)
        return atMost.map { min($0, n) } ?? n
    }
}

final class ListNode: ExprNode {
    let items: [ExprNode]
    init(_ items: [ExprNode], _ range: SourceRange) {
        self.items = items
        super.init(range)
    }
    override func eval(_ rt: Interpreter) throws(RuntimeError) -> Value {
        var out: [Value] = []
        try rt.charge(items.count &* MemoryLayout<Value>.stride, at: range)
        out.reserveCapacity(items.count)
        for i in items {
            let v = try i.eval(rt)
            // The only place a list goes inside a list: keep values as shallow as the text
            // may be, so printing, comparing and freeing them can never overflow the stack.
            if v.elements != nil, Value.nesting(of: v, limit: Interpreter.maxValueNesting) >= Interpreter.maxValueNesting {
                throw RuntimeError(.limitExceeded, Text(en: "a list may be nested at most \(Interpreter.maxValueNesting) deep",
                                                       id: "daftar paling dalam bersarang \(Interpreter.maxValueNesting) tingkat"), at: i.range)
            }
            out.append(v)
        }
        return .list(out)
    }
}

final class NegateNode: ExprNode {
    let operand: ExprNode
    init(_ operand: ExprNode, _ range: SourceRange) {
        self.operand = operand
        super.init(range)
    }
    override func eval(_ rt: Interpreter) throws(RuntimeError) -> Value {
        switch try operand.eval(rt) {
        case .int(let i):
            let (r, o) = (0).subtractingReportingOverflow(i)
            if o { throw RuntimeError(.overflow, NegateNode.tooLarge, at: range) }
            return .int(r)
        case .decimal(let d):
            let (r, o) = (0).subtractingReportingOverflow(d.units)
            if o { throw RuntimeError(.overflow, NegateNode.tooLarge, at: range) }
            return .decimal(Decimal6(units: r))
        case let v:
            throw RuntimeError(.typeMismatch, Text(en: "'-' needs a number, found \(v.typeName)",
                                                   id: "'-' memerlukan angka, tetapi yang ada \(v.typeName)"), at: range)
        }
    }
}

extension NegateNode {
    static let tooLarge = Text(en: "the number is too large to negate", id: "angka itu terlalu besar untuk diberi tanda minus")
}

final class NotNode: ExprNode {
    let operand: ExprNode
    init(_ operand: ExprNode, _ range: SourceRange) {
        self.operand = operand
        super.init(range)
    }
    override func eval(_ rt: Interpreter) throws(RuntimeError) -> Value { .bool(!(try operand.eval(rt).isTruthy)) }
}

final class AndNode: ExprNode {
    let left: ExprNode, right: ExprNode
    init(_ l: ExprNode, _ r: ExprNode, _ range: SourceRange) {
        left = l
        right = r
        super.init(range)
    }
    override func eval(_ rt: Interpreter) throws(RuntimeError) -> Value {
        guard try left.eval(rt).isTruthy else { return .bool(false) }
        return .bool(try right.eval(rt).isTruthy)
    }
}

final class OrNode: ExprNode {
    let left: ExprNode, right: ExprNode
    init(_ l: ExprNode, _ r: ExprNode, _ range: SourceRange) {
        left = l
        right = r
        super.init(range)
    }
    override func eval(_ rt: Interpreter) throws(RuntimeError) -> Value {
        if try left.eval(rt).isTruthy { return .bool(true) }
        return .bool(try right.eval(rt).isTruthy)
    }
}

final class BinaryNode: ExprNode {
    let op: BinaryOp
    let left: ExprNode, right: ExprNode
    init(_ op: BinaryOp, _ l: ExprNode, _ r: ExprNode, _ range: SourceRange) {
        self.op = op
        left = l
        right = r
        super.init(range)
    }
    override func eval(_ rt: Interpreter) throws(RuntimeError) -> Value {
        let a = try left.eval(rt), b = try right.eval(rt)
        return try rt.binary(op, a, b, at: range)
    }
}

final class RangeNode: ExprNode {
    let low: ExprNode, high: ExprNode
    init(_ l: ExprNode, _ h: ExprNode, _ range: SourceRange) {
        low = l
        high = h
        super.init(range)
    }
    override func eval(_ rt: Interpreter) throws(RuntimeError) -> Value {
        switch (try low.eval(rt), try high.eval(rt)) {
        case (.date(let a), .date(let b)):
            guard a <= b else { throw RuntimeError(.badValue, RangeNode.endsBeforeStart(b, a), at: range) }
            return .dateRange(a, b)
        case (.time(let a), .time(let b)):
            guard a < b else { throw RuntimeError(.badValue, RangeNode.endsBeforeStart(b, a), at: range) }
            return .timeRange(a, b)
        case let (a, b):
            throw RuntimeError(.typeMismatch, Text(en: "'..' makes a range of two dates or two times, found \(a.typeName) and \(b.typeName)",
                                                   id: "'..' membentuk rentang dari dua tanggal atau dua jam, tetapi yang ada \(a.typeName) dan \(b.typeName)"),
                               at: range)
        }
    }
}

extension RangeNode {
    static func endsBeforeStart(_ end: some Localizable, _ start: some Localizable) -> Text {
        Text(en: "the range ends (\(end)) before it starts (\(start))", id: "rentang berakhir (\(end)) sebelum dimulai (\(start))")
    }
}

final class MemberNode: ExprNode {
    let base: ExprNode
    let field: String
    let fieldRange: SourceRange
    init(_ base: ExprNode, _ field: String, _ fieldRange: SourceRange, _ range: SourceRange) {
        self.base = base
        self.field = field
        self.fieldRange = fieldRange
        super.init(range)
    }
    /// The field last read, by the register of the value it was read from: a `.field` in a
    /// loop or a `where` sees values of one kind, and this saves looking the name up per row.
    var cachedRegister: RegisterKind?
    var cachedField: FieldSpec?

    override func eval(_ rt: Interpreter) throws(RuntimeError) -> Value {
        let v = try base.eval(rt)
        if let reg = RegisterKind.of(v) {
            if reg == cachedRegister, let f = cachedField { return f.read(rt, v) }
            guard let f = reg.spec.field(named: field) else { throw rt.noField(field, of: v, at: fieldRange) }
            cachedRegister = reg
            cachedField = f
            return f.read(rt, v)
        }
        return try rt.field(field, of: v, at: fieldRange)
    }
}

final class IndexNode: ExprNode {
    let base: ExprNode, index: ExprNode
    init(_ b: ExprNode, _ i: ExprNode, _ range: SourceRange) {
        base = b
        index = i
        super.init(range)
    }
    override func eval(_ rt: Interpreter) throws(RuntimeError) -> Value {
        let b = try base.eval(rt), i = try index.eval(rt)
        switch (b, i) {
        case (.list(let l), .int(let n)), (.rows(_, let l), .int(let n)):
            // 1-based, as an officer counts rows; negative counts from the end.
            let idx = n > 0 ? n - 1 : l.count + n
            guard n != 0, idx >= 0, idx < l.count else {
                throw RuntimeError(.badValue, Text(en: "there is no item \(n) in a list of \(l.count) (lists count from 1)",
                                                  id: "tidak ada butir ke-\(n) dalam daftar berisi \(l.count) (daftar dihitung mulai dari 1)"),
                                   at: index.range)
            }
            return l[idx]
        case (.string(let s), .int(let n)):
            let chars = Array(s)
            let idx = n > 0 ? n - 1 : chars.count + n
            guard n != 0, idx >= 0, idx < chars.count else {
                throw RuntimeError(.badValue, Text(en: "there is no character \(n) in a text of \(chars.count)",
                                                  id: "tidak ada karakter ke-\(n) dalam teks sepanjang \(chars.count)"), at: index.range)
            }
            return .string(String(chars[idx]))
        case (_, .string(let name)):
            return try rt.field(name, of: b, at: index.range)
        default:
            throw RuntimeError(.typeMismatch, Text(en: "cannot index \(b.typeName) with \(i.typeName)",
                                                   id: "\(b.typeName) tidak dapat diindeks dengan \(i.typeName)"), at: range)
        }
    }
}
