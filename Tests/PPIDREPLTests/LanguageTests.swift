import Testing
import PPIDModel
import PPIDRuntime
import PPIDText
@testable import PPIDREPL

/// The prompt in Indonesian: a session whose language is Indonesian (from the locale or
/// `--lang id`) shows its banner, `:status`, notes and help in Indonesian
/// (docs/language.md, "Language").
@Suite struct LanguageTests {
    func indonesian(_ c: inout REPLConfiguration) { c.language = .id }

    @Test func theBannerOfAScratchSessionIsIndonesian() {
        let dir = temporaryDirectory()
        let (s, captured) = makeSession(directory: dir, configure: indonesian)
        #expect(s.rt.language == .id)
        #expect(s.open() == nil)
        #expect(captured.out.contains("ppid 0.1.0 — belum ada kantor yang dideklarasikan — sesi sementara (:save BERKAS menyimpannya)"))
        #expect(captured.out.contains("waktu belum ditetapkan — gunakan `at 2025-03-03T08:00` atau `at now`"))
        #expect(captured.out.contains("pelaku: belum ada — gunakan `as NAMA` atau mulai dengan `ppid --as NAMA`"))
        #expect(captured.out.contains(":help untuk bantuan"))
        #expect(!captured.out.contains("scratch session") && !captured.out.contains("clock:"))
    }

