import Testing
import Foundation

/// The journal's snapshot from the shell (docs/language.md §17, "The snapshot"): the second
/// open reads it, a damaged one is ignored, `--no-snapshot` neither reads nor writes it.
struct JournalSnapshotBinaryTests {
    /// A journal of some 80 KB: past the size from which a snapshot is written.
    static let journal: String = {
        var s = "unit kul \"Subbagian Keuangan, Umum dan Logistik\"\nrole ppid \"PPID\"\n"
        s += "staff sri \"Sri Wahyuni\" { roles ppid; unit kul }\nat 2024-05-02T09:00\nas sri\n"
        for i in 1...700 {
            s += "info lap\(i) \"Laporan Realisasi Anggaran Triwulan nomor \(i)\" { holder kul; responsible sri }\n"
            if i % 3 == 0 { s += "classify lap\(i) as berkala\n" }
        }
        s += "let total = count(info)\nfn twice(x) { return x * 2 }\n"
        return s
    }()

    static let probe = "print digest(), total, twice(21)\n"

    static func open(_ dir: String, _ args: [String] = []) throws -> BinaryTests.Output {
        try BinaryTests.ppid(["--no-init"] + args + ["j.ppid"], stdin: probe, cwd: dir, environment: ["HOME": dir])
    }

    @Test func theSecondOpenReadsTheSnapshotAndAgrees() throws {
        let dir = try JournalBinaryTests.folder()
        try Self.journal.write(toFile: dir + "/j.ppid", atomically: true, encoding: .utf8)
        let snapshot = dir + "/j.ppid.snapshot"

        let whole = try Self.open(dir, ["--no-snapshot"])
        #expect(whole.code == 0, "\(whole.err)")
        #expect(whole.out.hasSuffix(" 700 42\n"))
        #expect(!FileManager.default.fileExists(atPath: snapshot))

        let first = try Self.open(dir)
        #expect(first.code == 0, "\(first.err)")
        #expect(first.out == whole.out)
        let written = JournalBinaryTests.bytes(snapshot)
        #expect(written.count > 1000)

        let second = try Self.open(dir)
        #expect(second.code == 0, "\(second.err)")
        #expect(second.out == whole.out)
        #expect(second.err.isEmpty)

        // Damaged: ignored without a word, the same answer, and written again whole.
        var damaged = written
        damaged[damaged.count / 2] ^= 0xff
        try Data(damaged).write(to: URL(fileURLWithPath: snapshot))
        let third = try Self.open(dir)
        #expect(third.code == 0, "\(third.err)")
        #expect(third.out == whole.out)
        #expect(third.err.isEmpty)
        #expect(JournalBinaryTests.bytes(snapshot) == written)

        // The journal was never touched.
        #expect(String(decoding: JournalBinaryTests.bytes(dir + "/j.ppid"), as: UTF8.self) == Self.journal)
    }

    /// A snapshot that cannot be written (the folder is read-only) does not fail the open.
    @Test func anUnwritableSnapshotDoesNotFailTheOpen() throws {
        let dir = try JournalBinaryTests.folder()
        try Self.journal.write(toFile: dir + "/j.ppid", atomically: true, encoding: .utf8)
        let whole = try Self.open(dir, ["--no-snapshot"])
        try FileManager.default.createDirectory(atPath: dir + "/j.ppid.snapshot", withIntermediateDirectories: true)
        let r = try Self.open(dir)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out == whole.out)
        #expect(r.err.isEmpty)
    }
}
