#if canImport(Glibc)
import Glibc
#endif
import Testing
import PPIDSyntax
import PPIDModel
@testable import PPIDRuntime

/// `load` runs every statement of the files it loads exactly once, at any depth, in every
/// way a text can run: `run` (also while running ahead of the check), `check`, an entry at
/// the prompt, and the replay of a journal that recorded such an entry (`ppid check` and
/// `-e`: BinaryTests).
@Suite(.serialized)
struct LoadTests {
    static let fixture = GoldenTests.root + "/Tests/PPIDRuntimeTests/golden/load/load-at-depth.ppid"

    static func interpreter(_ dir: String) -> (Interpreter, InterpreterTests.Box) {
        let box = InterpreterTests.Box()
        let rt = Interpreter(workingDirectory: dir, output: { box.lines.append($0) })
        return (rt, box)
    }

    /// A fresh folder with the given files (paths relative to it).
    static func folder(_ files: [String: String]) throws -> String {
        var template = Array("/tmp/ppid-load-XXXXXX".utf8CString)
        let dir = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
        for (path, text) in files {
            let full = dir + "/" + path
            try FileSystem.makeDirectories(FileSystem.directory(of: full))
            try FileSystem.writeAtomically(full, Array(text.utf8))
        }
        return dir
    }

    /// The case: the outer file shows nothing before the load, the loaded file
    /// first shows something after its own (quiet) load.
    static let nested = [
        "lib/s.ppid": "load \"h.ppid\"\nprint count(holidays)\n",
        "lib/h.ppid": "holiday 2024-04-10 \"Idulfitri 1445 H\"\n",
        "main.ppid": "load \"lib/s.ppid\"\n",
    ]

    @Test func aFileLoadedByALoadedFileRunsBeforeTheFirstOutput() throws {
        let dir = try LoadTests.folder(LoadTests.nested)
        let (rt, box) = LoadTests.interpreter(dir)
        try rt.run(SourceFile(path: dir + "/main.ppid", bytes: FileSystem.read(dir + "/main.ppid")!))
        #expect(box.lines == ["1"])
    }

    @Test func aLoadAtDepthPrintsInOrderAndAPromptEntryReachesTheSameDigest() throws {
        let (ran, ranOut) = LoadTests.interpreter(FileSystem.directory(of: LoadTests.fixture))
        try ran.run(SourceFile(path: LoadTests.fixture, bytes: FileSystem.read(LoadTests.fixture)!))
        let expected = try Golden.expectations(LoadTests.fixture).output
        #expect(ranOut.lines.flatMap { $0.split(separator: "\n").map(String.init) } == expected)

        // `:load FILE` at the prompt is the entry `load "FILE"`.
        let (entered, enteredOut) = LoadTests.interpreter(FileSystem.directory(of: LoadTests.fixture))
        let result = entered.runEntry(SourceFile(path: "<prompt>", text: "load \"load-at-depth.ppid\"\n"))
        #expect(result.failure == nil)
        #expect(enteredOut.lines == ranOut.lines)
        #expect(entered.registry.digest() == ran.registry.digest())

        // The journal keeps the entry as typed; replaying it runs ahead, like `ppid run`.
        let (replayed, _) = LoadTests.interpreter(FileSystem.directory(of: LoadTests.fixture))
        let journal = result.succeeded.map { $0.text + "\n" }.joined()
        try replayed.run(SourceFile(path: FileSystem.directory(of: LoadTests.fixture) + "/journal.ppid", text: journal))
        #expect(replayed.registry.digest() == ran.registry.digest())
    }

    @Test func aLoadThatStopsHasLoadedNothingAndRunsEverythingWhenRunAgain() throws {
        let dir = try LoadTests.folder(LoadTests.nested.merging(["boom.ppid": "load \"lib/h.ppid\"\nlet z = 1 / 0\n"]) { $1 })
        let (rt, box) = LoadTests.interpreter(dir)
        let failed = rt.runEntry(SourceFile(path: "<prompt>", text: "load \"boom.ppid\"\n"))
        #expect(failed.failure?.diagnostics.first?.code == .divisionByZero)
        let again = rt.runEntry(SourceFile(path: "<prompt>", text: "print count(holidays)\nload \"main.ppid\"\n"))
        #expect(again.failure == nil)
        #expect(box.lines == ["0", "1"])
    }

    @Test func anEntryThatDoesNotCompileKeepsNoCompiledLoadWithItsVariables() throws {
        let dir = try LoadTests.folder(["v.ppid": "let x = 7\n"])
        let (rt, box) = LoadTests.interpreter(dir)
        let bad = rt.runEntry(SourceFile(path: "<prompt>", text: "load \"v.ppid\"\nprint nama_salah\n"))
        #expect(bad.failure?.diagnostics.first?.code == .unknownName)
        #expect(rt.runEntry(SourceFile(path: "<prompt>", text: "let y = 5\n")).failure == nil)
        #expect(rt.runEntry(SourceFile(path: "<prompt>", text: "load \"v.ppid\"\nprint y, x\n")).failure == nil)
        #expect(box.lines == ["5 7"])
    }

    /// `ppid verify` goes on past a failed assert in a loaded file as in the file alone:
    /// the rest of the file runs, and each failed assert is reported once, in order.
    @Test func verifyGoesOnPastAFailedAssertInALoadedFile() throws {
        let dir = try LoadTests.folder([
            "lib/s.ppid": "load \"h.ppid\"\nassert count(holidays) == 2, \"pertama\"\nprint \"s\", count(holidays)\n",
            "lib/h.ppid": "holiday 2024-04-10 \"Idulfitri 1445 H\"\nassert 1 == 2, \"kedua\"\n",
            "main.ppid": "load \"lib/s.ppid\"\nassert 2 == 3, \"ketiga\"\nprint \"main\", count(holidays)\n",
        ])
        let (rt, box) = LoadTests.interpreter(dir)
        let failed = try rt.run(SourceFile(path: dir + "/main.ppid", bytes: FileSystem.read(dir + "/main.ppid")!), keepGoingAfterAsserts: true)
        #expect(failed.map(\.message) == ["kedua", "pertama", "ketiga"].map { "assertion failed: " + $0 })
        #expect(box.lines == ["s 1", "main 1"])
    }
}
