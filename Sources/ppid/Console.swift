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

    /// The language of messages outside a script's own (`--lang`, else the locale).
    nonisolated(unsafe) static var language: Language = .en

    /// Prints every diagnostic of a failure to stderr.
    static func report(_ failure: ScriptFailure) {
        let color = colorOnStderr
        for d in failure.diagnostics { err(d.rendered(color: color, language: language)) }
    }
}
