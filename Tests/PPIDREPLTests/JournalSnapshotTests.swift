import Testing
#if canImport(Glibc)
import Glibc
#endif
import PPIDSyntax
import PPIDModel
import PPIDRuntime
@testable import PPIDREPL

/// The snapshot beside a journal (docs/language.md §17, "The snapshot"): opening from it and
/// replaying only the rest gives what replaying the whole journal gives, and a snapshot that
/// does not match is ignored (the whole journal is replayed, with the same digest).
struct JournalSnapshotTests {
    /// What opening a journal gave.
    struct Opened {
        let digest: String
        /// Bytes replayed from the journal's text (all of it when no snapshot was used).
        let replayed: Int
        let statements: Int
        let variables: [String]
        let functions: [String]
        let code: Int32?
        let err: String
    }

    /// Opens `journal` as the prompt does (writing a snapshot after any replay when `write`).
    static func open(_ journal: String, directory: String, snapshots: Bool = true, write: Bool = true,
                     version: String? = nil, actor: String? = nil) -> (Opened, REPLSession, Captured) {
        let (s, cap) = makeSession(journal: journal, directory: directory, interactive: false) { c in
            c.actor = actor
            c.snapshots = snapshots
            c.snapshotMinimumBytes = write ? 0 : Int.max
            if let version { c.version = version }
        }
        let code = s.open()
        let o = Opened(digest: s.rt.registry.digest(), replayed: s.replayedBytes, statements: s.openedStatements,
                       variables: s.rt.variableNames, functions: s.rt.functionNames, code: code, err: cap.err)
        return (o, s, cap)
    }

    static func fullReplay(_ journal: String, directory: String) -> Opened {
        open(journal, directory: directory, snapshots: false).0
    }

    static func bytes(_ path: String) -> [UInt8] { FileSystem.read(path) ?? [] }

    /// Writes a file without syncing it (the tests write hundreds).
    static func write(_ path: String, _ bytes: [UInt8]) {
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        _ = FileSystem.writeAll(fd, bytes)
        close(fd)
    }

    /// Offsets just after whole top-level statements (ending a line) at about the given
    /// fractions of the statements.
    static func splits(of bytes: [UInt8], path: String, at fractions: [Double]) -> [Int] {
        let stmts = Parser.parse(SourceFile(path: path, bytes: bytes)).statements
        guard stmts.count >= 2 else { return [] }
        var out: [Int] = []
        for f in fractions {
            let k = min(stmts.count - 2, max(0, Int(Double(stmts.count) * f)))
            let end = JournalTail.lineStart(after: stmts[k].range.end, in: bytes)
            guard end > 0, end < bytes.count, bytes[end - 1] == 10,
                  JournalTail.isComplete(bytes, upTo: end, path: path), !out.contains(end) else { continue }
            out.append(end)
        }
        return out
    }

    /// Every golden script that replays as a journal, as prefix + tail split at a third, a
    /// half and two thirds: the open with the prefix's snapshot has the full replay's
    /// digest, statement count, variables and functions.
    static let root: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static func goldenFiles() -> [String] {
        var out: [String] = []
        func walk(_ dir: String) {
            for e in DirectoryListing.entries(dir).sorted(by: { $0.name < $1.name }) where !e.name.hasPrefix(".") {
                let p = dir + "/" + e.name
                if e.isDirectory { walk(p) } else if e.name.hasSuffix(".ppid") { out.append(p) }
            }
        }
        walk(root + "/Tests/PPIDRuntimeTests/golden")
        return out
    }

