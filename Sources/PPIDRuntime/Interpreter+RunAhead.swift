import PPIDSyntax
import PPIDText

// `run` reads a script once, one statement at a time, and runs each statement as soon as it
// is parsed and resolved ("running ahead" of the check of the rest). The promise of
// `ppid run` still holds: if the script has a syntax or name error anywhere, nothing is shown
// and no file is written, and every such error is reported. So the rest of the script is
// checked (Interpreter+Run.swift, `checkStreaming`) at the first moment it matters:
// - before the first statement that shows something or writes a file: that statement stops
//   (`emit` and `write` throw `RuntimeError.stopToCheck`), is undone like any failed
//   statement, and runs again once the rest has been checked;
// - when a statement does not parse or resolve (it may still be a name declared further
//   down, which the check finds: then the statement runs and says it came too early);
// - when a statement fails at run time (a syntax error further down is reported instead).
// A script that shows nothing until its end (a journal replay, the register benchmark) is
// thus read once instead of twice. Its registers in memory may have changed before a static
// error is found; every caller either ends or starts from a fresh interpreter then.

extension Interpreter {
    /// Shows data (`print`, `show`: the same in both languages; messages go through `emit(Text)`). A statement running ahead of the check stops
    /// here instead, so nothing is shown for a script that turns out not to resolve.
    func emit(_ text: String) throws(RuntimeError) {
        if runningAhead { throw RuntimeError.stopToCheck }
        output(text)
    }

    /// Shows a message in the session's language.
    func emit(_ message: Text) throws(RuntimeError) {
        try emit(message.text(in: language))
    }

    /// Runs a script to the end, stopping at the first error. With `keepGoingAfterAsserts`
    /// (`ppid verify`) a failed assert is reported and the script goes on; the failed
    /// asserts are returned. A syntax or name error anywhere runs nothing visible (see above).
    @discardableResult
    public func run(_ file: SourceFile, keepGoingAfterAsserts: Bool = false) throws(ScriptFailure) -> [Diagnostic] {
        let key = FileSystem.realPath(file.path) ?? file.path
        guard let parser = Parser.streaming(file) else {
            throw ScriptFailure(Parser.parse(file).diagnostics)
        }
        // A long script is parsed on a second thread while this one runs it (ParseAhead).
        var source = StatementSource(parser, ahead: file.bytes.count >= parseAheadMinimumBytes && ParseAhead.usableCPUs >= 2)
        defer { source.finish() }
        lastParseAhead = source.ahead
        defer { pendingNames = [:] }
        let outer = (runningAhead, self.keepGoingAfterAsserts)
        defer { (runningAhead, self.keepGoingAfterAsserts) = outer }
        runningAhead = true
        self.keepGoingAfterAsserts = keepGoingAfterAsserts
        assertsFailedInLoads = []
        var failed: [Diagnostic] = []
        statementsRun = 0
        currentFile = file
        loadingFiles.append(key)
        defer { loadingFiles.removeLast() }

        /// Checks the rest of the script from `start` (the statement at hand): throws its
        /// static errors, if any; otherwise the script is known to resolve from here on.
        func checkRest(from start: Int) throws(ScriptFailure) {
            loadingFiles.removeLast()
            defer { loadingFiles.append(key) }
            // The check read the rest of a mapped script; the run reads it again as it goes.
            defer { file.bytes.releasePages(before: file.bytes.count) }
            try checkStreaming(file, key: key, from: Parser(file: file, resumingAt: start))
            runningAhead = false
        }

        // A mapped script (a long one, FileSystem.source) keeps in memory only the pages
        // near the statement at hand: the UTF-8 check just read them all.
        var released = 0
        file.bytes.releasePages(before: file.bytes.count)

        while true {
            let step = source.next()
            let before = step.before
            if let errors = step.errors {
                if runningAhead { try checkRest(from: before) }
                throw ScriptFailure(failed + errors)
            }
            guard let stmt = step.statement else { break }
            statementsRun += 1
            if file.bytes.isMapped, stmt.range.start - released >= Interpreter.releaseStep {
                file.bytes.releasePages(before: stmt.range.start)
                released = stmt.range.start
            }
            notedAhead.removeAll(keepingCapacity: true)
            if runningAhead, !collectDeclarations([stmt], file: file, aheadOfRun: true).isEmpty {
                try checkRest(from: before)
            }
            let node: StmtNode
            do throws(ScriptFailure) {
                node = try compileOne(stmt, file: file)
            } catch {
                guard runningAhead else { throw ScriptFailure(failed + error.diagnostics) }
                // A misspelt name, or one declared further down: the check tells which.
                try checkRest(from: before)
                do throws(ScriptFailure) {
                    node = try compileOne(stmt, file: file)
                } catch {
                    throw ScriptFailure(failed + error.diagnostics)
                }
            }
            do {
                try executeStatement(node)
                if runningAhead { forgetDeclaredAhead() }
                takeAssertsFailedInLoads(into: &failed)
            } catch {
                if error.stoppedToCheck {
                    try checkRest(from: before)
                    do { try executeStatement(node) } catch {
                        if try keepGoing(after: error, file: file, into: &failed, keepGoingAfterAsserts) { continue }
                    }
                    takeAssertsFailedInLoads(into: &failed)
                    continue
                }
                if runningAhead && error.code != .interrupted && !(keepGoingAfterAsserts && error.code == .assertionFailed) {
                    try checkRest(from: before)
                }
                if try keepGoing(after: error, file: file, into: &failed, keepGoingAfterAsserts) { continue }
            }
        }
        loadedFiles.insert(key)
        return failed
    }

    /// How far a run reads past the pages it last let go of a mapped script before it lets
    /// go of them again (one `madvise` per megabyte read).
    static let releaseStep = 1 << 20

    /// The asserts that failed in files the statement just run loaded (`verify`), in order.
    private func takeAssertsFailedInLoads(into failed: inout [Diagnostic]) {
        guard !assertsFailedInLoads.isEmpty else { return }
        failed += assertsFailedInLoads
        assertsFailedInLoads.removeAll()
    }

    /// Names a statement declared and ran are in the registers now, which is where later
    /// statements find them (and their duplicates): keeping them pending as well would hold a
    /// second index of every name for the whole run.
    private func forgetDeclaredAhead() {
        for n in notedAhead where entity(named: n) != nil { pendingNames[n] = nil }
        notedAhead.removeAll(keepingCapacity: true)
    }

    /// Compiles one top-level statement; a failure leaves no variable or function behind.
    private func compileOne(_ stmt: Stmt, file: SourceFile) throws(ScriptFailure) -> StmtNode {
        let saved = compileState
        var c = Compiler(rt: self, file: file)
        do throws(Compiler.Failure) {
            return try c.stmt(stmt)
        } catch {
            restore(saved)
            loadDiagnostics = []
            throw ScriptFailure([error.diagnostic])
        }
    }

    /// After a statement failed at run time: records a failed assert and goes on (`verify`),
    /// or throws the failure.
    private func keepGoing(after error: RuntimeError, file: SourceFile, into failed: inout [Diagnostic],
                           _ keepGoingAfterAsserts: Bool) throws(ScriptFailure) -> Bool {
        let d = error.diagnostic(fallback: file)
        if keepGoingAfterAsserts && error.code == .assertionFailed {
            failed.append(d)
            return true
        }
        throw ScriptFailure(failed + [d])
    }
}
