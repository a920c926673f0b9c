import PPIDSyntax
import PPIDRuntime

extension TrainingSession {
    /// The colon commands of training mode (Indonesian synonyms too). False: the prompt's own.
    func runTrainingCommand(_ name: String, _ argument: String) -> Bool {
        switch name {
        case "hint", "petunjuk": showHint()
        case "solution", "solusi": showSolution()
        case "skip", "lewati": skip()
        case "restart", "ulang": restart()
        case "task", "tugas":
            out(clockLine())
            showTask()
        case "undo":
            // Statements of a closed task stay: its ✓ was given for them.
            guard current < tasks.count, session.units.count > tasks[current].firstUnit else {
                session.err("tidak ada langkah tugas ini yang bisa dibatalkan (langkah tugas yang sudah selesai tetap); :restart mengulang latihan dari awal")
                return true
            }
            return false
        case "help", "h", "?":
            guard argument.trimmingBlanks().isEmpty else { return false }
            out(bold("Mode latihan") + " — perintah tambahan:")
            out("  :hint      petunjuk berikutnya untuk tugas ini (yang terakhir adalah perintahnya)")
            out("  :solution  isi baris input dengan solusi tugas ini, tanpa menjalankannya")
            out("  :skip      lewati tugas ini (solusinya dijalankan bila bisa, supaya tugas berikutnya dapat dikerjakan)")
            out("  :restart   ulang latihan dari awal (data awal baru, progres dihapus)")
            out("  :task      tampilkan tugas sekarang lagi")
            out("  :quit      berhenti; progres disimpan dan dilanjutkan saat `ppid train` berikutnya")
            out("")
            return false
        default:
            return false
        }
        return true
    }

    /// `:hint`: the current task's hints one by one; the last is the command itself.
    func showHint() {
        guard current < tasks.count else { return }
        let hints = exercise.tasks[current].hints
        guard !hints.isEmpty else {
            out("Tugas ini tidak punya petunjuk. :solution mengisi baris input dengan solusinya.")
            return
        }
        if tasks[current].hintsShown < hints.count {
            tasks[current].hintsShown += 1
        } else {
            out("(semua petunjuk sudah ditampilkan; :solution mengisi baris input dengan solusinya)")
        }
        let n = tasks[current].hintsShown
        out("Petunjuk \(n)/\(hints.count): \(hints[n - 1])")
    }

    /// `:solution`: the solution in the input line, not run (printed when the reader cannot
    /// edit the line).
    func showSolution() {
        guard current < tasks.count else { return }
        guard let solution = exercise.tasks[current].solution else {
            out("Tugas ini tidak punya solusi.")
            return
        }
        tasks[current].solutionShown = true
        if let line = TrainingScript.oneLine(solution, file: file) {
            if let editor = session.reader as? EditLineReader {
                editor.prefillNextLine(line)
                out("Solusi ada di baris input: Enter menjalankannya, atau ubah dulu.")
            } else {
                out("Solusi: \(line)")
            }
        } else {
            out("Solusi:")
            for stmt in solution.statements {
                out(TrainingScript.dedented(file.text(of: stmt.range), column: TrainingScript.column(of: stmt.range.start, in: file)))
            }
        }
    }

    /// `:skip`: moves on, counted as skipped. The solution is run first when it can be, so
    /// the tasks after it (which build on it) can still be done.
    func skip() {
        guard current < tasks.count else { return }
        let task = exercise.tasks[current]
        if let solution = task.solution, !Training.holds(task, in: session.rt, file: file) {
            let text = solution.statements.map {
                TrainingScript.dedented(file.text(of: $0.range), column: TrainingScript.column(of: $0.range.start, in: file))
            }.joined(separator: "\n")
            let before = session.units.count
            _ = session.replayRecorded(text)
            if Training.holds(task, in: session.rt, file: file) {
                out("Tugas \(current + 1) dilewati; solusinya dijalankan:")
                for unit in session.units[before...] { out("  " + unit.text.replacing("\n", with: "\n  ")) }
            } else {
                out("Tugas \(current + 1) dilewati (solusinya tidak bisa dijalankan pada keadaan sekarang).")
            }
        } else {
            out("Tugas \(current + 1) dilewati.")
        }
        tasks[current].status = .skipped
        // The variant replays a skipped task's statements as far as they run.
        variant = nil
        checkedRecordSize = session.knownSize
        advance()
        evaluate()
    }

