import PPIDSyntax
import PPIDModel
import PPIDRuntime
import PPIDText

extension REPLSession {
    /// Opens the workspace journal (replaying it) or starts a scratch session, and prints
    /// the banner. Returns an exit code when the session cannot start.
    func open() -> Int32? {
        if let path = config.journalPath {
            journalIsNew = !FileSystem.exists(path)
            if FileSystem.isDirectory(path) || !FileSystem.isDirectory(FileSystem.directory(of: path)) {
                errProgram(FileSystem.isDirectory(path)
                    ? Text(en: "cannot open the journal \(path): it is a folder", id: "jurnal \(path) tidak dapat dibuka: itu sebuah folder")
                    : Text(en: "cannot open the journal \(path): no such folder", id: "jurnal \(path) tidak dapat dibuka: foldernya tidak ada"))
                return 66
            }
            let journal: JournalFile
            do {
                journal = try JournalFile(path: path)
                guard try journal.lock() else { return 130 }
            } catch {
                errProgram(error.text)
                return 74
            }
            defer { journal.unlock() }
            log = journal
            // A torn end is looked for only when the journal does not end with a line break or
            // does not replay: parsing the whole journal a second time on every open would
            // cost a third of the open of a 100k-statement journal.
            // A journal read for that check is replayed from what was read; otherwise it is read
            // during the replay (on the second core while a snapshot is decoded).
            var read = journal.wholeReader()
            do {
                if try !journal.endsWithLineBreak() {
                    let bytes = try journal.read(from: 0)
                    if let torn = JournalTail.torn(in: bytes, path: path) {
                        err(JournalTail.report(torn, path: path))
                        return 65
                    }
                    read = { bytes }
                }
            } catch {
                errProgram(error.text)
                return 74
            }
            let start = config.monotonicNanoseconds()
            let replayed: (Interpreter, [UInt8])?
            do {
                replayed = try replayRecord(read: read, size: try? journal.size(), language: config.language)
            } catch {
                if let torn = JournalTail.torn(in: replayedJournal, path: path) {
                    err(JournalTail.report(torn, path: path))
                    return 65
                }
                for d in error.diagnostics { err(d.rendered(color: config.color, language: rt.language)) }
                errProgram(Text(en: "\(path) does not replay, so it was not opened (fix the statement above, then open it again; nothing was changed)",
                                id: "\(path) tidak dapat diputar ulang, jadi tidak dibuka (perbaiki perintah di atas, lalu buka lagi; tidak ada yang diubah)"))
                return error.exitCode
            }
            guard let (replayedRT, bytes) = replayed else {
                errProgram(JournalFile.cannotRead(path))
                return 74
            }
            rt = replayedRT
            replayedJournal = []
            openedMilliseconds = Double(config.monotonicNanoseconds() &- start) / 1_000_000
            openedStatements = replayedStatements
            saveSnapshotIfWorthIt(bytes)
            advanceKnown(by: bytes, lineBreaks: replayedLineBreaks)
            recordedClock = rt.registry.clock
            recordedActor = rt.registry.actor
        }
        // Without a journal the record is what a delegate (training) started it with, or empty.
        if let code = chooseStartingActor() { return code }
        // A delegate (training) introduces the session itself.
        if config.interactive && delegate == nil { printBanner() }
        return nil
    }

    /// Takes the record's lock, saying so when another session holds it.
    func lockRecord() throws(JournalFile.Failure) -> Bool {
        try log.lock(whileWaiting: {
            err(Text(en: "(waiting for another session to finish writing the journal; Ctrl-C gives up)",
                     id: "(menunggu sesi lain selesai menulis jurnal; Ctrl-C untuk berhenti menunggu)"))
        })
    }

    /// Notes bytes now in the record that this session has replayed or written.
    func advanceKnown(by bytes: [UInt8], lineBreaks: Int? = nil) {
        knownSize += bytes.count
        knownLines += lineBreaks ?? SourceFile.lineBreaks(in: bytes[...])
        knownTail = bytes.count >= 256 ? Array(bytes.suffix(256)) : Array((knownTail + bytes).suffix(256))
    }

    /// True when the record still holds what this session knows at its end.
    func recordUnchanged() throws(JournalFile.Failure) -> Bool {
        guard knownSize > 0 else { return true }
        let size = try log.size()
        guard size >= knownSize else { return false }
        let tail = try log.read(from: knownSize - knownTail.count)
        return Array(tail.prefix(knownTail.count)) == knownTail
    }

