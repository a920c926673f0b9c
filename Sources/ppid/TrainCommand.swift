import ArgumentParser
import PPIDSyntax
import PPIDRuntime

/// `ppid train EXERCISE`: training mode; `--solve` checks an exercise file (for CI).
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Training mode: walk through an exercise's tasks at the prompt.",
        discussion: """
        Shows the exercise and its first task, runs the setup, and gives a latihan[1/N]> prompt with \
        everything the prompt has. After each entry the task's check is evaluated (on the setup's data \
        and, replaying your statements, on the variant's); :hint, :solution, :skip, :restart and :quit \
        are added. Progress is kept in ~/.ppid/training/, so running it again resumes; at the end a \
        summary is printed and the session saved as a script `ppid run` replays.
        With --solve, run every task's solution on the setup and on the variant instead, and fail unless \
        each check holds after its solution and not before it.
        """
    )

    @Argument(help: "An exercise file (scripts/training/*.ppid).")
    var file: String

    @Flag(name: .customLong("solve"), help: "Run the solutions and verify the checks (for CI).")
    var solve = false

    @Option(name: .customLong("exercise"), help: "Which exercise of the file to train, when it declares several.")
    var exerciseNumber = 1

    func run() throws {
        let source = try ScriptLoading.source(file)
        let exercises: [Exercise]
        do { exercises = try Training.exercises(in: source) } catch { Console.report(error); throw ExitCode(error.exitCode) }
        guard !exercises.isEmpty else {
            Console.err("ppid: \(file) declares no exercise (exercise \"title\" { ... })")
            throw ExitCode(65)
        }
        let dir = FileSystem.directory(of: file)
        if solve {
            var failed = false
            for ex in exercises {
                let problems = Training.solve(ex, file: source, workingDirectory: dir)
                if problems.isEmpty {
                    Console.out("✓ \(ex.title): \(ex.tasks.count) tasks solved" + (ex.variant == nil ? "" : " on the setup and the variant"))
                } else {
                    failed = true
                    Console.report(ScriptFailure(problems))
                    Console.out("✗ \(ex.title): \(problems.count) problem\(problems.count == 1 ? "" : "s")")
                }
            }
            if failed { throw ExitCode(1) }
            return
        }
        guard exerciseNumber >= 1, exerciseNumber <= exercises.count else {
            Console.err("ppid: \(file) declares \(exercises.count) exercise\(exercises.count == 1 ? "" : "s"); --exercise must be 1...\(exercises.count)")
            throw ExitCode(64)
        }
        try Trainer.run(exercises[exerciseNumber - 1], index: exerciseNumber - 1, file: source, path: file)
    }
}
