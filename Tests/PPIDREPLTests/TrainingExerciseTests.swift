import Testing
import PPIDSyntax
import PPIDModel
import PPIDRuntime
@testable import PPIDREPL

/// The exercises of scripts/training, driven as a trainee who types each task's solution
/// as `:solution` offers it (on one line).
struct TrainingExerciseTests {
    static let root: String = {
        let here = #filePath
        return String(here[..<(here.firstRange(of: "/Tests/")?.lowerBound ?? here.endIndex)])
    }()

    static let exerciseFiles: [String] = {
        let dir = root + "/scripts/training"
        return DirectoryListing.entries(dir).map(\.name).filter { $0.hasSuffix(".ppid") }.sorted().map { dir + "/" + $0 }
    }()

    @Test("there are exercises to drive")
    func found() {
        #expect(Self.exerciseFiles.count >= 7)
    }

    @Test("typing the one-line solutions finishes every exercise, and its saved session replays", arguments: exerciseFiles)
    func solvedAtThePrompt(path: String) throws {
        let file = SourceFile(path: path, bytes: FileSystem.read(path) ?? [])
        let exercises = try Training.exercises(in: file)
        #expect(!exercises.isEmpty)
        for (index, exercise) in exercises.enumerated() {
            var lines: [String] = []
            for task in exercise.tasks {
                let solution = try #require(task.solution)
                lines.append(try #require(TrainingScript.oneLine(solution, file: file), "no one-line solution in \(path)"))
            }
            let captured = Captured()
            var c = REPLConfiguration()
            let dir = temporaryDirectory()
            c.workingDirectory = dir
            c.language = .id
            c.writeOut = { captured.out += $0 }
            c.writeErr = { captured.err += $0 }
            let training = TrainingSession(exercise: exercise, index: index, file: file, exercisePath: path, config: c,
                                           reader: ScriptedLineReader(lines), storeDirectory: dir)
            #expect(training.run() == 0)
            for n in 1...exercise.tasks.count {
                #expect(captured.out.contains("✓ Tugas \(n) selesai."), "task \(n) of \(path)")
            }
            #expect(!captured.out.contains("✗"), "\(path): \(captured.out)")
            #expect(captured.err.isEmpty, "\(path): \(captured.err)")
            #expect(captured.out.contains("Tugas selesai:    \(exercise.tasks.count) dari \(exercise.tasks.count)"))
            // The saved session, run from another folder, ends with its own digest check.
            let script = readText(training.sessionPath)
            let replay = Interpreter(workingDirectory: "/", output: { _ in })
            try replay.run(SourceFile(path: training.sessionPath, text: script))
            #expect(replay.registry.digest() == training.session.rt.registry.digest())
        }
    }
}

struct TrainingScriptTests {
    @Test("solutions on one line", arguments: [
        ("as ppid\nwait 3 hours\ncomplete mk note \"a # b\"", "as ppid; wait 3 hours; complete mk note \"a # b\""),
        ("info x \"T\" {\n  holder kul   # unit\n\n  formats softcopy, hardcopy\n}", "info x \"T\" { holder kul; formats softcopy, hardcopy }"),
        ("for i in info where holder == kul {\n  classify i as dikecualikan {\n    basis \"a\"\n    for 5 years\n  }\n}",
         "for i in info where holder == kul { classify i as dikecualikan { basis \"a\"; for 5 years } }"),
    ])
    func oneLine(source: String, expected: String) {
        let file = SourceFile(path: "s.ppid", text: "exercise \"e\" { task \"t\" { check true; solution {\n" + source + "\n} } }\n")
        let solution = (try? Training.exercises(in: file))?.first?.tasks.first?.solution
        #expect(solution.flatMap { TrainingScript.oneLine($0, file: file) } == expected)
    }

