import Foundation
import Testing
@testable import PPIDRuntime

/// golden/export/public-layouts.ppid: the DIP, DIK and the registers of requests and objections in their
/// public layouts. The CSV files are compared byte for byte with golden/export/expected/;
/// the .xlsx files are opened by a real spreadsheet library, openpyxl (python3-openpyxl,
/// which scripts/setup.sh installs), and every cell is compared with the Indonesian text.
@Suite(.serialized)
struct PublicExportTests {
    static let folder = GoldenTests.root + "/Tests/PPIDRuntimeTests/golden/export"

    /// Runs the golden once per test (it writes out/ afresh, so no test reads another's files).
    static func export() throws -> String {
        let result = try Golden.run(folder + "/public-layouts.ppid")
        #expect(result.problems.isEmpty, "\(result.problems)")
        return folder + "/out/"
    }

    static func text(_ path: String) -> String { String(decoding: FileSystem.read(path) ?? [], as: UTF8.self) }

    @Test(arguments: ["dip.csv", "dik.csv", "requests.csv", "objections.csv"])
    func theCSVIsThePublicLayout(_ file: String) throws {
        let out = try Self.export()
        let written = Self.text(out + file)
        #expect(!written.isEmpty)
        #expect(written == Self.text(Self.folder + "/expected/" + file), "update golden/export/expected/\(file) only on purpose")
    }

    /// docs/language.md §13 shows the CSV its example writes: it is the file export writes.
    @Test func theDocumentedDIPFileIsTheExportedOne() throws {
        let blocks = LanguageDocTests.blocks
        let i = try #require(blocks.firstIndex { $0.language == "ppid" && $0.text.contains("export dip to \"out/docs/dip.csv\"") })
        #expect(LanguageDocTests.run(blocks[i]).isEmpty)
        let shown = try #require(blocks.dropFirst(i + 1).first)
        let written = Self.text(LanguageDocTests.root + "/out/docs/dip.csv")
        #expect(written == shown.text.replacing("\n", with: "\r\n"))
    }

    @Test func theJSONKeepsTheCodes() throws {
        let json = Self.text(try Self.export() + "dip.json")
        #expect(json.contains("\"holder\": \"kul\""))
        #expect(json.contains("\"class\": \"setiap_saat\""))
        #expect(json.contains("\"made\": \"2024-12-10\""))
        #expect(!json.contains("Subbagian Keuangan"))
    }

    @Test func theSameRegistersGiveTheSameWorkbook() throws {
        let out = try Self.export()
        let a = FileSystem.read(out + "dip.xlsx"), b = FileSystem.read(out + "dip-again.xlsx")
        #expect(a != nil && a == b)
        #expect(a?.starts(with: [0x50, 0x4B, 0x03, 0x04]) == true)
        // `as xlsx` writes a workbook whatever the file is called.
        #expect(FileSystem.read(out + "requests-data") == FileSystem.read(out + "requests.xlsx"))
    }

