import ArgumentParser
import PPIDSyntax
import PPIDRuntime
import PPIDREPL

/// `ppid repair FILE`: moves a torn last statement (a crash while appending) to FILE.torn.
struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Move a torn last statement of a journal (a crash while writing) to FILE.torn.",
        discussion: "Every whole statement before the torn one is kept; the torn text is appended to FILE.torn. A last statement that is whole and replays but lacks its line break is kept and the line break added. Exit code 0 when the journal then replays."
    )

    @Argument(help: "The journal to repair.")
    var file: String

    func run() throws {
        guard FileSystem.exists(file) else {
            Console.err("ppid: cannot read \(file): no such file")
            throw ExitCode(66)
        }
        let outcome: JournalTail.RepairOutcome
        do {
            outcome = try JournalTail.repair(path: file)
        } catch {
            Console.err("ppid: \(error.message)")
            throw ExitCode(74)
        }
        switch outcome {
        case .nothingToRepair:
            Console.out("\(file): nothing to repair (it ends with complete statements)")
        case .moved(let torn, let tornPath):
            Console.out("\(file): moved the torn text from line \(torn.line), column \(torn.column) "
                        + "(\(torn.text.count) byte\(torn.text.count == 1 ? "" : "s"); \(torn.reason)) to \(tornPath)")
        case .lineBreakAdded(let line):
            Console.out("\(file): the statement ending on line \(line) is whole but had no line break after it; added one (check that it is what was meant)")
        }
        // Say whether what is left replays.
        let source = try ScriptLoading.source(file)
        do {
            try Interpreter(workingDirectory: FileSystem.currentDirectory(), output: { _ in }).run(source)
            Console.out("\(file): replays (\(Parser.parse(source).statements.count) statements)")
        } catch {
            Console.report(error)
            Console.err("\(file): does not replay; fix the statement above")
            throw ExitCode(error.exitCode)
        }
    }
}
