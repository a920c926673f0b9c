import PPIDSyntax
import PPIDModel
import PPIDRuntime
import PPIDText

/// Training mode (`ppid train FILE`): the prompt, with an exercise's setup run first and its
/// tasks checked after every entry.
///
/// The trainee types at a `latihan[1/6]> ` prompt that has everything `ppid>` has (it is the
/// same `REPLSession`, driven through `REPLSessionDelegate`). After each entry the current
/// task's check is evaluated on the registers; when it holds and the exercise has a
/// `variant`, the statements the trainee typed for the task are replayed on a second,
/// hidden interpreter set up with the variant, and the task is done only when the check
/// holds there too (a hard-coded name or number fails). Progress is written after every
/// entry, so running the exercise again resumes; at the end a summary is printed and the
/// session is saved as a script that `ppid run` replays.
public final class TrainingSession {
    let exercise: Exercise
    /// The exercise file, as read.
    let file: SourceFile
    /// The folder of the exercise file (for the setup's `load` paths).
    let exerciseDirectory: String
    let exercisePath: String
    let session: REPLSession
    var config: REPLConfiguration { session.config }
    /// Where progress and the finished session are kept; nil keeps no progress (the
    /// session is then saved in the working directory).
    let storeDirectory: String?
    let storeName: String

    /// What the trainer knows of each task.
    struct TaskState {
        var status: TrainingProgress.Status = .open
        var hintsShown = 0
        var solutionShown = false
        /// The index in the session's record units where this task's statements start.
        var firstUnit = 0
    }
    var tasks: [TaskState]
    /// The current task (== the task count once all are closed).
    var current = 0
    /// The variant's interpreter with the statements of every closed task replayed; nil
    /// when it must be built again (after a replay that did not satisfy a check).
    var variant: Interpreter?
    /// The setup as a standalone script (absolute `load` paths).
    let setupText: String
    /// The clock right after the setup: the start of the simulated time taken.
    var startClock: DateTime?
    /// The record size the last check was evaluated at (a check runs only after a change).
    var checkedRecordSize = -1
    /// The progress file's text as last written.
    var writtenProgress: String?
    var progressDisabled = false
    /// Said in the introduction when saved progress was resumed.
    var resumeNote: Text?

    /// - Parameters:
    ///   - exercise: the exercise to train (one of `Training.exercises(in: file)`).
    ///   - index: its position in the file (files declaring several keep apart).
    ///   - exercisePath: the exercise file's path as given (for `load` paths and the names
    ///     of the progress and session files).
    ///   - storeDirectory: where progress and the finished session are kept
    ///     (`~/.ppid/training`); nil keeps no progress.
    public init(exercise: Exercise, index: Int = 0, file: SourceFile, exercisePath: String,
                config: REPLConfiguration, reader: LineReader, storeDirectory: String?) {
        self.exercise = exercise
        self.file = file
        self.exercisePath = exercisePath
        let real = FileSystem.realPath(exercisePath) ?? FileSystem.normalize(exercisePath, cwd: FileSystem.currentDirectory())
        exerciseDirectory = FileSystem.directory(of: real)
        self.storeDirectory = storeDirectory
        storeName = TrainingScript.storeName(exercisePath: exercisePath, index: index)
        tasks = Array(repeating: TaskState(), count: exercise.tasks.count)
        setupText = TrainingScript.setupText(exercise.setup, file: file, exerciseDirectory: exerciseDirectory)
        session = REPLSession(config: config, reader: reader)
        session.delegate = self
    }

    /// The progress file.
    var progressPath: String? { storeDirectory.map { FileSystem.join($0, storeName + ".ppid") } }
    /// Where the finished session is saved.
    var sessionPath: String { FileSystem.join(storeDirectory ?? config.workingDirectory, storeName + "-session.ppid") }

    /// Sets the exercise up (resuming saved progress), then runs the prompt until the
    /// exercise is finished, the trainee quits, or the input ends. Returns the exit code.
    public func run() -> Int32 {
        if let code = startFresh() { return code }
        resumeIfSaved()
        printIntroduction()
        if current < tasks.count {
            checkedRecordSize = session.knownSize
            let code = session.run()
            if code != 0 { return code }
        }
        if current >= tasks.count {
            finish()
        } else {
            saveProgress()
            if let path = progressPath, !progressDisabled {
                let (task, total) = (current + 1, tasks.count)
                out(Text(en: "The exercise stopped at task \(task) of \(total). Progress is saved in \(path);",
                         id: "Latihan berhenti di tugas \(task) dari \(total). Progres disimpan di \(path);"))
                out(Text(en: "run `ppid train \(exercisePath)` again to go on.",
                         id: "jalankan `ppid train \(exercisePath)` lagi untuk melanjutkan."))
            }
        }
        return 0
    }

