import PPIDSyntax
import PPIDModel
import PPIDRender

/// A script that could not run to the end: its diagnostics and the exit code (DESIGN §5).
public struct ScriptFailure: Error, Sendable {
    public let diagnostics: [Diagnostic]
    public let exitCode: Int32

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
        self.exitCode = ScriptFailure.exitCode(for: diagnostics)
    }

    /// 1 a failed assert; 65 syntax or name; 66 input not found; 70 run time; 74 I/O.
    public static func exitCode(for ds: [Diagnostic]) -> Int32 {
        guard let d = ds.first else { return 0 }
        switch d.code {
        case .assertionFailed: return 1
        case .loadNotFound: return 66
        case .ioError: return 74
        default: return d.code.isStatic ? 65 : 70
        }
    }
}

extension Interpreter {
    /// Parses and resolves a text without running it (`ppid check`).
    public func check(_ file: SourceFile) throws(ScriptFailure) {
        _ = try compile(file, key: FileSystem.realPath(file.path) ?? file.path)
        pendingNames = [:]
    }

    /// Runs a script to the end, stopping at the first error. With `keepGoingAfterAsserts`
    /// (`ppid verify`) a failed assert is reported and the script goes on; the failed
    /// asserts are returned.
    @discardableResult
    public func run(_ file: SourceFile, keepGoingAfterAsserts: Bool = false) throws(ScriptFailure) -> [Diagnostic] {
        let key = FileSystem.realPath(file.path) ?? file.path
        let unit = try compile(file, key: key)
        defer { pendingNames = [:] }
        var failed: [Diagnostic] = []
        currentFile = unit.file
        for node in unit.nodes {
            do {
                try executeStatement(node)
            } catch {
                let d = error.diagnostic(fallback: unit.file)
                if keepGoingAfterAsserts && error.code == .assertionFailed {
                    failed.append(d)
                    continue
                }
                throw ScriptFailure(failed + [d])
            }
        }
        loadedFiles.insert(unit.key)
        return failed
    }

    /// What one entry at the prompt did.
    public struct EntryResult: Sendable {
        /// The statements that ran and succeeded, each as typed, and whether it changed state
        /// (the journal keeps those that did).
        public var succeeded: [(text: String, changesState: Bool)] = []
        /// Why the rest did not run (nothing of the failed statement changed anything).
        public var failure: ScriptFailure?
    }

    /// Runs one entry typed at the prompt, statement by statement. A statement that fails
    /// changes nothing: not the registers, not the variables, not the functions.
    public func runEntry(_ file: SourceFile) -> EntryResult {
        var result = EntryResult()
        let saved = (globals.count, globalNames, functions)
        let unit: CompiledUnit
        do {
            unit = try compile(file, key: file.path)
        } catch {
            globals.removeSubrange(min(saved.0, globals.count)...)
            (globalNames, functions) = (saved.1, saved.2)
            pendingNames = [:]
            result.failure = error
            return result
        }
        defer { pendingNames = [:] }
        currentFile = unit.file
        for node in unit.nodes {
            do {
                try executeStatement(node)
                result.succeeded.append((file.text(of: node.range), node.changesState))
            } catch {
                if result.succeeded.isEmpty {
                    globals.removeSubrange(min(saved.0, globals.count)...)
                    (globalNames, functions) = (saved.1, saved.2)
                }
                result.failure = ScriptFailure([error.diagnostic(fallback: unit.file)])
                break
            }
        }
        return result
    }

    /// Runs one top-level statement in a transaction: all of it happens, or none of it.
    func executeStatement(_ node: StmtNode) throws(RuntimeError) {
        registry.beginTransaction()
        let savedGlobals = globals
        declaredThisStatement.removeAll(keepingCapacity: true)
        do {
            _ = try node.exec(self)
            registry.commit()
        } catch {
            registry.rollback()
            globals = savedGlobals
            for n in declaredThisStatement { declaredAt[n] = nil }
            throw error
        }
    }

    /// Parses, resolves and compiles a text; every diagnostic, or the compiled unit.
    func compile(_ file: SourceFile, key: String) throws(ScriptFailure) -> CompiledUnit {
        let (stmts, syntax) = Parser.parse(file)
        if !syntax.isEmpty { throw ScriptFailure(syntax) }
        collectDeclarations(stmts, file: file)
        var c = Compiler(rt: self, file: file)
        loadingFiles.append(key)
        let nodes = c.compileTop(stmts)
        loadingFiles.removeLast()
        let all = c.diagnostics + loadDiagnostics
        loadDiagnostics = []
        if !all.isEmpty { throw ScriptFailure(all) }
        return CompiledUnit(file: file, key: key, nodes: nodes)
    }

    /// Notes every name a text declares, so statements may refer to names declared
    /// earlier in the same text before it runs (and misspellings are found at once).
    func collectDeclarations(_ stmts: [Stmt], file: SourceFile) {
        func note(_ n: Name, _ k: DeclKind) {
            if pendingNames[n.text] == nil { pendingNames[n.text] = PendingName(kind: k, file: file, range: n.range) }
        }
        for s in stmts {
            switch s.kind {
            case .unit(let n, _, _): note(n, .unit)
            case .role(let n, _): note(n, .role)
            case .staff(let n, _, _): note(n, .staff)
            case .info(let n, _, _): note(n, .item)
            case .sop(let n, _, _, _): note(n, .sop)
            case .start(_, let n?, _): note(n, .run)
            case .if(_, let b, let e):
                collectDeclarations(b.statements, file: file)
                if let e { collectDeclarations([e], file: file) }
            case .block(let b), .for(_, _, let b): collectDeclarations(b.statements, file: file)
            default: break
            }
        }
    }

    /// Compiles the file a `load` names (relative to the loading file), once per session.
    func compileLoad(_ path: String, from file: SourceFile, at range: SourceRange) throws(Compiler.Failure) -> CompiledUnit? {
        let dir = file.path.hasPrefix("<") ? workingDirectory : FileSystem.directory(of: file.path)
        let full = FileSystem.join(dir, path)
        guard let key = FileSystem.realPath(full), let bytes = FileSystem.read(key) else {
            throw Compiler.Failure(diagnostic: Diagnostic(.loadNotFound, "cannot load \"\(path)\": no such file (looked for \(full))", file: file, range: range))
        }
        if loadedFiles.contains(key) { return nil }
        if let unit = compiledLoads[key] { return unit }
        if loadingFiles.contains(key) {
            throw Compiler.Failure(diagnostic: Diagnostic(.loadCycle, "\"\(path)\" is already being loaded: the files load each other in a cycle", file: file, range: range,
                                                          notes: [.init("the chain is: " + (loadingFiles + [key]).map { FileSystem.directory(of: $0) == dir ? String($0.split(separator: "/").last ?? "") : $0 }.joined(separator: " → "))]))
        }
        guard loadingFiles.count < 64 else {
            throw Compiler.Failure(diagnostic: Diagnostic(.nestingTooDeep, "files load each other more than 64 deep", file: file, range: range))
        }
        let shown = full.hasPrefix("./") ? String(full.dropFirst(2)) : full
        let loaded = SourceFile(path: shown, bytes: bytes)
        do {
            let unit = try compile(loaded, key: key)
            compiledLoads[key] = unit
            return unit
        } catch {
            var ds = error.diagnostics
            let first = ds.removeFirst()
            loadDiagnostics.append(contentsOf: ds)
            throw Compiler.Failure(diagnostic: first)
        }
    }
}
