#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import PPIDSyntax
import PPIDRuntime

/// `ppid [FILE.ppid]` and `ppid -e STATEMENT`: the prompt, or statements from the command line.
struct PromptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prompt",
        abstract: "The interactive prompt (the default): ppid, or ppid FILE.ppid for a workspace journal.",
        discussion: "With -e, run the statements given on the command line and exit."
    )

    @Option(name: .customShort("e"), help: "Run these statements and exit (repeatable).")
    var statements: [String] = []

    @Argument(help: "A workspace journal: replayed, then appended to.")
    var journal: String?

    @Flag(name: .customLong("no-init"), help: "Do not run ~/.ppidrc first.")
    var noInit = false

    func run() throws {
        let rt = Session.interpreter()
        if !statements.isEmpty {
            if let j = journal {
                do { try rt.run(try ScriptLoading.source(j)) } catch let e as ScriptFailure { Console.report(e); throw ExitCode(e.exitCode) }
            }
            for (i, s) in statements.enumerated() {
                let file = SourceFile(path: statements.count == 1 ? "<command line>" : "<command line \(i + 1)>", text: s)
                do {
                    try rt.run(file)
                } catch {
                    Console.report(error)
                    throw ExitCode(error.exitCode)
                }
            }
            return
        }
        // Not a terminal: read statements from standard input as a script, no prompt.
        let file = try ScriptLoading.source(journal ?? "-")
        do {
            try rt.run(file)
        } catch {
            Console.report(error)
            throw ExitCode(error.exitCode)
        }
    }
}
