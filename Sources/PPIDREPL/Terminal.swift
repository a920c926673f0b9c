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

    /// Writes text to a descriptor (all of it, retrying interruptions).
    static func write(_ fd: Int32, _ text: String) {
        _ = FileSystem.writeAll(fd, Array(text.utf8))
    }
}