    @Test(arguments: goldenFiles())
    func everyGoldenScriptOpensFromASnapshotWithTheFullReplaysDigest(_ golden: String) throws {
        do {
            let text = Self.bytes(golden)
            // The journal sits beside copies of the files it loads, as the script did.
            let dir = temporaryDirectory()
            let sourceDir = FileSystem.directory(of: golden)
            for e in DirectoryListing.entries(sourceDir) where e.name.hasSuffix(".ppid") && !e.isDirectory {
                Self.write(dir + "/" + e.name, Self.bytes(sourceDir + "/" + e.name))
            }
            let journal = dir + "/journal.ppid"
            Self.write(journal, text)
            let full = Self.fullReplay(journal, directory: dir)
            guard full.code == nil, text.last == 10 else { return }
            for cut in Self.splits(of: text, path: journal, at: [0.34, 0.5, 0.67]) {
                Self.write(journal, Array(text[..<cut]))
                unlink(JournalSnapshot.path(for: journal))
                let prefix = Self.open(journal, directory: dir).0
                guard prefix.code == nil else { continue }
                #expect(FileSystem.exists(JournalSnapshot.path(for: journal)), "\(golden): no snapshot written")
                Self.write(journal, text)
                let opened = Self.open(journal, directory: dir, write: false).0
                #expect(opened.code == nil, "\(golden) split at \(cut): \(opened.err)")
                #expect(opened.replayed == text.count - cut, "\(golden) split at \(cut): the snapshot was not used")
                #expect(opened.digest == full.digest, "\(golden) split at \(cut)")
                #expect(opened.statements == full.statements, "\(golden) split at \(cut)")
                #expect(opened.variables == full.variables, "\(golden) split at \(cut)")
                #expect(opened.functions == full.functions, "\(golden) split at \(cut)")
            }
        }
    }

    /// Most golden scripts replay as journals, so the test above checks them.
    @Test func mostGoldenScriptsReplayAsJournals() throws {
        let files = Self.goldenFiles()
        #expect(files.count > 200)
        var replaying = 0
        for golden in files {
            let rt = Interpreter(workingDirectory: FileSystem.directory(of: golden), output: { _ in })
            do {
                try rt.run(SourceFile(path: golden, bytes: Self.bytes(golden)))
                replaying += 1
            } catch {}
        }
        #expect(replaying > files.count / 3, "\(replaying) of \(files.count)")
    }

    // MARK: - The state beyond the registers

    static let sessionJournal = officeScript + """
        let n = 2
        fn double(x) { return x * n }
        let n = 5
        fn triple(x) { return x * 3 + n }
        fn double(x) { return x * n + triple(1) }
        let l = [1, [2, 3]]
        let shared = [l, l, lapkeu.history]
        let when = 2024-05-02T09:00
        let money = 12.5
        let items = info where holder == kul
        at 2024-05-02T09:00
        as sri
        classify lapkeu as berkala

        """

    /// Probes the state: variables (also the one a later `let` hid, which `double` still
    /// reads), functions as last declared, lists that share storage, rows, entity values.
    static let probe = """
        print double(1), triple(1), n, l, shared, when, money, len(items), items[1].name, today

        """

    @Test func variablesFunctionsAndSharedListsComeBackAsTheyWere() throws {
        let dir = temporaryDirectory(), journal = dir + "/j.ppid"
        writeText(journal, Self.sessionJournal)
        let (first, s1, c1) = Self.open(journal, directory: dir)
        #expect(first.code == nil, "\(first.err)")
        s1.runStatements(Self.probe)
        writeText(journal, Self.sessionJournal + "let m = 1\n")
        let (second, s2, c2) = Self.open(journal, directory: dir)
        #expect(second.replayed == "let m = 1\n".utf8.count)
        s2.runStatements(Self.probe)
        #expect(!c1.out.isEmpty)
        #expect(c2.out == c1.out)
        #expect(c2.err == c1.err)
        #expect(second.variables == (first.variables + ["m"]).sorted())
        #expect(second.functions == first.functions)
    }

    /// A name declared before the snapshot is still reported with where it was first declared.
    @Test func aDuplicateDeclarationStillPointsAtTheFirstOne() throws {
        let dir = temporaryDirectory(), journal = dir + "/j.ppid"
        writeText(journal, Self.sessionJournal)
        let (_, s1, c1) = Self.open(journal, directory: dir, snapshots: false)
        s1.runStatements("unit kul \"Again\"\n")
        _ = Self.open(journal, directory: dir)
        let (o, s2, c2) = Self.open(journal, directory: dir)
        #expect(o.replayed == 0)
        s2.runStatements("unit kul \"Again\"\n")
        #expect(c1.err.contains("first declared here"))
        #expect(c2.err == c1.err)
    }

