import PPIDSyntax
import PPIDModel
import PPIDText

/// A compiled statement.
class StmtNode {
    let range: SourceRange
    init(_ range: SourceRange) { self.range = range }
    func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow { .normal }
    /// True when the statement changes the registers or the variables (the journal keeps it).
    var changesState: Bool { true }
}

final class ExprStmtNode: StmtNode {
    let expr: ExprNode
    init(_ e: ExprNode, _ range: SourceRange) {
        expr = e
        super.init(range)
    }
    override var changesState: Bool { false }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let v = try expr.eval(rt)
        rt.lastValue = v
        try rt.present(v, format: nil, at: range)
        return .normal
    }
}

final class AssignNode: StmtNode {
    let slot: Slot
    let value: ExprNode
    init(_ slot: Slot, _ value: ExprNode, _ range: SourceRange) {
        self.slot = slot
        self.value = value
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        try rt.assign(slot, try value.eval(rt), at: range)
        return .normal
    }
}

final class PrintNode: StmtNode {
    let args: [ExprNode]
    init(_ args: [ExprNode], _ range: SourceRange) {
        self.args = args
        super.init(range)
    }
    override var changesState: Bool { false }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        var parts: [String] = []
        for a in args { parts.append(try rt.displayChecked(try a.eval(rt), at: a.range)) }
        try rt.emit(parts.joined(separator: " "))
        return .normal
    }
}

final class AssertNode: StmtNode {
    let cond: ExprNode
    let message: ExprNode?
    init(_ c: ExprNode, _ m: ExprNode?, _ range: SourceRange) {
        cond = c
        message = m
        super.init(range)
    }
    override var changesState: Bool { false }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        if try cond.eval(rt).isTruthy { return .normal }
        var text = Text(en: "assertion failed", id: "asersi gagal")
        if let m = message {
            let said = rt.display(try m.eval(rt))
            text = Text(en: "assertion failed: \(said)", id: "asersi gagal: \(said)")
        }
        var notes: [Diagnostic.Note] = []
        if let b = cond as? BinaryNode, b.op == .eq || b.op == .neq {
            let l = try b.left.eval(rt), r = try b.right.eval(rt)
            let left = rt.nested(l), right = rt.nested(r)
            notes.append(.init(Text(en: "left side: \(left); right side: \(right)", id: "sisi kiri: \(left); sisi kanan: \(right)")))
        }
        throw RuntimeError(.assertionFailed, text, at: cond.range, notes: notes)
    }
}

final class IfNode: StmtNode {
    let cond: ExprNode
    let then: [StmtNode]
    let otherwise: [StmtNode]
    init(_ c: ExprNode, _ t: [StmtNode], _ o: [StmtNode], _ range: SourceRange) {
        cond = c
        then = t
        otherwise = o
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let body = try cond.eval(rt).isTruthy ? then : otherwise
        for s in body {
            if case .returned(let v) = try s.exec(rt) { return .returned(v) }
        }
        return .normal
    }
}

final class BlockNode: StmtNode {
    let body: [StmtNode]
    init(_ b: [StmtNode], _ range: SourceRange) {
        body = b
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        for s in body {
            if case .returned(let v) = try s.exec(rt) { return .returned(v) }
        }
        return .normal
    }
}

final class ForNode: StmtNode {
    let slot: Slot
    let seq: ExprNode
    let body: [StmtNode]
    init(_ slot: Slot, _ seq: ExprNode, _ body: [StmtNode], _ range: SourceRange) {
        self.slot = slot
        self.seq = seq
        self.body = body
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let items: [Value]
        switch try seq.eval(rt) {
        case .list(let l), .rows(_, let l): items = l.elements
        case .dateRange(let a, let b):
            // Day by day, without building the list of days.
            for (n, day) in (a.dayNumber...b.dayNumber).enumerated() {
                if n & 255 == 0 { try rt.checkInterrupt(range) }
                // What the last round built and did not store is gone (Interpreter+Variables.swift).
                rt.buildingBytes = 0
                guard let d = CivilDate(dayNumber: day) else { break }
                rt.set(slot, .date(d))
                for s in body {
                    if case .returned(let r) = try s.exec(rt) { return .returned(r) }
                }
            }
            return .normal
        case let v: throw RuntimeError(.typeMismatch, Text(en: "'for' needs a list, a register or a date range, found \(v.typeName)",
                                                        id: "'for' memerlukan daftar, register, atau rentang tanggal, tetapi yang ada \(v.typeName)"), at: seq.range)
        }
        for (n, v) in items.enumerated() {
            if n & 255 == 0 { try rt.checkInterrupt(range) }
            rt.buildingBytes = 0
            rt.set(slot, v)
            for s in body {
                if case .returned(let r) = try s.exec(rt) { return .returned(r) }
            }
        }
        return .normal
    }
}

final class ReturnNode: StmtNode {
    let value: ExprNode?
    init(_ v: ExprNode?, _ range: SourceRange) {
        value = v
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow { .returned(try value?.eval(rt) ?? .null) }
}

/// `load "file"`: runs the compiled statements of another file once per session.
final class LoadNode: StmtNode {
    let unit: CompiledUnit?
    init(_ unit: CompiledUnit?, _ range: SourceRange) {
        self.unit = unit
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        guard let unit, !rt.loadedFiles.contains(unit.key) else { return .normal }
        let saved = rt.currentFile
        rt.currentFile = unit.file
        defer { rt.currentFile = saved }
        for s in unit.nodes {
            do {
                _ = try s.exec(rt)
            } catch {
                var e = error
                if e.file == nil { e.file = unit.file }
                if rt.keepGoingAfterAsserts && e.code == .assertionFailed {
                    rt.assertsFailedInLoads.append(e.diagnostic(fallback: unit.file))
                    continue
                }
                throw e
            }
        }
        rt.loadedFiles.insert(unit.key)
        // Loaded once per session: its compiled statements are not needed again.
        rt.compiledLoads[unit.key] = nil
        return .normal
    }
}

/// A file's statements, compiled.
final class CompiledUnit {
    let file: SourceFile
    let key: String
    let nodes: [StmtNode]
    init(file: SourceFile, key: String, nodes: [StmtNode]) {
        self.file = file
        self.key = key
        self.nodes = nodes
    }
}
