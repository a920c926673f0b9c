import Testing
import Foundation

/// scripts/bench/bounded.sh --quick on the built binary: each bounded case ends, under
/// `ulimit -v` and `timeout`, with its error (E110, E313, E310) or, for the append loop,
/// with its answer. The script's own verdicts are checked, not its times.
struct BoundedBinaryTests {
    @Test func theBoundedCasesEndWithTheirErrors() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-bounded-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: work) }
        let r = try BinaryTests.bash("bash scripts/bench/bounded.sh --quick \"$PPID_BIN\" 2>&1", cwd: BinaryTests.root,
                                     environment: ["BOUNDED_WORK": work])
        let out = r.out
        #expect(r.code == 0, "\(out)")
        for code in ["E110", "E313", "E310"] { #expect(out.contains(" \(code) "), "\(out)") }
        #expect(out.split(separator: "\n").filter { $0.hasSuffix(" ok") }.count == 5, "\(out)")
    }

    /// A line of 3 MB piped to the prompt is refused (E110) at its start, and the message
    /// shows a cut excerpt, not the whole line.
    @Test func anOverlongLineAtThePrompt() throws {
        let r = try BinaryTests.ppid(["--no-init"], stdin: "print 0\nlet s = [\"" + String(repeating: "x", count: 3 << 20) + "\"\nprint 1\n",
                                     environment: ["HOME": FileManager.default.temporaryDirectory.path])
        #expect(r.code == 65)
        // Piped statements are checked before the first prints: nothing runs.
        #expect(r.out == "")
        #expect(r.err.contains(":2:1:") && r.err.contains("[E110]"), "\(r.err.prefix(300))")
        #expect(r.err.utf8.count < 2000)
    }
}
