import PPIDSyntax
import PPIDRuntime
import PPIDText

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
                session.err(Text(en: "no statement of this task can be taken back (those of a finished task stay); :restart starts the exercise over",
                                 id: "tidak ada langkah tugas ini yang bisa dibatalkan (langkah tugas yang sudah selesai tetap); :restart mengulang latihan dari awal"))
                return true
            }
            return false
        case "help", "h", "?":
            guard argument.trimmingBlanks().isEmpty else { return false }
            out(bold(Text(en: "Training mode", id: "Mode latihan").text(in: language))
                + Text(en: " — extra commands:", id: " — perintah tambahan:").text(in: language))
            out(Text(en: "  :hint      the next hint for this task (the last one is the command itself)",
                     id: "  :hint      petunjuk berikutnya untuk tugas ini (yang terakhir adalah perintahnya)"))
            out(Text(en: "  :solution  put this task's solution into the input line, without running it",
                     id: "  :solution  isi baris input dengan solusi tugas ini, tanpa menjalankannya"))
            out(Text(en: "  :skip      skip this task (its solution is run when it can be, so the next tasks can be done)",
                     id: "  :skip      lewati tugas ini (solusinya dijalankan bila bisa, supaya tugas berikutnya dapat dikerjakan)"))
            out(Text(en: "  :restart   start the exercise over (fresh data, progress removed)",
                     id: "  :restart   ulang latihan dari awal (data awal baru, progres dihapus)"))
            out(Text(en: "  :task      show the current task again", id: "  :task      tampilkan tugas sekarang lagi"))
            out(Text(en: "  :quit      stop; progress is saved and resumed at the next `ppid train`",
                     id: "  :quit      berhenti; progres disimpan dan dilanjutkan saat `ppid train` berikutnya"))
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
            out(Text(en: "This task has no hints. :solution puts its solution into the input line.",
                     id: "Tugas ini tidak punya petunjuk. :solution mengisi baris input dengan solusinya."))
            return
        }
        if tasks[current].hintsShown < hints.count {
            tasks[current].hintsShown += 1
        } else {
            out(Text(en: "(every hint has been shown; :solution puts the solution into the input line)",
                     id: "(semua petunjuk sudah ditampilkan; :solution mengisi baris input dengan solusinya)"))
        }
        let n = tasks[current].hintsShown
        let (total, hint) = (hints.count, hints[n - 1])
        out(Text(en: "Hint \(n)/\(total): \(hint)", id: "Petunjuk \(n)/\(total): \(hint)"))
    }

    /// `:solution`: the solution in the input line, not run (printed when the reader cannot
    /// edit the line).
    func showSolution() {
        guard current < tasks.count else { return }
        guard let solution = exercise.tasks[current].solution else {
            out(Text(en: "This task has no solution.", id: "Tugas ini tidak punya solusi."))
            return
        }
        tasks[current].solutionShown = true
        if let line = TrainingScript.oneLine(solution, file: file) {
            if let editor = session.reader as? EditLineReader {
                editor.prefillNextLine(line)
                out(Text(en: "The solution is in the input line: Enter runs it, or change it first.",
                         id: "Solusi ada di baris input: Enter menjalankannya, atau ubah dulu."))
            } else {
                out(Text(en: "Solution: \(line)", id: "Solusi: \(line)"))
            }
        } else {
            out(Text(en: "Solution:", id: "Solusi:"))
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
                let task = current + 1
                out(Text(en: "Task \(task) skipped; its solution was run:", id: "Tugas \(task) dilewati; solusinya dijalankan:"))
                for unit in session.units[before...] { out("  " + unit.text.replacing("\n", with: "\n  ")) }
            } else {
                let task = current + 1
                out(Text(en: "Task \(task) skipped (its solution cannot run in the present state).",
                         id: "Tugas \(task) dilewati (solusinya tidak bisa dijalankan pada keadaan sekarang)."))
            }
        } else {
            let task = current + 1
            out(Text(en: "Task \(task) skipped.", id: "Tugas \(task) dilewati."))
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
        out(Text(en: "The exercise starts over.", id: "Latihan diulang dari awal."))
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
        let (title, total, taken) = (exercise.title, tasks.count, timeTaken())
        out(bold(Text(en: "Exercise finished: \(title)", id: "Latihan selesai: \(title)").text(in: language)))
        out(Text(en: "  Tasks done:       \(done) of \(total)", id: "  Tugas selesai:    \(done) dari \(total)"))
        out(Text(en: "  Skipped:          \(skipped)", id: "  Dilewati:         \(skipped)"))
        out(Text(en: "  Hints used:       \(hints)", id: "  Petunjuk dipakai: \(hints)"))
        out(Text(en: "  Solutions seen:   \(solutions)", id: "  Solusi dilihat:   \(solutions)"))
        out(Text(en: "  Time (simulated clock): \(taken)", id: "  Waktu (jam simulasi): \(taken)"))
        let path = sessionPath
        do {
            if let dir = storeDirectory { try FileSystem.makeDirectories(dir) }
            try FileSystem.writeAtomically(path, Array(sessionScript().utf8))
            out(Text(en: "Session saved in \(path); a supervisor can replay it with `ppid run \(path)`.",
                     id: "Sesi disimpan di \(path); supervisor dapat memutarnya ulang dengan `ppid run \(path)`."))
        } catch {
            let why = error.text
            session.errProgram(Text(en: "\(why) (the training session was not saved)", id: "\(why) (sesi latihan tidak disimpan)"))
        }
        removeProgress()
    }

    /// From the setup's clock to the clock now, e.g. `2 hari 3 jam 10 menit (2025-01-13 08:00 → 2025-01-15 11:10)`.
    func timeTaken() -> Text {
        guard let start = startClock, let end = session.rt.registry.clock else {
            return Text(en: "the clock is not set", id: "jam tidak dipasang")
        }
        let minutes = max(0, end.minutes - start.minutes)
        let (days, hours, mins) = (minutes / 1440, minutes % 1440 / 60, minutes % 60)
        var parts: [Text] = []
        if days > 0 { parts.append(Text(en: "\(count: days, "day")", id: "\(days) hari")) }
        if hours > 0 { parts.append(Text(en: "\(count: hours, "hour")", id: "\(hours) jam")) }
        if mins > 0 || parts.isEmpty { parts.append(Text(en: "\(count: mins, "minute")", id: "\(mins) menit")) }
        let span = parts.dropFirst().reduce(parts[0]) { a, b in Text(en: "\(a) \(b)", id: "\(a) \(b)") }
        let (from, to) = (start, end)
        return Text(en: "\(span) (\(from) → \(to))", id: "\(span) (\(from) → \(to))")
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
