import Testing
import Foundation

/// The prompt command without a terminal, run as a built binary: colon commands in piped
/// input, and `--allow-write`.
struct PromptBinaryTests {
    static func folder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-prompt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }

    @Test func colonHelpWorksInPipedInput() throws {
        let r = try BinaryTests.ppid([], stdin: ":help sop\n")
        #expect(r.code == 0, "\(r.err)")
        #expect(!r.err.contains("E107"), "\(r.err)")
        #expect(r.out.contains("sop"))
    }

    @Test func colonSaveAndLoadWorkInPipedInput() throws {
        let dir = try Self.folder()
        try "unit kul \"Keuangan\"\n".write(toFile: dir + "/kantor.ppid", atomically: true, encoding: .utf8)
        let r = try BinaryTests.ppid([], stdin: ":load kantor.ppid\ninfo x \"T\" { holder kul }\nprint \"units:\", count(units)\n:save sesi.ppid\n", cwd: dir)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("units: 1"))
        let saved = try String(contentsOfFile: dir + "/sesi.ppid", encoding: .utf8)
        #expect(saved == "load \"kantor.ppid\"\ninfo x \"T\" { holder kul }\n")
        // The same with a journal named.
        let j = try BinaryTests.ppid(["j.ppid"], stdin: ":load kantor.ppid\n:save j2.ppid\n", cwd: dir)
        #expect(j.code == 0, "\(j.err)")
        #expect(try String(contentsOfFile: dir + "/j2.ppid", encoding: .utf8) == "load \"kantor.ppid\"\n")
    }

    @Test func anErrorInPipedInputWithColonCommandsStillEndsTheRun() throws {
        let r = try BinaryTests.ppid([], stdin: ":help at\nprint nama_tak_dikenal\nprint \"not reached\"\n")
        #expect(r.code == 65)
        #expect(!r.out.contains("not reached"))
    }

    @Test func anErrorInPipedInputWithColonCommandsNamesItsInputLine() throws {
        let r = try BinaryTests.ppid([], stdin: ":help at\nunit kul \"K\"\n\ninfo x \"T\" {\n  holder kul )\n}\n")
        #expect(r.code == 65)
        #expect(r.err.hasPrefix("<stdin>:5:14: error:"), "\(r.err)")
    }

    @Test func thePromptTakesAllowWrite() throws {
        let dir = try Self.folder(), other = try Self.folder()
        let input = "unit kul \"Keuangan\"\nexport units to \"\(other)/units.csv\"\n"
        let refused = try BinaryTests.ppid([], stdin: input, cwd: dir)
        #expect(refused.code == 74)
        #expect(refused.err.contains("`ppid --allow-write DIR`"), "\(refused.err)")
        #expect(!refused.err.contains("ppid run"), "\(refused.err)")
        let allowed = try BinaryTests.ppid(["--allow-write", other], stdin: input, cwd: dir)
        #expect(allowed.code == 0, "\(allowed.err)")
        #expect(FileManager.default.fileExists(atPath: other + "/units.csv"))
        // A journal session too, with the option given twice.
        let journal = try BinaryTests.ppid(["--allow-write", "/nonexistent", "--allow-write", other, "j.ppid"],
                                           stdin: "export units to \"\(other)/j.csv\"\n", cwd: dir)
        #expect(journal.code == 0, "\(journal.err)")
        #expect(FileManager.default.fileExists(atPath: other + "/j.csv"))
        // -e, alone (the fast path) and with the option.
        let e = try BinaryTests.ppid(["-e", "export info to \"\(other)/e.csv\""], cwd: dir)
        #expect(e.code == 74)
        #expect(e.err.contains("`ppid --allow-write DIR`"), "\(e.err)")
        let eAllowed = try BinaryTests.ppid(["--allow-write", other, "-e", "export info to \"\(other)/e.csv\""], cwd: dir)
        #expect(eAllowed.code == 0, "\(eAllowed.err)")
        #expect(FileManager.default.fileExists(atPath: other + "/e.csv"))
    }

    @Test func runStillNamesItsOwnOption() throws {
        let dir = try Self.folder()
        let r = try BinaryTests.ppid(["run", "-"], stdin: "export info to \"/proc/ppid-test.csv\"\n", cwd: dir)
        #expect(r.code == 74)
        #expect(r.err.contains("`ppid run --allow-write DIR`"), "\(r.err)")
    }
}
