import ArgumentParser
import PPIDSyntax
import PPIDRuntime
import PPIDText

/// `ppid run FILE...`: runs scripts in order in one session, stopping at the first error.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: Console.say(Text(en: "Run scripts, in order, in one session; stop at the first error.",
                                   id: "Menjalankan skrip berurutan dalam satu sesi; berhenti pada kesalahan pertama.")),
        discussion: Console.say(Text(en: "Use - to read a script from standard input. Exit codes: 0 ok, 1 an assert failed, 65 syntax or name error, 66 file not found, 70 runtime error, 74 I/O error.",
                                     id: "Gunakan - untuk membaca skrip dari masukan standar. Kode keluar: 0 berhasil, 1 sebuah assert gagal, 65 kesalahan sintaks atau nama, 66 berkas tidak ditemukan, 70 kesalahan saat berjalan, 74 kesalahan I/O."))
    )

    @Argument(help: ArgumentHelp(Console.say(Text(en: "The scripts to run (- for standard input).", id: "Skrip yang dijalankan (- untuk masukan standar)."))))
    var files: [String]

    @Option(name: .customLong("allow-write"), help: ArgumentHelp(Console.say(Text(en: "Also allow export and render to write into this folder (repeatable).",
                                                                                   id: "Izinkan juga export dan render menulis ke folder ini (dapat diulang)."))))
    var allowWrite: [String] = []

    @OptionGroup var memory: MemoryOption

    @OptionGroup var language: LanguageOption

    mutating func validate() throws {
        guard !files.isEmpty else {
            throw ValidationError(Console.say(Text(en: "name at least one script to run, e.g. ppid run kantor.ppid",
                                                   id: "sebutkan paling sedikit satu skrip yang dijalankan, misalnya ppid run kantor.ppid")))
        }
    }

    func run() throws {
        try Self.runScripts(files, allowWrite: allowWrite, maxValueBytes: memory.bytes)
    }

    /// Runs `files` in order in one session and exits 0, or throws the exit code of the first
    /// failure (reported first). Also reached without the argument parser (FastPath).
    static func runScripts(_ files: [String], allowWrite: [String] = [], maxValueBytes: Int? = nil) throws(ExitCode) {
        let rt = Session.interpreter()
        rt.allowedWriteDirectories = allowWrite
        if let m = maxValueBytes { rt.maxValueBytes = m }
        for path in files {
            let file = try ScriptLoading.source(path)
            do {
                try rt.run(file)
            } catch {
                Console.report(error, language: rt.language)
                throw ExitCode(error.exitCode)
            }
        }
        ExitWithoutTeardown.exit(0, keeping: rt)
    }
}

/// `ppid check FILE...`: parses and resolves names; runs nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: Console.say(Text(en: "Parse scripts and resolve their names; run nothing.",
                                   id: "Memeriksa sintaks dan nama dalam skrip; tidak menjalankan apa pun.")),
        discussion: Console.say(Text(en: "Reports every syntax error and every unknown name (with a suggestion). Exit code 65 when there is any.",
                                     id: "Melaporkan setiap kesalahan sintaks dan setiap nama yang tidak dikenal (dengan saran). Kode keluar 65 jika ada."))
    )

    @Argument(help: ArgumentHelp(Console.say(Text(en: "The scripts to check (- for standard input).", id: "Skrip yang diperiksa (- untuk masukan standar)."))))
    var files: [String]

    @OptionGroup var language: LanguageOption

    func run() throws {
        var worst: Int32 = 0
        for path in files {
            let file = try ScriptLoading.source(path)
            let rt = Session.interpreter()
            do {
                try rt.check(file)
            } catch {
                Console.report(error, language: rt.language)
                worst = max(worst, error.exitCode)
            }
        }
        if worst != 0 { throw ExitCode(worst) }
    }
}

/// `ppid verify FILE...`: runs each script and reports every failed assert.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: Console.say(Text(en: "Run scripts and report every failed assert (digest checkpoints), going on past them.",
                                   id: "Menjalankan skrip dan melaporkan setiap assert yang gagal (titik periksa digest), tanpa berhenti karenanya.")),
        discussion: Console.say(Text(en: "Exit code 1 when any assert failed; other errors stop the script as in `ppid run`.",
                                     id: "Kode keluar 1 jika ada assert yang gagal; kesalahan lain menghentikan skrip seperti pada `ppid run`."))
    )

    @Argument(help: ArgumentHelp(Console.say(Text(en: "The scripts to verify.", id: "Skrip yang diverifikasi."))))
    var files: [String]

    @OptionGroup var language: LanguageOption

    func run() throws {
        var worst: Int32 = 0
        for path in files {
            let file = try ScriptLoading.source(path)
            let rt = Session.interpreter()
            do {
                let failed = try rt.run(file, keepGoingAfterAsserts: true)
                if failed.isEmpty {
                    Console.err(Text(en: "\(path): ok", id: "\(path): berhasil").text(in: rt.language))
                } else {
                    Console.report(ScriptFailure(failed), language: rt.language)
                    Console.err(Text(en: "\(path): \(count: failed.count, "assert") failed", id: "\(path): \(failed.count) assert gagal").text(in: rt.language))
                    worst = max(worst, 1)
                }
            } catch {
                Console.report(error, language: rt.language)
                worst = max(worst, error.exitCode)
            }
        }
        if worst != 0 { throw ExitCode(worst) }
    }
}
