import PPIDSyntax
import PPIDModel
import PPIDText

/// `REG where EXPR group by KEY with AGG(F), ... order by COLUMN limit N` (docs/language.md
/// §12): one record per distinct key value, with the key, `count` and the aggregates, in key
/// order unless `order by` names columns. One pass over the matching rows; the groups are
/// found by a dictionary on the key's text, so it is linear in the rows.
final class GroupQueryNode: ExprNode {
    let register: RegisterKind
    let rowSlot: Slot
    let filter: ExprNode?
    let group: GroupSpec
    let order: [(column: Int, descending: Bool)]
    let limit: ExprNode?

    init(_ register: RegisterKind, rowSlot: Slot, filter: ExprNode?, group: GroupSpec,
         order: [(column: Int, descending: Bool)], limit: ExprNode?, _ range: SourceRange) {
        self.register = register
        self.rowSlot = rowSlot
        self.filter = filter
        self.group = group
        self.order = order
        self.limit = limit
        super.init(range)
    }

    /// One group while the rows are read.
    struct Bucket {
        let key: Value
        var count = 0
        /// Per aggregate: the sum in millionths, how many values, the least and the greatest.
        var sums: [Int]
        var seen: [Int]
        var least: [Value]
        var most: [Value]
        var decimal: [Bool]
    }

    override func eval(_ rt: Interpreter) throws(RuntimeError) -> Value {
        var index: [String: Int] = [:]
        var buckets: [Bucket] = []
        let n = group.aggregates.count
        var polled = 0
        try rt.forEachRow(of: register, at: range) { row throws(RuntimeError) in
            polled &+= 1
            if polled & 1023 == 0 { try rt.checkInterrupt(range) }
            rt.set(rowSlot, row)
            if let filter, !(try filter.eval(rt).isTruthy) { return true }
            let key = try group.key.eval(rt)
            let text = key.typeName.english + "\u{0}" + rt.display(key)
            let b: Int
            if let i = index[text] {
                b = i
            } else {
                b = buckets.count
                index[text] = b
                buckets.append(Bucket(key: key, sums: Array(repeating: 0, count: n), seen: Array(repeating: 0, count: n),
                                      least: Array(repeating: .null, count: n), most: Array(repeating: .null, count: n),
                                      decimal: Array(repeating: false, count: n)))
            }
            buckets[b].count += 1
            for (a, agg) in group.aggregates.enumerated() {
                try add(try agg.value.eval(rt), to: &buckets[b], at: a, agg, rt)
            }
            return true
        }
        var records = buckets.map { record($0) }
        try sort(&records, rt)
        if let k = try QueryNode.limitValue(limit, rt), records.count > k { records.removeSubrange(k...) }
        return .list(records.map { .record($0) })
    }

    private func add(_ v: Value, to b: inout Bucket, at a: Int, _ agg: GroupSpec.Aggregate, _ rt: Interpreter) throws(RuntimeError) {
        switch v {
        case .null:
            return   // open requests have no `days`: they do not count towards an average
        case .int(let i):
            try accumulate(i, Decimal6.scale, into: &b, at: a, agg)
        case .decimal(let d):
            b.decimal[a] = true
            try accumulate(d.units, 1, into: &b, at: a, agg)
        case .date where agg.function == .min || agg.function == .max:
            break
        case .dateTime where agg.function == .min || agg.function == .max:
            break
        default:
            throw RuntimeError(.typeMismatch, Text(en: "\(agg.function.rawValue)() needs numbers, found \(v.typeName)",
                                                   id: "\(agg.function.rawValue)() memerlukan bilangan, tetapi yang ada \(v.typeName)"),
                               at: agg.value.range)
        }
        b.seen[a] += 1
        if case .null = b.least[a] { b.least[a] = v; b.most[a] = v; return }
        if let c = rt.compare(v, b.least[a]), c < 0 { b.least[a] = v }
        if let c = rt.compare(v, b.most[a]), c > 0 { b.most[a] = v }
    }

    private func accumulate(_ x: Int, _ scale: Int, into b: inout Bucket, at a: Int, _ agg: GroupSpec.Aggregate) throws(RuntimeError) {
        let (units, o1) = x.multipliedReportingOverflow(by: scale)
        let (sum, o2) = b.sums[a].addingReportingOverflow(units)
        guard !o1, !o2 else {
            throw RuntimeError(.limitExceeded, Text(en: "\(agg.function.rawValue)() is too large", id: "\(agg.function.rawValue)() terlalu besar"),
                               at: agg.value.range)
        }
        b.sums[a] = sum
    }

    private func record(_ b: Bucket) -> Record {
        var fields: [(String, Value)] = [(group.columns[0], b.key), ("count", .int(b.count))]
        for (a, agg) in group.aggregates.enumerated() {
            let v: Value
            switch agg.function {
            case .min: v = b.least[a]
            case .max: v = b.most[a]
            case .sum:
                if b.seen[a] == 0 { v = .null; break }
                v = b.decimal[a] ? .decimal(Decimal6(units: b.sums[a])) : .int(b.sums[a] / Decimal6.scale)
            case .avg:
                // Rounded half away from zero to six decimals, as every Decimal6 is.
                let n = b.seen[a]
                if n == 0 { v = .null; break }
                let s = b.sums[a]
                let q = (s.magnitude * 2 + UInt(n)) / (UInt(n) * 2)
                v = .decimal(Decimal6(units: s < 0 ? -Int(q) : Int(q)))
            }
            fields.append((agg.column, v))
        }
        return Record(fields)
    }

    private func sort(_ records: inout [Record], _ rt: Interpreter) throws(RuntimeError) {
        let keys: [(Int, Bool)] = order.isEmpty ? [(0, false)] : order.map { ($0.column, $0.descending) }
        var failure: RuntimeError? = nil
        let sorted = records.enumerated().sorted { x, y in
            for (c, desc) in keys {
                let a = x.element.fields[c].1, b = y.element.fields[c].1
                guard let r = rt.compare(a, b) else {
                    if failure == nil {
                        failure = RuntimeError(.typeMismatch, QueryNode.cannotOrder(a, b), at: range)
                    }
                    return x.offset < y.offset
                }
                if r != 0 { return desc ? r > 0 : r < 0 }
            }
            return x.offset < y.offset
        }
        if let failure { throw failure }
        records = sorted.map(\.element)
    }
}
