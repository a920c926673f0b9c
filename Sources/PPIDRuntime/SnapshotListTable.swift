import PPIDSyntax
import PPIDModel
import PPIDText

/// Values, with each list's storage written once: `l = [l, l]` sixty times holds 2^60 paths
/// through 61 lists, and the snapshot holds 61 lists (docs/language.md §2).
struct SnapshotListTable {
    var seen: [UnsafeRawPointer: Int] = [:]
    var next = 0

    mutating func write(_ v: Value, to w: inout SnapshotWriter) {
        switch v {
        case .null: w.byte(0)
        case .bool(let b): w.byte(1); w.bool(b)
        case .int(let n): w.byte(2); w.int(n)
        case .decimal(let d): w.byte(3); w.int(d.units)
        case .string(let s): w.byte(4); w.str(s)
        case .date(let d): w.byte(5); w.int(d.dayNumber)
        case .dateTime(let t): w.byte(6); w.int(t.minutes)
        case .time(let t): w.byte(7); w.int(t.minutes)
        case .duration(let d): w.byte(8); w.duration(d)
        case .dateRange(let a, let b): w.byte(9); w.int(a.dayNumber); w.int(b.dayNumber)
        case .timeRange(let a, let b): w.byte(10); w.int(a.minutes); w.int(b.minutes)
        case .list(let l): w.byte(11); writeList(l.elements, to: &w)
        case .rows(let k, let l): w.byte(12); w.str(k.rawValue); writeList(l.elements, to: &w)
        case .record(let r):
            w.byte(13); w.int(r.fields.count)
            for (k, x) in r.fields { w.str(k); write(x, to: &w) }
        case .entity(let e):
            w.byte(14)
            switch e {
            case .unit(let i): w.byte(0); w.int(i)
            case .role(let i): w.byte(1); w.int(i)
            case .staff(let i): w.byte(2); w.int(i)
            case .item(let i): w.byte(3); w.int(i)
            case .sop(let i): w.byte(4); w.int(i)
            case .run(let i): w.byte(5); w.int(i)
            case .request(let i): w.byte(6); w.int(i)
            case .objection(let i): w.byte(7); w.int(i)
            }
        case .row(let r):
            w.byte(15)
            switch r {
            case .step(let i): w.byte(0); w.int(i)
            case .log(let i): w.byte(1); w.int(i)
            case .holiday(let i): w.byte(2); w.int(i)
            }
        }
    }

    /// A list seen before is written as its number (0 is a new list, written out).
    mutating func writeList(_ l: [Value], to w: inout SnapshotWriter) {
        let key = l.withUnsafeBufferPointer { $0.baseAddress.map { UnsafeRawPointer($0) } }
        if let key, let n = seen[key] {
            w.int(n + 1)
            return
        }
        w.int(0)
        w.int(l.count)
        for x in l { write(x, to: &w) }
        if let key {
            seen[key] = next
            next += 1
        }
    }
}
