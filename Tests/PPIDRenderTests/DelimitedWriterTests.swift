import Testing
@testable import PPIDRender

@Suite struct CSVTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("line1\nline2", "\"line1\nline2\""),
        ("cr\r", "\"cr\r\""),
        ("Désa 日本 🗳️", "Désa 日本 🗳️"),
        ("  spaces kept  ", "  spaces kept  "),
        ("tab\there", "tab\there"),
    ])
    func field(input: String, expected: String) {
        #expect(csvField(input) == expected)
    }

    @Test func wholeTable() {
        let t = Table(title: "ignored", columns: ["nama", "jumlah", "format"], rows: [
            [.text("Laporan, 2023"), .int(3), .list([.text("softcopy"), .text("hardcopy")])],
            [.null, .decimal("-0.5"), .bool(false)],
        ])
        let expected = "nama,jumlah,format\r\n\"Laporan, 2023\",3,\"softcopy, hardcopy\"\r\n,-0.5,false\r\n"
        #expect(renderCSV(t) == expected)
    }

    @Test func emptyTableIsHeaderOnly() {
        #expect(renderCSV(Table(columns: ["a", "b,c"])) == "a,\"b,c\"\r\n")
    }
}

@Suite struct TSVTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a\tb", "a\\tb"),
        ("a\nb", "a\\nb"),
        ("a\r\nb", "a\\r\\nb"),
        ("back\\slash", "back\\\\slash"),
        ("a,\"b\"", "a,\"b\""),
        ("Désa", "Désa"),
    ])
    func field(input: String, expected: String) {
        #expect(tsvField(input) == expected)
    }

    @Test func wholeTable() {
        let t = Table(columns: ["a", "b"], rows: [[.text("x\ty"), .int(1)], [.date("2024-04-01"), .null]])
        #expect(renderTSV(t) == "a\tb\nx\\ty\t1\n2024-04-01\t\n")
    }
}
