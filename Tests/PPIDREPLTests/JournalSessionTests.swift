import Testing
import PPIDSyntax
import PPIDModel
import PPIDRuntime
import PPIDText
@testable import PPIDREPL

/// The journal as sessions write it: statements as typed, `at`/`as` lines, two sessions,
/// undo, and what a crash leaves behind.
@Suite struct JournalSessionTests {
    /// The digest a fresh `ppid run` of the file gives.
    func replayDigest(_ path: String) throws -> String {
        let rt = Interpreter(workingDirectory: FileSystem.directory(of: path), output: { _ in })
        try rt.run(SourceFile(path: path, bytes: FileSystem.read(path) ?? []))
        return rt.registry.digest()
    }

    @Test func statementsAreAppendedAsTypedWithClockAndActorLines() throws {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, officeScript)
        let (s, captured) = makeSession(journal: path, directory: dir, wall: dateTime("2025-03-03T08:12"))
        #expect(s.open() == nil, "\(captured.err)")
        s.submit("at now")                             // recorded as the time it read
        s.submit("as sri")
        s.submit("show info")                          // changes nothing: not recorded
        s.submit("classify lapkeu   as berkala  # spacing kept")
        s.submit("classify nothing as berkala")       // fails: not recorded
        s.submit("update dipa {")
        s.submit("  retention 5 years")
        s.submit("}")
        let expected = officeScript + """
        at 2025-03-03T08:12
        as sri
        classify lapkeu   as berkala
        update dipa {
          retention 5 years
        }

        """
        #expect(readText(path) == expected)
        #expect(captured.err.contains("nothing was changed"))
        #expect(try replayDigest(path) == s.rt.registry.digest())
    }

    @Test func aManualAtIsRecordedAndStopsFollowingTheWallClock() throws {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, officeScript)
        var wall = dateTime("2025-03-03T08:00")
        var c = REPLConfiguration()
        c.workingDirectory = dir
        c.journalPath = path
        c.wallClock = { wall }
        let s = REPLSession(config: c, reader: ScriptedLineReader([]))
        #expect(s.open() == nil)
        // Before `at now` the wall clock is not followed.
        s.submit("show info")
        #expect(s.rt.registry.clock == nil)
        s.submit("at now")
        #expect(readText(path).hasSuffix("\nat 2025-03-03T08:00\n"))
        // An explicit `at` does not move the clock to the wall clock first, and an earlier
        // wall-clock reading that nothing was recorded at does not stop it.
        wall = dateTime("2025-03-03T08:12")
        s.submit("show info")
        #expect(s.rt.registry.clock == dateTime("2025-03-03T08:12"))
        s.submit("at 2025-03-03T08:05")
        #expect(s.rt.registry.clock == dateTime("2025-03-03T08:05"))
        #expect(s.followWall == false)
        s.submit("as sri; classify lapkeu as berkala")
        #expect(readText(path).hasSuffix("at 2025-03-03T08:05\nas sri\nclassify lapkeu as berkala\n"))
        s.submit("at now")
        #expect(s.followWall)
        #expect(readText(path).hasSuffix("classify lapkeu as berkala\nat 2025-03-03T08:12\n"))
        #expect(try replayDigest(path) == s.rt.registry.digest())
    }

    @Test func aJournalThatDoesNotReplayIsNotOpened() {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, officeScript + "classify nobody as berkala\n")
        let (s, captured) = makeSession(journal: path, directory: dir)
        #expect(s.open() == 65)
        #expect(captured.err.contains("unknown name 'nobody'"))
        #expect(captured.err.contains("does not replay"))
        #expect(readText(path) == officeScript + "classify nobody as berkala\n")
    }

    @Test func aTornJournalIsReportedOnOpen() {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, officeScript + "classify lapkeu as ber")
        let (s, captured) = makeSession(journal: path, directory: dir)
        #expect(s.open() == 65)
        #expect(captured.err.contains("j.ppid:8:1: error: the journal ends with a torn statement"))
    }

    /// Two sessions on one journal: each replays what the other appended before appending,
    /// keeps its own actor, and the journal replays to the state both see.
    @Test func twoSessionsAppendToOneJournal() throws {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, officeScript)
        let (a, aOut) = makeSession(journal: path, directory: dir, wall: dateTime("2025-03-03T08:00"))
        let (b, _) = makeSession(journal: path, directory: dir, wall: dateTime("2025-03-03T08:00"))
        #expect(a.open() == nil)
        #expect(b.open() == nil)
        a.submit("as sri")
        a.submit("classify lapkeu as berkala")
        b.submit("as budi")
        b.submit("classify dipa as serta_merta")     // B first replays A's statements
        a.submit("unit tph \"Teknis\"")              // A replays B's, then acts as sri again
        #expect(aOut.err.contains("appended by another session replayed"))
        #expect(a.rt.registry.actor == "sri")
        b.submit("unit tph \"again\"")                // a duplicate: B sees A's unit
        b.submit("withdraw dipa \"diganti\"")
        a.submit("as budi")                           // A catches up, and acts as budi too
        b.submit("print 1")                           // B catches up
        #expect(a.rt.registry.digest() == b.rt.registry.digest())
        #expect(try replayDigest(path) == a.rt.registry.digest())
        let text = readText(path)
        #expect(text.contains("as sri\nunit tph \"Teknis\"\n"), "A's actor is written again before its statement")
        #expect(!text.contains("again"))
    }

    /// What another session appended runs with the journal's actor and clock, not with what
    /// this session holds without having recorded it.
    @Test func mergedStatementsKeepTheirAuthorAndTime() throws {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, officeScript)
        var wallA = dateTime("2025-03-03T08:00")
        let captured = Captured()
        var c = REPLConfiguration()
        c.workingDirectory = dir
        c.journalPath = path
        c.wallClock = { wallA }
        c.writeOut = { captured.out += $0 }
        c.writeErr = { captured.err += $0 }
        let a = REPLSession(config: c, reader: ScriptedLineReader([]))
        let (b, _) = makeSession(journal: path, directory: dir, wall: dateTime("2025-03-03T08:05"))
        _ = a.open(); _ = b.open()
        a.submit("at now")                           // both follow the wall clock
        a.submit("as sri")
        a.submit("unit tph \"Teknis\"")              // at 08:00 as sri
        b.submit("at now")
        b.submit("as budi")                          // B: at 08:05 as budi
        a.submit("print 1")                          // A merges, then acts as sri again (unrecorded)
        #expect(a.rt.registry.actor == "sri")
        wallA = dateTime("2025-03-03T08:09")
        a.submit("print 2")                          // A's clock moves to 08:09, unrecorded
        b.submit("classify lapkeu as berkala")       // recorded without at/as: B's are the journal's
        a.submit("print 3")
        let last = try #require(a.rt.registry.log.last)
        #expect(last.actor == "budi")
        #expect(last.clock == dateTime("2025-03-03T08:05"))
        #expect(a.rt.registry.actor == "sri")
        #expect(a.rt.registry.clock == dateTime("2025-03-03T08:09"))
        a.submit("unit pdi \"Data\"")
        #expect(readText(path).hasSuffix("classify lapkeu as berkala\nat 2025-03-03T08:09\nas sri\nunit pdi \"Data\"\n"))
        #expect(try replayDigest(path) == a.rt.registry.digest())
    }

    @Test func undoTakesBackTheLastStatementOfThisSession() throws {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, officeScript)
        let (s, captured) = makeSession(journal: path, directory: dir, wall: dateTime("2025-03-03T08:00"))
        _ = s.open()
        s.submit("as sri")
        s.submit("classify lapkeu as berkala")
        let before = readText(path)
        let digestBefore = s.rt.registry.digest()
        s.submit("classify dipa as berkala")
        s.submit(":undo")
        #expect(captured.out.contains("took back: classify dipa as berkala"))
        #expect(readText(path) == before)
        #expect(s.rt.registry.digest() == digestBefore)
        // Undo goes on through this session's statements, then stops.
        s.submit(":undo"); s.submit(":undo")
        #expect(readText(path) == officeScript)
        s.submit(":undo")
        #expect(captured.err.contains("nothing to undo"))
    }

    @Test func undoIsRefusedAfterAnotherSessionAppended() {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, officeScript)
        let (a, aOut) = makeSession(journal: path, directory: dir, wall: dateTime("2025-03-03T08:00"))
        let (b, _) = makeSession(journal: path, directory: dir, wall: dateTime("2025-03-03T08:00"))
        _ = a.open(); _ = b.open()
        a.submit("unit tph \"Teknis\"")
        b.submit("unit pdi \"Data\"")
        let text = readText(path)
        a.submit(":undo")
        #expect(aOut.err.contains("another session has appended"))
        #expect(readText(path) == text)
    }

    @Test func checkpointAndSaveReplayToTheSameDigest() throws {
        let dir = temporaryDirectory()
        let (s, captured) = makeSession(directory: dir, wall: dateTime("2025-03-03T08:00"))
        _ = s.open()
        for line in officeScript.split(separator: "\n") { s.submit(String(line)) }
        s.submit("as sri")
        s.submit("classify lapkeu as berkala")
        s.submit(":checkpoint")
        s.submit(":save out.ppid")
        #expect(captured.out.contains("saved"))
        let saved = readText(dir + "/out.ppid")
        #expect(saved.contains("assert digest() == \"\(s.rt.registry.digest())\""))
        #expect(try replayDigest(dir + "/out.ppid") == s.rt.registry.digest())
    }

    /// A crash between the write and the fsync can keep any prefix of the last append, cut
    /// at any byte (inside a character too). For every such prefix the journal either is
    /// whole or has a torn tail that repair moves aside, keeping every whole statement
    /// before it (or, when only the final line break is missing, adding it), leaving a
    /// journal that replays.
    @Test func aCrashMidAppendIsDetectedAndRepaired() throws {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, officeScript)
        let (s, _) = makeSession(journal: path, directory: dir, wall: dateTime("2025-03-03T08:00"))
        _ = s.open()
        s.submit("at now")
        s.submit("as sri")
        s.submit("info lhkpn \"LHKPN — Harta\" {\n  holder kul\n  summary \"\"\"\nLaporan — 2024\n\"\"\"\n}")
        s.submit("unit tph \"Teknis — Hukum\"")
        let whole = Array(readText(path).utf8)
        let lastAppend = officeScript.utf8.count
        // Where each whole statement of the appends ends.
        var ends: [Int] = []
        for (i, b) in whole.enumerated() where i >= lastAppend && b == 10 {
            let prefix = Array(whole[...i])
            if JournalTail.torn(in: prefix, path: path) == nil, JournalTail.replays(SourceFile(path: path, bytes: prefix)) { ends.append(i + 1) }
        }
        #expect(ends.count == 4, "at, as, info, unit: \(ends)")
        for cut in lastAppend...whole.count {
            let crashed = dir + "/crash-\(cut).ppid"
            let text = Array(whole[..<cut])
            try FileSystem.writeAtomically(crashed, text)
            let (opened, _) = makeSession(journal: crashed, directory: dir)
            let tornTail = JournalTail.torn(in: text, path: crashed)
            if tornTail == nil {
                #expect(opened.open() == nil, "cut at \(cut) looked whole but did not open")
                continue
            }
            #expect(opened.open() == 65, "cut at \(cut)")
            let outcome = try JournalTail.repair(path: crashed)
            let repaired = FileSystem.read(crashed) ?? []
            #expect(JournalTail.torn(in: repaired, path: crashed) == nil)
            let kept = ends.filter { $0 <= cut }.last ?? lastAppend
            #expect(repaired.count >= kept, "cut at \(cut): a whole statement was moved aside")
            if case .lineBreakAdded = outcome {
                #expect(repaired == text + [10], "cut at \(cut)")
            } else {
                // The torn file gets a line break after the torn text when it had none.
                let both = repaired + (FileSystem.read(crashed + ".torn") ?? [])
                #expect(both == text || both == text + [10], "cut at \(cut)")
            }
            #expect(JournalTail.replays(SourceFile(path: crashed, bytes: repaired)), "cut at \(cut)")
        }
    }

    @Test func aJournalMayStartWithAByteOrderMark() throws {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        try FileSystem.writeAtomically(path, [0xEF, 0xBB, 0xBF] + Array(officeScript.utf8))
        let (s, captured) = makeSession(journal: path, directory: dir, wall: dateTime("2025-03-03T08:12"))
        #expect(s.open() == nil, "\(captured.err)")
        s.submit("as sri; classify lapkeu as berkala")
        #expect(readText(path).hasSuffix("as sri\nclassify lapkeu as berkala\n"))
        #expect(try replayDigest(path) == s.rt.registry.digest())
    }

    /// A record whose appends fail (a full disk), standing in for the journal.
    final class FullDisk: SessionLog {
        let inner: JournalFile
        init(_ inner: JournalFile) { self.inner = inner }
        func lock(whileWaiting: () -> Void) throws(JournalFile.Failure) -> Bool { try inner.lock(whileWaiting: whileWaiting) }
        func unlock() { inner.unlock() }
        func size() throws(JournalFile.Failure) -> Int { try inner.size() }
        func read(from offset: Int) throws(JournalFile.Failure) -> [UInt8] { try inner.read(from: offset) }
        func append(_ bytes: [UInt8]) throws(JournalFile.Failure) {
            throw JournalFile.Failure(Text(verbatim: "cannot write to the journal \(inner.path): No space left on device"))
        }
        func truncate(to length: Int) throws(JournalFile.Failure) { try inner.truncate(to: length) }
    }

    /// A statement that could not be recorded is taken back, and the session ends with
    /// exit code 74 even when it goes on at a terminal.
    @Test func aStatementThatCannotBeRecordedEndsTheSessionWith74() throws {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, officeScript)
        let (s, captured) = makeSession(journal: path, directory: dir, wall: dateTime("2025-03-03T08:12"))
        #expect(s.open() == nil)
        let digest = s.rt.registry.digest()
        s.log = FullDisk(try JournalFile(path: path))
        s.submit("classify lapkeu as berkala")
        #expect(captured.err.contains("taken back"))
        #expect(s.rt.registry.digest() == digest)
        s.submit("print 1")
        #expect(s.exitCode == 74)
        #expect(readText(path) == officeScript)
    }

    @Test func appendIsOneWriteOfWholeLines() throws {
        let path = temporaryDirectory() + "/j.ppid"
        let journal = try JournalFile(path: path)
        #expect(try journal.lock())
        try journal.append(Array("unit kul \"K\"\n".utf8))
        try journal.append(Array("role ppid \"P\"\n".utf8))
        #expect(try journal.size() == 27)
        #expect(String(decoding: try journal.read(from: 13), as: UTF8.self) == "role ppid \"P\"\n")
        try journal.truncate(to: 13)
        journal.unlock()
        #expect(readText(path) == "unit kul \"K\"\n")
    }

    @Test func nonInteractiveSessionsStopAtTheFirstError() {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, officeScript)
        let (s, captured) = makeSession(journal: path, directory: dir, interactive: false,
                                        lines: ["at 2025-01-02T09:00", "as sri", "classify lapkeu as berkala",
                                                "classify nothing as berkala", "classify dipa as berkala"])
        #expect(s.run() == 65)
        #expect(captured.out.isEmpty)
        #expect(readText(path) == officeScript + "at 2025-01-02T09:00\nas sri\nclassify lapkeu as berkala\n")
    }
}
