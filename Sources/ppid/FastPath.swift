#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import PPIDSyntax
import PPIDRuntime

/// `ppid -e STATEMENT...` and `ppid run FILE...` without the argument parser:
/// swift-argument-parser finds its options by reflection, which costs more at start-up than
/// running a statement does (`ppid run`: 30 M instructions, 8 ms, before the first
/// statement). Anything but plain `-e` pairs, or `run` followed by file names only (none
/// starting with `-`), goes through the parser as usual.
enum FastPath {
    /// The exit code when the arguments (without `--lang`, see LanguageChoice) were handled
    /// here, nil otherwise.
    static func run(_ args: [String]) -> Int32? {
        if args.count >= 2, args[0] == "run", args.dropFirst().allSatisfy({ !$0.hasPrefix("-") }) {
            do throws(ExitCode) {
                try RunCommand.runScripts(Array(args.dropFirst()))
                return 0
            } catch {
                return error.rawValue
            }
        }
        guard !args.isEmpty, args.count % 2 == 0 else { return nil }
        var statements: [String] = []
        var i = 0
        while i < args.count {
            guard args[i] == "-e" else { return nil }
            statements.append(args[i + 1])
            i += 2
        }
        let rt = Session.interpreter()
        rt.writeAllowanceHint = .prompt
        for (n, s) in statements.enumerated() {
            let file = SourceFile(path: statements.count == 1 ? "<command line>" : "<command line \(n + 1)>", text: s)
            do {
                try rt.run(file)
            } catch {
                Console.report(error, language: rt.language)
                return error.exitCode
            }
        }
        return 0
    }
}
