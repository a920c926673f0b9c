#if canImport(Glibc)
import Glibc
#endif
import PPIDSyntax
import PPIDRuntime
import PPIDText

/// Writing to the terminal: output to stdout, diagnostics to stderr, colour only when
/// stderr is a terminal and neither NO_COLOR nor TERM=dumb says otherwise.
enum Console {
    static func out(_ s: String) {
        FileSystem.writeAll(1, Array((s + "\n").utf8)) ? () : ()
    }

    static func err(_ s: String) {
        _ = FileSystem.writeAll(2, Array((s + "\n").utf8))
    }

    static var colorOnStderr: Bool {
        guard isatty(2) == 1 else { return false }
        if let nc = getenv("NO_COLOR"), nc.pointee != 0 { return false }
        if let t = getenv("TERM"), String(cString: t) == "dumb" { return false }
        return true
    }

    /// The language of the command line: `--lang`, else the locale, else English
    /// (docs/language.md, "Language"). Decided once, from the arguments and the environment,
    /// before the argument parser reads the help texts, which are written in it.
    static let language: Language = LanguageChoice.from(arguments: Array(CommandLine.arguments.dropFirst()),
                                                        environment: LanguageChoice.localeEnvironment())

    /// A message of the command line in its language.
    static func say(_ text: Text) -> String { text.text(in: language) }

    /// Prints every diagnostic of a failure to stderr, in `language`: the interpreter's
    /// when it ran (a script's `option language` changes it), else the command line's.
    static func report(_ failure: ScriptFailure, language: Language = Console.language) {
        let color = colorOnStderr
        for d in failure.diagnostics { err(d.rendered(color: color, language: language)) }
    }
}
