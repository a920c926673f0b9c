import Testing
@testable import PPIDSheets

@Suite struct CSVReaderTests {
    /// (what, file text, rows).
    static let cases: [(String, String, [[String]])] = [
        ("plain", "a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]]),
        ("no final newline", "a,b\n1,2", [["a", "b"], ["1", "2"]]),
        ("CRLF", "a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]),
        ("quoted separator", "a,b\n\"x, y\",2\n", [["a", "b"], ["x, y", "2"]]),
        ("doubled quotes", "a\n\"say \"\"hi\"\"\"\n", [["a"], ["say \"hi\""]]),
        ("newline in quotes", "a,b\n\"one\ntwo\",3\n", [["a", "b"], ["one\ntwo", "3"]]),
        ("CRLF in quotes", "a\r\n\"one\r\ntwo\"\r\n", [["a"], ["one\r\ntwo"]]),
        ("empty fields", "a,b,c\n,,\nx,,z\n", [["a", "b", "c"], ["", "", ""], ["x", "", "z"]]),
        ("trailing separator", "a,b\n1,", [["a", "b"], ["1", ""]]),
        ("quoted empty", "a,b\n\"\",x\n", [["a", "b"], ["", "x"]]),
        ("BOM", "\u{FEFF}Kode,Judul\nk,J\n", [["Kode", "Judul"], ["k", "J"]]),
        ("semicolons (Indonesian Excel)", "Kode;Judul;Nilai\nk;J;1,5\n", [["Kode", "Judul", "Nilai"], ["k", "J", "1,5"]]),
        ("semicolon inside quotes of a comma file", "\"a;b;c\",d\n1,2\n", [["a;b;c", "d"], ["1", "2"]]),
        ("tabs", "a\tb\n1\t2\n", [["a", "b"], ["1", "2"]]),
        ("blank line kept inside, dropped at end", "a\n\nb\n\n\n", [["a"], [""], ["b"]]),
        ("UTF-8", "Judul\nLaporan Keuangan — Tahun 2024\n", [["Judul"], ["Laporan Keuangan — Tahun 2024"]]),
        ("empty file", "", []),
    ]

    @Test(arguments: cases)
    func reads(what: String, text: String, rows: [[String]]) throws {
        let sheet = try CSVReader.read(Array(text.utf8), name: "t.csv")
        #expect(sheet.rows == rows, "\(what)")
        #expect(sheet.name == "t.csv")
    }

    static let malformed: [(String, String)] = [
        ("unclosed quote", "a\n\"never closed\n"),
        ("text after a closing quote", "a,b\n\"x\"y,2\n"),
    ]

    @Test(arguments: malformed)
    func refusesMalformed(what: String, text: String) {
        #expect(throws: SheetError.self, "\(what)") { try CSVReader.read(Array(text.utf8), name: "t.csv") }
    }

    @Test func refusesNonUTF8() {
        #expect(throws: SheetError.notUTF8) { try CSVReader.read([0x61, 0x0A, 0xFF, 0xFE, 0x0A], name: "t.csv") }
    }

    @Test func refusesTooLargeFiles() {
        let limits = SheetLimits(maxBytes: 10, maxCells: 100)
        #expect(throws: SheetError.tooLarge(bytes: 12, limit: 10)) { try CSVReader.read(Array("a,b\n1,2\n3,4\n".utf8), name: "t", limits: limits) }
    }

    @Test func refusesTooManyCells() {
        let limits = SheetLimits(maxBytes: 1000, maxCells: 5)
        #expect(throws: SheetError.tooManyCells(limit: 5)) { try CSVReader.read(Array("a,b\n1,2\n3,4\n".utf8), name: "t", limits: limits) }
    }

    /// Arbitrary bytes never crash or hang the reader: they read or they are refused.
    @Test func survivesGarbage() {
        var seed: UInt64 = 0x9E3779B97F4A7C15
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<64 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                bytes.append([0x22, 0x2C, 0x3B, 0x0A, 0x0D, 0x61, 0x20][Int(seed >> 33) % 7])
            }
            _ = try? CSVReader.read(bytes, name: "g")
        }
    }
}
