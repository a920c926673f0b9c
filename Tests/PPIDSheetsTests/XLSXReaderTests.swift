import Foundation
import Testing
import ZIPFoundation
@testable import PPIDSheets

@Suite struct XLSXReaderTests {
    /// A workbook made by openpyxl (inline strings, a rich text run, custom date formats,
    /// booleans, a gap row), kept beside the import goldens.
    static var fixture: [UInt8] {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        return Array((try? Data(contentsOf: dir.appendingPathComponent("PPIDRuntimeTests/golden/import/sheets-fixture.xlsx"))) ?? Data())
    }

    @Test func readsTheOpenpyxlWorkbook() throws {
        let bytes = Self.fixture
        #expect(try XLSXReader.sheetNames(bytes) == ["Cover", "DIP"])
        let first = try XLSXReader.read(bytes)
        #expect(first.name == "Cover")
        #expect(first.rows == [["Daftar Informasi Publik"]])
        let dip = try XLSXReader.read(bytes, sheet: "DIP")
        #expect(dip.rows.count == 5)
        #expect(dip.rows[0] == ["No", "Kode", "Judul Informasi", "Jangka Waktu", "Tanggal", "Aktif", "Tanggal Kustom"])
        #expect(dip.rows[1] == ["1", "kul_dipa", "DIPA & \"RKA\" <2024>", "10 tahun", "2024-12-10", "TRUE", "2023-03-15"])
        #expect(dip.rows[2] == ["2", "lapkeu", "Laporan Keuangan", "3.5", "teks", "FALSE"])
        #expect(dip.rows[3] == [])
        #expect(dip.rows[4] == ["", "", "baris lima"])
    }

    @Test func aMissingSheetNamesTheSheetsThereAre() {
        #expect(throws: SheetError.noSuchSheet("DIK", available: ["Cover", "DIP"])) { try XLSXReader.read(Self.fixture, sheet: "DIK") }
    }

    /// The parts as Excel writes them: shared strings (with runs and a phonetic hint), a
    /// built-in date format (14), a formula with a cached string, the 1904 date system off.
    static func excelLike(sheet: String, strings: String = Self.strings, workbookPr: String = "") throws -> [UInt8] {
        let parts: [(String, String)] = [
            ("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                \(workbookPr)<sheets><sheet name="DIP" sheetId="1" r:id="rId7"/></sheets></workbook>
                """),
            ("xl/_rels/workbook.xml.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId7" Type="worksheet" Target="worksheets/lembar.xml"/></Relationships>
                """),
            ("xl/styles.xml", """
                <styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>
                """),
            ("xl/sharedStrings.xml", strings),
            ("xl/worksheets/lembar.xml", sheet),
        ]
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(archive.data ?? Data())
    }

    static let strings = """
        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">\
        <si><t>Kode</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Judul </t></r><r><t>Informasi</t></r><rPh><t>x</t></rPh></si>\
        <si><t>Laporan &amp; Neraca&#x2014;2024</t></si><si/></sst>
        """

    @Test func readsSharedStringsDatesAndFormulas() throws {
        let sheet = """
            <worksheet><sheetData>\
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>\
            <row r="2"><c r="A2" t="s"><v>2</v></c><c r="C2" s="1"><v>45636.5</v></c><c r="D2" t="str"><f>A2&amp;"!"</f><v>hasil</v></c><c r="E2" t="s"><v>3</v></c></row>\
            <row r="3"><c r="A3" s="1"><v>59</v></c><c r="B3" s="1"><v>61</v></c></row>\
            </sheetData></worksheet>
            """
        let rows = try XLSXReader.read(Self.excelLike(sheet: sheet)).rows
        #expect(rows == [["Kode", "Judul Informasi"], ["Laporan & Neraca—2024", "", "2024-12-10", "hasil", ""], ["1900-02-28", "1900-03-01"]])
    }

    @Test func the1904DateSystem() throws {
        let sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c></row></sheetData></worksheet>"
        let rows = try XLSXReader.read(Self.excelLike(sheet: sheet, workbookPr: "<workbookPr date1904=\"1\"/>")).rows
        #expect(rows == [["1904-01-01"]])
    }

    @Test(arguments: [("dd/mm/yyyy", true), ("d mmmm yyyy", true), ("[$-421]d mmmm yyyy;@", true), ("0.00", false),
                      ("\"day\" 0", false), ("[Red]0", false), ("h:mm", false), ("yyyy", true)])
    func dateFormats(code: String, isDate: Bool) {
        #expect(XLSXReader.CellStyles.isDateFormat(code) == isDate)
    }

    @Test(arguments: [(1.0, "1900-01-01"), (59.0, "1900-02-28"), (61.0, "1900-03-01"), (25569.0, "1970-01-01"), (45000.0, "2023-03-15"), (45636.99, "2024-12-10")])
    func dateSerials(serial: Double, iso: String) {
        #expect(XLSXReader.SheetPart.isoDate(serial: serial, date1904: false) == iso)
    }

    static let broken: [(String, String)] = [
        ("unclosed tag", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c"),
        ("unclosed cell", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v>"),
        ("missing shared string", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row></sheetData></worksheet>"),
        ("rows out of order", "<worksheet><sheetData><row r=\"2\"></row><row r=\"1\"></row></sheetData></worksheet>"),
        ("unknown entity", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>&nope;</v></c></row></sheetData></worksheet>"),
        ("cell past the last column", "<worksheet><sheetData><row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row></sheetData></worksheet>"),
    ]

    @Test(arguments: broken)
    func malformedPartsAreErrors(what: String, sheet: String) throws {
        let bytes = try Self.excelLike(sheet: sheet)
        #expect(throws: SheetError.self, "\(what)") { try XLSXReader.read(bytes) }
    }

    @Test func notAZipIsAnError() {
        #expect(throws: SheetError.self) { try XLSXReader.read(Array("Kode,Judul\n".utf8)) }
    }

    @Test func aSheetOverTheCellLimitIsRefused() throws {
        // One far row makes a million empty rows before it: refused, not allocated.
        let sheet = "<worksheet><sheetData><row r=\"1000000\"><c r=\"A1000000\"><v>1</v></c></row></sheetData></worksheet>"
        let bytes = try Self.excelLike(sheet: sheet)
        #expect(throws: SheetError.tooManyCells(limit: 1000)) { try XLSXReader.read(bytes, limits: SheetLimits(maxBytes: 1 << 20, maxCells: 1000)) }
    }

    @Test func aPartOverTheSizeLimitIsRefused() throws {
        let big = "<worksheet><sheetData>" + String(repeating: "<row/>", count: 2000) + "</sheetData></worksheet>"
        let bytes = try Self.excelLike(sheet: big)
        #expect(throws: SheetError.self) { try XLSXReader.read(bytes, limits: SheetLimits(maxBytes: 8000, maxCells: 1_000_000)) }
    }
}
