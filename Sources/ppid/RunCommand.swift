import ArgumentParser
import PPIDSyntax
import PPIDRuntime

/// `ppid run FILE...`: runs scripts in order in one session, stopping at the first error.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run scripts, in order, in one session; stop at the first error.",
        discussion: "Use - to read a script from standard input. Exit codes: 0 ok, 1 an assert failed, 65 syntax or name error, 66 file not found, 70 runtime error, 74 I/O error."
    )

    @Argument(help: "The scripts to run (- for standard input).")
    var files: [String]

    @Option(name: .customLong("allow-write"), help: "Also allow export and render to write into this folder (repeatable).")
    var allowWrite: [String] = []

    mutating func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one script to run, e.g. ppid run kantor.ppid") }
    }

    func run() throws {
        let rt = Session.interpreter()
        rt.allowedWriteDirectories = allowWrite
        for path in files {
            let file = try ScriptLoading.source(path)
            do {
                try rt.run(file)
            } catch {
                Console.report(error)
                throw ExitCode(error.exitCode)
            }
        }
    }
}

/// `ppid check FILE...`: parses and resolves names; runs nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse scripts and resolve their names; run nothing.",
        discussion: "Reports every syntax error and every unknown name (with a suggestion). Exit code 65 when there is any."
    )

    @Argument(help: "The scripts to check (- for standard input).")
    var files: [String]

    func run() throws {
        var worst: Int32 = 0
        for path in files {
            let file = try ScriptLoading.source(path)
            do {
                try Session.interpreter().check(file)
            } catch {
                Console.report(error)
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
        abstract: "Run scripts and report every failed assert (digest checkpoints), going on past them.",
        discussion: "Exit code 1 when any assert failed; other errors stop the script as in `ppid run`."
    )

    @Argument(help: "The scripts to verify.")
    var files: [String]

    func run() throws {
        var worst: Int32 = 0
        for path in files {
            let file = try ScriptLoading.source(path)
            let rt = Session.interpreter()
            do {
                let failed = try rt.run(file, keepGoingAfterAsserts: true)
                if failed.isEmpty {
                    Console.err("\(path): ok")
                } else {
                    Console.report(ScriptFailure(failed))
                    Console.err("\(path): \(failed.count) assert\(failed.count == 1 ? "" : "s") failed")
                    worst = max(worst, 1)
                }
            } catch {
                Console.report(error)
                worst = max(worst, error.exitCode)
            }
        }
        if worst != 0 { throw ExitCode(worst) }
    }
}
