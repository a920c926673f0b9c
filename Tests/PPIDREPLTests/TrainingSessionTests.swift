import Testing
import PPIDSyntax
import PPIDModel
import PPIDRuntime
@testable import PPIDREPL

/// A small exercise: two tasks on a tiny office; the variant has other items and staff,
/// so answers naming the setup's items fail there.
let smallExercise = """
exercise "Latihan kecil" {
  setup {
    at 2025-01-06T08:00
    unit kul "Keuangan"
    role ppid "PPID"
    staff sri "Sri" { roles ppid; unit kul }
    info lapkeu "Laporan Keuangan" { holder kul; responsible sri }
    info dipa "DIPA" { holder kul }
  }
  variant {
    at 2025-03-03T08:00
    unit kul "Keuangan"
    role ppid "PPID"
    staff budi "Budi" { roles ppid; unit kul }
    info neraca "Neraca" { holder kul; responsible budi }
    info rka "RKA" { holder kul }
    info renstra "Renstra" { holder kul; responsible budi }
  }
  task "Klasifikasikan semua informasi sebagai berkala." {
    check count(info where class == berkala) == count(info)
    hint "classify NAMA as berkala"
    hint "for i in info { classify i as berkala }"
    solution { for i in info { classify i as berkala } }
  }
  task "Dua jam kemudian, tarik informasi yang tidak punya penanggung jawab." {
    check count(info where status == withdrawn) == 1 and count(info where status == withdrawn and responsible == null) == 1
    hint "for i in info where responsible == null { withdraw i \\"Usang\\" }"
    solution {
      wait 2 hours
      for i in info where responsible == null {
        withdraw i "Usang"   # alasan
      }
    }
  }
}

"""

/// A training session on `text` (written to `directory/latihan.ppid`), reading `lines`.
func makeTraining(_ text: String = smallExercise, directory: String, store: String?, lines: [String]) -> (TrainingSession, Captured, ScriptedLineReader) {
    let path = directory + "/latihan.ppid"
    if !FileSystem.exists(path) { writeText(path, text) }
    let file = SourceFile(path: path, text: text)
    let exercise = (try? Training.exercises(in: file))?.first
    let captured = Captured()
    var c = REPLConfiguration()
    c.workingDirectory = directory
    // Training is checked in Indonesian, its trainees' language (TrainingEnglishTests has English).
    c.language = .id
    c.writeOut = { captured.out += $0 }
    c.writeErr = { captured.err += $0 }
    let reader = ScriptedLineReader(lines)
    let ex = exercise ?? Exercise(title: "?", titleRange: .empty, fields: [], setup: nil, variant: nil, tasks: [], range: .empty)
    return (TrainingSession(exercise: ex, file: file, exercisePath: path, config: c, reader: reader, storeDirectory: store), captured, reader)
}

func occurrences(of needle: String, in text: String) -> Int {
    var count = 0
    var rest = text[...]
    while let r = rest.firstRange(of: needle) {
        count += 1
        rest = rest[r.upperBound...]
    }
    return count
}

struct TrainingSessionTests {
    @Test("the tasks advance with ✓ when the checks hold; the summary and the saved session replay to the same digest")
    func wholeExercise() throws {
        let dir = temporaryDirectory()
        let (training, captured, reader) = makeTraining(directory: dir, store: dir + "/store", lines: [
            "show info",
            "for i in info { classify i as berkala }",
            "wait 2 hours",
            "for i in info where responsible == null { withdraw i \"Usang\" }",
            "print \"not read: the exercise is over\"",
        ])
        #expect(training.run() == 0)
        let out = captured.out
        #expect(out.contains("Latihan: Latihan kecil"))
        #expect(out.contains("Tugas 1/2: Klasifikasikan semua informasi sebagai berkala."))
        #expect(out.contains("✓ Tugas 1 selesai."))
        #expect(out.contains("Tugas 2/2: Dua jam kemudian"))
        #expect(out.contains("✓ Tugas 2 selesai."))
        #expect(out.contains("Tugas selesai:    2 dari 2"))
        #expect(out.contains("Dilewati:         0"))
        #expect(out.contains("Petunjuk dipakai: 0"))
        #expect(out.contains("Waktu (jam simulasi): 2 jam (6 Januari 2025 pukul 08.00 → 6 Januari 2025 pukul 10.00)"))
        #expect(!out.contains("not read"))
        #expect(captured.err.isEmpty)
        #expect(reader.prompts == ["latihan[1/2]> ", "latihan[1/2]> ", "latihan[2/2]> ", "latihan[2/2]> "])

        // The saved session runs standalone, from another folder, to the same registers.
        let script = readText(training.sessionPath)
        #expect(script.contains("# Tugas 1 (selesai): Klasifikasikan"))
        #expect(script.contains("for i in info { classify i as berkala }\n"))
        #expect(!script.contains("show info"))
        let replay = Interpreter(workingDirectory: "/", output: { _ in })
        try replay.run(SourceFile(path: training.sessionPath, text: script))
        #expect(replay.registry.digest() == training.session.rt.registry.digest())
        // Finished: no progress is kept, so the next run starts a new attempt.
        #expect(training.progressPath.map { FileSystem.exists($0) } == false)
    }

