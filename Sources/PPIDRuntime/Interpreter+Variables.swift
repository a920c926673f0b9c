import PPIDSyntax
import PPIDText

/// Writing variables: the undo of a top-level statement, and the value-size budget.
///
/// A statement that fails changes nothing. Instead of copying every variable before each
/// statement (which kept a second reference to every list, so no list could ever grow in
/// place), the first write of a global in a statement notes how to undo it: its old value,
/// or, for an append in place (`l = l + [x]`), the old length to cut back to.
///
/// The budget (`maxValueBytes`, `--max-memory`; docs/language.md §16) counts the bytes of
/// texts (UTF-8) and lists (a slot per element) in two parts:
/// - `variableBytes`: what the top-level variables hold, measured when each is assigned
///   (nested lists and texts included; a list stored twice in one value counted once);
/// - `buildingBytes`: what the statement running now has built and not yet stored (every
///   text or list an operator, a list literal, a query or `str()` makes is charged as it is
///   made); it starts again at each statement of a block or loop body.
/// A construction or an assignment that would take the sum past the budget fails with E313,
/// before it allocates. Not counted: function locals, and values held only by a running
/// `for` (its list) or a `return`.
extension Interpreter {
    enum Undo {
        /// The slot held this value, measured at `bytes`.
        case value(Value, bytes: Int)
        /// The slot's list or text was appended to in place: cut back to `count` elements
        /// (UTF-8 bytes for text).
        case truncate(Int, bytes: Int)
    }

    /// The default budget: 768 MiB.
    public static let defaultMaxValueBytes = 768 << 20

    /// Starts a top-level statement: nothing to undo, nothing built.
    @inline(__always)
    func beginVariableUndo() {
        // Writes made outside a statement (none are expected) are kept.
        if !undoLog.isEmpty { commitVariables() }
        buildingBytes = 0
    }

    /// Ends a top-level statement that succeeded: its undo is dropped.
    @inline(__always)
    func commitVariables() {
        for (slot, _) in undoLog { undoIndex[slot] = -1 }
        undoLog.removeAll(keepingCapacity: true)
        buildingBytes = 0
    }

    /// Puts every global the failed statement wrote back as it was.
    func rollbackVariables() {
        for (slot, undo) in undoLog.reversed() {
            switch undo {
            case .value(let v, let b):
                variableBytes += b - slotBytes[slot]
                slotBytes[slot] = b
                globals[slot] = v
            case .truncate(let n, let b):
                var v = globals[slot]
                globals[slot] = .null
                Interpreter.truncate(&v, to: n)
                globals[slot] = v
                variableBytes += b - slotBytes[slot]
                slotBytes[slot] = b
            }
            undoIndex[slot] = -1
        }
        undoLog.removeAll(keepingCapacity: true)
        buildingBytes = 0
    }

    /// Grows the per-slot tables to the number of globals (the compiler adds slots).
    @inline(__always)
    func ensureSlotTables(_ i: Int) {
        if i >= slotBytes.count {
            let add = max(globals.count, i + 1) - slotBytes.count
            slotBytes.append(contentsOf: repeatElement(0, count: add))
            undoIndex.append(contentsOf: repeatElement(-1, count: add))
        }
    }

    /// Stores `v` in global `i`, checking the budget and noting the undo.
    func setGlobal(_ i: Int, _ v: Value, at range: SourceRange) throws(RuntimeError) {
        ensureSlotTables(i)
        let b = Interpreter.bytes(of: v)
        let total = variableBytes - slotBytes[i] + b
        if b > 0 && total > maxValueBytes {
            throw tooMuchMemory(total, at: range)
        }
        noteUndo(i)
        variableBytes = total
        slotBytes[i] = b
        globals[i] = v
        buildingBytes = 0
    }

    /// Notes how to undo the first write of global `i` in this statement. A slot whose note is
    /// an in-place append is now written whole: its old value is its value cut back.
    @inline(__always)
    func noteUndo(_ i: Int) {
        let k = undoIndex[i]
        if k < 0 {
            undoIndex[i] = undoLog.count
            undoLog.append((i, .value(globals[i], bytes: slotBytes[i])))
        } else if case .truncate(let n, let b) = undoLog[k].1 {
            var old = globals[i]
            Interpreter.truncate(&old, to: n)
            undoLog[k].1 = .value(old, bytes: b)
        }
    }

    /// Charges `bytes` about to be built by the running statement against the budget.
    @inline(__always)
    func charge(_ bytes: Int, at range: SourceRange) throws(RuntimeError) {
        let total = variableBytes + buildingBytes + bytes
        if total > maxValueBytes { throw tooMuchMemory(total, at: range) }
        buildingBytes += bytes
    }

    func tooMuchMemory(_ total: Int, at range: SourceRange) -> RuntimeError {
        let mb = (total + (1 << 20) - 1) >> 20, limit = maxValueBytes >> 20
        return RuntimeError(.memoryExceeded, Text(
            en: "this would hold about \(mb) MiB of texts and lists, more than the \(limit) MiB allowed; nothing was changed (the limit is set with --max-memory)",
            id: "ini akan menyimpan sekitar \(mb) MiB teks dan daftar, melebihi batas \(limit) MiB; tidak ada yang diubah (batasnya diatur dengan --max-memory)"),
            at: range)
    }

    /// The bytes a value's texts and lists take: UTF-8 bytes of text, one slot per list
    /// element, nested ones included; a list storage met twice is counted once.
    static func bytes(of v: Value) -> Int {
        switch v {
        case .string(let s): return s.utf8.count
        case .list, .rows, .record:
            var seen: Set<UnsafeRawPointer> = []
            return bytes(of: v, seen: &seen)
        default: return 0
        }
    }

    private static func bytes(of v: Value, seen: inout Set<UnsafeRawPointer>) -> Int {
        switch v {
        case .string(let s): return s.utf8.count
        case .list(let l), .rows(_, let l):
            if let key = l.withUnsafeBufferPointer({ $0.baseAddress.map { UnsafeRawPointer($0) } }) {
                guard seen.insert(key).inserted else { return 0 }
            }
            var n = l.count &* MemoryLayout<Value>.stride
            for x in l {
                switch x {
                case .string, .list, .rows, .record: n = n &+ bytes(of: x, seen: &seen)
                default: break
                }
            }
            return n
        case .record(let r):
            var n = r.fields.count &* MemoryLayout<(String, Value)>.stride
            for (_, x) in r.fields { n = n &+ bytes(of: x, seen: &seen) }
            return n
        default: return 0
        }
    }

    /// Cuts a list back to `n` elements, a text to `n` UTF-8 bytes (the undo of an append).
    static func truncate(_ v: inout Value, to n: Int) {
        switch v {
        case .list(var l):
            v = .null
            if n < l.count { l.removeSubrange(n...) }
            v = .list(l)
        case .rows(let r, var l):
            v = .null
            if n < l.count { l.removeSubrange(n...) }
            v = .rows(r, l)
        case .string(var s):
            v = .null
            if n < s.utf8.count { s = String(decoding: s.utf8.prefix(n), as: UTF8.self) }
            v = .string(s)
        default: break
        }
    }
}
