import Testing
import PPIDSyntax
import PPIDModel
@testable import PPIDRuntime

/// `import info from "FILE"`: all or nothing, one message for every bad cell.
@Suite(.serialized)
struct ImportTests {
    static let dir = GoldenTests.root + "/Tests/PPIDRuntimeTests/golden/import"

    static func interpreter(_ dir: String = ImportTests.dir) -> (Interpreter, InterpreterTests.Box) {
        let box = InterpreterTests.Box()
        return (Interpreter(workingDirectory: dir, output: { box.lines.append($0) }), box)
    }

    /// A failing import changes nothing: not the digest, not the items, not the registry.
    @Test func aRefusedImportChangesNothing() {
        let (rt, _) = Self.interpreter()
        let steps: [(text: String, code: String?)] = [
            ("unit kul \"Subbagian Keuangan, Umum dan Logistik\"", nil),
            ("staff budi \"Budi Santoso\" { unit kul }", nil),
            ("import info from \"dip-2024.csv\"", "E320"),          // unit tp is not declared yet
            ("import info from \"dip-bad.csv\"", "E320"),
            ("import info from \"nowhere.csv\"", "E321"),
            ("import info from \"dip-2024.xlsx\" { sheet \"DIK\" }", "E321"),
            ("unit tp \"Subbagian Teknis dan Hubungan Partisipasi Masyarakat\"", nil),
            ("import info from \"dip-2024.csv\"", nil),
            ("import info from \"dip-2024.csv\"", "E320"),          // the names are taken now
        ]
        let failed = runNothingChangedSteps(rt, steps, register: "info", { $0.items.map(\.name) }, mustChange: { $0.hasPrefix("import") })
        #expect(failed == 5)
        #expect(rt.registry.items.count == 4)
    }

