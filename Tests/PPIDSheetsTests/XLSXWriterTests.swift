import Foundation
import Testing
import ZIPFoundation
@testable import PPIDSheets

/// The .xlsx bytes, opened again with ZIPFoundation: the parts a spreadsheet needs, text
/// escaped and kept, the same bytes each time.
@Suite struct XLSXWriterTests {
    static let dip = XLSXSheet(name: "DIP", header: ["No", "Kode", "Judul Informasi", "Tanggal"], rows: [
        [.number("1"), .text("kul_dipa"), .text("DIPA 2024"), .date(SheetDate(year: 2024, month: 12, day: 10))],
        [.number("2"), .text("lap"), .text("Laporan <Keuangan> & \"Kinerja\""), .date(SheetDate(year: 2024, month: 12, day: 10, minuteOfDay: 570))],
        [.number("3"), .empty, .text("DIPA 2024"), .empty],
    ])

    /// Every part of the archive, by path, as text.
    static func parts(_ bytes: [UInt8]) throws -> [String: String] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var out: [String: String] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            out[entry.path] = String(decoding: data, as: UTF8.self)
        }
        return out
    }

    @Test func theArchiveHasThePartsASpreadsheetNeeds() throws {
        let bytes = try XLSXWriter.bytes(XLSXWorkbook(sheets: [Self.dip], title: "Daftar Informasi Publik"))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))   // a ZIP: "PK\3\4"
        let p = try Self.parts(bytes)
        #expect(Set(p.keys) == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                                "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                                "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"])
        #expect(p["[Content_Types].xml"]!.contains("PartName=\"/xl/worksheets/sheet1.xml\""))
        #expect(p["xl/workbook.xml"]!.contains("<sheet name=\"DIP\" sheetId=\"1\" r:id=\"rId1\"/>"))
        #expect(p["xl/workbook.xml"]!.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'DIP'!$A$1:$D$4</definedName>"))
        #expect(p["xl/workbook.xml"]!.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'DIP'!$1:$1</definedName>"))
        #expect(p["docProps/core.xml"]!.contains("<dc:title>Daftar Informasi Publik</dc:title>"))
        let styles = p["xl/styles.xml"]!
        #expect(styles.contains("<b/>"))
        #expect(styles.contains("wrapText=\"1\""))
        #expect(styles.contains("formatCode=\"[$-421]d mmmm yyyy\""))
    }

    @Test func theSheetHasAFrozenHeaderAFilterAndWidths() throws {
        let sheet = try Self.parts(try XLSXWriter.bytes(XLSXWorkbook(sheets: [Self.dip])))["xl/worksheets/sheet1.xml"]!
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<autoFilter ref=\"A1:D4\"/>"))
        #expect(sheet.contains("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"))
        #expect(sheet.contains("<col min=\"3\" max=\"3\" width=\"32\" customWidth=\"1\"/>"))
        // Row 1 is the header (style 1: bold), no title row above it.
        #expect(sheet.contains("<row r=\"1\"><c r=\"A1\" s=\"1\" t=\"s\"><v>0</v></c>"))
        // Numbers are numbers, dates are serials with a date style, empty cells are left out.
        #expect(sheet.contains("<c r=\"A2\" s=\"2\"><v>1</v></c>"))
        #expect(sheet.contains("<c r=\"D2\" s=\"3\"><v>45636</v></c>"))
        #expect(sheet.contains("<c r=\"D3\" s=\"4\"><v>45636.395833333336</v></c>"))
        #expect(sheet.contains("<row r=\"4\"><c r=\"A4\" s=\"2\"><v>3</v></c><c r=\"C4\""))
    }

    @Test func textIsEscapedAndSharedOnce() throws {
        let strings = try Self.parts(try XLSXWriter.bytes(XLSXWorkbook(sheets: [Self.dip])))["xl/sharedStrings.xml"]!
        #expect(strings.contains("<t xml:space=\"preserve\">Laporan &lt;Keuangan&gt; &amp; &quot;Kinerja&quot;</t>"))
        #expect(strings.components(separatedBy: ">DIPA 2024<").count == 2)   // written once, used twice
        #expect(strings.contains("count=\"9\" uniqueCount=\"8\""))
    }

    @Test func charactersXMLForbidsAreDroppedAndEscapesKept() {
        #expect(XMLText.escape("a\u{0}b\u{1B}c\u{FFFE}d\u{FFFF}e") == "abcde")
        #expect(XMLText.escape("tab\there\nline") == "tab\there\nline")
        #expect(XMLText.escape("dos\r\nmac\rend") == "dos\nmac\nend")
        #expect(XMLText.escape("emoji 😀 ok") == "emoji 😀 ok")
        // A spreadsheet would read _x0041_ as "A": its underscore is escaped in cell text only.
        #expect(XMLText.escape("kode_x0041_", spreadsheetEscapes: true) == "kode_x005F_x0041_")
        #expect(XMLText.escape("kode_x0041_") == "kode_x0041_")
        #expect(XMLText.escape("a_b_x12_") == "a_b_x12_")
    }

    @Test func theSameWorkbookGivesTheSameBytes() throws {
        let w = XLSXWorkbook(sheets: [Self.dip], title: "DIP", created: SheetDate(year: 2024, month: 12, day: 10, minuteOfDay: 570))
        let a = try XLSXWriter.bytes(w)
        let b = try XLSXWriter.bytes(w)
        #expect(a == b)
        #expect(try Self.parts(a)["docProps/core.xml"]!.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-12-10T09:30:00Z</dcterms:modified>"))
        // The entries carry the workbook's time, not the clock's.
        let archive = try Archive(data: Data(a), accessMode: .read)
        let stamps = Set(archive.map { $0.fileAttributes[.modificationDate] as? Date })
        #expect(stamps == [Date(timeIntervalSince1970: 1_733_823_000)])
        let other = try XLSXWriter.bytes(XLSXWorkbook(sheets: [Self.dip], title: "DIP"))
        #expect(other != a)
        #expect(other == (try XLSXWriter.bytes(XLSXWorkbook(sheets: [Self.dip], title: "DIP"))))
    }

    @Test func sheetNamesAreOnesASpreadsheetAccepts() {
        #expect(XLSXWriter.sheetNames(["DIP", "dip", "a/b:c", "", String(repeating: "x", count: 40), "'q'"])
                == ["DIP", "dip (2)", "a b c", "Sheet", String(repeating: "x", count: 31), "q"])
    }

    @Test func serialNumbersAreTheSpreadsheets() {
        #expect(SheetDate(year: 1900, month: 3, day: 1).serialText == "61")
        #expect(SheetDate(year: 1970, month: 1, day: 1).serialText == "25569")
        #expect(SheetDate(year: 2024, month: 12, day: 10).serialText == "45636")
        #expect(SheetDate(year: 1900, month: 2, day: 28).serialText == nil)
        #expect(SheetDate(iso: "2024-02-29T09:30") == SheetDate(year: 2024, month: 2, day: 29, minuteOfDay: 570))
        #expect(SheetDate(iso: "2023-02-29") == nil)
        #expect(SheetDate(iso: "Desember 2024") == nil)
    }

    @Test func aNumberCellHoldsOnlyDigits() {
        #expect(XLSXWorksheet.isNumber("15000") && XLSXWorksheet.isNumber("-3.50"))
        #expect(!XLSXWorksheet.isNumber("1e5") && !XLSXWorksheet.isNumber("1.") && !XLSXWorksheet.isNumber("-")
                && !XLSXWorksheet.isNumber("Rp15.000") && !XLSXWorksheet.isNumber(""))
    }

    @Test func aWorkbookWithoutSheetsGetsAnEmptyOne() throws {
        let p = try Self.parts(try XLSXWriter.bytes(XLSXWorkbook(sheets: [])))
        #expect(p["xl/workbook.xml"]!.contains("<sheet name=\"Sheet1\""))
        #expect(!p["xl/workbook.xml"]!.contains("definedName"))
    }
}
