#if canImport(Glibc)
import Glibc
#endif
import CEditLine
import PPIDRuntime

/// The few terminal facts the prompt needs: whether a descriptor is a terminal, its size,
/// and Ctrl-C.
public enum Terminal {
    /// True when `fd` is a terminal.
    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Rows and columns of the terminal on `fd`; nil when it is not one.
    public static func size(_ fd: Int32 = 1) -> (rows: Int, columns: Int)? {
        var rows: Int32 = 0, cols: Int32 = 0
        guard ppid_terminal_size(fd, &rows, &cols) == 0, rows > 0, cols > 0 else { return nil }
        return (Int(rows), Int(cols))
    }

    /// Ctrl-C sets `interruptRequested` (the evaluator polls it; `el_gets` returns NULL);
    /// installed without SA_RESTART so blocking reads and waits are interrupted. SIGPIPE is
    /// ignored so a pager that quits early does not end the session.
    public static func installInterruptHandler() {
        _ = ppid_install_handler(SIGINT) { _ in
            interruptRequested.store(true, ordering: .relaxed)
        }
        ppid_ignore_sigpipe()
    }

    /// Sets the character type locale (LC_CTYPE only) to a UTF-8 one before libedit starts:
    /// a Swift program starts in the C locale, where libedit drops non-ASCII input, and the
    /// environment's locale may be unset or not UTF-8 (LANG=C). The environment's wins when it
    /// is UTF-8, else C.UTF-8. Returns the locale in effect.
    @discardableResult
    public static func useUTF8CharacterLocale() -> String? {
        let chosen = setlocale(LC_CTYPE, "").map { String(cString: $0) }
        if isUTF8(locale: chosen) { return chosen }
        return setlocale(LC_CTYPE, "C.UTF-8").map { String(cString: $0) } ?? chosen
    }

    /// True for a locale name with a UTF-8 code set (`C.UTF-8`, `en_US.utf8`).
    static func isUTF8(locale name: String?) -> Bool {
        guard let name else { return false }
        let codeSet = name.split(separator: ".", maxSplits: 1).dropFirst().first?.prefix { $0 != "@" }.lowercased()
        return codeSet == "utf-8" || codeSet == "utf8"
    }

    /// Writes text to a descriptor (all of it, retrying interruptions).
    static func write(_ fd: Int32, _ text: String) {
        _ = FileSystem.writeAll(fd, Array(text.utf8))
    }
}