    /// With the lock held, replays what other sessions appended since this one last looked,
    /// then takes back this session's actor. False when the journal no longer replays (the
    /// session then ends).
    func mergeOtherSessions() -> Bool {
        guard isJournal else { return true }
        do {
            let size = try log.size()
            if size == knownSize, try recordUnchanged() { return true }
            guard try recordUnchanged() else {
                err(Text(en: "(the journal was changed by another session — an :undo or a repair — so it was replayed again)",
                         id: "(jurnal diubah oleh sesi lain — dengan :undo atau perbaikan — jadi diputar ulang lagi)"))
                return rebuildOrQuit()
            }
            let new = try log.read(from: knownSize)
            if new.last != 10 || JournalTail.torn(in: new, path: entryPath) != nil {
                errProgram(Text(en: """
                    another session left a torn statement at the end of the journal (it may have crashed while writing); \
                    run `ppid repair \(entryPath)`, then open it again
                    """, id: """
                    sesi lain meninggalkan perintah yang terpotong di akhir jurnal (mungkin berhenti mendadak saat menulis); \
                    jalankan `ppid repair \(entryPath)`, lalu buka lagi
                    """))
                return quit(65)
            }
            let count = Parser.parse(SourceFile(path: entryPath, bytes: new)).statements.count
            // The other session wrote its statements against the journal's clock and actor. This
            // session's may differ by what it never recorded: the wall-clock readings before its
            // entries (the clock cannot be set back, so replay the whole journal) and its own
            // actor (set the journal's first, and this session's again after).
            if rt.registry.clock != recordedClock {
                guard rebuildOrQuit() else { return false }
            } else {
                actAsRecord()
                do {
                    try quietly { () throws(ScriptFailure) in
                        try rt.run(SourceFile(path: entryPath, bytes: new, firstLine: knownLines + 1))
                    }
                } catch {
                    // Part of it may have run: start again from the whole journal.
                    if error.diagnostics.first?.code != .interrupted {
                        for d in error.diagnostics { err(d.rendered(color: config.color, language: rt.language)) }
                        err(Text(en: "(what another session appended does not replay here; replaying the whole journal)",
                                 id: "(tambahan dari sesi lain tidak dapat diputar ulang di sini; seluruh jurnal diputar ulang)"))
                    }
                    return rebuildOrQuit()
                }
                advanceKnown(by: new)
                recordedClock = rt.registry.clock
                recordedActor = rt.registry.actor
                applyActor()
                rt.setFollowWallClock(followWall)
            }
            err(Text(en: "(\(count: count, "statement") appended by another session replayed)",
                     id: "(\(count) perintah yang ditambahkan sesi lain diputar ulang)"))
            return true
        } catch {
            errProgram(error.text)
            return quit(74)
        }
    }

