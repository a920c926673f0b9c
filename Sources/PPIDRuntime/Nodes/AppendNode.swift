import PPIDSyntax
import PPIDText

/// `NAME = NAME + EXPR` where the variable holds a list or a text: appends in place.
///
/// `l = l + [x]` in a loop built a new list each time (quadratic); here the value is taken
/// out of its variable after EXPR is evaluated, so its storage is uniquely referenced and
/// grows in place (amortised constant time per append). The result is the one `+` gives
/// (Interpreter+Arithmetic.swift); any other pair of operands takes `+` itself. A failure
/// leaves the variable as it was, and the statement's undo cuts the growth back.
final class AppendNode: StmtNode {
    let slot: Slot
    let sum: BinaryNode
    init(_ slot: Slot, _ sum: BinaryNode, _ range: SourceRange) {
        self.slot = slot
        self.sum = sum
        super.init(range)
    }

    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let extra = try sum.right.eval(rt)
        var v = rt.take(slot)
        switch (v, extra) {
        case (.list(var l), .list(let y)), (.list(var l), .rows(_, let y)):
            v = .null
            let done = try append(rt, &l, y)
            rt.putBack(slot, .list(l), appended: done)
        case (.rows(let r, var l), .rows(let r2, let y)) where r == r2:
            v = .null
            let done = try append(rt, &l, y)
            rt.putBack(slot, .rows(r, l), appended: done)
        case (.string(var s), _):
            v = .null
            let tail: String
            if case .string(let t) = extra { tail = t } else { tail = rt.display(extra) }
            let n = s.utf8.count + tail.utf8.count
            guard n <= Interpreter.maxStringLength else {
                rt.putBack(slot, .string(s), appended: nil)
                throw RuntimeError(.limitExceeded, Text(en: "a text may be at most \(Interpreter.maxStringLength) bytes long",
                                                       id: "teks paling panjang \(Interpreter.maxStringLength) bita"), at: sum.range)
            }
            do throws(RuntimeError) {
                try rt.charge(tail.utf8.count, at: sum.range)
            } catch {
                rt.putBack(slot, .string(s), appended: nil)
                throw error
            }
            let old = s.utf8.count
            s += tail
            rt.putBack(slot, .string(s), appended: (old, tail.utf8.count))
        default:
            rt.putBack(slot, v, appended: nil)
            let left = rt.get(slot)
            try rt.assign(slot, try rt.binary(.add, left, extra, at: sum.range), at: range)
        }
        return .normal
    }

    /// Appends `y` to `l` within the limits; (old count, bytes added), or throws with `l` as it was.
    private func append(_ rt: Interpreter, _ l: inout ListStorage, _ y: ListStorage) throws(RuntimeError) -> (Int, Int)? {
        guard l.count + y.count <= Interpreter.maxListLength else {
            rt.putBack(slot, .list(l), appended: nil)
            throw RuntimeError(.limitExceeded, Text(en: "a list may hold at most \(Interpreter.maxListLength) values",
                                                   id: "daftar paling banyak berisi \(Interpreter.maxListLength) nilai"), at: sum.range)
        }
        let bytes = Interpreter.bytes(of: .list(y))
        do throws(RuntimeError) {
            try rt.charge(bytes, at: sum.range)
            // As a list literal does (ListNode): no deeper than the limit. `y` knows its
            // depth, 1 + its deepest element's, so this costs nothing per element.
            if Int(y.depth) - 1 >= Interpreter.maxValueNesting {
                throw RuntimeError(.limitExceeded, Text(en: "a list may be nested at most \(Interpreter.maxValueNesting) deep",
                                                       id: "daftar paling dalam bersarang \(Interpreter.maxValueNesting) tingkat"), at: sum.right.range)
            }
        } catch {
            rt.putBack(slot, .list(l), appended: nil)
            throw error
        }
        let old = l.count
        l.append(contentsOf: y)
        return (old, bytes)
    }
}

extension Interpreter {
    /// The value of a variable, moved out (the variable holds null until `putBack`).
    @inline(__always) func take(_ s: Slot) -> Value {
        switch s {
        case .global(let i):
            let v = globals[i]
            globals[i] = .null
            return v
        case .local(let i):
            let v = stack[frameBase + i]
            stack[frameBase + i] = .null
            return v
        }
    }

    /// Puts a taken value back; `appended` (old length, bytes added) when it grew in place,
    /// which the statement's undo cuts back if the statement fails.
    func putBack(_ s: Slot, _ v: Value, appended: (Int, Int)?) {
        switch s {
        case .global(let i):
            ensureSlotTables(i)
            if let (old, bytes) = appended {
                if undoIndex[i] < 0 {
                    undoIndex[i] = undoLog.count
                    undoLog.append((i, .truncate(old, bytes: slotBytes[i])))
                }
                slotBytes[i] += bytes
                variableBytes += bytes
                buildingBytes = 0
            }
            globals[i] = v
        case .local(let i):
            stack[frameBase + i] = v
            if appended != nil { buildingBytes = 0 }
        }
    }
}
