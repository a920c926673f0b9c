import PPIDSyntax
import PPIDModel
import PPIDText

/// Exercises: setting them up on a fresh office, evaluating a task's check, and solving
/// them (`ppid train FILE --solve`, and what `ppid run` does with an exercise file).
public enum Training {
    /// All the exercises a file declares.
    public static func exercises(in file: SourceFile) throws(ScriptFailure) -> [Exercise] {
        let (stmts, ds) = Parser.parse(file)
        if !ds.isEmpty { throw ScriptFailure(ds) }
        return stmts.compactMap { if case .exercise(let e) = $0.kind { return e }; return nil }
    }

    /// A fresh interpreter with the exercise's setup (or its variant) run in it.
    public static func prepare(_ ex: Exercise, variant: Bool, file: SourceFile, workingDirectory: String,
                               output: @escaping (String) -> Void = { _ in }) throws(ScriptFailure) -> Interpreter {
        let rt = Interpreter(workingDirectory: workingDirectory, output: output)
        rt.currentFile = file
        if let b = variant ? ex.variant : ex.setup { try rt.runStatements(b.statements, file: file) }
        // The trainee starts with no actor, as a prompt session does: the setup's last `as`
        // is not inherited, and (as at the prompt) a change then needs an `as` first.
        rt.changesNeedActor = rt.registry.actor != nil
        rt.registry.clearActor()
        return rt
    }

    /// Whether a task's check holds in an interpreter's state (false when it cannot be evaluated).
    public static func holds(_ task: TaskDecl, in rt: Interpreter, file: SourceFile) -> Bool {
        guard let check = task.check else { return false }
        var c = Compiler(rt: rt, file: file)
        let saved = rt.globals.count
        defer { if rt.globals.count > saved { rt.globals.removeSubrange(saved...) } }
        do throws(Compiler.Failure) {
            let node = try c.expr(check)
            do { return try node.eval(rt).isTruthy } catch { return false }
        } catch {
            return false
        }
    }

    /// Solves an exercise: on the setup and on the variant, each task's check must not hold
    /// before its solution and must hold after it. Returns the problems found (none: solved).
    public static func solve(_ ex: Exercise, file: SourceFile, workingDirectory: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for variant in ex.variant == nil ? [false] : [false, true] {
            let which = variant ? Text(en: "on the variant", id: "pada varian (`variant`)")
                                : Text(en: "on the setup", id: "pada persiapan (`setup`)")
            let rt: Interpreter
            do {
                rt = try prepare(ex, variant: variant, file: file, workingDirectory: workingDirectory)
            } catch {
                return error.diagnostics
            }
            for (i, task) in ex.tasks.enumerated() {
                if task.check == nil {
                    problems.append(Diagnostic(.badValue, Text(en: "task \(i + 1) has no check", id: "tugas \(i + 1) tidak memiliki `check`"),
                                               file: file, range: task.range))
                    continue
                }
                if holds(task, in: rt, file: file) {
                    problems.append(Diagnostic(.assertionFailed,
                                               Text(en: "task \(i + 1): the check already holds before the solution \(which)",
                                                    id: "tugas \(i + 1): `check` sudah terpenuhi sebelum `solution` dijalankan \(which)"),
                                               file: file, range: task.check?.range ?? task.range))
                }
                guard let sol = task.solution else {
                    problems.append(Diagnostic(.badValue, Text(en: "task \(i + 1) has no solution", id: "tugas \(i + 1) tidak memiliki `solution`"),
                                               file: file, range: task.range))
                    continue
                }
                do {
                    try rt.runStatements(sol.statements, file: file)
                } catch {
                    problems.append(contentsOf: error.diagnostics)
                    break
                }
                if !holds(task, in: rt, file: file) {
                    problems.append(Diagnostic(.assertionFailed,
                                               Text(en: "task \(i + 1): the check does not hold after the solution \(which)",
                                                    id: "tugas \(i + 1): `check` tidak terpenuhi setelah `solution` dijalankan \(which)"),
                                               file: file, range: task.check?.range ?? task.range))
                }
            }
        }
        return problems
    }
}

extension Interpreter {
    /// Compiles and runs statements of an already parsed text, each in its own transaction.
    public func runStatements(_ stmts: [Stmt], file: SourceFile) throws(ScriptFailure) {
        let problems = collectDeclarations(stmts, file: file)
        if !problems.isEmpty { pendingNames = [:]; throw ScriptFailure(problems) }
        defer { pendingNames = [:] }
        var c = Compiler(rt: self, file: file)
        let nodes = c.compileTop(stmts)
        if !c.diagnostics.isEmpty { throw ScriptFailure(c.diagnostics + loadDiagnostics) }
        let saved = currentFile
        currentFile = file
        defer { currentFile = saved }
        for n in nodes {
            do { try executeStatement(n) } catch { throw ScriptFailure([error.diagnostic(fallback: file)]) }
        }
    }
}

/// An `exercise` in a script being run: it is solved (setup, variant, every task's
/// solution and check), so running an exercise file tests it.
final class ExerciseNode: StmtNode {
    let exercise: Exercise
    let file: SourceFile
    init(_ e: Exercise, file: SourceFile, _ range: SourceRange) {
        exercise = e
        self.file = file
        super.init(range)
    }
    override var changesState: Bool { false }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let problems = Training.solve(exercise, file: file, workingDirectory: rt.workingDirectory)
        if let p = problems.first {
            throw RuntimeError(p.code == .assertionFailed ? .assertionFailed : p.code, p.text, at: p.range, file: p.file,
                               notes: problems.dropFirst().map { .init($0.text, file: $0.file, range: $0.range) })
        }
        let title = exercise.title, tasks = exercise.tasks.count
        try rt.emit(exercise.variant == nil
            ? Text(en: "exercise \"\(title)\": \(count: tasks, "task") solved", id: "latihan \"\(title)\": \(tasks) tugas terselesaikan")
            : Text(en: "exercise \"\(title)\": \(count: tasks, "task") solved on the setup and the variant",
                   id: "latihan \"\(title)\": \(tasks) tugas terselesaikan pada persiapan (`setup`) dan varian (`variant`)"))
        return .normal
    }
}
