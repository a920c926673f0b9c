import Testing
import Foundation
import PPIDSyntax
import PPIDModel
import PPIDRuntime

/// Interpreter.restoreSnapshot calls `verify` before it reads any file the snapshot names: a
/// snapshot still being checked can never make it read a file.
struct SnapshotVerifyOrderTests {
    @Test func verifyComesBeforeTheLoadedFilesAreRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-verify-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "unit kul \"Keuangan\"\n".write(toFile: dir + "/lib.ppid", atomically: true, encoding: .utf8)
        let rt = Interpreter(workingDirectory: dir, output: { _ in })
        try rt.run(SourceFile(path: dir + "/main.ppid", text: "load \"lib.ppid\"\n"))
        var w = SnapshotWriter()
        rt.writeSnapshot(to: &w) { _ in nil }
        // The loaded file changes: a restore that reads it refuses the snapshot for that.
        try "unit kul \"Lain\"\n".write(toFile: dir + "/lib.ppid", atomically: true, encoding: .utf8)
        var plain = SnapshotReader(w.bytes)
        #expect(throws: SnapshotError("a loaded file changed")) {
            try Interpreter(workingDirectory: dir, output: { _ in }).restoreSnapshot(from: &plain) { _, _, _, _ in nil }
        }
        // A verify that fails stops the restore before the file is read.
        var checked = SnapshotReader(w.bytes)
        var calls = 0
        #expect(throws: SnapshotError("stop")) {
            let verify = { () throws(SnapshotError) in
                calls += 1
                throw SnapshotError("stop")
            }
            try Interpreter(workingDirectory: dir, output: { _ in }).restoreSnapshot(from: &checked, verify: verify) { _, _, _, _ in nil }
        }
        #expect(calls == 1)
    }
}
