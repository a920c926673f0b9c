import Testing
@testable import PPIDREPL

/// `:mode` sets the format `show` prints in; xlsx is a file only (`export … to "f.xlsx"`).
@Suite struct ModeFormatTests {
    @Test func modeRefusesTheSpreadsheetFormat() {
        let (s, captured) = makeSession(directory: temporaryDirectory())
        s.submit(":mode xlsx")
        #expect(captured.err.contains("unknown output format xlsx; one of: table, csv, tsv, json, md, html\n"), "\(captured.err)")
        #expect(!captured.err.contains("html, xlsx"))
        s.submit(":mode csv")
        #expect(captured.out.hasSuffix("output: csv\n"), "\(captured.out)")
    }
}
