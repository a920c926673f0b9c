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

    @Test func sourceOfWhatIsNotAFile() {
        #expect(FileSystem.source("/nonexistent/ppid-\(UUID().uuidString)") == nil)
        #expect(FileSystem.source(FileManager.default.temporaryDirectory.path) == nil)
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
