import Testing
import PPIDSyntax
import PPIDModel
import PPIDRuntime
@testable import PPIDREPL

/// The prompt's rough edges: the wall clock and the record, multi-line entries with a typo,
/// colon commands without a terminal, and the hint for writing elsewhere.
@Suite struct PromptEdgeTests {
    func replayDigest(_ path: String) throws -> String {
        let rt = Interpreter(workingDirectory: FileSystem.directory(of: path), output: { _ in })
        try rt.run(SourceFile(path: path, bytes: FileSystem.read(path) ?? []))
        return rt.registry.digest()
    }

    /// A new journal: statements typed before the first `at` do not pin the wall clock, so
    /// the officer's own `at DATE` (earlier than the wall clock) is accepted.
    @Test func theWallClockIsNotJournaledBeforeTheUsersFirstAt() throws {
        let dir = temporaryDirectory(), path = dir + "/baru.ppid"
        let (s, captured) = makeSession(journal: path, directory: dir, wall: dateTime("2026-12-01T21:45"))
        #expect(s.open() == nil)
        s.submit("unit kul \"Subbagian Keuangan\"")
        s.submit("show units")
        s.submit("at 2024-04-01T09:00")
        #expect(!captured.err.contains("cannot go back"), "\(captured.err)")
        #expect(s.rt.registry.clock == dateTime("2024-04-01T09:00"))
        s.submit("role ppid \"PPID\"")
        #expect(readText(path) == "unit kul \"Subbagian Keuangan\"\nat 2024-04-01T09:00\nrole ppid \"PPID\"\n")
        #expect(!readText(path).contains("2026"), "no `at` line the officer did not type")
        #expect(try replayDigest(path) == s.rt.registry.digest())
    }

    /// Opening a journal whose clock was set earlier keeps that clock: nothing moves it to the
    /// wall clock behind the officer's back.
    @Test func anOpenedJournalKeepsItsOwnClock() throws {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, "at 2024-04-01T09:00\n" + officeScript)
        let (s, captured) = makeSession(journal: path, directory: dir, wall: dateTime("2026-12-01T21:45"))
        #expect(s.open() == nil)
        #expect(captured.out.contains("clock: 2024-04-01 09:00 (manual; `at now` follows the wall clock)"), "\(captured.out)")
        s.submit("as sri")
        s.submit("classify lapkeu as berkala")
        s.submit("print digest()")
        #expect(readText(path) == "at 2024-04-01T09:00\n" + officeScript + "as sri\nclassify lapkeu as berkala\n")
        let digest = try replayDigest(path)
        #expect(captured.out.contains(digest), "the digest the session shows is the one a replay gives")
        // `at now` is the officer's choice: recorded as the time it read, and followed after.
        s.submit("at now")
        #expect(readText(path).hasSuffix("classify lapkeu as berkala\nat 2026-12-01T21:45\n"))
        #expect(s.followWall)
        #expect(try replayDigest(path) == s.rt.registry.digest())
    }

    /// The banner of a new session says the clock is not set, and what the wall clock says.
    @Test func theBannerShowsTheWallClockWithoutSettingIt() {
        let dir = temporaryDirectory()
        let (s, captured) = makeSession(directory: dir, wall: dateTime("2026-12-01T21:45"))
        #expect(s.open() == nil)
        #expect(s.rt.registry.clock == nil)
        #expect(captured.out.contains("clock: not set"), "\(captured.out)")
        #expect(captured.out.contains("2026-12-01 21:45"), "\(captured.out)")
        s.submit("print 1")
        #expect(s.rt.registry.clock == nil)
    }

    /// A typo inside an open block does not end the block: the lines up to its `}` are one
    /// entry, reported once, and none of them runs as a statement of its own.
    @Test func aTypoInsideABlockIsReportedOnceWhenTheBlockCloses() {
        let dir = temporaryDirectory()
        let (s, captured) = makeSession(directory: dir, wall: dateTime("2026-12-01T21:45"))
        #expect(s.open() == nil)
        s.submit("unit kul \"K\"")
        s.submit("info x \"T\" {")
        s.submit("  holder kul )")
        #expect(captured.err.isEmpty, "the block is still open: \(captured.err)")
        #expect(s.pending.count == 2)
        s.submit("  retention 5 years")
        s.submit("}")
        #expect(s.pending.isEmpty)
        #expect(captured.err.components(separatedBy: "error:").count == 2, "one error: \(captured.err)")
        #expect(captured.err.contains("found ')'"))
        #expect(!s.rt.registry.items.contains { $0.name == "x" })
        s.submit("print \"after\"")
        #expect(captured.out.hasSuffix("after\n"))
    }

    /// Piped input read entry by entry (it has colon commands): an error names the input and
    /// its own line, not the session's record, which skipped the colon command and a blank line.
    @Test func anErrorInPipedInputNamesItsLineInTheInput() {
        let dir = temporaryDirectory()
        let lines = [":help at", "unit kul \"K\"", "", "info x \"T\" {", "  holder kul )", "}"]
        var c = REPLConfiguration()
        c.workingDirectory = dir
        c.interactive = false
        c.inputName = "<stdin>"
        var err = ""
        c.writeErr = { err += $0 }
        let code = REPLSession(config: c, reader: ScriptedLineReader(lines)).run()
        #expect(code == 65)
        #expect(err.hasPrefix("<stdin>:5:14: error:"), "\(err)")
    }

    /// The refusal to write outside the allowed folders names the prompt's own option.
    @Test func theWriteHintNamesThePromptsOption() {
        let dir = temporaryDirectory()
        let (s, captured) = makeSession(directory: dir, wall: dateTime("2026-12-01T21:45"))
        #expect(s.open() == nil)
        s.submit("export info to \"/proc/ppid-test.csv\"")
        #expect(captured.err.contains("refusing to write"), "\(captured.err)")
        #expect(captured.err.contains("`ppid --allow-write DIR`"), "\(captured.err)")
        #expect(!captured.err.contains("ppid run"), "\(captured.err)")
    }
}

/// The locale libedit needs for non-ASCII input.
@Suite struct LocaleTests {
    @Test(arguments: [
        ("C.UTF-8", true), ("C.utf8", true), ("en_US.UTF-8", true), ("id_ID.utf8@euro", true),
        ("C", false), ("POSIX", false), ("en_US.ISO-8859-1", false), ("", false),
    ])
    func utf8LocaleNames(_ name: String, _ utf8: Bool) {
        #expect(Terminal.isUTF8(locale: name) == utf8)
    }

    /// Whatever the environment says (here nothing: the C locale), the result is UTF-8.
    @Test func theCharacterLocaleIsUTF8() {
        #expect(Terminal.isUTF8(locale: Terminal.useUTF8CharacterLocale()))
    }
}
