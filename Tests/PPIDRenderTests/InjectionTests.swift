import Testing
@testable import PPIDRender

/// User text in exported files cannot become a spreadsheet formula or a script link.
@Suite struct SpreadsheetFormulaTests {
    /// A text cell, and what CSV and TSV write for it.
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\",\"klik\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"", "'=HYPERLINK(\"http://x\",\"klik\")"),
        ("+1+1", "'+1+1", "'+1+1"),
        ("-2+3", "'-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1", "'\t=1", "'\\t=1"),
        ("\r=1", "\"'\r=1\"", "'\\r=1"),
        ("=1,2", "\"'=1,2\"", "'=1,2"),
        ("a=b", "a=b", "a=b"),
        (" =1", " =1", " =1"),
        ("Laporan - 2024", "Laporan - 2024", "Laporan - 2024"),
        ("", "", ""),
    ])
    func textCell(_ text: String, _ csv: String, _ tsv: String) {
        let t = Table(columns: ["judul"], rows: [[.text(text)]])
        #expect(renderCSV(t) == "judul\r\n" + csv + "\r\n")
        #expect(renderTSV(t) == "judul\n" + tsv + "\n")
    }

    /// Cells the writer made from numbers and dates keep their sign and form; the same
    /// characters typed as text are neutralised.
    @Test func numbersTheWriterMadeKeepTheirSign() {
        let t = Table(columns: ["a", "b", "c", "d", "e"], rows: [[.text("-5"), .int(-5), .decimal("-0.25"), .date("2024-04-01"), .bool(true)]])
        #expect(renderCSV(t) == "a,b,c,d,e\r\n'-5,-5,-0.25,2024-04-01,true\r\n")
        #expect(renderTSV(t) == "a\tb\tc\td\te\n'-5\t-5\t-0.25\t2024-04-01\ttrue\n")
    }

    /// A duration the runtime wrote (`.measure`) and a list of only numbers keep their sign;
    /// a list with text in it is neutralised, since its text may follow the sign.
    @Test(arguments: [
        (Cell.measure("-3 days"), "-3 days"),
        (.list([.int(-5), .decimal("2.5")]), "-5, 2.5"),
        (.list([.int(-5), .text("=1+1")]), "'-5, =1+1"),
        (.list([.list([.int(-1)])]), "[-1]"),
    ])
    func writerMadeCells(_ cell: Cell, _ text: String) {
        let t = Table(columns: ["a"], rows: [[cell]])
        #expect(renderCSV(t) == "a\r\n" + csvField(text) + "\r\n")
        #expect(renderTSV(t) == "a\n" + text + "\n")
    }

    @Test func aListOrAHeaderStartingWithAFormulaIsNeutralisedToo() {
        let t = Table(columns: ["=kolom"], rows: [[.list([.text("@a"), .text("b")])]])
        #expect(renderCSV(t) == "'=kolom\r\n\"'@a, b\"\r\n")
        #expect(renderTSV(t) == "'=kolom\n'@a, b\n")
    }
}

@Suite struct MarkdownLinkTests {
    @Test(arguments: [
        ("[klik](javascript:alert(1))", "[klik\\](javascript:alert(1))"),
        ("[klik](JavaScript:alert(1))", "[klik\\](JavaScript:alert(1))"),
        ("[klik]( vbscript:msgbox)", "[klik\\]( vbscript:msgbox)"),
        ("![x](data:text/html;base64,PHNjcmlwdD4=)", "![x\\](data:text/html;base64,PHNjcmlwdD4=)"),
        ("[klik](&#106;avascript:alert(1))", "[klik\\](&#106;avascript:alert(1))"),
        ("[klik](java\\script:alert(1))", "[klik\\](java\\\\script:alert(1))"),
        ("[klik](<javascript:alert(1)>)", "[klik\\](&lt;javascript:alert(1)>)"),
        ("[x]: javascript:alert(1)", "[x\\]: javascript:alert(1)"),
        ("[situs](https://kpu.go.id)", "[situs](https://kpu.go.id)"),
        ("[surel](mailto:ppid@kpu.go.id)", "[surel](mailto:ppid@kpu.go.id)"),
        ("[lampiran](dip/2024.html#atas)", "[lampiran](dip/2024.html#atas)"),
        ("catatan [1]: lihat lampiran", "catatan [1]: lihat lampiran"),
        ("[a] (b)", "[a] (b)"),
    ])
    func cell(_ text: String, _ expected: String) {
        #expect(markdownCell(text) == expected)
    }

    @Test func aTableWithAScriptLinkMakesNoLink() {
        let t = Table(title: "[DIP](javascript:alert(1))", columns: ["judul"], rows: [[.text("[x](javascript:alert(1))")]])
        let md = renderMarkdown(t)
        #expect(md.contains("**[DIP\\](javascript:alert(1))**"))
        #expect(md.contains("| [x\\](javascript:alert(1)) |"))
        #expect(md.split(separator: "](javascript:", omittingEmptySubsequences: false).count == md.split(separator: "\\](javascript:", omittingEmptySubsequences: false).count)
    }
}
