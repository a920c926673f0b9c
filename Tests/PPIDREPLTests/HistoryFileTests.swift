import Testing
import PPIDRuntime
@testable import PPIDREPL

@Suite struct HistoryFileTests {
    @Test func multiLineEntriesRoundTrip() throws {
        let path = temporaryDirectory() + "/history"
        let h = HistoryFile(path: path, limit: 100)
        let entries = ["show dip", "info x \"T\" {\n  holder kul\n}", "print \"a\\\\b\"", "let s = \"\"\"\n\\n\n\"\"\""]
        for e in entries { try h.append(e) }
        #expect(HistoryFile(path: path, limit: 100).load() == entries)
        // One line per entry on disk.
        #expect(readText(path).split(separator: "\n").count == entries.count)
    }

    @Test func aTornLastLineIsIgnored() throws {
        let path = temporaryDirectory() + "/history"
        writeText(path, "show dip\ncount(info)\nclassify x as be")
        #expect(HistoryFile(path: path, limit: 100).load() == ["show dip", "count(info)"])
    }

    @Test func theFileIsCappedToTheNewestEntries() throws {
        let path = temporaryDirectory() + "/history"
        let h = HistoryFile(path: path, limit: 20)
        _ = h.load()
        for i in 1...100 { try h.append("print \(i)") }
        let onDisk = HistoryFile.decode(FileSystem.read(path) ?? [])
        // Trimmed once it grows a margin past the limit: never more than limit + margin.
        #expect(onDisk.count <= 20 + 8)
        #expect(onDisk.last == "print 100")
        let loaded = HistoryFile(path: path, limit: 20).load()
        #expect(loaded.count == 20)
        #expect(loaded.first == "print 81")
        #expect(loaded.last == "print 100")
    }

    @Test func aLimitOfZeroKeepsNothing() throws {
        let path = temporaryDirectory() + "/history"
        try HistoryFile(path: path, limit: 0).append("show dip")
        #expect(!FileSystem.exists(path))
    }

    /// Two sessions appending at the same time: every entry of both is kept, each whole.
    @Test func twoWritersAtOnceLoseNothing() async throws {
        let path = temporaryDirectory() + "/history"
        let perWriter = 300
        await withTaskGroup(of: Void.self) { group in
            for writer in ["a", "b"] {
                group.addTask {
                    let h = HistoryFile(path: path, limit: 10_000)
                    for i in 0..<perWriter { try? h.append("print \"\(writer)\(i)\"\nprint \"end \(writer)\(i)\"") }
                }
            }
        }
        let entries = HistoryFile(path: path, limit: 10_000).load()
        #expect(entries.count == 2 * perWriter)
        for writer in ["a", "b"] {
            let mine = entries.filter { $0.hasPrefix("print \"\(writer)") }
            #expect(mine == (0..<perWriter).map { "print \"\(writer)\($0)\"\nprint \"end \(writer)\($0)\"" })
        }
    }

    /// Two sessions trimming while both append: the file stays within bounds and whole.
    @Test func twoWritersWithTrimming() async throws {
        let path = temporaryDirectory() + "/history"
        await withTaskGroup(of: Void.self) { group in
            for writer in ["a", "b"] {
                group.addTask {
                    let h = HistoryFile(path: path, limit: 50)
                    for i in 0..<200 { try? h.append("print \"\(writer)\(i)\"") }
                }
            }
        }
        let entries = HistoryFile.decode(FileSystem.read(path) ?? [])
        #expect(entries.count >= 50 && entries.count <= 50 + 30)
        #expect(entries.allSatisfy { $0.hasPrefix("print \"") && $0.hasSuffix("\"") })
        // The newest entry written is kept; each writer's entries stay in order.
        #expect(entries.contains("print \"a199\"") || entries.contains("print \"b199\""))
        for writer in ["a", "b"] {
            let numbers = entries.filter { $0.hasPrefix("print \"\(writer)") }.compactMap { Int($0.dropFirst(8).dropLast()) }
            #expect(numbers == numbers.sorted())
        }
    }
}