    /// `:restart`: the exercise from the start, with fresh data; the progress is dropped.
    func restart() {
        removeProgress()
        if let code = startFresh() {
            session.quitRequested = true
            session.exitCode = code
            return
        }
        out("Latihan diulang dari awal.")
        out(clockLine())
        showTask()
    }

    // MARK: - The end

    /// The summary, and the session saved as a script.
    func finish() {
        let done = tasks.filter { $0.status == .done }.count
        let skipped = tasks.filter { $0.status == .skipped }.count
        let hints = tasks.reduce(0) { $0 + $1.hintsShown }
        let solutions = tasks.filter(\.solutionShown).count
        out("")
        out(bold("Latihan selesai: \(exercise.title)"))
        out("  Tugas selesai:    \(done) dari \(tasks.count)")
        out("  Dilewati:         \(skipped)")
        out("  Petunjuk dipakai: \(hints)")
        out("  Solusi dilihat:   \(solutions)")
        out("  Waktu (jam simulasi): " + timeTaken())
        let path = sessionPath
        do {
            if let dir = storeDirectory { try FileSystem.makeDirectories(dir) }
            try FileSystem.writeAtomically(path, Array(sessionScript().utf8))
            out("Sesi disimpan di \(path); supervisor dapat memutarnya ulang dengan `ppid run \(path)`.")
        } catch {
            session.err("ppid: \(error.message) (sesi latihan tidak disimpan)")
        }
        removeProgress()
    }

    /// From the setup's clock to the clock now, e.g. `2 hari 3 jam 10 menit (2025-01-13 08:00 → 2025-01-15 11:10)`.
    func timeTaken() -> String {
        guard let start = startClock, let end = session.rt.registry.clock else { return "jam tidak dipasang" }
        let minutes = max(0, end.minutes - start.minutes)
        let (days, hours, mins) = (minutes / 1440, minutes % 1440 / 60, minutes % 60)
        var parts: [String] = []
        if days > 0 { parts.append("\(days) hari") }
        if hours > 0 { parts.append("\(hours) jam") }
        if mins > 0 || parts.isEmpty { parts.append("\(mins) menit") }
        return parts.joined(separator: " ") + " (\(start.display) → \(end.display))"
    }

    /// The whole session as a script `ppid run` replays to the same registers: the setup
    /// (its `load` paths absolute), then each task's statements under a comment, then the
    /// digest reached.
    func sessionScript() -> String {
        var out = "# Sesi latihan `ppid train`: \(TrainingProgress.oneLine(exercise.title))\n"
        out += "# Latihan: \(FileSystem.realPath(exercisePath) ?? exercisePath)\n"
        out += "# Putar ulang: ppid run FILE (assert di akhir memeriksa register yang sama).\n\n"
        out += "# Persiapan (setup)\n" + setupText
        for index in tasks.indices {
            let status = tasks[index].status == .done ? "selesai" : tasks[index].status == .skipped ? "dilewati" : "belum selesai"
            let hints = tasks[index].hintsShown
            out += "\n# Tugas \(index + 1) (\(status)\(hints > 0 ? ", \(hints) petunjuk" : "")): "
            out += TrainingProgress.oneLine(exercise.tasks[index].instruction) + "\n"
            for statement in statements(ofTask: index) { out += statement + "\n" }
        }
        out += "\nassert digest() == \"\(session.rt.registry.digest())\"\n"
        return out
    }
}
