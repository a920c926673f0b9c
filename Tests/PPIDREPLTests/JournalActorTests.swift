import Testing
import PPIDSyntax
import PPIDModel
import PPIDRuntime
@testable import PPIDREPL

/// A session's actor is its own: none at the start
/// unless `--as` or a staff `login` says who it is, never the journal's, never changed by
/// another session's `as`; the journal still gets the `as` lines an exact replay needs.
@Suite struct JournalActorTests {
    /// The office with a run whose step either officer may do, ending `as sri`.
    static let journal = officeScript + """
    sop setuju "Persetujuan" { step 1 "Menyetujui" { by ppid, atasan } }
    at 2025-03-03T08:00
    as sri
    start setuju as r1

    """

    func replay(_ path: String) throws -> Interpreter {
        let rt = Interpreter(workingDirectory: FileSystem.directory(of: path), output: { _ in })
        try rt.run(SourceFile(path: path, bytes: FileSystem.read(path) ?? []))
        return rt
    }

    /// B acts as sri; A then acts as budi; B's next statement is still sri's, in B's
    /// registers, in `:status` and in the journal.
    @Test func anotherSessionsAsDoesNotChangeThisSessionsActor() throws {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, Self.journal)
        let (a, _) = makeSession(journal: path, directory: dir)
        let (b, bOut) = makeSession(journal: path, directory: dir)
        #expect(a.open() == nil && b.open() == nil)
        b.submit("as sri")
        a.submit("as budi")
        b.submit("complete r1")
        #expect(b.rt.registry.steps.last?.actor == "sri")
        b.submit(":status")
        #expect(bOut.out.contains("actor: sri (Sri Wahyuni, ppid)"))
        #expect(!bOut.err.contains("error"), "\(bOut.err)")
        a.submit("print 1")                            // A catches up and is still budi
        #expect(a.rt.registry.actor == "budi")
        let replayed = try replay(path)
        #expect(replayed.registry.steps.last?.actor == "sri")
        #expect(readText(path).hasSuffix("as budi\nas sri\ncomplete r1\n"))
        #expect(replayed.registry.steps == a.rt.registry.steps)
    }

    /// After replaying a journal whose last `as` is sri, a new session has no actor: a change
    /// is refused until it says who it is, and then recorded with its own `as` line.
    @Test func theActorIsNotInheritedFromTheJournal() throws {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, Self.journal)
        let (s, out) = makeSession(journal: path, directory: dir)
        #expect(s.open() == nil)
        #expect(s.rt.registry.actor == nil)
        #expect(out.out.contains("actor: none — use `as NAME` or start with `ppid --as NAME`"))
        s.submit("complete r1")
        #expect(out.err.contains("no actor is set"), "\(out.err)")
        s.submit("classify lapkeu as berkala")
        #expect(out.err.contains("this change would be recorded as nobody's"))
        #expect(readText(path) == Self.journal, "a refused change is not recorded")
        s.submit("let n = count(info)")                 // no register change: allowed
        s.submit(":checkpoint")                          // the record's digest, with its actor
        s.submit("withdraw dipa \"usang\"")                // still refused after what was recorded
        #expect(!readText(path).contains("withdraw"))
        s.submit("as budi")
        s.submit("complete r1")
        #expect(s.rt.registry.steps.last?.actor == "budi")
        #expect(readText(path).hasSuffix("as budi\ncomplete r1\n"))
        let replayed = try replay(path)
        #expect(replayed.registry.digest() == s.rt.registry.digest())
    }

    /// `--as NAME` (a role: its one holder) starts the session as that person; a name that
    /// is no one stops the session before it starts.
    @Test func asOptionSetsTheStartingActor() throws {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, Self.journal)
        let (s, out) = makeSession(journal: path, directory: dir) { $0.actor = "atasan" }
        #expect(s.open() == nil)
        #expect(s.rt.registry.actor == "budi")
        #expect(out.out.contains("actor: budi (Budi Santoso, atasan) — from --as"))
        s.submit("complete r1")
        #expect(readText(path).hasSuffix("as budi\ncomplete r1\n"))
        #expect(try replay(path).registry.steps.last?.actor == "budi")
        let (bad, badOut) = makeSession(journal: path, directory: dir) { $0.actor = "kul" }
        #expect(bad.open() == 64)
        #expect(badOut.err.contains("ppid: --as kul: `kul` is a unit"))
    }

    /// The staff member whose `login` is the operating-system user is the starting actor;
    /// `--as` wins over it; another user gets none.
    @Test func aMatchingLoginSetsTheStartingActor() throws {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, Self.journal.replacing("roles ppid; unit kul }", with: "roles ppid; unit kul; login \"sri.w\" }"))
        let (s, out) = makeSession(journal: path, directory: dir) { $0.userName = "sri.w" }
        #expect(s.open() == nil)
        #expect(s.rt.registry.actor == "sri")
        #expect(out.out.contains("actor: sri (Sri Wahyuni, ppid) — from login; `as NAME` changes it"))
        let (other, _) = makeSession(journal: path, directory: dir) { $0.userName = "budi" }
        #expect(other.open() == nil)
        #expect(other.rt.registry.actor == nil)
        let (option, _) = makeSession(journal: path, directory: dir) { $0.userName = "sri.w"; $0.actor = "budi" }
        #expect(option.open() == nil)
        #expect(option.rt.registry.actor == "budi")
    }

    /// `:undo` of an `as` goes back to the session's actor before it.
    @Test func undoOfAnAsGoesBackToTheActorBefore() throws {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, Self.journal)
        let (s, _) = makeSession(journal: path, directory: dir) { $0.actor = "sri" }
        #expect(s.open() == nil)
        s.submit("as budi")
        #expect(s.rt.registry.actor == "budi")
        s.submit(":undo")
        #expect(s.rt.registry.actor == "sri")
        #expect(readText(path) == Self.journal)
    }
}

/// Training follows the same rule: the setup's last `as` is not the trainee's.
@Suite struct TrainingActorTests {
    static let exercise = """
    exercise "Pelaku" {
      setup {
        at 2025-01-06T08:00
        unit kul "Keuangan"
        role ppid "PPID"
        staff sri "Sri" { roles ppid; unit kul }
        info lapkeu "Laporan Keuangan" { holder kul; responsible sri }
        as sri
      }
      task "Sebagai PPID, klasifikasikan semua informasi sebagai berkala." {
        check count(info where class == berkala) == count(info)
        solution { as ppid; for i in info { classify i as berkala } }
      }
    }

    """

    @Test func theTraineeStartsWithNoActor() throws {
        let dir = temporaryDirectory()
        let (training, captured, _) = makeTraining(Self.exercise, directory: dir, store: nil, lines: [
            "for i in info { classify i as berkala }",
            "as ppid; for i in info { classify i as berkala }",
        ])
        #expect(training.run() == 0)
        #expect(captured.out.contains("Pelaku: belum ada"))
        #expect(captured.err.contains("pelaku belum ditetapkan"))   // E422, in the trainee's language
        #expect(captured.out.contains("✓ Tugas 1 selesai."))
        #expect(training.session.rt.registry.log.last?.actor == "sri")
        let replay = Interpreter(workingDirectory: "/", output: { _ in })
        try replay.run(SourceFile(path: training.sessionPath, text: readText(training.sessionPath)))
        #expect(replay.registry.digest() == training.session.rt.registry.digest())
    }
}
