#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser

/// `ppid`: the language and the prompt for PPID offices.
@main
struct PPIDCommand: ParsableCommand {
    /// `-e` statements start without the argument parser (see FastPath); the rest as usual.
    static func main() {
        // Past the file-size limit (`ulimit -f`) a write must fail with EFBIG, reported as an
        // I/O failure with the statement taken back, rather than the signal killing the process
        // in the middle of an append.
        signal(SIGXFSZ, SIG_IGN)
        if let code = FastPath.run(Array(CommandLine.arguments.dropFirst())) { Glibc.exit(code) }
        main(nil)
    }

    static let configuration = CommandConfiguration(
        commandName: "ppid",
        abstract: "Registers, SOPs and approvals for PPID offices (UU 14/2008), as a small language with a prompt.",
        discussion: """
        Exit codes: 0 ok; 1 an assert failed; 64 usage; 65 syntax or name error;
        66 input not found; 70 runtime error; 74 I/O error.
        """,
        version: "0.1.0",
        subcommands: [RunCommand.self, CheckCommand.self, VerifyCommand.self, RepairCommand.self, TrainCommand.self, PromptCommand.self],
        defaultSubcommand: PromptCommand.self
    )
}
