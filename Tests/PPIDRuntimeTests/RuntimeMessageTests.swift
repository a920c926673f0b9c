#if canImport(Glibc)
import Glibc
#endif
import Testing
import PPIDSyntax
import PPIDModel
import PPIDText
@testable import PPIDRuntime

/// The runtime's messages in both languages (docs/errors.md, "Languages"): a script that
/// fails gives the same diagnostic in English and in Indonesian, and the runtime's own
/// output lines follow the session's language.
@Suite struct RuntimeMessageTests {
    struct Case: CustomStringConvertible, Sendable {
        let script: String
        let code: DiagnosticCode
        let en: String
        let id: String
        /// The first note, when the case checks one.
        var noteEn: String? = nil
        var noteId: String? = nil
        var description: String { script }
    }

    static let office = """
    unit kul "Keuangan"
    role ppid "PPID"
    staff sri "Sri" { roles ppid; unit kul }
    at 2024-04-01T09:00
    as sri

    """

    static let cases: [Case] = [
        // Interpreter+Operators.swift
        Case(script: "print 1 < \"a\"", code: .typeMismatch,
             en: "cannot compare a whole number with text",
             id: "bilangan bulat tidak dapat dibandingkan dengan teks"),
        Case(script: "print 2 in 5", code: .typeMismatch,
             en: "'in' needs a list, a range or a text on its right, found a whole number",
             id: "'in' memerlukan daftar, rentang, atau teks di sebelah kanannya, tetapi yang ada bilangan bulat"),
        // Interpreter+Arithmetic.swift
        Case(script: "print 9223372036854775807 + 1", code: .overflow,
             en: "the result of '+' is too large (integer overflow)",
             id: "hasil '+' terlalu besar (luapan bilangan bulat)"),
        Case(script: "print 1.5 * 9223372036854", code: .overflow,
             en: "the result of '*' is too large (decimal overflow)",
             id: "hasil '*' terlalu besar (luapan bilangan desimal)"),
        Case(script: "print 1 / 0", code: .divisionByZero,
             en: "division by zero", id: "pembagian dengan nol"),
        Case(script: "print 5 % 0", code: .divisionByZero,
             en: "remainder of a division by zero", id: "sisa pembagian dengan nol"),
        Case(script: "print 2024-04-01 - 3 workdays", code: .typeMismatch,
             en: "cannot apply '-' to a date and a duration",
             id: "'-' tidak dapat diterapkan pada tanggal dan durasi"),
        Case(script: "print 1.5 + [1]", code: .typeMismatch,
             en: "cannot apply '+' to a decimal number and a list",
             id: "'+' tidak dapat diterapkan pada bilangan desimal dan daftar"),
        // Nodes/ExprNode.swift
        Case(script: "print [1, 2][5]", code: .badValue,
             en: "there is no item 5 in a list of 2 (lists count from 1)",
             id: "tidak ada butir ke-5 dalam daftar berisi 2 (daftar dihitung mulai dari 1)"),
        Case(script: "let r = 2024-04-02..2024-04-01", code: .badValue,
             en: "the range ends (2024-04-01) before it starts (2024-04-02)",
             id: "rentang berakhir (1 April 2024) sebelum dimulai (2 April 2024)"),
        Case(script: "let r = 16:00..08:00", code: .badValue,
             en: "the range ends (08:00) before it starts (16:00)",
             id: "rentang berakhir (08.00) sebelum dimulai (16.00)"),
        Case(script: "print -\"a\"", code: .typeMismatch,
             en: "'-' needs a number, found text",
             id: "'-' memerlukan angka, tetapi yang ada teks"),
        // Interpreter+Convert.swift and Nodes/ItemNodes.swift
        Case(script: office + "info a \"A\" { made \"kemarin\" }", code: .typeMismatch,
             en: "'made' needs a date such as 2024-01-15, found text",
             id: "'made' memerlukan tanggal, misalnya 2024-01-15, tetapi yang ada teks"),
        Case(script: office + "info a \"A\" { holder 5 }", code: .typeMismatch,
             en: "expected a unit, found a whole number",
             id: "seharusnya unit kerja, tetapi yang ada bilangan bulat"),
        Case(script: office + "info a \"A\" { holder kul; retention 2024-01-01 }", code: .typeMismatch,
             en: "'retention' needs a duration (10 years) or text (\"Permanen\"), found a date",
             id: "'retention' memerlukan durasi (10 years) atau teks (\"Permanen\"), tetapi yang ada tanggal"),
        // Nodes/ClockNodes.swift
        Case(script: "wait 3", code: .typeMismatch,
             en: "'wait' needs a duration such as 3 workdays, found a whole number",
             id: "'wait' memerlukan durasi, misalnya 3 workdays, tetapi yang ada bilangan bulat"),
        Case(script: "holiday \"x\"", code: .typeMismatch,
             en: "expected a date or a date range such as 2024-04-10..2024-04-11, found text",
             id: "seharusnya tanggal atau rentang tanggal, misalnya 2024-04-10..2024-04-11, tetapi yang ada teks"),
        // Compiler+Domain.swift (before anything runs), with the shared "did you mean" note
        Case(script: "classify x as berkal", code: .unknownWord,
             en: "'berkal' is not a class of information (berkala, serta_merta, setiap_saat, dikecualikan)",
             id: "'berkal' bukan kategori informasi (berkala, serta_merta, setiap_saat, dikecualikan)",
             noteEn: "did you mean 'berkala'?", noteId: "maksud Anda 'berkala'?"),
        // Compiler+Expressions.swift: the usage note names the arguments in the message's language
        Case(script: "print count(1, 2)", code: .wrongArgumentCount,
             en: "count() takes 1 argument, given 2", id: "count() menerima 1 argumen, tetapi diberi 2",
             noteEn: "usage: count(LIST or REGISTER)", noteId: "cara pakai: count(DAFTAR atau REGISTER)"),
        Case(script: "print workdays(1)", code: .wrongArgumentCount,
             en: "workdays() takes 2 arguments, given 1", id: "workdays() menerima 2 argumen, tetapi diberi 1",
             noteEn: "usage: workdays(FROM, TO)", noteId: "cara pakai: workdays(DARI, SAMPAI)"),
        Case(script: office + "info a \"A\" { holdr kul }", code: .unknownField,
             en: "an information item has no field 'holdr'",
             id: "item informasi tidak memiliki kolom 'holdr'",
             noteEn: "did you mean 'holder'?", noteId: "maksud Anda 'holder'?"),
        Case(script: office + "unit keu \"Keuangan\" { kode 1 }", code: .unknownField,
             en: "a unit has no field 'kode'", id: "unit kerja tidak memiliki kolom 'kode'",
             noteEn: "a unit has no fields", noteId: "unit kerja tidak memiliki kolom"),
        Case(script: "show dip as pdf", code: .unknownWord,
             en: "'pdf' is not an output format (table, csv, tsv, json, md, html, xlsx)",
             id: "'pdf' bukan format keluaran (table, csv, tsv, json, md, html, xlsx)"),
        // Compiler+Statements.swift
        Case(script: "fn f(a, a) { return a }", code: .duplicateName,
             en: "the parameter 'a' is listed twice", id: "parameter 'a' disebutkan dua kali"),
        Case(script: office + "info a \"A\" { holder kul }\na = 1", code: .typeMismatch,
             en: "'a' is an information item, not a variable; use `update` to change an item",
             id: "'a' adalah item informasi, bukan variabel; gunakan `update` untuk mengubah informasi"),
    ]

