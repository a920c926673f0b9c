import Testing
import Foundation
import PPIDSyntax
import PPIDRuntime

/// FileSystem.source and SourceBytes: a long script is mapped, a short one read, and both
/// read the same; pages let go come back from the file with the same bytes.
struct MappedSourceTests {
    static func write(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-source-\(UUID().uuidString).ppid").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Sizes around the mapping threshold and the page size.
    @Test(arguments: [0, 1, 4095, 4097, FileSystem.mapAtLeast - 1, FileSystem.mapAtLeast, FileSystem.mapAtLeast + 12_345])
    func sourceReadsTheFile(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
        let path = try Self.write(bytes)
        defer { unlink(path) }
        let s = try #require(FileSystem.source(path))
        #expect(s.isMapped == (size >= FileSystem.mapAtLeast))
        #expect(s.count == size)
        #expect(s.array == bytes)
        #expect(s == SourceBytes(bytes))
        // Let every page go, then read them again: the same bytes, from the file.
        s.releasePages(before: size)
        #expect(Array(s) == bytes)
        if size > 3 { #expect(s.string(1..<3) == String(decoding: bytes[1..<3], as: UTF8.self)) }
    }

    /// A file whose size says nothing (a /proc file reports 0) is read to its end, however
    /// long: `read` goes on past the size `fstat` gave until the file ends.
    /// A read long enough to ask for huge pages (a journal read whole) gives the file's bytes
    /// exactly, around the 2 MiB spans it asks for.
    @Test(arguments: [4 << 20, (4 << 20) + 1, (6 << 20) + 4095])
    func aLongReadGivesTheFile(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ $0 >> 11) }
        let path = try Self.write(bytes)
        defer { unlink(path) }
        #expect(FileSystem.read(path) == bytes)
    }

    @Test func aFileIsReadToItsEndWhateverItsStatedSize() throws {
        let ours = try #require(FileSystem.read("/proc/self/smaps"))
        let theirs = try #require(FileHandle(forReadingAtPath: "/proc/self/smaps")?.readDataToEndOfFile())
        #expect(String(decoding: ours, as: UTF8.self).hasSuffix("\n"))
        // The two reads see the process at different moments, so only their sizes compare.
        if theirs.count > 100_000 { #expect(ours.count > 1 << 16, "\(ours.count) of about \(theirs.count) bytes") }
        #expect(ours.count > 0)
    }

    @Test func sourceOfWhatIsNotAFile() {
        #expect(FileSystem.source("/nonexistent/ppid-\(UUID().uuidString)") == nil)
        #expect(FileSystem.source(FileManager.default.temporaryDirectory.path) == nil)
    }

    /// The resident KiB of this process's mapping of `path` (/proc/self/smaps), 0 if none.
    static func residentKiB(of path: String) -> Int {
        guard let bytes = FileSystem.read("/proc/self/smaps") else { return -1 }
        let text = String(decoding: bytes, as: UTF8.self)
        var inMapping = false, total = 0
        for line in text.split(separator: "\n") {
            if let first = line.first, first.isHexDigit, line.contains("-") {
                inMapping = line.hasSuffix(path)
            } else if inMapping, line.hasPrefix("Rss:") {
                total += Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
            }
        }
        return total
    }

    /// A run holds only the pages near the statement at hand, also after the check of the rest
    /// of the script (the first `print` reads all of it): at a `print` halfway through a
    /// 16 MB script, little of it is resident.
    @Test func aRunHoldsOnlyThePagesNearTheStatementAtHand() throws {
        let half = String(repeating: "let x = 1  # \(String(repeating: "z", count: 50))\n", count: (8 << 20) / 64)
        let text = "print 0\n" + half + "print 1\n" + half + "print 2\n"
        let path = try Self.write(Array(text.utf8))
        defer { unlink(path) }
        let file = SourceFile(path: path, source: try #require(FileSystem.source(path)))
        var resident: [String: Int] = [:]
        let rt = Interpreter(output: { resident[$0] = Self.residentKiB(of: path) })
        try rt.run(file)
        #expect(resident.keys.sorted() == ["0", "1", "2"])
        // Something of it is resident while it runs (so the figures below measure something).
        #expect(resident.values.contains { $0 > 0 }, "\(resident)")
        // The whole script is 16 MB; a run keeps about a megabyte of it behind the statement.
        for (k, kib) in resident { #expect(kib < 4 << 10, "at print \(k): \(kib) KiB of the script resident") }
    }

    /// A mapped script's diagnostics, after a run let its pages go, quote the right line.
    @Test func aRunOverAMappedScriptReportsTheRightLines() throws {
        var text = "unit kul \"Keuangan\"\n"
        text += String(repeating: "let x = 1\n", count: (FileSystem.mapAtLeast * 2) / 10)
        text += "unit kul \"Lain\"\n"
        let path = try Self.write(Array(text.utf8))
        defer { unlink(path) }
        let file = SourceFile(path: path, source: try #require(FileSystem.source(path)))
        #expect(file.bytes.isMapped)
        let rt = Interpreter()
        var failure: ScriptFailure?
        do { try rt.run(file) } catch { failure = error }
        let d = try #require(failure?.diagnostics.first)
        let lines = text.split(separator: "\n").count
        #expect(d.file.location(of: d.range.start).line == lines)
        #expect(d.file.lineText(at: d.range.start) == "unit kul \"Lain\"")
        let note = try #require(d.notes.first)
        let noteFile = try #require(note.file), noteRange = try #require(note.range)
        #expect(noteFile.location(of: noteRange.start).line == 1)
        #expect(noteFile.lineText(at: noteRange.start) == "unit kul \"Keuangan\"")
    }
}