    /// Items whose shared fields repeat the item before's or do not (the snapshot writes a
    /// repeat as one flag), with histories, an exemption and a withdrawal, come back as they
    /// were, and a duplicate item points at its first declaration (kept by item position).
    @Test func itemsComeBackWithTheirFieldsHistoriesAndSites() throws {
        let dir = temporaryDirectory(), journal = dir + "/j.ppid"
        let items = officeScript + """
            info a1 "Satu" { holder kul; responsible sri; place "Lemari 1"; formats softcopy, hardcopy }
            info a2 "Dua" { holder kul; responsible sri; place "Lemari 1"; formats softcopy, hardcopy }
            info a3 "Tiga" { holder kul; responsible budi; place "Gudang"; media "arsip" }
            info a4 "Empat" { holder kul; responsible budi; place "Gudang"; media "arsip"; retention 5 years }
            info a5 "Lima" { holder kul; made 2024-01-02; retention "permanen" }
            at 2024-05-02T09:00
            as sri
            classify a1 as berkala
            classify a3 as dikecualikan { basis "Pasal 17 huruf i"; consequence "Mengungkap memorandum"; until 2030-12-31 }
            classify a1 as setiap_saat
            withdraw a4 "Salah input"

            """
        writeText(journal, items)
        let probe = "show info\nprint a1.place, a2.place, a2.formats, a3.place, a4.media, a4.responsible, a5.place\n"
            + "print a1.history, a3.exemption, a4.status, a5.retention, a4.retention\n"
        let (first, s1, c1) = Self.open(journal, directory: dir)
        #expect(first.code == nil, "\(first.err)")
        s1.runStatements(probe)
        s1.runStatements("info a2 \"Lagi\"\n")
        let (second, s2, c2) = Self.open(journal, directory: dir)
        #expect(second.replayed == 0)
        #expect(second.digest == first.digest)
        s2.runStatements(probe)
        s2.runStatements("info a2 \"Lagi\"\n")
        #expect(c1.out.contains("Lemari 1") && c1.out.contains("Gudang"), "\(c1.out) \(c1.err)")
        #expect(c2.out == c1.out)
        #expect(c1.err.contains("first declared here"), "\(c1.err)")
        #expect(c2.err == c1.err)
    }

    // MARK: - Rejected snapshots

    /// A journal with a snapshot of all of it; returns the journal's path, its folder and
    /// the full replay's digest.
    static func journalWithSnapshot() -> (String, String, Opened) {
        let dir = temporaryDirectory(), journal = dir + "/j.ppid"
        writeText(journal, sessionJournal)
        let o = open(journal, directory: dir).0
        return (journal, dir, o)
    }

    @Test func aMatchingSnapshotIsUsed() throws {
        let (journal, dir, first) = Self.journalWithSnapshot()
        #expect(FileSystem.exists(JournalSnapshot.path(for: journal)))
        let o = Self.open(journal, directory: dir).0
        #expect(o.replayed == 0)
        #expect(o.digest == first.digest)
        #expect(o.statements == first.statements)
    }

    @Test func anEditedJournalIgnoresTheSnapshot() throws {
        let (journal, dir, _) = Self.journalWithSnapshot()
        let edited = Self.sessionJournal.replacing("Laporan Keuangan", with: "Laporan Keuangan 2024")
        writeText(journal, edited)
        let o = Self.open(journal, directory: dir, write: false).0
        #expect(o.code == nil)
        #expect(o.replayed == edited.utf8.count)
        #expect(o.digest == Self.fullReplay(journal, directory: dir).digest)
    }

    @Test func aTruncatedJournalIgnoresTheSnapshot() throws {
        let (journal, dir, _) = Self.journalWithSnapshot()
        let shorter = officeScript
        writeText(journal, shorter)
        let o = Self.open(journal, directory: dir, write: false).0
        #expect(o.replayed == shorter.utf8.count)
        #expect(o.digest == Self.fullReplay(journal, directory: dir).digest)
    }

