import PPIDSyntax
import PPIDText
import PPIDModel

extension Compiler {
    mutating func expr(_ e: Expr) throws(Failure) -> ExprNode {
        switch e.kind {
        case .literal(let lit):
            return ConstNode(try literal(lit, e.range), e.range)
        case .name(let n):
            return try name(n, e.range)
        case .list(let items):
            var nodes: [ExprNode] = []
            for i in items { nodes.append(try expr(i)) }
            return ListNode(nodes, e.range)
        case .unary(let op, let operand):
            let o = try expr(operand)
            return op == .not ? NotNode(o, e.range) : NegateNode(o, e.range)
        case .binary(let op, let l, let r):
            let a = try wordOperand(l, comparedWith: r, op), b = try wordOperand(r, comparedWith: l, op)
            switch op {
            case .and: return AndNode(a, b, e.range)
            case .or: return OrNode(a, b, e.range)
            default: return BinaryNode(op, a, b, e.range)
            }
        case .range(let l, let h):
            return RangeNode(try expr(l), try expr(h), e.range)
        case .member(let base, let m):
            return MemberNode(try expr(base), m.text, m.range, e.range)
        case .index(let base, let i):
            return IndexNode(try expr(base), try expr(i), e.range)
        case .call(let callee, let args):
            return try call(callee, args, e.range)
        case .query(let q):
            return try query(q, e.range)
        }
    }

    func literal(_ lit: Literal, _ range: SourceRange) throws(Failure) -> Value {
        switch lit {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .decimal(let t):
            if let dot = t.firstIndex(of: "."), t[t.index(after: dot)...].count > 6 {
                throw fail(.numberTooLarge, Text(en: "\(t) has more than 6 decimal places, the most ppid keeps",
                                                  id: "\(t) memiliki lebih dari 6 angka desimal, batas yang disimpan ppid"), range)
            }
            guard let d = Decimal6(text: t) else { throw fail(.numberTooLarge, Text(en: "the number \(t) is too large", id: "bilangan \(t) terlalu besar"), range) }
            return .decimal(d)
        case .string(let s): return .string(s)
        case .date(let y, let m, let d):
            guard let date = CivilDate(year: y, month: m, day: d) else { throw fail(.invalidDate, Compiler.notARealDate, range) }
            return .date(date)
        case .dateTime(let y, let m, let d, let h, let mi):
            guard let date = CivilDate(year: y, month: m, day: d) else { throw fail(.invalidDate, Compiler.notARealDate, range) }
            return .dateTime(DateTime(date: date, minuteOfDay: h * 60 + mi))
        case .time(let h, let m):
            return .time(TimeOfDay(minutes: h * 60 + m))
        case .duration(let amount, let unit):
            guard let u = Compiler.durationUnits[unit] else { throw fail(.unknownWord, Text(en: "'\(unit)' is not a unit of time", id: "'\(unit)' bukan satuan waktu"), range) }
            return .duration(Duration(amount: amount, unit: u))
        }
    }

    /// Every word for a unit of time (`year`, `years`, `tahun`, …) → its unit: one lookup
    /// (a `String`-backed enum's `init(rawValue:)` compares the word with each case in turn,
    /// and a replay reads a duration in nearly every `info`).
    static let durationUnits: [String: DurationUnit] = Parser.unitWords.compactMapValues(DurationUnit.init(rawValue:))

    /// In `status == answered` the right side is the word, not the row's `answered` field:
    /// a bare word compared with a word-valued field (`status`, `outcome`, `class`) is the
    /// word itself, unless a variable has that name.
    mutating func wordOperand(_ e: Expr, comparedWith other: Expr, _ op: BinaryOp) throws(Failure) -> ExprNode {
        guard op == .eq || op == .neq, case .name(let n) = e.kind, Compiler.words.contains(n), lookupVariable(n) == nil,
              case .name(let field) = other.kind, Compiler.wordValuedFields.contains(field) else { return try expr(e) }
        return ConstNode(.string(n), e.range)
    }

    /// The row fields whose values are words.
    static let wordValuedFields: Set<String> = ["status", "outcome", "class"]

    func name(_ n: String, _ range: SourceRange) throws(Failure) -> ExprNode {
        for (reg, slot) in rowScopes.reversed() {
            if let f = reg.spec.field(named: n) { return RowFieldNode(slot, f, range) }
        }
        if let slot = lookupVariable(n) {
            switch slot {
            case .global(let g): return GlobalNode(g, n, range)
            case .local(let l): return LocalNode(l, range)
            }
        }
        if isEntity(n) { return EntityNameNode(n, range) }
        if let reg = RegisterKind(rawValue: n) { return RegisterNode(reg, range) }
        if Compiler.words.contains(n) { return ConstNode(.string(n), range) }
        if n == "now" { return BuiltinCallNode(.now, [], range) }
        if n == "today" { return BuiltinCallNode(.today, [], range) }
        if n == "end" { return ConstNode(.string("end"), range) }
        try unresolved(n, range)
        return EntityNameNode(n, range)
    }