    @Test("the setup as a script: load paths made absolute, indentation taken off")
    func setupText() {
        let dir = temporaryDirectory()
        writeText(dir + "/kalender.ppid", "holiday 2025-03-31 \"Idulfitri\"\n")
        let text = "exercise \"e\" {\n  setup {\n    load \"kalender.ppid\"\n    info x \"T\" {\n      holder kul\n    }\n  }\n}\n"
        let file = SourceFile(path: dir + "/e.ppid", text: text)
        let setup = (try? Training.exercises(in: file))?.first?.setup
        let real = FileSystem.realPath(dir) ?? dir
        #expect(TrainingScript.setupText(setup, file: file, exerciseDirectory: real)
                == "load \"\(real)/kalender.ppid\"\ninfo x \"T\" {\n  holder kul\n}\n")
    }

    @Test("progress survives a round trip, whatever the statements hold")
    func progressRoundTrip() {
        let progress = TrainingProgress(title: "Latihan: dua\nbaris", taskCount: 3, tasks: [
            .init(status: .done, hintsShown: 2, solutionShown: true, statements: ["as ppid", "info x \"T\" {\n#@ tugas 9 selesai petunjuk 0 solusi 0\n}"]),
            .init(status: .skipped, hintsShown: 0, solutionShown: false, statements: []),
            .init(status: .open, hintsShown: 1, solutionShown: false, statements: ["#@ pernyataan 1", "wait 1 day"]),
        ])
        let decoded = TrainingProgress.decode(progress.encoded())
        var expected = progress
        expected.title = "Latihan: dua baris"
        #expect(decoded == expected)
    }

    @Test("damaged progress files are refused", arguments: [
        "",
        "#@ latihan x Judul\n",
        "#@ latihan 2 J\n#@ pernyataan 1\nas ppid\n",
        "#@ latihan 2 J\n#@ tugas 1 terbuka petunjuk 0 solusi 0\n#@ tugas 2 terbuka petunjuk 0 solusi 0\n",
        "#@ latihan 1 J\n#@ tugas 1 selesai petunjuk 0 solusi 0\n#@ tugas 2 terbuka petunjuk 0 solusi 0\n",
        "#@ latihan 2 J\n#@ tugas 1 terbuka petunjuk 0 solusi 0\n#@ pernyataan 5\nas ppid\n",
        "#@ latihan 2 J\n#@ tugas 2 terbuka petunjuk 0 solusi 0\n",
    ])
    func damagedProgress(text: String) {
        #expect(TrainingProgress.decode(text) == nil)
    }
}

/// scripts/training/08-permohonan.ppid driven as a trainee: a request from receipt, through
/// the extension, to a partial grant, with the wrong answers a new officer gives on the way.
struct PermohonanExerciseTests {
    static let path = TrainingExerciseTests.root + "/scripts/training/08-permohonan.ppid"

    static func session(_ lines: [String]) throws -> (TrainingSession, Captured, ScriptedLineReader) {
        let file = SourceFile(path: path, bytes: FileSystem.read(path) ?? [])
        let exercise = try #require(try Training.exercises(in: file).first)
        let captured = Captured()
        var c = REPLConfiguration()
        let dir = temporaryDirectory()
        c.workingDirectory = dir
        c.language = .id
        c.writeOut = { captured.out += $0 }
        c.writeErr = { captured.err += $0 }
        let reader = ScriptedLineReader(lines)
        let training = TrainingSession(exercise: exercise, index: 0, file: file, exercisePath: path, config: c,
                                       reader: reader, storeDirectory: dir)
        return (training, captured, reader)
    }

    static let record = "request p1 { from \"Ahmad Fauzi\"; asks \"Kontrak logistik dan honorarium badan ad hoc\"; purpose \"Pemantauan anggaran Pemilu\"; via desk; wants softcopy; about info where holder == kul }"
    static let partial = "answer requests[1] partial { given info where holder == kul and class != dikecualikan; withheld \"Nomor rekening dan honorarium per orang\"; basis \"Pasal 17 huruf h angka 3 UU 14/2008\"; reason \"Mengungkap rekening bank pribadi\" }"

