import Testing
import PPIDSyntax
import PPIDModel
import PPIDRuntime
@testable import PPIDREPL

/// `:load` at the prompt runs a file that loads files that load files as `ppid run` does,
/// and the journal that records it replays to the same registers.
@Suite struct LoadEntryTests {
    /// Loads three deep under main.ppid: the two deepest files only declare (nothing shows
    /// before the first print, so a run runs ahead through them), the others print.
    static func nestedFolder() -> String {
        let dir = temporaryDirectory()
        try? FileSystem.makeDirectories(dir + "/lib/deep")
        writeText(dir + "/main.ppid", "load \"lib/s.ppid\"\nprint \"main\", count(holidays), count(units)\n")
        writeText(dir + "/lib/s.ppid", "load \"h.ppid\"\nprint \"s\", count(holidays)\n")
        writeText(dir + "/lib/h.ppid", "holiday 2024-04-10 \"Idulfitri 1445 H\"\nload \"deep/d.ppid\"\n")
        writeText(dir + "/lib/deep/d.ppid", "unit kul \"Subbagian Keuangan\"\n")
        return dir
    }

    /// The digest a fresh `ppid run` of the file gives.
    func runDigest(_ path: String) throws -> String {
        let rt = Interpreter(workingDirectory: FileSystem.directory(of: path), output: { _ in })
        try rt.run(SourceFile(path: path, bytes: FileSystem.read(path) ?? []))
        return rt.registry.digest()
    }

    @Test func aPromptLoadOfNestedLoadsReachesTheDigestOfRunningTheFile() throws {
        let dir = LoadEntryTests.nestedFolder(), journal = dir + "/j.ppid"
        writeText(journal, "")
        let (s, captured) = makeSession(journal: journal, directory: dir, wall: dateTime("2025-03-03T08:00"))
        #expect(s.open() == nil, "\(captured.err)")
        let banner = captured.out
        s.submit(":load main.ppid")
        #expect(captured.err.isEmpty, "\(captured.err)")
        #expect(captured.out == banner + "s 1\nmain 1 1\n")
        let ran = try runDigest(dir + "/main.ppid")
        #expect(s.rt.registry.digest() == ran)
        #expect(readText(journal).hasSuffix("load \"main.ppid\"\n"))

        // Replaying the journal: as a script, and by a session opening it.
        #expect(try runDigest(journal) == ran)
        let (reopened, again) = makeSession(journal: journal, directory: dir, wall: dateTime("2025-03-03T08:05"))
        #expect(reopened.open() == nil, "\(again.err)")
        #expect(reopened.rt.registry.digest() == ran)
        #expect(reopened.rt.registry.units.map(\.name) == ["kul"])
    }

    /// A journal that starts with the load (as an office keeps one) replays it when a session
    /// opens it: the quiet file three loads down is not lost while the replay runs ahead.
    @Test func openingAJournalThatStartsWithNestedLoadsRunsThemAll() throws {
        let dir = LoadEntryTests.nestedFolder(), journal = dir + "/j.ppid"
        writeText(journal, "load \"main.ppid\"\nprint \"journal\", count(holidays)\n")
        let ran = try runDigest(dir + "/main.ppid")
        let (s, captured) = makeSession(journal: journal, directory: dir, wall: dateTime("2025-03-03T08:00"))
        #expect(s.open() == nil, "\(captured.err)")
        #expect(s.rt.registry.digest() == ran)
        #expect(s.rt.registry.units.map(\.name) == ["kul"])
        s.submit("print count(holidays), count(units)")
        #expect(captured.out.hasSuffix("1 1\n"), "\(captured.out)")
    }
}
