#if canImport(Glibc)
import Glibc
#endif
import PPIDSyntax
import PPIDModel
import PPIDRuntime
import PPIDText

extension TrainingSession {
    /// What replaying a task's statements on the variant showed.
    enum VariantVerdict: Equatable {
        case holds
        /// A statement that ran on the training data fails on the variant.
        case statementFails(statement: String, message: Text)
        /// The statements ran, but the check does not hold on the variant.
        case checkFails
    }

    /// The state-changing statements typed (and succeeded) while task `index` was current.
    func statements(ofTask index: Int) -> [String] {
        guard index >= 0, index < tasks.count, index <= current else { return [] }
        let units = session.units
        let start = min(tasks[index].firstUnit, units.count)
        let end = index < current && index + 1 < tasks.count ? min(tasks[index + 1].firstUnit, units.count) : units.count
        return start < end ? units[start..<end].map(\.text) : []
    }

    /// After an entry that changed the record: ✓ and on to the next task while the current
    /// task's check holds on the training data and on the variant.
    func evaluate() {
        while current < tasks.count {
            let task = exercise.tasks[current]
            guard Training.holds(task, in: session.rt, file: file) else { return }
            switch checkVariant(task) {
            case .holds:
                break
            case .checkFails:
                out(red(Self.variantFailed.text(in: language)))
                out(Text(en: "  Answers are also tried on a second office with other staff, items and dates. Use role names",
                         id: "  Jawaban diuji juga pada kantor kedua dengan pegawai, informasi dan tanggal lain. Pakai nama peran"))
                out(Text(en: "  (`as ppid`), queries (`info where ...`) or `runs[1]`. :undo takes back the last statement; :hint helps.",
                         id: "  (`as ppid`), kueri (`info where ...`) atau `runs[1]`. :undo membatalkan langkah terakhir; :hint membantu."))
                return
            case .statementFails(let statement, let message):
                out(red(Self.variantFailed.text(in: language)))
                let first = Self.firstLine(statement)
                out(Text(en: "  In the second office, `\(first)` fails: \(message)", id: "  Di kantor kedua, `\(first)` gagal: \(message)"))
                out(Text(en: "  Use role names (`as ppid`), queries (`info where ...`) or `runs[1]`. :undo takes back the last statement.",
                         id: "  Pakai nama peran (`as ppid`), kueri (`info where ...`) atau `runs[1]`. :undo membatalkan langkah terakhir."))
                return
            }
            tasks[current].status = .done
            let number = current + 1
            out(green(Text(en: "✓ Task \(number) done.", id: "✓ Tugas \(number) selesai.").text(in: language)) + " " + clockLine())
            advance()
        }
    }

    /// Replays the current task's statements on the variant and evaluates the check there.
    /// The variant keeps them when the check holds; otherwise it is built again next time.
    func checkVariant(_ task: TaskDecl) -> VariantVerdict {
        guard exercise.variant != nil, let rt = committedVariant() else { return .holds }
        var verdict = VariantVerdict.holds
        for statement in statements(ofTask: current) {
            let result = rt.runEntry(SourceFile(path: "<latihan>", text: statement + "\n"))
            if let failure = result.failure {
                verdict = .statementFails(statement: statement, message: failure.diagnostics.first?.text ?? Text(en: "error", id: "kesalahan"))
                break
            }
        }
        if verdict == .holds && !Training.holds(task, in: rt, file: file) { verdict = .checkFails }
        if verdict != .holds { variant = nil }
        return verdict
    }

    /// The variant with the statements of every closed task replayed (built when needed).
    /// Nil when the exercise has none or it does not set up.
    func committedVariant() -> Interpreter? {
        if let variant { return variant }
        guard exercise.variant != nil,
              let rt = try? Training.prepare(exercise, variant: true, file: file, workingDirectory: config.workingDirectory) else { return nil }
        for index in 0..<min(current, tasks.count) {
            // A skipped task's statements may fail on the variant: the others still run.
            for statement in statements(ofTask: index) {
                _ = rt.runEntry(SourceFile(path: "<latihan>", text: statement + "\n"))
            }
        }
        variant = rt
        return rt
    }