    @Test("a correct walk-through: receipt, number, due, extension, days left, partial grant on Pasal 17")
    func correctWalkThrough() throws {
        let (training, captured, reader) = try Self.session([
            "as desk_layanan", Self.record,
            "let nomor = requests[1].number",
            "let tenggat = requests[1].received + 10 workdays",
            "wait 6 workdays", "as ppid", "extend requests[1] \"Informasi yang dikecualikan sedang dihitamkan\"",
            "let sisa = workdays(now.date, requests[1].due.date)",
            "wait 2 workdays", Self.partial,
        ])
        #expect(training.run() == 0)
        let out = captured.out
        for n in 1...6 { #expect(out.contains("✓ Tugas \(n) selesai."), "task \(n): \(out)") }
        #expect(!out.contains("✗"))
        #expect(captured.err.isEmpty, "\(captured.err)")
        #expect(out.contains("Tugas selesai:    6 dari 6"))
        #expect(reader.prompts.last == "latihan[6/6]> ")
        let p1 = try #require(training.session.rt.registry.request(named: "p1"))
        #expect(p1.number == "001/PPID/IV/2024")
        #expect(p1.due.description == "2024-05-03T16:00")
        #expect(p1.outcome == .partial && p1.answer?.basis == "Pasal 17 huruf h angka 3 UU 14/2008")
        #expect(p1.answer?.given == ["kontrak_logistik"] && p1.isLate == false)
    }

    @Test("wrong answers are told so: hard-coded items and dates fail on the variant, a wrong due is not accepted, grant of an exempt item is refused")
    func wrongAnswers() throws {
        let (training, captured, reader) = try Self.session([
            "as desk_layanan",
            // The setup's item names: they hold here, not in the second office.
            "request p1 { from \"Ahmad Fauzi\"; asks \"Kontrak\"; purpose \"Pemantauan\"; via desk; about kontrak_logistik, rekening_adhoc }",
            ":undo",
            Self.record,
            "let nomor = requests[1].number",
            // 7 working days is the extension, not the due: the task stays open.
            "let tenggat = requests[1].received + 7 workdays",
            // The setup's date written out: right here, wrong on the variant.
            "tenggat = 2024-04-23T16:00",
            ":undo",
            "tenggat = requests[1].due",
            "wait 6 workdays", "as ppid", "extend requests[1] \"Informasi yang dikecualikan sedang dihitamkan\"",
            "let sisa = workdays(now.date, requests[1].due.date)",
            "wait 2 workdays",
            // Granting in full gives the exempt item: refused, nothing recorded.
            "answer requests[1] grant",
            ":quit",
        ])
        #expect(training.run() == 0)
        let out = captured.out
        #expect(occurrences(of: "✗ Berhasil di data latihan, tetapi tidak di data kedua", in: out) == 2, "\(out)")
        #expect(out.contains("`request p1 { from \"Ahmad Fauzi\"; asks \"Kontrak\"; purpose \"Pemantauan\"; via desk; about kontrak_logistik, rekening_adhoc }` gagal")
                || out.contains("Di kantor kedua, `request p1"), "\(out)")
        for n in 1...5 { #expect(out.contains("✓ Tugas \(n) selesai."), "task \(n)") }
        #expect(!out.contains("✓ Tugas 6 selesai."))
        #expect(captured.err.contains("`rekening_adhoc` adalah informasi yang dikecualikan (Pasal 17 huruf h angka 3 UU 14/2008): jawaban `grant` tidak dapat memberikannya"), "\(captured.err)")
        // Task 3 was asked four times: the 7-day due, the date written out, :undo, the register's due.
        #expect(reader.prompts.filter { $0 == "latihan[3/6]> " }.count == 4, "\(reader.prompts)")
        #expect(training.session.rt.registry.request(named: "p1")?.isOpen == true)
        #expect(training.tasks[5].status == .open)
    }
}

/// scripts/training/09-keberatan.ppid driven as a trainee: an objection to a refused request,
/// its windows, the Atasan PPID's written answer (not the PPID who refused) and the last day
/// for a dispute, with the wrong answers a new officer gives on the way.
struct KeberatanExerciseTests {
    static let path = TrainingExerciseTests.root + "/scripts/training/09-keberatan.ppid"