    mutating func call(_ callee: Name, _ args: [Expr], _ range: SourceRange) throws(Failure) -> ExprNode {
        if let b = Builtin(rawValue: callee.text) {
            guard b.arity.contains(args.count) else {
                let takes = b.arity.lowerBound == b.arity.upperBound ? "\(b.arity.lowerBound)" : "\(b.arity.lowerBound)–\(b.arity.upperBound)"
                let message = b.arity.upperBound == 1
                    ? Text(en: "\(b.rawValue)() takes \(takes) argument, given \(args.count)",
                           id: "\(b.rawValue)() menerima \(takes) argumen, tetapi diberi \(args.count)")
                    : Text(en: "\(b.rawValue)() takes \(takes) arguments, given \(args.count)",
                           id: "\(b.rawValue)() menerima \(takes) argumen, tetapi diberi \(args.count)")
                throw fail(.wrongArgumentCount, message, range,
                           notes: [.init(Text(en: "usage: \(b.usage)", id: "cara pakai: \(b.usage)"))])
            }
            if b == .exists, case .name(let n)? = args.first?.kind, lookupVariable(n) == nil {
                return BuiltinCallNode(.exists, [], bareName: n, range)
            }
            var nodes: [ExprNode] = []
            for a in args { nodes.append(try expr(a)) }
            return BuiltinCallNode(b, nodes, range)
        }
        guard let f = rt.functions[callee.text] else {
            if let deferred {
                deferred.calls.append((callee, args.count, file))
                for a in args { _ = try expr(a) }
                return ConstNode(.null, range)
            }
            if let (file, range) = rt.pendingFunctions[callee.text] {
                throw fail(.unknownFunction, Compiler.calledBeforeDeclaration(callee.text), callee.range,
                           notes: [.init(Compiler.declaredHere(callee.text), file: file, range: range)])
            }
            let known = Builtin.allCases.map(\.rawValue) + rt.functions.keys.sorted()
            throw fail(.unknownFunction, Compiler.unknownFunction(callee.text), callee.range, notes: Suggest.notes(for: callee.text, in: known))
        }
        guard f.params == args.count else {
            throw fail(.wrongArgumentCount, Text(en: "'\(f.name)' takes \(count: f.params, "argument"), given \(args.count)",
                                                 id: "'\(f.name)' menerima \(f.params) argumen, tetapi diberi \(args.count)"), range,
                       notes: [.init(Compiler.declaredHere(f.name), file: f.file, range: f.range)])
        }
        var nodes: [ExprNode] = []
        for a in args { nodes.append(try expr(a)) }
        return FunctionCallNode(f, nodes, range)
    }

    mutating func query(_ q: Query, _ range: SourceRange) throws(Failure) -> ExprNode {
        guard let reg = RegisterKind(rawValue: q.register.text) else {
            // The parser reads any `NAME where|order|limit` as a query; only a register can be queried.
            let names = RegisterSpec.all.map(\.name)
            var notes = Suggest.notes(for: q.register.text, in: names)
            let list = names.joined(separator: ", ")
            notes.append(.init(Text(en: "the registers are: \(list)", id: "register yang ada: \(list)")))
            throw fail(.notARegister, Text(en: "'\(q.register.text)' is not a register; only a register can be queried with where, order by or limit",
                                           id: "'\(q.register.text)' bukan register; hanya register yang dapat disaring dengan where, order by, atau limit"),
                       q.register.range, notes: notes)
        }
        // `limit` is outside the row's scope: compile it first.
        let limit = try q.limit.map { (l) throws(Failure) in try expr(l) }
        let slot = newSlot()
        rowScopes.append((reg, slot))
        defer { rowScopes.removeLast() }
        let filter = try q.filter.map { (f) throws(Failure) in try expr(f) }
        if let g = q.group {
            let group = try groupClause(g, register: reg)
            let order = try groupOrder(q.order, columns: group.columns)
            return GroupQueryNode(reg, rowSlot: slot, filter: filter, group: group, order: order, limit: limit, range)
        }
        var order: [(ExprNode, Bool)] = []
        for k in q.order { order.append((try expr(k.key), k.descending)) }
        return QueryNode(reg, rowSlot: slot, filter: filter, order: order, limit: limit, range)
    }
}