    @Test func theBannerOfAJournalCountsInIndonesian() {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, officeScript)
        let (s, captured) = makeSession(journal: path, directory: dir, configure: indonesian)
        #expect(s.open() == nil)
        #expect(captured.out.contains("— jurnal: 7 perintah, diputar ulang dalam 0,0 md"), "\(captured.out)")
        #expect(Grouped(1284).text(in: .id) == "1.284" && Grouped(1284).text(in: .en) == "1,284")
        #expect(Elapsed(9.04).text(in: .id) == "9,0 md")
    }

    @Test func statusShowsTheClockAsAnIndonesianDate() {
        let dir = temporaryDirectory()
        let (s, captured) = makeSession(directory: dir, configure: indonesian)
        for line in officeScript.split(separator: "\n") { s.submit(String(line)) }
        s.submit("as sri")
        s.submit("at 2024-04-23T16:00")
        captured.out = ""
        s.submit(":status")
        #expect(captured.out == "waktu: 23 April 2024 pukul 16.00 (ditetapkan manual; `at now` mengikuti jam dinding)   "
                    + "pelaku: sri (Sri Wahyuni, ppid); `as NAMA` menggantinya\n", "\(captured.out)")
    }

    @Test func aFailedStatementSaysNothingWasChangedInIndonesian() {
        let (s, captured) = makeSession(directory: temporaryDirectory(), configure: indonesian)
        s.submit("classify nobody as berkala")
        #expect(captured.err.hasSuffix("tidak ada yang diubah\n"), "\(captured.err)")
        #expect(captured.err.contains("kesalahan:"))
    }

    @Test func theJournalNotesAreIndonesian() {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, officeScript)
        let (a, aOut) = makeSession(journal: path, directory: dir, configure: indonesian)
        let (b, _) = makeSession(journal: path, directory: dir)
        #expect(a.open() == nil && b.open() == nil)
        b.submit("classify dipa as serta_merta")
        a.submit("print 1")
        #expect(aOut.err.contains("(1 perintah yang ditambahkan sesi lain diputar ulang)"), "\(aOut.err)")
        a.submit(":undo")
        #expect(aOut.err.contains("tidak ada yang dapat dibatalkan: sesi ini belum mengubah apa pun"))
        a.submit(":save")
        #expect(aOut.err.contains("cara pakai: :save BERKAS"))
    }

    @Test func anEnglishSessionStillSaysItInEnglish() {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, officeScript)
        let (a, aOut) = makeSession(journal: path, directory: dir)
        let (b, _) = makeSession(journal: path, directory: dir)
        #expect(a.open() == nil && b.open() == nil)
        b.submit("classify dipa as serta_merta")
        b.submit("classify lapkeu as berkala")
        a.submit("print 1")
        #expect(aOut.err.contains("(2 statements appended by another session replayed)"), "\(aOut.err)")
        #expect(aOut.out.contains("journal: 7 statements, replayed in"))
    }

    @Test func helpFindsATopicByItsIndonesianWordAndShowsIndonesianFirst() {
        let (s, captured) = makeSession(directory: temporaryDirectory(), configure: indonesian)
        s.submit(":help klasifikasi")
        let text = captured.out
        #expect(text.hasPrefix("classify — klasifikasi informasi menurut UU 14/2008\n"), "\(text)")
        #expect(text.contains("\ncontoh:\n"))
        let id = text.firstRange(of: "\nID "), en = text.firstRange(of: "\nEN ")
        #expect(id != nil && en != nil && id!.lowerBound < en!.lowerBound)
        // The same words find the topic in an English session, which shows English first.
        #expect(HelpTopics.text(for: "klasifikasi").hasPrefix("classify — classify an item under UU 14/2008\n"))
        for (word, topic) in [("tarik", "withdraw"), ("libur", "holiday"), ("pegawai", "staff"), ("peran", "role"),
                              ("ekspor", "export"), ("simpan", ":save")] {
            #expect(HelpTopics.text(for: word).hasPrefix(topic + " — "), "\(word)")
        }
        #expect(HelpTopics.text(for: "kalender").contains("holiday"))
    }

    @Test func anUnknownTopicSuggestsInBothLanguages() {
        #expect(HelpTopics.text(for: "klasifkasi", language: .id)
            == "tidak ada bantuan tentang \"klasifkasi\"; maksud Anda: classify (klasifikasi)? (:help menampilkan daftar topik)")
        #expect(HelpTopics.text(for: "klasifkasi").contains("did you mean: classify (klasifikasi)?"))
        #expect(HelpTopics.text(for: "clasify").contains("did you mean: classify?"))
    }

    @Test func theOverviewLeadsWithTheSessionLanguage() {
        let text = HelpTopics.text(for: "", language: .id)
        #expect(text.contains("kalender dan waktu"))
        #expect(text.split(separator: "\n")[1].hasPrefix("Ketik pernyataan"))
        #expect(HelpTopics.text(for: "").split(separator: "\n")[1].hasPrefix("Type a statement"))
    }

    @Test func trainingSpeaksEnglishInAnEnglishSession() {
        let dir = temporaryDirectory()
        let (training, captured, _) = makeTraining(directory: dir, store: nil, lines: [])
        _ = training
        var c = training.config
        c.language = .en
        let english = TrainingSession(exercise: training.exercise, file: training.file, exercisePath: training.exercisePath,
                                      config: c, reader: ScriptedLineReader([]), storeDirectory: nil)
        #expect(english.run() == 0)
        #expect(captured.out.contains("Exercise: "), "\(captured.out)")
        #expect(captured.out.contains("Task 1/"))
        #expect(captured.out.contains("Clock: "))
        #expect(!captured.out.contains("Tugas 1/"))
    }

    @Test func thePagerLineAndTheTableFooterAreIndonesian() {
        let (s, captured) = makeSession(directory: temporaryDirectory(), configure: indonesian)
        s.submit(":mode pager off")
        #expect(captured.out.hasSuffix("pager: off (semua keluaran langsung dicetak)\n"), "\(captured.out)")
        s.submit(":mode pager on")
        #expect(captured.out.hasSuffix("pager: on (keluaran yang lebih panjang dari layar ditampilkan melalui pager)\n"), "\(captured.out)")
        s.submit("unit kul \"Keuangan\"")
        s.submit("show units")
        #expect(captured.out.hasSuffix("└──────┴──────────┘\n1 baris\n"), "\(captured.out)")
        #expect(!captured.out.contains("pager: off\n") && !captured.out.contains("1 row"))
    }

    @Test func thePagerLineAndTheTableFooterStayEnglishInEnglish() {
        let (s, captured) = makeSession(directory: temporaryDirectory())
        s.submit(":mode pager off")
        #expect(captured.out.hasSuffix("pager: off (all output is printed directly)\n"), "\(captured.out)")
        s.submit("unit kul \"Keuangan\"")
        s.submit("show units")
        #expect(captured.out.hasSuffix("1 row\n"), "\(captured.out)")
    }
}