    /// Moves on to the next task (its statements start now), or ends the session.
    func advance() {
        current += 1
        if current < tasks.count {
            tasks[current].firstUnit = session.units.count
            showTask()
        } else {
            session.quitRequested = true
        }
    }

    /// The first line of the verdict that a task's answer holds on the training data only.
    static let variantFailed = Text(en: "✗ It works on the training data but not on the second data — do not write names or numbers directly.",
                                    id: "✗ Berhasil di data latihan, tetapi tidak di data kedua — jangan menulis nama atau angka secara langsung.")

    static func firstLine(_ text: String) -> String {
        let first = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? text
        return first + (text.contains("\n") ? " …" : "")
    }

    // MARK: - Progress

    /// The progress as kept on disk.
    var progress: TrainingProgress {
        var saved: [TrainingProgress.Task] = []
        for index in 0...min(current, tasks.count - 1) where !tasks.isEmpty {
            let t = tasks[index]
            saved.append(.init(status: t.status, hintsShown: t.hintsShown, solutionShown: t.solutionShown, statements: statements(ofTask: index)))
        }
        return TrainingProgress(title: TrainingProgress.oneLine(exercise.title), taskCount: tasks.count, tasks: saved)
    }

    /// Writes the progress file when it changed (after every entry).
    func saveProgress() {
        guard let path = progressPath, let directory = storeDirectory, !progressDisabled else { return }
        let text = progress.encoded()
        guard text != writtenProgress else { return }
        do {
            try FileSystem.makeDirectories(directory)
            try FileSystem.writeAtomically(path, Array(text.utf8))
            writtenProgress = text
        } catch {
            let why = error.text
            session.errProgram(Text(en: "\(why) (training progress is not being saved)", id: "\(why) (progres latihan tidak disimpan)"))
            progressDisabled = true
        }
    }

    /// Removes the progress file (the exercise was finished or started over).
    func removeProgress() {
        guard let path = progressPath, FileSystem.exists(path) else { return }
        unlink(path)
        writtenProgress = nil
    }

    /// Replays saved progress, if there is any for this exercise: the statements of each
    /// task on the prompt's interpreter (the variant is built again when needed).
    func resumeIfSaved() {
        guard let path = progressPath, let bytes = FileSystem.read(path) else { return }
        guard let saved = TrainingProgress.decode(String(decoding: bytes, as: UTF8.self)),
              saved.title == TrainingProgress.oneLine(exercise.title), saved.taskCount == tasks.count else {
            session.err(Text(en: "(the saved progress in \(path) is no longer for this exercise; the exercise starts from the beginning)",
                             id: "(progres lama di \(path) bukan untuk latihan ini lagi; latihan dimulai dari awal)"))
            return
        }
        var replayed = 0
        for (index, task) in saved.tasks.enumerated() {
            current = index
            tasks[index] = TaskState(status: task.status, hintsShown: task.hintsShown, solutionShown: task.solutionShown,
                                     firstUnit: session.units.count)
            for statement in task.statements {
                if let failure = session.replayRecorded(statement) {
                    for d in failure.diagnostics { session.err(d.rendered(color: config.color, language: session.rt.language)) }
                    session.err(Text(en: "(the saved progress in \(path) does not replay; the exercise starts from the beginning)",
                                     id: "(progres lama di \(path) tidak bisa diputar ulang; latihan dimulai dari awal)"))
                    _ = startFresh()
                    return
                }
                replayed += 1
            }
        }
        if let last = saved.tasks.last, last.status != .open {
            current = saved.tasks.count
            if current < tasks.count { tasks[current].firstUnit = session.units.count }
        }
        variant = nil
        writtenProgress = saved.encoded()
        checkedRecordSize = session.knownSize
        guard !saved.tasks.isEmpty else { return }
        let (task, total) = (min(current + 1, tasks.count), tasks.count)
        resumeNote = Text(en: "(resuming the exercise: \(count: replayed, "statement") replayed, task \(task) of \(total); :restart starts from the beginning)",
                          id: "(melanjutkan latihan: \(replayed) pernyataan diputar ulang, tugas \(task) dari \(total); :restart memulai dari awal)")
    }
}
