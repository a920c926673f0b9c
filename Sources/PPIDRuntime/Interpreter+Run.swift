import PPIDSyntax
import PPIDText
import PPIDModel
import PPIDRender

/// A script that could not run to the end: its diagnostics and the exit code (docs/language.md §15, §16).
public struct ScriptFailure: Error, Sendable {
    public let diagnostics: [Diagnostic]
    public let exitCode: Int32

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
        self.exitCode = ScriptFailure.exitCode(for: diagnostics)
    }

    /// 1 a failed assert; 65 syntax or name; 66 input not found (or unreadable for import); 70 run time; 74 I/O.
    public static func exitCode(for ds: [Diagnostic]) -> Int32 {
        guard let d = ds.first else { return 0 }
        switch d.code {
        case .assertionFailed: return 1
        case .loadNotFound, .importFile: return 66
        case .ioError: return 74
        default: return d.code.isStatic ? 65 : 70
        }
    }
}

extension Interpreter {
    /// Parses and resolves a text without running it (`ppid check`).
    public func check(_ file: SourceFile) throws(ScriptFailure) {
        defer { pendingNames = [:] }
        try checkStreaming(file, key: FileSystem.realPath(file.path) ?? file.path)
    }

    /// Parses and resolves every statement from where `parser` stands to the end, keeping
    /// nothing but the declarations and the diagnostics (`check`, and `run` before anything
    /// shows). Variables and functions are as before afterwards.
    func checkStreaming(_ file: SourceFile, key: String, from start: Parser? = nil) throws(ScriptFailure) {
        guard var parser = start ?? Parser.streaming(file) else {
            throw ScriptFailure(Parser.parse(file).diagnostics)
        }
        // Compiling allocates variable slots (also in loaded files): all of it is undone,
        // and the second pass compiles again from the same state.
        let saved = compileState
        defer { restore(saved) }
        let deferred = Compiler.DeferredNames()
        var diagnostics: [Diagnostic] = []
        loadingFiles.append(key)
        while let stmt = parser.next() {
            diagnostics += collectDeclarations([stmt], file: file)
            var c = Compiler(rt: self, file: file, deferred: deferred)
            do throws(Compiler.Failure) {
                _ = try c.stmt(stmt)
            } catch {
                diagnostics.append(error.diagnostic)
            }
            diagnostics += loadDiagnostics
            loadDiagnostics = []
        }
        loadingFiles.removeLast()
        diagnostics += parser.diagnostics
        // A name nothing in the script declares is misspelt; one declared further down is
        // fine here (running it before its declaration is a runtime error that says so).
        let c = Compiler(rt: self, file: file)
        for (callee, _, f) in deferred.calls {
            if let (df, dr) = pendingFunctions[callee.text] {
                diagnostics.append(Diagnostic(.unknownFunction, Compiler.calledBeforeDeclaration(callee.text),
                                              file: f, range: callee.range, notes: [.init(Compiler.declaredHere(callee.text), file: df, range: dr)]))
            } else {
                let known = Builtin.allCases.map(\.rawValue) + functions.keys.sorted()
                diagnostics.append(Diagnostic(.unknownFunction, Compiler.unknownFunction(callee.text), file: f, range: callee.range,
                                              notes: Suggest.notes(for: callee.text, in: known)))
            }
        }
        for (name, range, expecting, f, fields) in deferred.items where !c.isEntity(name) {
            var d = c.unknownName(name, range, expecting: expecting, fields: fields).diagnostic
            if f !== file { d = Diagnostic(d.code, d.text, file: f, range: range, notes: d.notes) }
            diagnostics.append(d)
        }
        pendingFunctions = [:]
        if !diagnostics.isEmpty {
            pendingNames = [:]
            throw ScriptFailure(diagnostics.sorted { a, b in
                a.file === b.file ? a.range.start < b.range.start : false
            })
        }
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
        let saved = compileState
        let unit: CompiledUnit
        do {
            unit = try compile(file, key: file.path)
        } catch {
            restore(saved)
            pendingNames = [:]
            result.failure = error
            return result
        }
        defer { pendingNames = [:] }
        currentFile = unit.file
        for node in unit.nodes {
            do {
                try executeStatement(node)
                // An import is journalled as the statements it made, so the journal replays
                // without the spreadsheet (an import of no rows changed nothing).
                if let imported = node as? ImportNode {
                    result.succeeded.append((imported.generated, !imported.generated.isEmpty))
                } else {
                    result.succeeded.append((file.text(of: node.range), node.changesState))
                }
            } catch {
                if result.succeeded.isEmpty { restore(saved) }
                result.failure = ScriptFailure([error.diagnostic(fallback: unit.file)])
                break
            }
        }
        return result
    }

