import ArgumentParser
import PPIDSyntax
import PPIDRuntime
import PPIDREPL
import PPIDText

/// `ppid train FILE`: training mode at the prompt, set up from the terminal and the environment.
enum Trainer {
    /// Runs an exercise interactively (libedit on a terminal, plain reads otherwise); the
    /// simulated clock is the exercise's, never the wall clock.
    static func run(_ exercise: Exercise, index: Int, file: SourceFile, path: String) throws {
        let terminal = Terminal.isTerminal(0)
        var c = REPLConfiguration()
        c.version = PPIDCommand.configuration.version
        c.workingDirectory = FileSystem.currentDirectory()
        c.language = Console.language
        // Errors do not end a training session, even when the input is piped.
        c.interactive = true
        // `ppid train` has no --allow-write: a refused write names no option.
        c.writeAllowanceHint = .none
        c.color = terminal && Console.colorOnStderr
        let home = PromptCommand.environment("HOME").flatMap { $0.isEmpty ? nil : $0 }
        let limit = PromptCommand.environment("PPID_HISTORY_SIZE").flatMap { Int($0) } ?? 1000
        if terminal, let home { c.historyPath = FileSystem.join(home, ".ppid_history") }
        c.historyLimit = limit
        if terminal && Terminal.isTerminal(1) {
            let pager = PromptCommand.environment("PAGER") ?? ""
            c.pager = pager.isEmpty ? "less -FRX" : pager
            c.screenSize = { Terminal.size(1) }
        }
        c.monotonicNanoseconds = { WallClock.monotonicNanoseconds() }
        c.writeOut = { _ = FileSystem.writeAll(1, Array($0.utf8)) }
        c.writeErr = { _ = FileSystem.writeAll(2, Array($0.utf8)) }
        let reader: LineReader
        if terminal {
            Terminal.installInterruptHandler()
            reader = EditLineReader(historyLimit: limit) ?? PlainLineReader()
        } else {
            reader = PlainLineReader()
        }
        let training = TrainingSession(exercise: exercise, index: index, file: file, exercisePath: path, config: c, reader: reader,
                                       storeDirectory: home.map { FileSystem.join($0, ".ppid/training") })
        let code = training.run()
        if code != 0 { throw ExitCode(code) }
    }
}
