import Testing
import PPIDSyntax
import PPIDModel
import PPIDRuntime
@testable import PPIDREPL

/// `import info from "dip.csv"` at the prompt: the journal keeps the statements the import
/// made, not the import, so it replays without the spreadsheet.
@Suite struct ImportEntryTests {
    static let csv = """
        Kode,Judul Informasi,Pejabat/Unit/Satuan Kerja yang Menguasai Informasi,Jangka Waktu Penyimpanan atau Retensi Arsip,Jenis Informasi
        kul_dipa,DIPA 2024,Subbagian Keuangan,10 tahun,Berkala
        kul_rka,"RKA ""Final"" 2024",kul,permanen,

        """

    @Test func theJournalHoldsTheStatementsTheImportMade() throws {
        let dir = temporaryDirectory(), journal = dir + "/j.ppid"
        writeText(dir + "/dip.csv", Self.csv)
        writeText(journal, "at 2025-03-03T08:00\nunit kul \"Subbagian Keuangan\"\nrole ppid \"PPID\"\nstaff sri \"Sri\" { roles ppid }\nallow ppid to declare, classify\n")
        let (s, captured) = makeSession(journal: journal, directory: dir, wall: dateTime("2025-03-03T08:00"))
        #expect(s.open() == nil, "\(captured.err)")
        s.submit("as sri")
        s.submit("import info from \"dip.csv\"")
        #expect(captured.err.isEmpty, "\(captured.err)")
        #expect(captured.out.contains("imported 2 items from dip.csv: berkala 1, not classified 1"), "\(captured.out)")
        let text = readText(journal)
        #expect(!text.contains("import"), "\(text)")
        #expect(text.hasSuffix("""
            info kul_dipa "DIPA 2024" { holder kul; retention 10 years }
            classify kul_dipa as berkala
            info kul_rka "RKA \\"Final\\" 2024" { holder kul; retention "Permanen" }

            """), "\(text)")
        let digest = s.rt.registry.digest()

        // The journal replays without the spreadsheet.
        writeText(dir + "/dip.csv", "")
        let (reopened, again) = makeSession(journal: journal, directory: dir, wall: dateTime("2025-03-03T08:05"))
        #expect(reopened.open() == nil, "\(again.err)")
        #expect(reopened.rt.registry.items == s.rt.registry.items)
        #expect(reopened.rt.registry.log == s.rt.registry.log)
        #expect(reopened.rt.registry.clock == s.rt.registry.clock)
        // A session starts with no actor of its own: it acts as sri again, as the first did.
        reopened.submit("as sri")
        #expect(reopened.rt.registry.digest() == digest)

    }

    @Test func oneUndoTakesTheWholeImportBack() throws {
        let dir = temporaryDirectory(), journal = dir + "/j.ppid"
        writeText(dir + "/dip.csv", Self.csv)
        writeText(journal, "unit kul \"Subbagian Keuangan\"\n")
        let (s, captured) = makeSession(journal: journal, directory: dir, wall: dateTime("2025-03-03T08:00"))
        #expect(s.open() == nil, "\(captured.err)")
        let before = readText(journal)
        s.submit("import info from \"dip.csv\"")
        #expect(s.rt.registry.items.count == 2, "\(captured.err)")
        s.submit(":undo")
        #expect(s.rt.registry.items.isEmpty)
        #expect(readText(journal) == before)
    }

    @Test func aRefusedImportRecordsNothing() throws {
        let dir = temporaryDirectory(), journal = dir + "/j.ppid"
        writeText(dir + "/dip.csv", Self.csv.replacing("Subbagian Keuangan,10", with: "Subbag Umum,10"))
        writeText(journal, "unit kul \"Subbagian Keuangan\"\n")
        let (s, captured) = makeSession(journal: journal, directory: dir, wall: dateTime("2025-03-03T08:00"))
        #expect(s.open() == nil, "\(captured.err)")
        let before = readText(journal), digest = s.rt.registry.digest()
        s.submit("import info from \"dip.csv\"")
        #expect(captured.err.contains("row 2, column C"), "\(captured.err)")
        #expect(captured.err.contains("[E320]"), "\(captured.err)")
        #expect(readText(journal) == before)
        #expect(s.rt.registry.digest() == digest)
    }
}
