import ArgumentParser
import PPIDSyntax
import PPIDRuntime
import PPIDText

/// `ppid train EXERCISE`: training mode; `--solve` checks an exercise file (for CI).
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: Console.say(Text(en: "Training mode: walk through an exercise's tasks at the prompt.",
                                   id: "Mode latihan: mengerjakan tugas-tugas sebuah latihan di prompt.")),
        discussion: Console.say(Text(en: """
        Shows the exercise and its first task, runs the setup, and gives a latihan[1/N]> prompt with \
        everything the prompt has. After each entry the task's check is evaluated (on the setup's data \
        and, replaying your statements, on the variant's); :hint, :solution, :skip, :restart and :quit \
        are added. Progress is kept in ~/.ppid/training/, so running it again resumes; at the end a \
        summary is printed and the session saved as a script `ppid run` replays.
        With --solve, run every task's solution on the setup and on the variant instead, and fail unless \
        each check holds after its solution and not before it.
        """, id: """
        Menampilkan latihan dan tugas pertamanya, menjalankan persiapannya, lalu memberikan prompt \
        latihan[1/N]> dengan semua kemampuan prompt. Setelah setiap entri, pemeriksaan tugas dievaluasi \
        (pada data persiapan dan, dengan menjalankan ulang perintah Anda, pada data variannya); tersedia \
        juga :hint, :solution, :skip, :restart, dan :quit. Kemajuan disimpan di ~/.ppid/training/, sehingga \
        latihan dilanjutkan jika dijalankan lagi; di akhir, ringkasan ditampilkan dan sesi disimpan sebagai \
        skrip yang dapat dijalankan ulang dengan `ppid run`.
        Dengan --solve, jawaban setiap tugas dijalankan pada persiapan dan pada varian, dan gagal kecuali \
        setiap pemeriksaan terpenuhi setelah jawabannya dan tidak sebelumnya.
        """))
    )

    @Argument(help: ArgumentHelp(Console.say(Text(en: "An exercise file (scripts/training/*.ppid).", id: "Berkas latihan (scripts/training/*.ppid)."))))
    var file: String

    @Flag(name: .customLong("solve"), help: ArgumentHelp(Console.say(Text(en: "Run the solutions and verify the checks (for CI).",
                                                                          id: "Jalankan jawaban dan verifikasi pemeriksaannya (untuk CI)."))))
    var solve = false

    @Option(name: .customLong("exercise"), help: ArgumentHelp(Console.say(Text(en: "Which exercise of the file to train, when it declares several.",
                                                                               id: "Latihan mana dari berkas itu yang dikerjakan, jika berkas berisi beberapa latihan."))))
    var exerciseNumber = 1

    @OptionGroup var language: LanguageOption

    func run() throws {
        let source = try ScriptLoading.source(file)
        let exercises: [Exercise]
        do { exercises = try Training.exercises(in: source) } catch { Console.report(error); throw ExitCode(error.exitCode) }
        guard !exercises.isEmpty else {
            Console.err(Console.say(Text(en: "ppid: \(file) declares no exercise (exercise \"title\" { ... })",
                                         id: "ppid: \(file) tidak berisi latihan (exercise \"judul\" { ... })")))
            throw ExitCode(65)
        }
        let dir = FileSystem.directory(of: file)
        if solve {
            var failed = false
            for ex in exercises {
                let problems = Training.solve(ex, file: source, workingDirectory: dir)
                let tasks = ex.tasks.count
                if problems.isEmpty {
                    Console.out(Console.say(ex.variant == nil
                        ? Text(en: "✓ \(ex.title): \(count: tasks, "task") solved", id: "✓ \(ex.title): \(tasks) tugas terselesaikan")
                        : Text(en: "✓ \(ex.title): \(count: tasks, "task") solved on the setup and the variant",
                               id: "✓ \(ex.title): \(tasks) tugas terselesaikan pada persiapan dan varian")))
                } else {
                    failed = true
                    Console.report(ScriptFailure(problems))
                    let n = problems.count
                    Console.out(Console.say(Text(en: "✗ \(ex.title): \(count: n, "problem")", id: "✗ \(ex.title): \(n) masalah")))
                }
            }
            if failed { throw ExitCode(1) }
            return
        }
        let n = exercises.count
        guard exerciseNumber >= 1, exerciseNumber <= n else {
            Console.err(Console.say(Text(en: "ppid: \(file) declares \(count: n, "exercise"); --exercise must be 1...\(n)",
                                         id: "ppid: \(file) berisi \(n) latihan; --exercise harus 1...\(n)")))
            throw ExitCode(64)
        }
        try Trainer.run(exercises[exerciseNumber - 1], index: exerciseNumber - 1, file: source, path: file)
    }
}