    /// What compiling a text changes in the interpreter: the variable slots and names, the
    /// functions, and the files its loads compiled (whose nodes use those slots). Put back
    /// whole when the compiled text will not run, so no later `load` of the same file
    /// reuses nodes compiled against variables that are gone.
    struct CompileState {
        let globalCount: Int
        let globalNames: [String: Int]
        let functions: [String: Function]
        let compiledLoads: [String: CompiledUnit]
        let functionChanges: Int
    }

    var compileState: CompileState {
        CompileState(globalCount: globals.count, globalNames: globalNames, functions: functions, compiledLoads: compiledLoads,
                     functionChanges: functionChanges.count)
    }

    func restore(_ s: CompileState) {
        globals.removeSubrange(min(s.globalCount, globals.count)...)
        (globalNames, functions, compiledLoads) = (s.globalNames, s.functions, s.compiledLoads)
        undoFunctionChanges(to: s.functionChanges)
    }

    /// Runs one top-level statement in a transaction: all of it happens, or none of it.
    /// That includes the files it loaded: a `load` that stops (to be checked first, or on an
    /// error) has loaded nothing, so running it again runs every file it loads again, at any
    /// depth, and not only the ones that had not finished.
    func executeStatement(_ node: StmtNode) throws(RuntimeError) {
        registry.beginTransaction()
        beginVariableUndo()
        let savedLoads = (loadedFiles, compiledLoads, assertsFailedInLoads.count)
        declaredThisStatement.removeAll(keepingCapacity: true)
        let logBefore = registry.log.count
        do throws(RuntimeError) {
            _ = try node.exec(self)
            if changesNeedActor && registry.loggedWithoutActor(since: logBefore) {
                throw RuntimeError(Interpreter.noActorForChange, at: node.range)
            }
            registry.commit()
            commitVariables()
        } catch {
            registry.rollback()
            rollbackVariables()
            (loadedFiles, compiledLoads) = (savedLoads.0, savedLoads.1)
            assertsFailedInLoads.removeSubrange(min(savedLoads.2, assertsFailedInLoads.count)...)
            declaredAt.forget(declaredThisStatement, in: registry)
            throw error
        }
    }

    /// Parses, resolves and compiles a text; every diagnostic, or the compiled unit.
    func compile(_ file: SourceFile, key: String) throws(ScriptFailure) -> CompiledUnit {
        let (stmts, syntax) = Parser.parse(file)
        if !syntax.isEmpty { throw ScriptFailure(syntax) }
        let declared = collectDeclarations(stmts, file: file)
        var c = Compiler(rt: self, file: file)
        loadingFiles.append(key)
        let nodes = c.compileTop(stmts)
        loadingFiles.removeLast()
        let all = (declared + c.diagnostics + loadDiagnostics).sorted { a, b in a.file === b.file && a.range.start < b.range.start }
        loadDiagnostics = []
        if !all.isEmpty { throw ScriptFailure(all) }
        return CompiledUnit(file: file, key: key, nodes: nodes)
    }