    /// The first diagnostic of a script (which must fail).
    static func failure(_ script: String, language: Language) -> Diagnostic? {
        let rt = Interpreter(workingDirectory: "/tmp", output: { _ in })
        rt.language = language
        return rt.runEntry(SourceFile(path: "<t>", text: script + "\n")).failure?.diagnostics.first
    }

    @Test(arguments: cases) func aFailingScriptSaysTheSameInBothLanguages(_ c: Case) throws {
        for language in Language.allCases {
            let d = try #require(Self.failure(c.script, language: language), "the script should fail")
            #expect(d.code == c.code)
            #expect(d.text.english == c.en)
            #expect(d.text.indonesian == c.id)
            if let en = c.noteEn, let id = c.noteId {
                let note = try #require(d.notes.first)
                #expect(note.text.english == en)
                #expect(note.text.indonesian == id)
            }
        }
    }

    @Test func theDiagnosticIsRenderedInTheReadersLanguage() throws {
        let d = try #require(Self.failure("print 1 / 0", language: .id))
        #expect(d.rendered(color: false, language: .id).contains("kesalahan: pembagian dengan nol"))
        #expect(!d.rendered(color: false, language: .id).contains("division"))
        #expect(d.rendered(color: false, language: .en).contains("division by zero"))
    }

