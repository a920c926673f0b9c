import Testing
import Foundation

/// A script of at least 1 MiB is mapped, not read, and a run lets go of the pages behind the
/// statement it runs (SourceBytes, FileSystem.source). These run the built binary on such
/// scripts: what a run says must not depend on it, and a file cut short while it runs ends
/// the run with a message, not a crash.
struct MappedScriptBinaryTests {
    static func scratch() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-mapped-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Comment lines of filler: `lines` lines of 64 bytes.
    static func filler(_ lines: Int) -> String {
        String(repeating: "# " + String(repeating: "x", count: 61) + "\n", count: lines)
    }

    /// The diagnostic of the last statement points back at line 1, whose page the run let go
    /// of megabytes earlier: its text and caret come back from the file.
    @Test func aDiagnosticQuotesALineWhosePageWasLetGo() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/big.ppid"
        let lines = 3 << 20 / 64
        let script = "unit kul \"Keuangan\"\n" + Self.filler(lines / 2) + "let a = 1\n" + Self.filler(lines / 2) + "unit kul \"Lain\"\n"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try BinaryTests.ppid(["run", path])
        #expect(r.code == 65, "\(r.err)")
        #expect(r.err.contains("big.ppid:\(lines + 3):6: error: `kul` is already declared as a unit [E211]"), "\(r.err)")
        #expect(r.err.contains("    unit kul \"Lain\"\n"), "\(r.err)")
        #expect(r.err.contains("big.ppid:1:6: note: 'kul' was first declared here\n    unit kul \"Keuangan\"\n         ^~~"), "\(r.err)")
    }

    /// A long script runs to the same answer as the same statements in a short one.
    @Test func aLongScriptRunsAsAShortOne() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var body = "unit kul \"Keuangan\"\nlet n = 0\n"
        for k in 1...40_000 { body += "n = n + \(k % 7)  # \(String(repeating: "y", count: 20))\n" }
        body += "print n\n"
        #expect(body.utf8.count >= 1 << 20)
        try body.write(toFile: dir + "/long.ppid", atomically: true, encoding: .utf8)
        let expected = (1...40_000).reduce(0) { $0 + $1 % 7 }
        let r = try BinaryTests.ppid(["run", dir + "/long.ppid"])
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out == "\(expected)\n")
    }

    /// Another program cuts the script short while a loop on its first page runs: reading the
    /// next statement's page then fails (SIGBUS), which ends the run with exit 74 and a message.
    @Test func aScriptCutShortWhileItRunsEndsWithAMessage() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/cut.ppid"
        let script = "let n = 0\nfor d in 2000-01-01..2060-12-31 { for e in 2000-01-01..2000-03-31 { n = n + 1 } }\n"
            + Self.filler(2 << 20 / 64) + "print n\n"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        // Wait until the run has mapped the file, then cut it to its first 100 bytes.
        let r = try BinaryTests.bash("""
            "$PPID_BIN" run "\(path)" >"\(dir)/out" 2>"\(dir)/err" & pid=$!
            for i in $(seq 1 400); do grep -q cut.ppid /proc/$pid/maps 2>/dev/null && break; sleep 0.025; done
            truncate -s 100 "\(path)"
            wait $pid; echo "rc=$?"; cat "\(dir)/err"
            """)
        #expect(r.out.hasPrefix("rc=74\n"), "\(r.out) \(r.err)")
        #expect(r.out.contains("a script was cut short while ppid ran it (\(path)), so ppid stopped"), "\(r.out)")
    }
}