    /// Runs the setup in a fresh interpreter, starts the record with it, and checks that the
    /// variant sets up. Returns an exit code when the exercise cannot start.
    func startFresh() -> Int32? {
        let rt = session.makeInterpreter()
        session.rt = rt
        do {
            try session.quietly { () throws(ScriptFailure) in
                if let setup = exercise.setup { try rt.runStatements(setup.statements, file: file) }
            }
        } catch {
            for d in error.diagnostics { session.err(d.rendered(color: config.color, language: session.rt.language)) }
            let title = exercise.title
            session.errProgram(Text(en: "the setup of \"\(title)\" does not run, so the exercise cannot start",
                                    id: "persiapan (setup) latihan \"\(title)\" tidak dapat dijalankan, jadi latihan tidak dapat dimulai"))
            return error.exitCode
        }
        session.restartRecord(seed: recordHeader + setupText)
        startClock = rt.registry.clock
        current = 0
        tasks = Array(repeating: TaskState(), count: exercise.tasks.count)
        variant = nil
        if exercise.variant != nil {
            do {
                variant = try Training.prepare(exercise, variant: true, file: file, workingDirectory: config.workingDirectory)
            } catch {
                for d in error.diagnostics { session.err(d.rendered(color: config.color, language: session.rt.language)) }
                let title = exercise.title
                session.errProgram(Text(en: "the variant of \"\(title)\" does not run, so the exercise cannot start",
                                        id: "varian latihan \"\(title)\" tidak dapat dijalankan, jadi latihan tidak dapat dimulai"))
                return error.exitCode
            }
        }
        checkedRecordSize = session.knownSize
        return nil
    }

    /// The comment the record (and so `:save`) starts with.
    var recordHeader: String {
        "# Latihan \(TrainingScript.quoted(exercise.title)) (\(exercisePath)): persiapan\n"
    }

    // MARK: - Output

    func out(_ text: String) { session.out(text) }
    func out(_ text: Text) { session.out(text) }
    /// The language the trainee reads (the session's).
    var language: Language { session.rt.language }

    func bold(_ text: String) -> String { config.color ? "\u{1B}[1m" + text + "\u{1B}[0m" : text }
    func green(_ text: String) -> String { config.color ? "\u{1B}[32m" + text + "\u{1B}[0m" : text }
    func red(_ text: String) -> String { config.color ? "\u{1B}[31m" + text + "\u{1B}[0m" : text }

    /// The exercise's title, how the mode works, the clock and the actor, and the task.
    func printIntroduction() {
        let title = exercise.title
        out(bold(Text(en: "Exercise: \(title)", id: "Latihan: \(title)").text(in: language)))
        for field in exercise.fields where field.name.text == "intro" {
            for value in field.values { if case .literal(.string(let s)) = value.kind { out(s) } }
        }
        let n = tasks.count
        out(Text(en: "\(count: n, "task"). Type statements as at the `ppid>` prompt; each task is checked against the registers.",
                 id: "\(n) tugas. Ketik pernyataan seperti di prompt `ppid>`; setiap tugas diperiksa dari isi register."))
        out(Text(en: "Commands: :hint a hint, :solution put the solution into the line, :skip skip, :restart start over,",
                 id: "Perintah: :hint petunjuk, :solution isi baris dengan solusi, :skip lewati, :restart ulang dari awal,"))
        out(Text(en: "          :task show the task again, :quit stop (progress is saved), :help help.",
                 id: "          :task tampilkan tugas lagi, :quit berhenti (progres disimpan), :help bantuan."))
        out(clockLine())
        if let resumeNote { out(resumeNote) }
        if current < tasks.count { showTask() }
    }

    /// `Jam: 13 Januari 2025 pukul 09.00   Pelaku: dedi` (`Clock: 2025-01-13 09:00   Actor: dedi`).
    func clockLine() -> String {
        let r = session.rt.registry
        let clock = r.clock.map { t -> Text in Text(en: "\(t)", id: "\(t)") }
            ?? Text(en: "not set", id: "belum dipasang")
        let actor = r.actor.map { Text(verbatim: $0) } ?? Text(en: "none", id: "belum ada")
        return Text(en: "Clock: \(clock)   Actor: \(actor)", id: "Jam: \(clock)   Pelaku: \(actor)").text(in: language)
    }

    /// The current task's instruction.
    func showTask() {
        guard current < tasks.count else { return }
        out("")
        let (task, total) = (current + 1, tasks.count)
        out(bold(Text(en: "Task \(task)/\(total):", id: "Tugas \(task)/\(total):").text(in: language)) + " " + exercise.tasks[current].instruction)
    }
}

extension TrainingSession: REPLSessionDelegate {
    func promptText(for session: REPLSession) -> String {
        "latihan[\(min(current + 1, tasks.count))/\(tasks.count)]> "
    }

    func session(_ session: REPLSession, runColonCommand name: String, _ argument: String) -> Bool {
        runTrainingCommand(name, argument)
    }

    func sessionDidFinishEntry(_ session: REPLSession) {
        if session.knownSize != checkedRecordSize {
            checkedRecordSize = session.knownSize
            evaluate()
        }
        if current < tasks.count { saveProgress() }
    }
}