    @Test("a hard-coded answer holds on the training data but not on the variant; :undo, then a query, passes")
    func hardCodedAnswer() {
        let dir = temporaryDirectory()
        let (training, captured, reader) = makeTraining(directory: dir, store: nil, lines: [
            "classify lapkeu as berkala",
            "classify dipa as berkala",
            ":undo",
            ":undo",
            ":undo",
            "for i in info where title ~ \"Laporan\" or title ~ \"DIPA\" { classify i as berkala }",
            ":undo",
            "for i in info where holder == kul { classify i as berkala }",
            ":quit",
        ])
        #expect(training.run() == 0)
        let out = captured.out
        // The names fail to run on the variant; the title query runs but misses its items.
        #expect(occurrences(of: "✗ Berhasil di data latihan, tetapi tidak di data kedua — jangan menulis nama atau angka secara langsung.", in: out) == 2)
        #expect(out.contains("`classify lapkeu as berkala` gagal"))
        #expect(captured.err.contains("tidak ada langkah tugas ini yang bisa dibatalkan"))
        #expect(out.contains("✓ Tugas 1 selesai."))
        #expect(occurrences(of: "✓", in: out) == 1)
        #expect(reader.prompts.last == "latihan[2/2]> ")
        // Only the statements that stayed are the task's.
        #expect(training.statements(ofTask: 0) == ["for i in info where holder == kul { classify i as berkala }"])
    }

    @Test("hints one by one, then the last again; :solution shows the solution on one line without running it")
    func hintsAndSolution() {
        let dir = temporaryDirectory()
        let (training, captured, _) = makeTraining(directory: dir, store: nil, lines: [
            ":hint", ":hint", ":hint", ":solution", "print count(info where class == berkala)", ":skip",
            ":solution",
        ])
        #expect(training.run() == 0)
        let out = captured.out
        #expect(out.contains("Petunjuk 1/2: classify NAMA as berkala"))
        #expect(out.contains("Petunjuk 2/2: for i in info { classify i as berkala }"))
        #expect(out.contains("(semua petunjuk sudah ditampilkan"))
        #expect(out.contains("Solusi: for i in info { classify i as berkala }\n0\n"))
        #expect(out.contains("Solusi: wait 2 hours; for i in info where responsible == null { withdraw i \"Usang\" }"))
        #expect(training.tasks[0].hintsShown == 2)
        #expect(training.tasks[0].solutionShown)
        #expect(training.tasks[0].status == .skipped)
    }

    @Test(":skip runs the solution so the next task can be done, and counts as skipped")
    func skip() throws {
        let dir = temporaryDirectory()
        let (training, captured, _) = makeTraining(directory: dir, store: dir, lines: [
            ":skip",
            ":hint",
            "wait 2 hours",
            "for i in info where responsible == null { withdraw i \"Usang\" }",
        ])
        #expect(training.run() == 0)
        let out = captured.out
        #expect(out.contains("Tugas 1 dilewati; solusinya dijalankan:\n  for i in info { classify i as berkala }"))
        #expect(out.contains("✓ Tugas 2 selesai."))
        #expect(out.contains("Tugas selesai:    1 dari 2"))
        #expect(out.contains("Dilewati:         1"))
        #expect(out.contains("Petunjuk dipakai: 1"))
        let script = readText(training.sessionPath)
        #expect(script.contains("# Tugas 1 (dilewati): "))
        #expect(script.contains("# Tugas 2 (selesai, 1 petunjuk): "))
        let replay = Interpreter(workingDirectory: dir, output: { _ in })
        try replay.run(SourceFile(path: training.sessionPath, text: script))
        #expect(replay.registry.digest() == training.session.rt.registry.digest())
    }