    /// Runs `body` with the interpreter's output and verbose messages off: replays show
    /// nothing (not even what their exports wrote).
    @discardableResult
    func quietly<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        let (wasQuiet, verbose) = (quiet, rt.verbose)
        quiet = true
        rt.verbose = false
        defer {
            quiet = wasQuiet
            rt.verbose = verbose
        }
        return try body()
    }

    /// Ends the session with an exit code (the journal cannot be used).
    func quit(_ code: Int32) -> Bool {
        quitRequested = true
        exitCode = code
        return false
    }

    /// Replays the whole record into a fresh interpreter (`:undo`, a rewritten journal, a
    /// failed append). Returns the failure when it does not replay.
    @discardableResult
    func rebuild() -> ScriptFailure? {
        let bytes: [UInt8]
        do { bytes = try log.read(from: 0) } catch {
            errProgram(error.text)
            return ScriptFailure([])
        }
        interruptRequested.store(false, ordering: .relaxed)
        do {
            // In the language the session speaks now, as a replay always started.
            guard let (replayed, _) = try replayRecord(read: { bytes }, size: bytes.count, language: rt.language) else { return ScriptFailure([]) }
            rt = replayed
            replayedJournal = []
        } catch {
            return error
        }
        saveSnapshotIfWorthIt(bytes)
        knownSize = 0
        knownLines = 0
        knownTail = []
        advanceKnown(by: bytes)
        recordedClock = rt.registry.clock
        recordedActor = rt.registry.actor
        applyActor()
        rt.setFollowWallClock(followWall)
        return nil
    }

    func rebuildOrQuit() -> Bool {
        guard let failure = rebuild() else { return true }
        for d in failure.diagnostics { err(d.rendered(color: config.color, language: rt.language)) }
        errProgram(Text(en: "the journal no longer replays; the session ends (nothing was changed)",
                        id: "jurnal tidak dapat diputar ulang lagi; sesi berakhir (tidak ada yang diubah)"))
        return quit(failure.exitCode == 0 ? 70 : failure.exitCode)
    }

    /// The `at`/`as` lines that bring a replay of the record to `clock` and `actor`.
    func prefixLines(clock: DateTime?, actor: String?) -> String {
        var lines = ""
        if let clock, clock != recordedClock { lines += "at \(clock.iso)\n" }
        if let actor, actor != recordedActor { lines += "as \(actor)\n" }
        return lines
    }

    /// Appends the statements of an entry that changed state, as typed (`at now` as the time
    /// it read), after the `at`/`as` lines the clock and actor before the entry need: one
    /// write, one fsync. When the write fails, the session is rebuilt from the record so it
    /// shows what the record holds.
    func record(_ succeeded: [(text: String, changesState: Bool)], clock: DateTime?, actor: String?) {
        let statements = succeeded.filter(\.changesState).map { s -> String in
            if InputClassifier.isAtNow(s.text), let t = lastWallReading { return "at \(t.iso)" }
            return s.text
        }
        guard let first = statements.first else { return }
        var prefix = prefixLines(clock: clock, actor: actor)
        // `at now` after the wall clock was read for the entry: one `at` line is enough.
        if prefix.hasPrefix(first + "\n") { prefix.removeFirst(first.count + 1) }
        appendUnits(statements, prefix: prefix)
    }

    /// Appends statements (the first after `prefix`) as this session's units.
    func appendUnits(_ statements: [String], prefix: String) {
        var bytes: [UInt8] = []
        var newUnits: [(offset: Int, text: String)] = []
        for (i, s) in statements.enumerated() {
            newUnits.append((knownSize + bytes.count, s))
            bytes.append(contentsOf: ((i == 0 ? prefix : "") + s + "\n").utf8)
        }
        do {
            try log.append(bytes)
        } catch {
            errProgram(error.text)
            err(Text(en: "the statement could not be written to the journal, so it was taken back: nothing was changed",
                     id: "perintah tidak dapat ditulis ke jurnal, jadi dibatalkan: tidak ada yang diubah"))
            // The session may go on, but it ends saying that something was not recorded.
            if exitCode == 0 { exitCode = 74 }
            if let failure = rebuild() {
                for d in failure.diagnostics { err(d.rendered(color: config.color, language: rt.language)) }
                _ = quit(74)
            }
            return
        }
        units.append(contentsOf: newUnits)
        advanceKnown(by: bytes)
        recordedClock = rt.registry.clock
        // A session with no actor leaves the record's: no line can take an actor away.
        if let actor = rt.registry.actor { recordedActor = actor }
    }

    /// `:undo`: takes back this session's last statement by cutting it off the record and
    /// replaying the record from the start. Refused when another session appended after it.
    func undo() {
        guard let last = units.last else {
            err(Text(en: "nothing to undo: this session has not changed anything yet",
                     id: "tidak ada yang dapat dibatalkan: sesi ini belum mengubah apa pun"))
            return
        }
        do {
            guard try lockRecord() else { return }
            defer { log.unlock() }
            guard try log.size() == knownSize, try recordUnchanged() else {
                err(Text(en: "another session has appended to the journal since your last statement; :undo would take theirs back too, so nothing was changed",
                         id: "sesi lain sudah menambahkan ke jurnal sejak perintah terakhir Anda; :undo akan membatalkan perintah mereka juga, jadi tidak ada yang diubah"))
                return
            }
            try log.truncate(to: last.offset)
        } catch {
            errProgram(Text(en: "\(error.text); nothing was changed", id: "\(error.text); tidak ada yang diubah"))
            return
        }
        units.removeLast()
        // The undone statement may have been an `as`: the session acts as before it again.
        if let previous = actorBeforeUnit.removeValue(forKey: last.offset) {
            (actor, actorSource) = previous
        }
        if let failure = rebuild() {
            for d in failure.diagnostics { err(d.rendered(color: config.color, language: rt.language)) }
            errProgram(Text(en: "the record no longer replays after the undo; the session ends",
                            id: "catatan sesi tidak dapat diputar ulang setelah :undo; sesi berakhir"))
            _ = quit(failure.exitCode)
            return
        }
        let undone = (last.text.split(separator: "\n").first.map(String.init) ?? last.text) + (last.text.contains("\n") ? " …" : "")
        out(Text(en: "took back: \(undone)", id: "dibatalkan: \(undone)"))
    }
}
