import PPIDSyntax
import PPIDModel
import PPIDText

/// Reads back the values `SnapshotListTable` wrote (Interpreter+Snapshot.swift), each
/// shared list once.
struct SnapshotListReader {
    let registry: Registry
    var lists: [[Value]] = []
    let holidays: Int

    init(registry: Registry) {
        self.registry = registry
        holidays = registry.calendar.entries.count
    }

    mutating func read(from r: inout SnapshotReader, depth: Int) throws(SnapshotError) -> Value {
        guard depth <= Interpreter.maxValueNesting + 2 else { throw SnapshotError("nested too deep") }
        switch try r.byte() {
        case 0: return .null
        case 1: return .bool(try r.bool())
        case 2: return .int(try r.int())
        case 3: return .decimal(Decimal6(units: try r.int()))
        case 4: return .string(try r.str())
        case 5: return .date(try date(r.int()))
        case 6: return .dateTime(try time(r.int()))
        case 7: return .time(TimeOfDay(minutes: try r.int()))
        case 8:
            guard let d = try r.duration() else { throw SnapshotError("bad duration") }
            return .duration(d)
        case 9: return .dateRange(try date(r.int()), try date(r.int()))
        case 10: return .timeRange(TimeOfDay(minutes: try r.int()), TimeOfDay(minutes: try r.int()))
        case 11: return .list(try readList(from: &r, depth: depth))
        case 12:
            let kind = try r.word(RegisterKind.self)
            return .rows(kind, try readList(from: &r, depth: depth))
        case 13:
            var fields: [(String, Value)] = []
            for _ in 0..<(try r.count(minimumSize: 2)) { fields.append((try r.str(), try read(from: &r, depth: depth + 1))) }
            return .record(Record(fields))
        case 14:
            let kind = try r.byte(), i = try r.int()
            let g = registry
            func check(_ n: Int) throws(SnapshotError) { guard (0..<n).contains(i) else { throw SnapshotError("bad entity") } }
            switch kind {
            case 0: try check(g.units.count); return .entity(.unit(i))
            case 1: try check(g.roles.count); return .entity(.role(i))
            case 2: try check(g.staff.count); return .entity(.staff(i))
            case 3: try check(g.items.count); return .entity(.item(i))
            case 4: try check(g.sops.count); return .entity(.sop(i))
            case 5: try check(g.runs.count); return .entity(.run(i))
            case 6: try check(g.requests.count); return .entity(.request(i))
            case 7: try check(g.objections.count); return .entity(.objection(i))
            default: throw SnapshotError("bad entity")
            }
        case 15:
            let kind = try r.byte(), i = try r.int()
            let n = kind == 0 ? registry.steps.count : kind == 1 ? registry.log.count : kind == 2 ? holidays : -1
            guard n >= 0, (0..<n).contains(i) else { throw SnapshotError("bad row") }
            return .row(kind == 0 ? .step(i) : kind == 1 ? .log(i) : .holiday(i))
        default:
            throw SnapshotError("bad value")
        }
    }

    mutating func readList(from r: inout SnapshotReader, depth: Int) throws(SnapshotError) -> [Value] {
        let ref = try r.int()
        if ref > 0 {
            guard ref <= lists.count else { throw SnapshotError("bad list") }
            return lists[ref - 1]
        }
        guard ref == 0 else { throw SnapshotError("bad list") }
        var l: [Value] = []
        let n = try r.count()
        l.reserveCapacity(n)
        for _ in 0..<n { l.append(try read(from: &r, depth: depth + 1)) }
        if !l.isEmpty { lists.append(l) }
        return l
    }

    func date(_ n: Int) throws(SnapshotError) -> CivilDate {
        guard let d = CivilDate(dayNumber: n) else { throw SnapshotError("bad date") }
        return d
    }

    func time(_ m: Int) throws(SnapshotError) -> DateTime {
        guard let t = DateTime(minutes: m) else { throw SnapshotError("bad time") }
        return t
    }
}
