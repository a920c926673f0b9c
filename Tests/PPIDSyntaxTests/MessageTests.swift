import Testing
import PPIDText
@testable import PPIDSyntax

/// The syntax layer's messages in both languages (docs/errors.md, "Languages"): the English
/// texts the golden files match, and the Indonesian an officer reads with `--lang id`.
struct MessageTests {
    static func first(_ text: String) -> Diagnostic? {
        Parser.parse(SourceFile(path: "t", text: text)).diagnostics.first
    }

    /// Source, code, English, Indonesian: one row per kind of syntax error.
    static let table: [(String, String, String, String)] = [
        ("let x 5\n", "E107", "expected '=' after the variable name, found number 5",
         "seharusnya '=' setelah nama variabel, tetapi yang ada angka 5"),
        ("print 2 +\n", "E107", "expected a value, found end of line", "seharusnya nilai, tetapi yang ada akhir baris"),
        ("print 2 +", "E108", "expected a value, but the text ended", "seharusnya nilai, tetapi teks sudah berakhir"),
        ("let if = 3\n", "E202", "'if' is a keyword and cannot be used as a variable name",
         "'if' adalah kata kunci dan tidak dapat dipakai sebagai nama variabel"),
        ("print (1))\n", "E107", "expected the end of the statement (a new line or ';'), found ')'",
         "seharusnya akhir perintah (baris baru atau ';'), tetapi yang ada ')'"),
        ("print 1 }\n", "E107", "unexpected '}' (no block is open here)", "'}' tidak diharapkan (tidak ada blok yang terbuka di sini)"),
        ("unit \"Keuangan\"\n", "E107", "expected a unit name, found string", "seharusnya nama unit kerja, tetapi yang ada teks"),
        ("classify a as 2024-01-01\n", "E107", "expected a class (berkala, serta_merta, setiap_saat, dikecualikan), found date",
         "seharusnya kategori (berkala, serta_merta, setiap_saat, dikecualikan), tetapi yang ada tanggal"),
        ("for 5 in x {}\n", "E107", "expected a loop variable name, found number 5",
         "seharusnya nama variabel perulangan, tetapi yang ada angka 5"),
        ("print x.\n", "E107", "expected a field name after '.', found end of line",
         "seharusnya nama kolom setelah '.', tetapi yang ada akhir baris"),
        ("show sop s as 08:00\n", "E107", "expected an output format (table, csv, tsv, json, md, html, xlsx), found time",
         "seharusnya format keluaran (table, csv, tsv, json, md, html, xlsx), tetapi yang ada jam"),
        ("info a \"A\" { holder kul\n", "E108", "expected '}' to close the block, but the text ended",
         "seharusnya '}' untuk menutup blok, tetapi teks sudah berakhir"),
        ("allow ppid classify\n", "E107", "expected 'to', found 'classify'", "seharusnya 'to', tetapi yang ada 'classify'"),
        ("if x = 1 { }\n", "E107", "'=' assigns; to compare, write '=='", "'=' memberi nilai; untuk membandingkan, tulis '=='"),
        ("else { }\n", "E107", "'else' must follow the '}' of an 'if' block", "'else' harus langsung mengikuti '}' blok 'if'"),
        ("where\n", "E107", "'where' cannot start a statement here", "'where' tidak dapat mengawali perintah di sini"),
        ("sop s { step 1 \"A\" { decide yes -> 2, yes -> end } }\n", "E107", "a decision needs one 'yes' exit and one 'no' exit",
         "tahap keputusan memerlukan satu jalan keluar 'yes' dan satu jalan keluar 'no'"),
        ("print a ! b\n", "E101", "unexpected character '!' (write `!=` for 'not equal', or `not`)",
         "karakter '!' tidak diharapkan di sini (tulis `!=` untuk 'tidak sama dengan', atau `not`)"),
        ("print “a”\n", "E101", "unexpected character '“' (use straight quotes \" for strings)",
         "karakter '“' tidak diharapkan di sini (gunakan tanda kutip lurus \" untuk teks)"),
        ("print é\n", "E101", "unexpected character 'é'", "karakter 'é' tidak diharapkan di sini"),
        ("print \"abc\n", "E102", "this string has no closing quote before the end of the line",
         "teks ini tidak ditutup dengan tanda kutip sebelum akhir baris"),
        ("print \"\"\"\nabc\n", "E102", "this text block has no closing \"\"\"", "blok teks ini tidak ditutup dengan \"\"\""),
        ("print \"a\\qb\"\n", "E103", "unknown escape '\\q' in a string (use \\\" \\\\ \\n or \\t)",
         "urutan escape '\\q' dalam teks tidak dikenal (gunakan \\\" \\\\ \\n atau \\t)"),
        ("print 2024-02-30\n", "E104", "2024-02-30 is not a real date", "2024-02-30 bukan tanggal yang sah"),
        ("print 25:00\n", "E105", "25:00 is not a real time of day", "25:00 bukan jam yang sah"),
        ("print 2024-01-01T24:30\n", "E105", "2024-01-01T24:30 is not a real time of day", "2024-01-01T24:30 bukan jam yang sah"),
        ("print 99999999999999999999\n", "E106", "the number 99999999999999999999 is too large (the largest is 9223372036854775807)",
         "angka 99999999999999999999 terlalu besar (paling besar 9223372036854775807)"),
        ("print " + String(repeating: "(", count: 70) + "1" + String(repeating: ")", count: 70) + "\n", "E109",
         "this is nested more than 64 levels deep; split it into smaller statements",
         "bagian ini bersarang lebih dari 64 tingkat; pecah menjadi beberapa perintah yang lebih kecil"),
    ]

