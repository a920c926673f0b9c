import Testing
import Foundation

/// scripts/bench/import.sh on the built binary with a small sheet: the script runs, checks
/// each program's answer (the count of Berkala rows) and prints its ratios. Its times are
/// not checked here (no timed tests); the benchmark itself reports the 5,000-row target.
struct ImportBenchBinaryTests {
    @Test func theImportBenchmarkRunsAndChecksItsAnswers() throws {
        let r = try BinaryTests.bash("bash scripts/bench/import.sh --rows 40 --runs 1 \"$PPID_BIN\" 2>&1", cwd: BinaryTests.root)
        let out = r.out
        #expect(r.code == 0, "\(out)")
        #expect(out.contains("ratio ppid CSV / sqlite3:") && out.contains("ppid XLSX / sqlite3:"), "\(out)")
        #expect(out.contains("import 40 rows from XLSX"), "\(out)")
    }
}