    /// Every cell of the sheet as openpyxl reads it: text as it is, numbers as numbers, dates
    /// as `date:ISO` with their number format; and the sheet's name, frozen pane and filter.
    static func openpyxl(_ path: String) throws -> (sheets: [String], freeze: String, filter: String, rows: [[String]]) {
        let script = """
            import json, sys, datetime, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb.worksheets[0]
            def show(c):
                v = c.value
                if v is None: return ""
                if isinstance(v, datetime.datetime): return "date:" + v.isoformat() + " " + c.number_format
                if isinstance(v, (int, float)): return "number:" + repr(v)
                return v
            rows = [[show(c) for c in row] for row in ws.iter_rows()]
            print(json.dumps({"sheets": wb.sheetnames, "freeze": ws.freeze_panes or "", "filter": ws.auto_filter.ref or "",
                              "rows": rows, "bold": ws["A1"].font.b, "print": ws.print_title_rows or ""}))
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = ["-c", script, path]
        let o = Pipe(), e = Pipe()
        p.standardOutput = o
        p.standardError = e
        try p.run()
        let data = o.fileHandleForReading.readDataToEndOfFile()
        let err = String(decoding: e.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "openpyxl could not read \(path) (is python3-openpyxl installed? bash scripts/setup.sh --deps-only): \(err)")
        guard p.terminationStatus == 0, let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { return ([], "", "", []) }
        #expect(obj["bold"] as? Bool == true, "the header is bold")
        #expect(obj["print"] as? String == "$1:$1", "the header is printed on every page")
        return (obj["sheets"] as? [String] ?? [], obj["freeze"] as? String ?? "", obj["filter"] as? String ?? "",
                obj["rows"] as? [[String]] ?? [])
    }

    @Test func aSpreadsheetReadsEveryCellOfTheDIP() throws {
        let sheet = try Self.openpyxl(try Self.export() + "dip.xlsx")
        #expect(sheet.sheets == ["DIP"])
        #expect(sheet.freeze == "A2")
        #expect(sheet.filter == "A1:J4")
        let expected: [[String]] = [
            ["No", "Kode", "Judul Informasi", "Ringkasan Isi Informasi",
             "Pejabat/Unit/Satuan Kerja yang Menguasai Informasi", "Penanggung Jawab Pembuatan atau Penerbitan Informasi",
             "Waktu dan Tempat Pembuatan Informasi", "Bentuk Informasi yang Tersedia",
             "Jangka Waktu Penyimpanan atau Retensi Arsip", "Jenis Informasi"],
            ["number:1", "kul_dipa", "DIPA Tahun Anggaran 2025", "Pagu anggaran per program, kegiatan dan jenis belanja",
             "Subbagian Keuangan, Umum dan Logistik", "Budi Santoso", "10 Desember 2024, Purwokerto", "softcopy, hardcopy",
             "10 tahun", "Berkala"],
            ["number:2", "kul_sk", "SK Tim <Pokja> & \"Panitia\"", "", "Subbagian Keuangan, Umum dan Logistik", "Budi Santoso",
             "5 Maret 2024", "", "Permanen", "Setiap Saat"],
            // A text cell is never a formula: the title keeps its "=" and needs no guard.
            ["number:3", "kul_maklumat", "=Maklumat Pelayanan", "Baris satu\nbaris dua", "Subbagian Keuangan, Umum dan Logistik",
             "", "Purwokerto", "", "", "Serta Merta"],
        ]
        #expect(sheet.rows == expected)
    }

    @Test func aSpreadsheetReadsEveryCellOfTheRequestsRegister() throws {
        let sheet = try Self.openpyxl(try Self.export() + "requests.xlsx")
        #expect(sheet.sheets == ["Permohonan"])
        #expect(sheet.freeze == "A2")
        #expect(sheet.filter == "A1:O4")
        let dateTime = "[$-421]d mmmm yyyy \"pukul\" hh\\.mm", date = "[$-421]d mmmm yyyy"
        let expected: [[String]] = [
            ["No", "Tanggal", "Nama", "Alamat", "Nomor Kontak", "Pekerjaan", "Informasi yang Diminta",
             "Tujuan Penggunaan Informasi", "Status Informasi", "Bentuk Informasi", "Jenis Permohonan", "Keputusan",
             "Alasan Penolakan", "Tanggal Pemberitahuan Tertulis", "Biaya"],
            ["001/PPID/IV/2024", "date:2024-04-01T09:00:00 " + dateTime, "Ahmad Fauzi", "Jl. Lawu 12, Purwokerto",
             "0812-2750-1144", "Mahasiswa", "DIPA 2025", "Penelitian skripsi", "Dikuasai", "softcopy", "Salinan (softcopy)",
             "Diterima seluruhnya", "", "date:2024-04-16T00:00:00 " + date, "number:0"],
            ["002/PPID/IV/2024", "date:2024-04-02T13:30:00 " + dateTime, "LSM Pantau", "", "", "", "Rekening honorarium",
             "Pemantauan", "Dikuasai", "", "Salinan (hardcopy)", "Ditolak", "Pasal 17 huruf h angka 3 UU 14/2008",
             "date:2024-04-16T00:00:00 " + date, ""],
            ["003/PPID/IV/2024", "date:2024-04-16T10:00:00 " + dateTime, "Siti Aminah", "", "", "", "DPT per TPS",
             "Penelitian", "", "", "", "", "", "", ""],
        ]
        #expect(sheet.rows == expected)
    }

    @Test func aSpreadsheetReadsEveryCellOfTheObjectionsRegister() throws {
        let sheet = try Self.openpyxl(try Self.export() + "objections.xlsx")
        #expect(sheet.sheets == ["Keberatan"])
        #expect(sheet.filter == "A1:P2")
        #expect(sheet.rows == [
            ["No", "Tanggal Diterima", "Nama", "Alamat", "Nomor Kontak", "Pekerjaan", "Nomor Pendaftaran Permohonan",
             "Informasi yang Diminta", "Tujuan Penggunaan Informasi", "Alasan Keberatan", "Keputusan Atasan PPID",
             "Tanggal Tanggapan", "Nama dan Jabatan Atasan PPID", "Tanggapan Pemohon", "Sengketa", "Putusan"],
            ["001/KEB/IV/2024", "date:2024-04-22T09:00:00 [$-421]d mmmm yyyy \"pukul\" hh\\.mm", "LSM Pantau", "", "", "",
             "002/PPID/IV/2024", "Rekening honorarium", "Pemantauan",
             "a. penolakan atas permintaan informasi berdasarkan alasan pengecualian sebagaimana dimaksud dalam Pasal 17: Rekening tidak memuat data pribadi",
             "Menguatkan keputusan PPID", "date:2024-05-06T00:00:00 [$-421]d mmmm yyyy", "Drs. Heru Santoso, Atasan PPID", "", "", ""],
        ])
    }

    @Test func aSpreadsheetReadsTheDIKAndAnyOtherRegister() throws {
        let out = try Self.export()
        let dik = try Self.openpyxl(out + "dik.xlsx")
        #expect(dik.sheets == ["DIK"])
        #expect(dik.rows.count == 2)
        #expect(dik.rows.first?.prefix(3) == ["No", "Kode", "Informasi yang Dikecualikan"])
        #expect(dik.rows.last == ["number:1", "kul_rekening", "Rekening honorarium badan ad hoc", "Rincian per orang",
                                  "Pasal 17 huruf h angka 3 UU 14/2008", "Mengungkap rekening pribadi",
                                  "Total belanja tetap terbuka", "sampai 31 Desember 2029", "",
                                  "Subbagian Keuangan, Umum dan Logistik", "Usulan, belum ditetapkan."])
        // Another register: its fields as the CSV export writes them, dates as dates.
        let info = try Self.openpyxl(out + "info.xlsx")
        #expect(info.sheets == ["info"])
        #expect(info.rows.first?.prefix(6) == ["name", "title", "summary", "holder", "responsible", "made"])
        #expect(info.rows.dropFirst().first?.prefix(6) == ["kul_dipa", "DIPA Tahun Anggaran 2025",
                                                            "Pagu anggaran per program, kegiatan dan jenis belanja", "kul", "budi",
                                                            "date:2024-12-10T00:00:00 [$-421]d mmmm yyyy"])
    }
}
