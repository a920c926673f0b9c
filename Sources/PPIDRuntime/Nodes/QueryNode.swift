import PPIDSyntax
import PPIDModel
import PPIDText

/// A variable's storage: a global slot or a slot of the current function frame.
enum Slot {
    case global(Int)
    case local(Int)
}

extension Interpreter {
    @inline(__always) func get(_ s: Slot) -> Value {
        switch s {
        case .global(let i): return globals[i]
        case .local(let i): return stack[frameBase + i]
        }
    }

    @inline(__always) func set(_ s: Slot, _ v: Value) {
        switch s {
        case .global(let i):
            // Not measured (a loop's or a query's variable holds a value stored elsewhere).
            ensureSlotTables(i)
            noteUndo(i)
            variableBytes -= slotBytes[i]
            slotBytes[i] = 0
            globals[i] = v
        case .local(let i): stack[frameBase + i] = v
        }
    }

    /// An assignment: a global is measured against the budget (Interpreter+Variables.swift).
    @inline(__always) func assign(_ s: Slot, _ v: Value, at range: SourceRange) throws(RuntimeError) {
        switch s {
        case .global(let i): try setGlobal(i, v, at: range)
        case .local(let i):
            stack[frameBase + i] = v
            buildingBytes = 0
        }
    }
}

/// A field of the row a `where`/`order by` is looking at, resolved to its register's field
/// when compiled (the row is always a row of that register).
final class RowFieldNode: ExprNode {
    let slot: Slot
    let field: FieldSpec
    init(_ slot: Slot, _ field: FieldSpec, _ range: SourceRange) {
        self.slot = slot
        self.field = field
        super.init(range)
    }
    override func eval(_ rt: Interpreter) throws(RuntimeError) -> Value {
        field.read(rt, rt.get(slot))
    }
}

/// `REG where EXPR order by KEY [desc], ... limit N`: the register's rows that match, as references.
final class QueryNode: ExprNode {
    let register: RegisterKind
    let rowSlot: Slot
    let filter: ExprNode?
    let order: [(ExprNode, Bool)]
    let limit: ExprNode?

    init(_ register: RegisterKind, rowSlot: Slot, filter: ExprNode?, order: [(ExprNode, Bool)], limit: ExprNode?, _ range: SourceRange) {
        self.register = register
        self.rowSlot = rowSlot
        self.filter = filter
        self.order = order
        self.limit = limit
        super.init(range)
    }

    func limitValue(_ rt: Interpreter) throws(RuntimeError) -> Int? { try QueryNode.limitValue(limit, rt) }

    /// The number of rows `limit` keeps, or nil without one (also for grouped queries).
    static func limitValue(_ limit: ExprNode?, _ rt: Interpreter) throws(RuntimeError) -> Int? {
        guard let limit else { return nil }
        guard case .int(let n) = try limit.eval(rt), n >= 0 else {
            throw RuntimeError(.typeMismatch, Text(en: "'limit' needs a whole number of rows, 0 or more", id: "'limit' memerlukan jumlah baris berupa bilangan bulat, 0 atau lebih"), at: limit.range)
        }
        return n
    }

    /// Two keys that do not compare (also for grouped queries).
    static func cannotOrder(_ a: Value, _ b: Value) -> Text {
        Text(en: "cannot order \(a.typeName) against \(b.typeName)", id: "tidak dapat mengurutkan \(a.typeName) terhadap \(b.typeName)")
    }

    /// The matching rows, in register order (before sorting).
    func matching(_ rt: Interpreter, stopAfter: Int?) throws(RuntimeError) -> [Value] {
        var out: [Value] = []
        if stopAfter == 0 { return out }
        var polled = 0
        try rt.forEachRow(of: register, at: range) { row throws(RuntimeError) in
            polled &+= 1
            if polled & 1023 == 0 { try rt.checkInterrupt(range) }
            if let filter {
                rt.set(rowSlot, row)
                guard try filter.eval(rt).isTruthy else { return true }
            }
            out.append(row)
            if let s = stopAfter, out.count >= s { return false }
            return true
        }
        return out
    }

    override func eval(_ rt: Interpreter) throws(RuntimeError) -> Value {
        let lim = try limitValue(rt)
        if order.isEmpty { return .rows(register, try matching(rt, stopAfter: lim)) }
        let rows = try matching(rt, stopAfter: nil)
        // Evaluate every key once, then sort stably.
        var keyed: [(Int, [Value])] = []
        keyed.reserveCapacity(rows.count)
        for (i, row) in rows.enumerated() {
            rt.set(rowSlot, row)
            var keys: [Value] = []
            for (k, _) in order { keys.append(try k.eval(rt)) }
            keyed.append((i, keys))
        }
        var failure: RuntimeError? = nil
        keyed.sort { a, b in
            for (n, (k, desc)) in order.enumerated() {
                guard let c = rt.compare(a.1[n], b.1[n]) else {
                    if failure == nil {
                        failure = RuntimeError(.typeMismatch, QueryNode.cannotOrder(a.1[n], b.1[n]), at: k.range)
                    }
                    return a.0 < b.0
                }
                if c != 0 { return desc ? c > 0 : c < 0 }
            }
            return a.0 < b.0
        }
        if let failure { throw failure }
        var out = keyed.map { rows[$0.0] }
        if let lim, out.count > lim { out.removeSubrange(lim...) }
        return .rows(register, out)
    }

    /// The number of matching rows, without building the list.
    override func rowCount(_ rt: Interpreter, atMost: Int?) throws(RuntimeError) -> Int? {
        var lim = try limitValue(rt)
        if let m = atMost { lim = min(lim ?? m, m) }
        guard let filter else {
            let n = try rt.rowCount(of: register, at: range)
            return lim.map { min($0, n) } ?? n
        }
        var n = 0
        if lim == 0 { return 0 }
        var polled = 0
        try rt.forEachRow(of: register, at: range) { row throws(RuntimeError) in
            polled &+= 1
            if polled & 1023 == 0 { try rt.checkInterrupt(range) }
            rt.set(rowSlot, row)
            if try filter.eval(rt).isTruthy { n += 1 }
            if let lim, n >= lim { return false }
            return true
        }
        return n
    }
}