    @Test func theListingNamesEveryBadCellAsTheSheetShowsIt() {
        let (rt, _) = Self.interpreter()
        let r = rt.runEntry(SourceFile(path: "<t>", text: "unit kul \"Subbagian Keuangan, Umum dan Logistik\"\nunit umum \"Subbagian Umum\"\nstaff budi \"Budi Santoso\"\ninfo kul_dipa \"x\"\nimport info from \"dip-bad.csv\"\n"))
        let text = r.failure?.diagnostics.first?.text.english ?? ""
        #expect(text == """
            dip-bad.csv was not imported: 10 problems in 5 rows; nothing was imported
              row 2, column A "Kode": `kul_dipa` is already declared as an information item
              row 3, column C "Pejabat/Unit/Satuan Ker…": 'Subbag Umum' matches no unit; did you mean 'Subbagian Umum'?
              row 3, column D "Penanggung Jawab": 'Budi Santos' matches no staff member; did you mean 'Budi Santoso'?
              row 3, column E "Waktu dan Tempat Pembua…": '31 Februari 2024, Purwokerto' does not begin with a real date (10 Desember 2024, Purwokerto)
              row 4, column A "Kode": 'kul_rka' is also the name in row 3
              row 4, column B "Judul Informasi": the title is empty
              row 4, column F "Jangka Waktu": 'sepuluh tahun' is not a retention period (10 tahun, 6 bulan, permanen, selama berlaku)
              row 5, column A "Kode": 'DIP-9' is not a name (a letter or _, then letters, digits or _); did you mean 'dip_9'?
              row 5, column G "Jenis Informasi": 'Kadang' is not a class of information (Berkala, Serta Merta, Setiap Saat)
              row 6, column G "Jenis Informasi": an exempt item needs its basis and consequence test: import it without a class, then `classify kul_x as dikecualikan { basis "…"; consequence "…" }`
            """)
        let id = r.failure?.diagnostics.first?.text.indonesian ?? ""
        #expect(id.hasPrefix("dip-bad.csv tidak diimpor: 10 masalah di 5 baris; tidak ada yang diimpor\n  baris 2, kolom A \"Kode\""), "\(id)")
    }

    @Test func aLongListingStopsAtFiftyLines() throws {
        var csv = "Judul Informasi,Jenis Informasi\n"
        for i in 1...70 { csv += "Item \(i),Kadang\n" }
        let dir = try LoadTests.folder(["many.csv": csv])
        let (rt, _) = Self.interpreter(dir)
        let r = rt.runEntry(SourceFile(path: "<t>", text: "import info from \"many.csv\"\n"))
        let lines = (r.failure?.diagnostics.first?.text.english ?? "").split(separator: "\n")
        #expect(lines.count == 52)
        #expect(lines.first == "many.csv was not imported: 70 problems in 70 rows; nothing was imported")
        #expect(lines.last == "  and 20 more")
        #expect(rt.registry.items.isEmpty)
    }

    @Test func aSheetWithoutATitleColumnSaysWhichColumnsItHas() throws {
        let dir = try LoadTests.folder(["t.csv": "Nama,Keterangan\na,b\n"])
        let (rt, _) = Self.interpreter(dir)
        let r = rt.runEntry(SourceFile(path: "<t>", text: "import info from \"t.csv\"\n"))
        let text = r.failure?.diagnostics.first?.text.english ?? ""
        #expect(text.contains("no column holds the titles"), "\(text)")
        #expect(text.contains("\"Nama\", \"Keterangan\""), "\(text)")
    }

    @Test func anImportInsideABlockIsRefusedBeforeAnythingRuns() {
        let (rt, _) = Self.interpreter()
        let r = rt.runEntry(SourceFile(path: "<t>", text: "if true { import info from \"dip-2024.csv\" }\n"))
        #expect(r.failure?.diagnostics.first?.code == .nestedLoad)
    }

    @Test(arguments: [("10 tahun", "10 years"), ("6 Bulan", "6 months"), ("1 year", "1 year"), ("Permanen", "Permanen"),
                      ("selama berlaku", "Selama berlaku"), ("While in force", "Selama berlaku")])
    func retentionWords(text: String, value: String) {
        #expect(ImportValues.retention(text)?.description == value)
    }

    @Test(arguments: [("Setiap Saat", InfoClass.setiap_saat), ("Serta-merta", .serta_merta), ("serta merta", .serta_merta),
                      ("setiap_saat", .setiap_saat), ("BERKALA", .berkala), ("Dikecualikan", .dikecualikan)])
    func classWords(text: String, value: InfoClass) {
        #expect(ImportValues.infoClass(text) == value)
    }

    @Test(arguments: [("10 Desember 2024", "2024-12-10"), ("2024-12-10", "2024-12-10"), ("10/12/2024", "2024-12-10"),
                      ("1 Agu 2024", "2024-08-01"), ("2024-12-10T00:00:00", "2024-12-10")])
    func dates(text: String, iso: String) {
        #expect(ImportValues.date(text)?.iso == iso)
    }

    /// The fast path (nothing to trim) and the slow one (ASCII and non-ASCII spaces, CRLF).
    @Test(arguments: [("Laporan", "Laporan"), ("  Laporan\t", "Laporan"), ("\u{A0}Laporan\u{A0}", "Laporan"),
                      ("Laporan Keuangan\u{3000}", "Laporan Keuangan"), ("a\r\nb", "a\nb"), ("x", "x"), (" ", ""), ("", ""),
                      ("Jl. Slamet Riyadi", "Jl. Slamet Riyadi"), ("é ", "é")])
    func cellsAreTrimmed(text: String, trimmed: String) {
        #expect(ImportValues.trim(text) == trimmed)
    }

    @Test func headersMatchWithCaseSpacingAndPunctuationIgnored() {
        let c = ImportColumns(headers: ["NO.", "kode", "JUDUL  INFORMASI", "Pejabat / Unit / Satuan Kerja", "Jenis/Kategori", "Catatan"], maps: [])
        #expect(c.column[.name] == 1)
        #expect(c.column[.title] == 2)
        #expect(c.column[.holder] == 3)
        #expect(c.column[.infoClass] == 4)
        #expect(c.ignored == ["Catatan"])
    }
}