    /// Notes every name a text declares, so statements may refer to names declared
    /// earlier in the same text before it runs (and misspellings are found at once).
    /// A top-level declaration of a name already declared, or of a reserved word, is a
    /// diagnostic here, before anything runs.
    ///
    /// `aheadOfRun`: the statement is about to run ahead of the check (Interpreter+RunAhead.swift).
    @discardableResult
    func collectDeclarations(_ stmts: [Stmt], file: SourceFile, topLevel: Bool = true, aheadOfRun: Bool = false) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func note(_ n: Name, _ k: DeclKind) {
            if topLevel {
                if Vocabulary.notEntityNames.contains(n.text) {
                    problems.append(Diagnostic(.reservedName, Text(en: "'\(n.text)' is a reserved word (a class, status or register) and cannot name \(k.noun)",
                                                                   id: "'\(n.text)' adalah kata khusus (kategori, status, atau register) dan tidak dapat menjadi nama \(k.noun)"),
                                               file: file, range: n.range))
                    return
                }
                if let first = pendingNames[n.text], first.range != n.range || first.file.path != file.path {
                    problems.append(Diagnostic(.duplicateName, Interpreter.alreadyDeclared(n.text, first.kind.noun), file: file, range: n.range,
                                               notes: [.init(Interpreter.firstDeclaredHere(n.text), file: first.file, range: first.range)]))
                    return
                }
                if let e = entity(named: n.text) {
                    var notes: [Diagnostic.Note] = []
                    if let (f, r) = declaredAt.site(of: n.text, in: registry) { notes.append(.init(Interpreter.firstDeclaredHere(n.text), file: f, range: r)) }
                    problems.append(Diagnostic(.duplicateName, Interpreter.alreadyDeclared(n.text, Noun.of(e)), file: file, range: n.range, notes: notes))
                    return
                }
            }
            // A top-level declaration running ahead is in the registers once it has run,
            // which is where later statements look first: it need not be pending meanwhile.
            if aheadOfRun { return }
            if pendingNames[n.text] == nil {
                pendingNames[n.text] = PendingName(kind: k, file: file, range: n.range)
                if runningAhead { notedAhead.append(n.text) }
            }
        }
        for s in stmts {
            switch s.kind {
            case .unit(let n, _, _): note(n, .unit)
            case .role(let n, _): note(n, .role)
            case .staff(let n, _, _): note(n, .staff)
            case .info(let n, _, _): note(n, .item)
            case .sop(let n, _, _, _): note(n, .sop)
            case .start(_, let n?, _): note(n, .run)
            case .request(let n, _): note(n, .request)
            case .period(let n, _, _, _): note(n, .period)
            case .object(_, let n, _): note(n, .objection)
            case .importInfo(let path, _, let fields) where topLevel && !aheadOfRun:
                // The names the sheet will declare, so later statements may use them; the
                // import itself reports every problem of its rows when it runs.
                for n in importedNames(path, fields, from: file) where pendingNames[n] == nil && entity(named: n) == nil {
                    pendingNames[n] = PendingName(kind: .item, file: file, range: s.range)
                    if runningAhead { notedAhead.append(n) }
                }
            case .fn(let n, _, _):
                if pendingFunctions[n.text] == nil { pendingFunctions[n.text] = (file, n.range) }
            case .if(_, let b, let e):
                collectDeclarations(b.statements, file: file, topLevel: false)
                if let e { collectDeclarations([e], file: file, topLevel: false) }
            case .block(let b), .for(_, _, let b): collectDeclarations(b.statements, file: file, topLevel: false)
            default: break
            }
        }
        return problems
    }

    /// Compiles the file a `load` names (relative to the loading file), once per session.
    func compileLoad(_ path: String, from file: SourceFile, at range: SourceRange) throws(Compiler.Failure) -> CompiledUnit? {
        let dir = file.path.hasPrefix("<") ? workingDirectory : FileSystem.directory(of: file.path)
        let full = FileSystem.join(dir, path)
        guard let key = FileSystem.realPath(full), let bytes = FileSystem.read(key) else {
            throw Compiler.Failure(diagnostic: Diagnostic(.loadNotFound, Text(en: "cannot load \"\(path)\": no such file (looked for \(full))",
                                                                            id: "tidak dapat memuat \"\(path)\": berkas tidak ada (dicari di \(full))"),
                                                          file: file, range: range))
        }
        if loadedFiles.contains(key) { return nil }
        if let unit = compiledLoads[key] { return unit }
        if loadingFiles.contains(key) {
            let chain = (loadingFiles + [key]).map { FileSystem.directory(of: $0) == dir ? String($0.split(separator: "/").last ?? "") : $0 }
                .joined(separator: " → ")
            throw Compiler.Failure(diagnostic: Diagnostic(.loadCycle, Text(en: "\"\(path)\" is already being loaded: the files load each other in a cycle",
                                                                          id: "\"\(path)\" sedang dimuat: berkas-berkas saling memuat dalam lingkaran"),
                                                          file: file, range: range,
                                                          notes: [.init(Text(en: "the chain is: \(chain)", id: "urutannya: \(chain)"))]))
        }
        guard loadingFiles.count < 64 else {
            throw Compiler.Failure(diagnostic: Diagnostic(.nestingTooDeep, Text(en: "files load each other more than 64 deep",
                                                                               id: "berkas saling memuat lebih dari 64 tingkat"), file: file, range: range))
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
