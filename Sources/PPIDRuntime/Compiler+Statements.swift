import PPIDSyntax
import PPIDModel
import PPIDText

extension Compiler {
    /// Compiles top-level statements: every statement is tried, each failure is one diagnostic.
    mutating func compileTop(_ stmts: [Stmt]) -> [StmtNode] {
        var out: [StmtNode] = []
        for s in stmts {
            do throws(Failure) {
                out.append(try stmt(s))
            } catch {
                diagnostics.append(error.diagnostic)
            }
        }
        return out
    }

    mutating func block(_ b: Block) throws(Failure) -> [StmtNode] {
        try withScope { (c: inout Compiler) throws(Failure) in
            var out: [StmtNode] = []
            for s in b.statements { out.append(try c.stmt(s)) }
            return out
        }
    }

    mutating func stmt(_ s: Stmt) throws(Failure) -> StmtNode {
        switch s.kind {
        case .let(let name, let value):
            let v = try expr(value)
            let slot = try declareVariable(name)
            return AssignNode(slot, v, s.range)
        case .assign(let name, let value):
            guard let slot = lookupVariable(name.text) else {
                if isEntity(name.text) {
                    let kind = kindNoun(name.text)
                    throw fail(.typeMismatch, Text(en: "'\(name.text)' is \(kind), not a variable; use `update` to change an item",
                                                   id: "'\(name.text)' adalah \(kind), bukan variabel; gunakan `update` untuk mengubah informasi"),
                               name.range)
                }
                throw unknownName(name.text, name.range, expecting: Text(en: "a variable declared with `let`", id: "variabel yang dideklarasikan dengan `let`"))
            }
            let node = try expr(value)
            // `l = l + x`: appended in place when `l` holds a list or a text (AppendNode).
            if let sum = node as? BinaryNode, sum.op == .add, Compiler.reads(sum.left, slot) {
                return AppendNode(slot, sum, s.range)
            }
            return AssignNode(slot, node, s.range)
        case .expr(let e):
            return ExprStmtNode(try expr(e), s.range)
        case .print(let args):
            return PrintNode(try args.map { (a) throws(Failure) in try expr(a) }, s.range)
        case .assert(let c, let m):
            return AssertNode(try expr(c), try m.map { (x) throws(Failure) in try expr(x) }, s.range)
        case .if(let c, let then, let otherwise):
            let cond = try expr(c)
            let t = try block(then)
            var o: [StmtNode] = []
            if let e = otherwise {
                if case .block(let b) = e.kind { o = try block(b) } else { o = [try stmt(e)] }
            }
            return IfNode(cond, t, o, s.range)
        case .block(let b):
            return BlockNode(try block(b), s.range)
        case .for(let name, let seq, let body):
            let seqNode = try expr(seq)
            return try withScope { (c: inout Compiler) throws(Failure) in
                let slot = try c.declareVariable(name)
                var nodes: [StmtNode] = []
                for st in body.statements { nodes.append(try c.stmt(st)) }
                return ForNode(slot, seqNode, nodes, s.range)
            }
        case .fn(let name, let params, let body):
            return try functionDecl(name, params, body, s.range)
        case .return(let v):
            guard function != nil else {
                throw fail(.returnOutsideFunction, Text(en: "'return' can only be used inside a function (fn)",
                                                      id: "'return' hanya dapat digunakan di dalam fungsi (fn)"), s.range)
            }
            return ReturnNode(try v.map { (x) throws(Failure) in try expr(x) }, s.range)
        case .load(let path, let range):
            guard scopes.isEmpty && function == nil else {
                throw fail(.nestedLoad, Text(en: "'load' can only be used at the top level of a script, not inside a block or a function",
                                           id: "'load' hanya dapat digunakan di tingkat teratas skrip, tidak di dalam blok atau fungsi"), s.range)
            }
            return LoadNode(try rt.compileLoad(path, from: file, at: range), s.range)
        case .importInfo(let path, let pathRange, let fields):
            return try importInfo(path, pathRange, fields, s.range)
        default:
            return try domainStmt(s)
        }
    }

    mutating func functionDecl(_ name: Name, _ params: [Name], _ body: Block, _ range: SourceRange) throws(Failure) -> StmtNode {
        guard function == nil, scopes.isEmpty else {
            throw fail(.nestedFunction, Text(en: "functions can only be declared at the top level, not inside a block or another function",
                                              id: "fungsi hanya dapat dideklarasikan di tingkat teratas, tidak di dalam blok atau fungsi lain"),
                       name.range)
        }
        let f: Interpreter.Function
        if let existing = rt.functions[name.text] {
            // Declared again: its body is replaced in place, so note what it was (undone with
            // the compile, Interpreter.functionChanges).
            rt.functionChanges.append(Interpreter.FunctionChange(existing))
            f = existing
        } else {
            f = Interpreter.Function(name: name.text, params: params.count, file: file, range: name.range)
            rt.functions[name.text] = f
        }
        var seen: Set<String> = []
        var scope: [String: Slot] = [:]
        for (i, p) in params.enumerated() {
            guard seen.insert(p.text).inserted else {
                throw fail(.duplicateName, Text(en: "the parameter '\(p.text)' is listed twice", id: "parameter '\(p.text)' disebutkan dua kali"), p.range)
            }
            scope[p.text] = .local(i)
        }
        function = f
        nextLocal = params.count
        f.frameSize = params.count
        scopes = [scope]
        defer {
            function = nil
            scopes = []
            nextLocal = 0
        }
        var nodes: [StmtNode] = []
        for st in body.statements { nodes.append(try stmt(st)) }
        f.body = nodes
        f.declaration = (file, range, rt.globalNames)
        return BlockNode([], range)
    }
}

extension Compiler {
    /// True when `e` reads the variable in `slot` and nothing else.
    static func reads(_ e: ExprNode, _ slot: Slot) -> Bool {
        switch slot {
        case .global(let i): return (e as? GlobalNode)?.slot == i
        case .local(let i): return (e as? LocalNode)?.slot == i
        }
    }
}
