import Testing
import PPIDSyntax
import PPIDModel
import PPIDRuntime
@testable import PPIDREPL

/// A session's actor is its own: none at the start unless `--as` or a matching `login`,
/// never the journal's, never changed by another session's `as`.
extension JournalSessionTests {
    /// The office of `officeScript` with a second person, ending with `as sri`.
    static let journalEndingAsSri = officeScript + """
    staff masykur "Masykur" { roles atasan }
    at 2025-03-03T07:30
    as sri

    """

    /// A session on `path` with an actor option and an operating-system user.
    func actorSession(journal path: String, directory: String, actor: String? = nil,
                      user: String? = nil) -> (REPLSession, Captured) {
        let captured = Captured()
        var c = REPLConfiguration()
        c.workingDirectory = directory
        c.journalPath = path
        c.interactive = true
        c.wallClock = { dateTime("2025-03-03T08:00") }
        c.actor = actor
        c.userName = user
        c.writeOut = { captured.out += $0 }
        c.writeErr = { captured.err += $0 }
        return (REPLSession(config: c, reader: ScriptedLineReader([])), captured)
    }

    /// The reported defect: B says `as sri` (what the journal already ends with), A then
    /// says `as masykur`; B's next change is still sri's, in B's registers, in the journal
    /// and in a replay of it.
    @Test func anotherSessionsAsNeverChangesThisSessionsActor() throws {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, Self.journalEndingAsSri)
        let (a, _) = actorSession(journal: path, directory: dir)
        let (b, bOut) = actorSession(journal: path, directory: dir)
        #expect(a.open() == nil)
        #expect(b.open() == nil)
        b.submit("as sri")
        a.submit("as masykur")
        b.submit("classify lapkeu as berkala")        // B replays A's `as masykur` first
        #expect(bOut.err.contains("appended by another session replayed"))
        let last = try #require(b.rt.registry.log.last)
        #expect(last.subject == "lapkeu" && last.actor == "sri")
        b.submit(":status")
        #expect(bOut.out.contains("actor: sri (Sri Wahyuni, ppid)"))
        #expect(readText(path).hasSuffix("as masykur\nas sri\nclassify lapkeu as berkala\n"))
        a.submit("unit tph \"Teknis\"")               // A replays B's, and is still masykur
        #expect(a.actor == "masykur")
        #expect(try #require(a.rt.registry.log.last).actor == "masykur")
        #expect(a.rt.registry.log[a.rt.registry.log.count - 2].actor == "sri")
        #expect(try replayDigest(path) == a.rt.registry.digest())
    }

    /// The journal ends with `as sri`, but a session opening it acts as nobody: its first
    /// change is refused until it says who acts, and nothing is written.
    @Test func theActorIsNotInheritedFromTheJournal() throws {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, Self.journalEndingAsSri)
        let (s, captured) = actorSession(journal: path, directory: dir)
        #expect(s.open() == nil)
        #expect(s.actor == nil && s.rt.registry.actor == nil)
        #expect(captured.out.contains("actor: none — use `as NAME` or start with `ppid --as NAME`"))
        s.submit("classify lapkeu as berkala")
        #expect(captured.err.contains("no actor is set, so this change would be recorded as nobody's"))
        #expect(readText(path) == Self.journalEndingAsSri)
        s.submit("as budi; classify lapkeu as berkala")
        #expect(try #require(s.rt.registry.log.last).actor == "budi")
        #expect(readText(path).hasSuffix("as sri\nat 2025-03-03T08:00\nas budi\nclassify lapkeu as berkala\n"))
        #expect(try replayDigest(path) == s.rt.registry.digest())
    }

    /// `--as NAME` (a person, or a role one person holds) sets the session's actor, and the
    /// banner says where it came from; `--as` naming nobody does not open the session.
    @Test func theAsOptionSetsTheActor() throws {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, Self.journalEndingAsSri)
        let (s, captured) = actorSession(journal: path, directory: dir, actor: "ppid")
        #expect(s.open() == nil)
        #expect(s.actor == "sri")
        #expect(captured.out.contains("actor: sri (Sri Wahyuni, ppid) — from --as"))
        s.submit("classify dipa as berkala")
        #expect(try #require(s.rt.registry.log.last).actor == "sri")
        #expect(readText(path).hasSuffix("as sri\nat 2025-03-03T08:00\nclassify dipa as berkala\n"))
        #expect(try replayDigest(path) == s.rt.registry.digest())

        let (bad, badOut) = actorSession(journal: path, directory: dir, actor: "nobody")
        #expect(bad.open() == 64)
        #expect(badOut.err.contains("ppid: --as nobody: there is no staff member or role named `nobody`"))
        let (several, severalOut) = actorSession(journal: path, directory: dir, actor: "atasan")
        #expect(several.open() == 64)
        #expect(severalOut.err.contains("the role `atasan` is held by `budi` and `masykur`"))
    }

    /// A staff member whose `login` is the operating-system user is the session's actor;
    /// `--as` wins over it; another user acts as nobody.
    @Test func aMatchingLoginSetsTheActor() throws {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, officeScript + "staff masykur \"Masykur\" { roles atasan; login \"masykur.k\" }\n")
        let (s, captured) = actorSession(journal: path, directory: dir, user: "masykur.k")
        #expect(s.open() == nil)
        #expect(s.actor == "masykur")
        #expect(captured.out.contains("actor: masykur (Masykur, atasan) — from login"))
        s.submit("classify lapkeu as berkala")
        #expect(try #require(s.rt.registry.log.last).actor == "masykur")

        let (other, _) = actorSession(journal: path, directory: dir, user: "sri")
        #expect(other.open() == nil)
        #expect(other.actor == nil)
        let (chosen, _) = actorSession(journal: path, directory: dir, actor: "sri", user: "masykur.k")
        #expect(chosen.open() == nil)
        #expect(chosen.actor == "sri")
    }
}
