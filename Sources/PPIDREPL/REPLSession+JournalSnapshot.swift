import PPIDSyntax
import PPIDModel
import PPIDRuntime
import PPIDText

extension REPLSession {
    /// A snapshot is used only by a replay starting in the language it started in: a
    /// journal without `option language` replays in the session's language.
    func snapshotKey(_ language: Language) -> JournalSnapshot.Key { JournalSnapshot.Key(version: config.version, language: language) }

    /// Replays the record into a fresh interpreter and returns it, with the record's bytes:
    /// from the journal's snapshot and what follows it when the snapshot matches, else the
    /// whole record. `read` gives the record's bytes; with a snapshot to decode it runs on the
    /// second core meanwhile. Nil when the record could not be read. Quiet: the interpreter's
    /// output and verbose messages are off while it replays.
    ///
    /// A snapshot whose restore or tail fails is dropped and the whole record replayed, so
    /// any failure reported is the full replay's own (`replayedJournal` then holds the bytes).
    func replayRecord(read: @escaping @Sendable () -> [UInt8]?, size: Int? = nil,
                      language: Language) throws(ScriptFailure) -> (Interpreter, [UInt8])? {
        let wasQuiet = quiet
        quiet = true
        defer { quiet = wasQuiet }
        var bytes: [UInt8]?
        if isJournal, config.snapshots, let snapshot = JournalSnapshot.read(for: entryPath) {
            let candidate = freshInterpreter(language)
            let (restored, journal) = JournalSnapshot.restore(snapshot, into: candidate, key: snapshotKey(language),
                                                              path: entryPath, journalSize: size, readJournal: read)
            bytes = journal
            if let restored, let journal {
                let tail = SourceFile(path: entryPath, bytes: Array(journal[restored.length...]), firstLine: restored.lines + 1)
                do {
                    var statements = restored.statements
                    if !tail.bytes.isEmpty {
                        try candidate.run(tail)
                        statements += candidate.statementsRun
                    }
                    journalSlices = restored.slices + [(tail, restored.length)]
                    replayedBytes = tail.bytes.count
                    replayedLineBreaks = restored.lines + SourceFile.lineBreaks(in: journal[restored.length...])
                    replayedStatements = statements
                    replayLanguage = language
                    candidate.verbose = config.interactive
                    return (candidate, journal)
                } catch {
                    // Replayed whole below: a tail that does not replay after its snapshot
                    // says nothing the whole journal would not say.
                }
            }
        }
        guard let bytes = bytes ?? read() else { return nil }
        replayedJournal = bytes
        let target = freshInterpreter(language)
        let file = SourceFile(path: entryPath, bytes: bytes)
        try target.run(file)
        journalSlices = [(file, 0)]
        replayedBytes = bytes.count
        replayedLineBreaks = nil
        replayedStatements = target.statementsRun
        replayLanguage = language
        target.verbose = config.interactive
        return (target, bytes)
    }

    /// An interpreter for a replay: set up for this prompt, quiet, in the session's
    /// starting language (which the snapshot's key names).
    func freshInterpreter(_ language: Language) -> Interpreter {
        let fresh = makeInterpreter()
        fresh.language = language
        fresh.verbose = false
        return fresh
    }

    /// After a replay of the record `bytes` (and before anything else changes the
    /// interpreter, so its state is exactly the replay's): writes the snapshot when the
    /// replay read enough of the journal's text to make one worth it. A snapshot that cannot
    /// be written is left out silently: the next open just replays more.
    func saveSnapshotIfWorthIt(_ bytes: [UInt8]) {
        guard isJournal, config.snapshots, !bytes.isEmpty, bytes.last == 10,
              replayedBytes >= max(1, config.snapshotMinimumBytes) else { return }
        let encoded = JournalSnapshot.encode(rt, key: snapshotKey(replayLanguage), path: entryPath, journal: bytes, length: bytes.count,
                                             statements: replayedStatements, slices: journalSlices)
        JournalSnapshot.write(encoded, for: entryPath)
    }
}