    @Test func aValuesTypeIsNamedInBothLanguages() {
        let names: [(Value, String, String)] = [
            (.null, "null", "null"), (.bool(true), "a yes/no value", "nilai ya/tidak"),
            (.int(1), "a whole number", "bilangan bulat"), (.string(""), "text", "teks"),
            (.list([]), "a list", "daftar"), (.entity(.item(0)), "an information item", "item informasi"),
            (.row(.step(0)), "an approvals-log row", "baris catatan persetujuan"),
        ]
        for (v, en, id) in names {
            #expect(v.typeName.english == en)
            #expect(v.typeName.indonesian == id)
        }
    }

    @Test func aFolderThatCannotBeMadeIsReportedInBothLanguages() throws {
        let dir = "/tmp/ppid-rtmsg-\(getpid())"
        try FileSystem.makeDirectories(dir)
        try FileSystem.writeAtomically(dir + "/plain", [])
        do throws(FileSystem.Failure) {
            try FileSystem.writeAtomically(dir + "/plain/x.csv", [])
            Issue.record("writing under a plain file should fail")
        } catch {
            #expect(error.text.english == "cannot write \(dir)/plain/x.csv: Not a directory")
            #expect(error.text.indonesian == "berkas \(dir)/plain/x.csv tidak dapat ditulis: Not a directory")
        }
    }

    @Test func theNoteUnderARefusedWriteIsInBothLanguages() throws {
        let note = try #require(WriteAllowanceHint.run.note)
        #expect(note.english == "to allow another folder, run with `ppid run --allow-write DIR`")
        #expect(note.indonesian == "untuk mengizinkan folder lain, jalankan dengan `ppid run --allow-write DIR`")
        #expect(WriteAllowanceHint.none.note == nil)
    }

    static let sop = """
    role ppid "PPID"
    role operator "Operator"
    staff sri "Sri" { roles ppid }
    sop terbit "Penerbitan" {
      step 1 "Menyusun" { by ppid; takes 1 day }
      step 2 "Mengunggah" { by operator; takes 2 hours }
    }
    at 2024-04-01T09:00
    as sri
    """

    /// What the prompt prints after `start` and `complete`, in the session's language.
    static func runLines(_ language: Language) throws -> [String] {
        final class Box: @unchecked Sendable { var lines: [String] = [] }
        let box = Box()
        let rt = Interpreter(workingDirectory: "/tmp", output: { box.lines.append($0) })
        rt.language = language
        try rt.run(SourceFile(path: "<t>", text: sop))
        rt.verbose = true
        for line in ["start terbit as r1", "at 2024-04-03T09:00", "complete r1"] {
            #expect(rt.runEntry(SourceFile(path: "<t>", text: line + "\n")).failure == nil, "\(line)")
        }
        return box.lines
    }

    @Test func runLinesFollowTheSessionsLanguage() throws {
        #expect(try Self.runLines(.en) == [
            "r1: started → step 1 \"Menyusun\", for ppid, due 2024-04-02 16:00",
            "r1: step 1 done (late by 1 working day) → step 2 \"Mengunggah\", for operator, due 2024-04-03 11:00",
        ])
        #expect(try Self.runLines(.id) == [
            "r1: dimulai → tahap 1 \"Menyusun\", untuk ppid, tenggat 2 April 2024 pukul 16.00",
            "r1: tahap 1 done (terlambat 1 hari kerja) → tahap 2 \"Mengunggah\", untuk operator, tenggat 3 April 2024 pukul 11.00",
        ])
    }
}