    @Test func anotherVersionsSnapshotIsIgnoredAndRebuilt() throws {
        let (journal, dir, first) = Self.journalWithSnapshot()
        let o = Self.open(journal, directory: dir, version: "99.0.0").0
        #expect(o.replayed == Self.sessionJournal.utf8.count)
        #expect(o.digest == first.digest)
        // It was rebuilt for that version, and that one is ignored by this one.
        #expect(Self.open(journal, directory: dir, version: "99.0.0").0.replayed == 0)
        #expect(Self.open(journal, directory: dir, write: false).0.replayed == Self.sessionJournal.utf8.count)
    }

    @Test func anotherLanguagesSnapshotIsIgnored() throws {
        let (journal, dir, first) = Self.journalWithSnapshot()
        let (s, _) = makeSession(journal: journal, directory: dir, interactive: false) { c in
            c.language = .id
            c.snapshotMinimumBytes = Int.max
        }
        #expect(s.open() == nil)
        #expect(s.replayedBytes == Self.sessionJournal.utf8.count)
        #expect(s.rt.registry.digest() == first.digest)
    }

    /// Every single-byte change and every truncation of the snapshot file: ignored, no crash,
    /// the full replay's digest.
    @Test func corruptedOrTruncatedSnapshotsAreIgnored() throws {
        let (journal, dir, first) = Self.journalWithSnapshot()
        let path = JournalSnapshot.path(for: journal)
        let good = Self.bytes(path)
        #expect(good.count > 100)
        var damaged: [[UInt8]] = [[], Array("not a snapshot".utf8)]
        for cut in stride(from: 0, to: good.count, by: max(1, good.count / 40)) { damaged.append(Array(good[..<cut])) }
        for at in stride(from: 0, to: good.count, by: max(1, good.count / 60)) {
            var b = good
            b[at] ^= 0x5a
            damaged.append(b)
        }
        damaged.append(good + [0])
        for bad in damaged {
            Self.write(path, bad)
            let o = Self.open(journal, directory: dir, write: false).0
            #expect(o.code == nil)
            #expect(o.replayed == Self.sessionJournal.utf8.count)
            #expect(o.digest == first.digest)
        }
    }

    /// A snapshot that cannot be read (a folder in its place) is ignored, and failing to
    /// write one neither fails the session nor touches the journal.
    @Test func anUnreadableOrUnwritableSnapshotChangesNothing() throws {
        let dir = temporaryDirectory(), journal = dir + "/j.ppid"
        writeText(journal, Self.sessionJournal)
        mkdir(JournalSnapshot.path(for: journal), 0o755)
        let (o, s, _) = Self.open(journal, directory: dir)
        #expect(o.code == nil)
        #expect(FileSystem.isDirectory(JournalSnapshot.path(for: journal)))
        s.runStatements("let k = 1\n")
        #expect(readText(journal) == Self.sessionJournal + "let k = 1\n")
        #expect(Self.open(journal, directory: dir).0.digest == o.digest)
    }

    /// A snapshot from another journal, put beside this one, covers a different prefix.
    @Test func anotherJournalsSnapshotIsIgnored() throws {
        let (journal, dir, _) = Self.journalWithSnapshot()
        let other = dir + "/other.ppid"
        let text = officeScript + "info extra \"Extra\"\n" + "let x = 1\n"
        writeText(other, text)
        Self.write(JournalSnapshot.path(for: other), Self.bytes(JournalSnapshot.path(for: journal)))
        let o = Self.open(other, directory: dir, write: false).0
        #expect(o.replayed == text.utf8.count)
        #expect(o.digest == Self.fullReplay(other, directory: dir).digest)
    }