    @Test("progress is saved after each entry and a new run resumes it, on both interpreters")
    func resume() {
        let dir = temporaryDirectory()
        let store = dir + "/store"
        let (first, out1, _) = makeTraining(directory: dir, store: store, lines: [
            ":hint",
            "for i in info { classify i as berkala }",
            "wait 2 hours",
        ])
        #expect(first.run() == 0)
        #expect(out1.out.contains("✓ Tugas 1 selesai."))
        #expect(out1.out.contains("Latihan berhenti di tugas 2 dari 2. Progres disimpan di \(store)/"))
        let saved = first.progressPath.flatMap { FileSystem.read($0) }.map { String(decoding: $0, as: UTF8.self) } ?? ""
        #expect(saved.contains("#@ tugas 1 selesai petunjuk 1 solusi 0\n#@ pernyataan 1\nfor i in info { classify i as berkala }\n"))
        #expect(saved.contains("#@ tugas 2 terbuka petunjuk 0 solusi 0\n#@ pernyataan 1\nwait 2 hours\n"))

        // A hard-coded answer after resuming still fails on the variant: the variant was
        // rebuilt with task 1's statements and task 2's so far.
        let (second, out2, reader2) = makeTraining(directory: dir, store: store, lines: [
            "print now",
            "withdraw dipa \"Usang\"",
            ":undo",
            "for i in info where responsible == null { withdraw i \"Usang\" }",
        ])
        #expect(second.run() == 0)
        #expect(out2.out.contains("(melanjutkan latihan: 2 pernyataan diputar ulang, tugas 2 dari 2"))
        #expect(out2.out.contains("Jam: 6 Januari 2025 pukul 10.00   Pelaku: belum ada\n"))
        #expect(out2.out.contains("\n2025-01-06 10:00\n"))
        #expect(out2.out.contains("`withdraw dipa \"Usang\"` gagal"))
        #expect(out2.out.contains("✓ Tugas 2 selesai."))
        #expect(!out2.out.contains("✓ Tugas 1"))
        #expect(out2.out.contains("Petunjuk dipakai: 1"))
        #expect(reader2.prompts.first == "latihan[2/2]> ")
        #expect(second.progressPath.map { FileSystem.exists($0) } == false)
    }

    @Test(":restart starts over with fresh data and drops the progress")
    func restart() {
        let dir = temporaryDirectory()
        let (training, captured, reader) = makeTraining(directory: dir, store: dir, lines: [
            "for i in info { classify i as berkala }",
            ":restart",
            "print \"berkala:\", count(info where class == berkala)",
        ])
        #expect(training.run() == 0)
        #expect(captured.out.contains("✓ Tugas 1 selesai."))
        #expect(captured.out.contains("Latihan diulang dari awal."))
        #expect(captured.out.contains("berkala: 0"))
        #expect(reader.prompts.last == "latihan[1/2]> ")
        let saved = training.progressPath.flatMap { FileSystem.read($0) }.map { String(decoding: $0, as: UTF8.self) } ?? ""
        #expect(saved.contains("#@ tugas 1 terbuka") && !saved.contains("#@ tugas 2"))
    }

    @Test("a progress file from another exercise is not replayed")
    func foreignProgress() {
        let dir = temporaryDirectory()
        let (training, captured, _) = makeTraining(directory: dir, store: dir, lines: [])
        if let path = training.progressPath { writeText(path, "#@ latihan 5 Latihan lain\n") }
        #expect(training.run() == 0)
        #expect(captured.err.contains("bukan untuk latihan ini lagi"))
        #expect(!captured.out.contains("(melanjutkan latihan"))
    }
}