    static func session(_ lines: [String]) throws -> (TrainingSession, Captured, ScriptedLineReader) {
        let file = SourceFile(path: path, bytes: FileSystem.read(path) ?? [])
        let exercise = try #require(try Training.exercises(in: file).first)
        let captured = Captured()
        var c = REPLConfiguration()
        let dir = temporaryDirectory()
        c.workingDirectory = dir
        c.language = .id
        c.writeOut = { captured.out += $0 }
        c.writeErr = { captured.err += $0 }
        let reader = ScriptedLineReader(lines)
        let training = TrainingSession(exercise: exercise, index: 0, file: file, exercisePath: path, config: c,
                                       reader: reader, storeDirectory: dir)
        return (training, captured, reader)
    }

    static let object = "object requests[1] as k1 { ground a; reason \"Penolakan tidak sesuai Pasal 17\" }"
    static let uphold = "answer objections[1] uphold { reason \"Informasi memuat nomor rekening bank pribadi\" }"

    @Test("a correct walk-through: objection on ground a, its window, its due, who may not answer, the Atasan PPID upholds, the dispute's last day")
    func correctWalkThrough() throws {
        let (training, captured, reader) = try Self.session([
            "as desk_layanan", Self.object,
            "let batas_keberatan = requests[1].answered + 30 workdays",
            "let tenggat = objections[1].received + 30 workdays",
            "let penolak = requests[1].answered_by",
            "wait 20 workdays", "as atasan_ppid", Self.uphold,
            "let batas_sengketa = objections[1].answered + 14 workdays",
        ])
        #expect(training.run() == 0)
        let out = captured.out
        for n in 1...6 { #expect(out.contains("✓ Tugas \(n) selesai."), "task \(n): \(out)") }
        #expect(!out.contains("✗"), "\(out)")
        #expect(captured.err.isEmpty, "\(captured.err)")
        #expect(out.contains("Tugas selesai:    6 dari 6"))
        #expect(reader.prompts.last == "latihan[6/6]> ")
        // On the training data: filed Mon 20 May 2024, due Fri 5 Jul 2024; upheld by the Atasan PPID.
        let k1 = try #require(training.session.rt.registry.objections.first)
        #expect(k1.number == "001/KEB/V/2024" && k1.request == "p3")
        #expect(k1.due.description == "2024-07-05T16:00")
        #expect(k1.outcome == .uphold && k1.answer?.by == "sutrisno" && k1.isLate == false)
        // The same typed statements held on the second office, with its own names and dates.
        let variant = try #require(training.variant)
        let v1 = try #require(variant.registry.objections.first)
        #expect(v1.request == "p8" && v1.number == "001/KEB/IV/2025")
        #expect(v1.outcome == .uphold && v1.answer?.by == "haryanto")
    }

    @Test("wrong answers are told so: the setup's request name and dates fail on the variant, and the PPID who refused may not answer the objection (E491)")
    func wrongAnswers() throws {
        let (training, captured, reader) = try Self.session([
            "as desk_layanan",
            // The setup's request name: it holds here, not in the second office.
            "object p3 as k1 { ground a; reason \"Penolakan tidak sesuai Pasal 17\" }",
            ":undo",
            Self.object,
            // The setup's last day written out: right here, wrong on the variant.
            "let batas_keberatan = 2024-06-04T16:00",
            ":undo",
            "let batas_keberatan = requests[1].answered + 30 workdays",
            // 10 working days is the request's answer time, not the objection's: the task stays open.
            "let tenggat = objections[1].received + 10 workdays",
            "tenggat = objections[1].due",
            // The PPID who refused the request tries to answer the objection: refused, nothing recorded.
            "as ppid", Self.uphold,
            // The setup's PPID by name: wrong on the variant.
            "let penolak = dwi",
            ":undo",
            "let penolak = requests[1].answered_by",
            ":quit",
        ])
        #expect(training.run() == 0)
        let out = captured.out
        #expect(occurrences(of: "✗ Berhasil di data latihan, tetapi tidak di data kedua", in: out) == 3, "\(out)")
        #expect(out.contains("Di kantor kedua, `object p3 as k1"), "\(out)")
        for n in 1...4 { #expect(out.contains("✓ Tugas \(n) selesai."), "task \(n): \(out)") }
        #expect(!out.contains("✓ Tugas 5 selesai."))
        #expect(captured.err.contains("E491"), "\(captured.err)")
        #expect(captured.err.contains("`dwi` sudah menjawab permohonan `p3` sehingga tidak dapat juga menanggapi keberatan `k1`"), "\(captured.err)")
        #expect(captured.err.contains("Atasan PPID menilai jawaban PPID: gunakan `as` untuk bertindak sebagai orang lain"), "\(captured.err)")
        // Task 3 was asked twice: the 10-day due, then the register's due.
        #expect(reader.prompts.filter { $0 == "latihan[3/6]> " }.count == 2, "\(reader.prompts)")
        let k1 = try #require(training.session.rt.registry.objections.first)
        #expect(k1.answer == nil && k1.isOpen)
        #expect(training.tasks[4].status == .open)
    }
}

/// scripts/training/06-deklarasi-klasifikasi.ppid driven as a trainee, for its exemption
/// procedure: a supporter list exempt until the supporters consent (a period with no date),
/// then reopened once they have, with the ground that ends the exemption.
struct KlasifikasiExerciseTests {
    static let path = TrainingExerciseTests.root + "/scripts/training/06-deklarasi-klasifikasi.ppid"

    static func session(_ lines: [String]) throws -> (TrainingSession, Captured, ScriptedLineReader) {
        let file = SourceFile(path: path, bytes: FileSystem.read(path) ?? [])
        let exercise = try #require(try Training.exercises(in: file).first)
        let captured = Captured()
        var c = REPLConfiguration()
        let dir = temporaryDirectory()
        c.workingDirectory = dir
        c.language = .id
        c.writeOut = { captured.out += $0 }
        c.writeErr = { captured.err += $0 }
        let reader = ScriptedLineReader(lines)
        let training = TrainingSession(exercise: exercise, index: 0, file: file, exercisePath: path, config: c,
                                       reader: reader, storeDirectory: dir)
        return (training, captured, reader)
    }

    /// Tasks 1 to 5 as a trainee types them: the DIP item, the open classes, the 5-year exemption.
    static let firstFive = [
        "as ppid",
        "info dip_2025 \"Daftar Informasi Publik Tahun 2025\" { holder phs; responsible ppid.holders[1]; made 2025-01-13; formats softcopy; retention 1 year; media website }",
        "for i in info where title ~ \"Daftar Informasi Publik\" { classify i as setiap_saat }",
        "for i in info where holder == kul { classify i as berkala }",
        "for i in info where title ~ \"Pengumuman\" { classify i as serta_merta }",
        "for i in info where summary ~ \"data pribadi\" { classify i as dikecualikan { basis \"Pasal 17 huruf h UU 14/2008\"; consequence \"Mengungkap data pribadi\"; public_interest \"Tidak ada kepentingan publik yang lebih besar\"; for 5 years } }",
    ]
    static let untilConsent = "for i in info where title ~ \"B.1-KWK\" { classify i as dikecualikan { basis \"Pasal 17 huruf h angka 1 UU 14/2008\"; consequence \"Mengungkap NIK dan alamat pendukung\"; until consent \"persetujuan tertulis para pendukung\" } }"
    static let reopen = "for i in info where title ~ \"B.1-KWK\" { classify i as setiap_saat { ground \"Persetujuan tertulis para pendukung telah diterima\" } }"

    @Test("a correct walk-through: the supporter list exempt until consent (never expired), reopened with a ground, on the setup and the variant")
    func correctWalkThrough() throws {
        let (training, captured, reader) = try Self.session(Self.firstFive + [
            Self.untilConsent,
            // Between the two tasks: the condition is recorded, and no date can pass.
            "print count(dik where condition != null and not expired)",
            Self.reopen,
            "for i in info where made < 2020-01-01 { withdraw i \"Sudah tidak berlaku\" }",
            "for i in info where holder == kul { update i { retention 10 years } }",
            "as desk_layanan",
            "start pemutakhiran_dip_sarolangun as pemutakhiran for info where class in [berkala, serta_merta, setiap_saat] and status != withdrawn",
        ])
        #expect(training.run() == 0)
        let out = captured.out
        for n in 1...10 { #expect(out.contains("✓ Tugas \(n) selesai."), "task \(n): \(out)") }
        #expect(!out.contains("✗"), "\(out)")
        #expect(captured.err.isEmpty, "\(captured.err)")
        #expect(out.contains("Tugas selesai:    10 dari 10"))
        #expect(reader.prompts.filter { $0 == "latihan[7/10]> " }.count == 2, "\(reader.prompts)")
        // Each office's own supporter list, found by its title, went the same way.
        for (registry, name) in [(training.session.rt.registry, "b1_kwk"), (try #require(training.variant).registry, "dukungan_bupati")] {
            let item = try #require(registry.item(named: name), "\(name)")
            #expect(item.infoClass == .setiap_saat && item.exemption == nil, "\(name)")
            let history = registry.history(of: name)
            let last = try #require(history.last)
            #expect(last.what == "exemption" && last.new == "berakhir: Persetujuan tertulis para pendukung telah diterima", "\(name): \(history)")
            #expect(last.old == "Pasal 17 huruf h angka 1 UU 14/2008, until persetujuan tertulis para pendukung", "\(name): \(history)")
            // The reopened list is public now, so it is among the items whose DIP entry is updated.
            #expect(registry.runs.first?.subjects.contains(name) == true, "\(name)")
        }
    }

    @Test("wrong answers are told so: the setup's item name fails on the variant, and reopening without a ground is refused (E499) and leaves the task open")
    func wrongAnswers() throws {
        let (training, captured, _) = try Self.session(Self.firstFive + [
            // The setup's item name: it holds here, not in the second office.
            "classify b1_kwk as dikecualikan { basis \"Pasal 17 huruf h angka 1 UU 14/2008\"; consequence \"Mengungkap NIK pendukung\"; until consent \"persetujuan tertulis para pendukung\" }",
            ":undo",
            Self.untilConsent,
            // The consent has arrived, but the trainee opens the list without saying so.
            "for i in info where title ~ \"B.1-KWK\" { classify i as setiap_saat }",
            ":quit",
        ])
        #expect(training.run() == 0)
        let out = captured.out
        #expect(occurrences(of: "✗ Berhasil di data latihan, tetapi tidak di data kedua", in: out) == 1, "\(out)")
        for n in 1...6 { #expect(out.contains("✓ Tugas \(n) selesai."), "task \(n): \(out)") }
        #expect(!out.contains("✓ Tugas 7 selesai."), "\(out)")
        #expect(captured.err.contains("E499"), "\(captured.err)")
        #expect(captured.err.contains("`b1_kwk` adalah informasi yang dikecualikan: mengklasifikasikannya sebagai setiap_saat memerlukan dasar berakhirnya pengecualian"), "\(captured.err)")
        #expect(training.tasks[6].status == .open)
        let item = try #require(training.session.rt.registry.item(named: "b1_kwk"))
        #expect(item.infoClass == .dikecualikan && item.exemption?.condition == "persetujuan tertulis para pendukung")
    }
}
