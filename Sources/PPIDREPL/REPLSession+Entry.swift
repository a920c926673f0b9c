import PPIDSyntax
import PPIDModel
import PPIDRender
import PPIDRuntime
import PPIDText

extension REPLSession {
    /// Runs one entry of statements: takes the journal's lock, replays what another session
    /// appended, moves the clock to the wall clock, runs the statements, and records those
    /// that changed state in one append.
    func runStatements(_ text: String, path: String? = nil, firstLine: Int = 1) {
        do {
            guard try lockRecord() else {
                err(Text(en: "interrupted while waiting for another session to finish writing the journal; nothing was changed",
                         id: "dihentikan saat menunggu sesi lain selesai menulis jurnal; tidak ada yang diubah"))
                return
            }
        } catch {
            errProgram(Text(en: "\(error.text); nothing was changed", id: "\(error.text); tidak ada yang diubah"))
            if !config.interactive { exitCode = 74 }
            return
        }
        defer { log.unlock() }
        interruptRequested.store(false, ordering: .relaxed)
        guard mergeOtherSessions() else { return }
        // A script loaded at the prompt keeps its own clock: the wall clock waits for the next entry.
        let loadsScript = text.trimmingBlanks().hasPrefix("load ") || text.trimmingBlanks().hasPrefix("load\"")
        switch InputClassifier.explicitAt(text) {
        case nil:
            if !loadsScript { tickWallClock() }
        case let target??:
            // Back-dating to before a wall-clock reading nothing was recorded at: start again
            // from the record, which never saw that reading.
            if let clock = rt.registry.clock, target < clock, clock != recordedClock, recordedClock.map({ target >= $0 }) ?? true {
                rebuild()
            }
        case .some(nil):
            break
        }
        let before = (clock: rt.registry.clock, actor: rt.registry.actor)
        interruptRequested.store(false, ordering: .relaxed)
        rt.setFollowWallClock(followWall)
        if let size = config.screenSize() { rt.terminalWidth = max(40, size.columns) }
        beginOutput()
        // Positions name the file the lines came from: a loaded script, piped input, or the record.
        let source = path.map { SourceFile(path: $0, text: text, firstLine: firstLine) }
            ?? config.inputName.map { SourceFile(path: $0, text: text, firstLine: pendingFirstLine) }
            ?? SourceFile(path: entryPath, text: text, firstLine: knownLines + 1)
        let result = runEntryAsSession(source)
        endOutput()
        followWall = rt.followWallClock
        let firstUnit = units.count
        record(result.succeeded, clock: before.clock, actor: before.actor)
        noteActorsBefore(units: firstUnit, before: before.actor)
        takeActorAfterEntry(before: before.actor)
        if let failure = result.failure { report(failure, afterSome: !result.succeeded.isEmpty) }
    }

    /// Prints a failure's diagnostics and says that the failed statement changed nothing.
    func report(_ failure: ScriptFailure, afterSome: Bool) {
        for d in failure.diagnostics { err(d.rendered(color: config.color, language: rt.language)) }
        if config.interactive {
            if failure.diagnostics.first?.code != .interrupted {
                err(afterSome
                    ? Text(en: "that statement changed nothing (the ones before it were done)",
                           id: "perintah itu tidak mengubah apa pun (perintah-perintah sebelumnya sudah dijalankan)")
                    : Text(en: "nothing was changed", id: "tidak ada yang diubah"))
            }
        } else if exitCode == 0 {
            exitCode = failure.exitCode
        }
    }

    /// Before an entry, at the prompt: sets the clock to the wall clock's minute when it has
    /// moved on (never backwards). Not recorded yet: `record` writes the `at` line when a
    /// statement that changes state needs it.
    func tickWallClock() {
        guard followWall, let wall = config.wallClock else { return }
        let now = wall()
        if let clock = rt.registry.clock, now <= clock { return }
        quietly { _ = rt.runEntry(SourceFile(path: "<wall clock>", text: "at \(now.iso)\n")) }
        rt.setFollowWallClock(true)
    }

    // MARK: - Paging

    /// Holds back the entry's output when it might need the pager.
    func beginOutput() {
        if config.interactive && pagerOn && config.pager != nil && config.screenSize() != nil { captured = [] }
    }

    /// Shows the held-back output: through the pager when it does not fit the screen.
    func endOutput() {
        guard let lines = captured else { return }
        captured = nil
        guard !lines.isEmpty else { return }
        let text = lines.joined(separator: "\n")
        if let size = config.screenSize(), let pager = config.pager, !Self.fits(text, rows: size.rows, columns: size.columns),
           Pager.show(text, command: pager) {
            return
        }
        config.writeOut(text + "\n")
    }

    /// True when `text` fits the screen without scrolling or wrapping (leaving a row for the prompt).
    static func fits(_ text: String, rows: Int, columns: Int) -> Bool {
        var count = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            count += 1
            if count > rows - 1 || displayWidth(line) > columns { return false }
        }
        return true
    }
}