    @Test func syntaxErrorsReadInBothLanguages() throws {
        for (source, code, en, id) in Self.table {
            let d = try #require(Self.first(source), "no error for \(source.debugDescription)")
            #expect(d.code.rawValue == code, "\(source.debugDescription)")
            #expect(d.text.english == en, "\(source.debugDescription)")
            #expect(d.text.indonesian == id, "\(source.debugDescription)")
        }
    }

    @Test func aTextThatIsNotUTF8IsReportedInBothLanguages() throws {
        let d = try #require(Parser.parse(SourceFile(path: "t", bytes: [0x70, 0xFF, 0x0A])).diagnostics.first)
        #expect(d.code == .invalidUTF8)
        #expect(d.text.english == "the text is not valid UTF-8 (save the file as UTF-8)")
        #expect(d.text.indonesian == "teks ini bukan UTF-8 yang sah (simpan berkas sebagai UTF-8)")
    }

    @Test func anUnclosedBlockIsShownInIndonesian() throws {
        let d = try #require(Self.first("if true {\n  print 1\n"))
        #expect(d.isIncomplete)
        #expect(d.notes.map(\.text.indonesian) == ["blok yang dibuka di sini belum ditutup dengan '}'"])
        let shown = d.rendered(color: false, language: .id)
        #expect(shown.hasPrefix("t:3:1: kesalahan: seharusnya '}' untuk menutup blok, tetapi teks sudah berakhir [E108]"))
        #expect(shown.contains("t:1:9: catatan: blok yang dibuka di sini belum ditutup dengan '}'"))
    }

    @Test func tokensAreNamedInBothLanguages() {
        let cases: [(String, String, String)] = [
            ("kul", "name 'kul'", "nama 'kul'"), ("where", "'where'", "'where'"), ("12", "number 12", "angka 12"),
            ("1.5", "number 1.5", "angka 1.5"), ("\"x\"", "string", "teks"), ("2024-01-02", "date", "tanggal"),
            ("2024-01-02T08:00", "date-time", "tanggal dan jam"), ("08:00", "time", "jam"), ("->", "'->'", "'->'"),
            ("\n", "end of line", "akhir baris"), ("", "end of input", "akhir teks"), ("!", "invalid text", "teks yang tidak sah"),
        ]
        for (source, en, id) in cases {
            let t = Lexer.tokenize(SourceFile(path: "t", text: source)).tokens[0]
            #expect(t.displayName.english == en && t.displayName.indonesian == id, "\(source.debugDescription)")
        }
    }
}
