import Testing
@testable import PPIDRender

@Suite struct TerminalTableTests {
    let inbox = Table(columns: ["run", "step", "activity", "due"], rows: [
        [.text("dip2025"), .int(8), .text("Menerima dan mengklasifikasi DIP"), .date("2025-03-31 16:00")],
        [.text("mk2025"), .int(1), .text("Menyusun draft Maklumat"), .date("2025-02-28 16:00")],
    ])

    @Test func smallSnapshot() {
        let t = Table(columns: ["nama", "n", "ok"], rows: [
            [.text("Désa"), .int(7), .bool(true)],
            [.text("De\u{301}sa Baru"), .decimal("12.5"), .null],
        ])
        let expected = """
        ┌───────────┬──────┬──────┐
        │ nama      │    n │ ok   │
        ├───────────┼──────┼──────┤
        │ Désa      │    7 │ true │
        │ De\u{301}sa Baru │ 12.5 │      │
        └───────────┴──────┴──────┘
        2 rows

        """
        #expect(renderTerminalTable(t, width: 80) == expected)
    }

    @Test("the footer is in the language asked for", arguments: [
        (0, "0 rows", "0 baris"), (1, "1 row", "1 baris"), (2, "2 rows", "2 baris"), (1284, "1284 rows", "1284 baris"),
    ])
    func footerInBothLanguages(_ n: Int, _ en: String, _ id: String) {
        let t = Table(columns: ["n"], rows: (0..<n).map { [.int($0)] })
        #expect(renderTerminalTable(t, width: 80).hasSuffix("┘\n\(en)\n"))
        #expect(renderTerminalTable(t, width: 80, language: .id).hasSuffix("┘\n\(id)\n"))
        #expect(renderTable(t, as: .table, width: 80, language: .id).hasSuffix("\n\(id)\n"))
        // The data formats have no footer in either language.
        #expect(renderTable(t, as: .csv, language: .id) == renderTable(t, as: .csv))
    }

    @Test func emptyTableKeepsHeader() {
        let out = renderTerminalTable(Table(columns: ["run", "step"]), width: 80)
        #expect(out == "┌─────┬──────┐\n│ run │ step │\n├─────┼──────┤\n└─────┴──────┘\n0 rows\n")
    }

    @Test func noColumns() {
        #expect(renderTerminalTable(Table(columns: []), width: 80) == "0 rows\n")
    }

    @Test func titleAndSingularFooter() {
        let out = renderTerminalTable(Table(title: "inbox", columns: ["a"], rows: [[.text("x")]]), width: 0)
        #expect(out.hasPrefix("inbox\n┌"))
        #expect(out.hasSuffix("└───┘\n1 row\n"))
    }

    @Test func listsAndNulls() {
        let t = Table(columns: ["formats", "x"], rows: [[.list([.text("softcopy"), .text("hardcopy")]), .null]])
        let out = renderTerminalTable(t, width: 80)
        #expect(out.contains("│ softcopy, hardcopy │   │"))
    }

    @Test(arguments: [100, 80, 60, 50, 40, 30, 24, 20, 10, 1])
    func fitsTheWidth(width: Int) {
        let out = renderTerminalTable(inbox, width: width)
        let lines = out.split(separator: "\n").dropLast()   // the "N rows" footer
        let minimum = 4 * minimumColumnWidth + 3 * 4 + 1
        for line in lines {
            #expect(displayWidth(line) <= max(width, minimum), "\(line)")
        }
        // Every box line has the same width.
        #expect(Set(lines.map { displayWidth($0) }).count == 1)
        #expect(out.hasSuffix("2 rows\n"))
    }

    @Test func widestColumnShrinksFirst() {
        let out = renderTerminalTable(inbox, width: 60)
        // "run" and "step" keep their natural width; "activity" wraps onto two lines.
        #expect(out.contains("│ dip2025 │    8 │"))
        #expect(out.contains("Menerima dan"))
        #expect(!out.contains("Menerima dan mengklasifikasi DIP"))
        // Wrapped rows are separated by a rule.
        #expect(out.filter { $0 == "├" }.count == 2)
    }

    @Test func unlimitedWidthKeepsNaturalWidths() {
        let out = renderTerminalTable(inbox, width: 0)
        #expect(out.contains("│ dip2025 │    8 │ Menerima dan mengklasifikasi DIP │ 2025-03-31 16:00 │"))
        #expect(out.filter { $0 == "├" }.count == 1)
    }

    @Test func wideCharactersAlign() {
        let t = Table(columns: ["nama", "kota"], rows: [[.text("日本"), .text("x")], [.text("ab"), .text("🗳️")]])
        let lines = renderTerminalTable(t, width: 80).split(separator: "\n").dropLast()
        #expect(Set(lines.map { displayWidth($0) }).count == 1)
        #expect(lines.contains("│ 日本 │ x    │"))
    }

    @Test func controlCharactersCannotEscapeTheBox() {
        let t = Table(columns: ["x"], rows: [[.text("a\u{1B}[31mb\tc")]])
        let out = renderTerminalTable(t, width: 80)
        #expect(!out.contains("\u{1B}"))
        #expect(out.contains("a\u{FFFD}[31mb c"))
    }

    @Test func multilineCellKeepsBreaks() {
        let t = Table(columns: ["catatan"], rows: [[.text("baris satu\r\nbaris dua")]])
        let out = renderTerminalTable(t, width: 80)
        #expect(out.contains("│ baris satu │\n│ baris dua  │"))
    }

    @Test func raggedRowsArePaddedAndCut() {
        let t = Table(columns: ["a", "b"], rows: [[.text("1")], [.text("2"), .text("3"), .text("extra")]])
        let out = renderTerminalTable(t, width: 80)
        #expect(out.contains("│ 1 │   │"))
        #expect(out.contains("│ 2 │ 3 │"))
        #expect(!out.contains("extra"))
    }

    @Test func fittedWidthsNeverBelowFloor() {
        let layout = TerminalTableLayout(table: inbox, width: 5)
        #expect(layout.fittedWidths(natural: [7, 4, 32, 16]) == [4, 4, 4, 4])
        #expect(layout.fittedWidths(natural: [2, 3, 32, 16]) == [2, 3, 4, 4])
        let roomy = TerminalTableLayout(table: inbox, width: 60)
        // 47 columns for text: the two widest come down to a common cap of 20.
        #expect(roomy.fittedWidths(natural: [7, 4, 32, 16]) == [7, 4, 20, 16])
        #expect(roomy.fittedWidths(natural: [7, 4, 32, 32]) == [7, 4, 18, 18])
        #expect(roomy.fittedWidths(natural: [7, 4, 32, 31]) == [7, 4, 18, 18])
        #expect(roomy.fittedWidths(natural: [7, 4, 10, 10]) == [7, 4, 10, 10])
    }
}