    /// The snapshot's decoder on damaged bytes, without the hashes that normally stop them
    /// first: it throws or decodes, and never crashes.
    @Test func theDecoderSurvivesDamagedBytesWithoutTheHashes() throws {
        let rt = Interpreter(output: { _ in })
        _ = rt.runEntry(SourceFile(path: "<t>", text: Self.sessionJournal))
        var w = SnapshotWriter()
        rt.writeSnapshot(to: &w) { _ in nil }
        let good = w.bytes
        var r0 = SnapshotReader(good)
        let back = Interpreter(output: { _ in })
        try back.restoreSnapshot(from: &r0) { _, _, _, _ in nil }
        #expect(back.registry.digest() == rt.registry.digest())
        var seed: UInt64 = 0x9e37_79b9_7f4a_7c15
        for k in 0..<400 {
            var b = good
            if k % 2 == 0 {
                b = Array(b[..<(k * 7919 % b.count)])
            } else {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                let at = Int(seed >> 33) % b.count
                b[at] = UInt8(truncatingIfNeeded: seed >> 17)
            }
            var r = SnapshotReader(b)
            let target = Interpreter(output: { _ in })
            do { try target.restoreSnapshot(from: &r) { _, _, _, _ in nil } } catch {}
        }
    }

    // MARK: - Sessions

    /// Two sessions append to one journal; opening it afterwards from the snapshot either
    /// wrote gives the full replay's digest.
    @Test func twoSessionsAppendingThenOpening() throws {
        let dir = temporaryDirectory(), journal = dir + "/j.ppid"
        writeText(journal, Self.sessionJournal)
        let (_, a, _) = Self.open(journal, directory: dir, actor: "sri")
        let (b0, b, _) = Self.open(journal, directory: dir, actor: "budi")
        #expect(b0.replayed == 0)
        a.runStatements("as sri\nclassify dipa as berkala\n")
        b.runStatements("info renstra \"Rencana Strategis\" { holder kul }\n")
        a.runStatements("let fromA = 1\n")
        b.runStatements("at 2024-05-03T10:00\nlet fromB = fromA + 1\n")
        #expect(a.exitCode == 0 && b.exitCode == 0)
        let full = Self.fullReplay(journal, directory: dir)
        let o = Self.open(journal, directory: dir).0
        #expect(o.replayed > 0 && o.replayed < Self.bytes(journal).count)
        #expect(o.digest == full.digest)
        #expect(o.variables == full.variables)
        // The snapshot just written covers it all.
        let again = Self.open(journal, directory: dir).0
        #expect(again.replayed == 0)
        #expect(again.digest == full.digest)
    }

    /// `:undo` cuts the journal below the snapshot's prefix: the rebuild replays it whole,
    /// and the session is where a session without snapshots is.
    @Test func undoBelowTheSnapshotReplaysWhole() throws {
        var digests: [String] = []
        for snapshots in [false, true] {
            let dir = temporaryDirectory(), journal = dir + "/j.ppid"
            writeText(journal, Self.sessionJournal)
            let (_, s, cap) = Self.open(journal, directory: dir, snapshots: snapshots, actor: "sri")
            s.runStatements("info renstra \"Rencana Strategis\" { holder kul }\n")
            if snapshots {
                #expect(Self.open(journal, directory: dir).0.replayed > 0)
                #expect(Self.open(journal, directory: dir).0.replayed == 0)
            }
            s.runColonCommand("undo", "")
            #expect(cap.err.isEmpty, "\(cap.err)")
            #expect(readText(journal) == Self.sessionJournal)
            digests.append(s.rt.registry.digest())
            #expect(Self.open(journal, directory: dir).0.digest == Self.fullReplay(journal, directory: dir).digest)
        }
        #expect(digests[0] == digests[1])
    }

    /// A file the journal loads changed since the snapshot: the snapshot is ignored.
    @Test func aChangedLoadedFileIgnoresTheSnapshot() throws {
        let dir = temporaryDirectory(), journal = dir + "/j.ppid"
        writeText(dir + "/more.ppid", "unit humas \"Humas\"\n")
        writeText(journal, Self.sessionJournal + "load \"more.ppid\"\n")
        _ = Self.open(journal, directory: dir)
        #expect(Self.open(journal, directory: dir).0.replayed == 0)
        writeText(dir + "/more.ppid", "unit humas \"Hubungan Masyarakat\"\n")
        let o = Self.open(journal, directory: dir, write: false).0
        #expect(o.replayed == Self.bytes(journal).count)
        #expect(o.digest == Self.fullReplay(journal, directory: dir).digest)
    }
}
