import PPIDModel
import PPIDRuntime
import PPIDText

/// Everything the prompt takes from the outside world. The executable fills it from the
/// command line, the environment and the terminal; tests fill it with fixed values, so
/// the session itself reads no clock, environment or terminal of its own.
public struct REPLConfiguration {
    /// Shown in the banner.
    public var version = "0.1.0"
    /// Where relative paths of a scratch session resolve.
    public var workingDirectory = "."
    /// A workspace journal: replayed on open, then appended to. Nil: a scratch session.
    public var journalPath: String?
    /// A person at a terminal: banner, prompts, wall clock, history, pager, and errors do not
    /// end the session. False (stdin not a terminal): plain reading, and the first error
    /// ends the session with its exit code.
    public var interactive = true
    /// ANSI colour in diagnostics and the banner.
    public var color = false
    /// The history file (`~/.ppid_history`); nil keeps no history.
    public var historyPath: String?
    /// The most history entries kept.
    public var historyLimit = 1000
    /// Run first, as if typed (`~/.ppidrc`); nil with `--no-init`.
    public var initFile: String?
    /// The actor the session starts with (`ppid --as NAME`): a staff name, or a role one
    /// person holds. Nil: the staff member whose `login` is `userName`, else none.
    public var actor: String?
    /// The operating-system user running the prompt, matched against the staff's `login`
    /// fields (the executable fills it; tests give a fixed name). Nil: no login matching.
    public var userName: String?
    /// Scripts to `:load` before the first prompt (`ppid --load FILE`).
    public var startupLoads: [String] = []
    /// The pager command for output longer than the screen; nil shows everything directly.
    public var pager: String?
    /// The terminal's rows and columns, asked before each entry (nil: not a terminal).
    public var screenSize: () -> (rows: Int, columns: Int)? = { nil }
    /// The local wall clock to the minute; nil outside the interactive prompt.
    public var wallClock: (() -> DateTime)?
    /// A monotonic clock in nanoseconds, only to report how long the replay took.
    public var monotonicNanoseconds: () -> UInt64 = { 0 }
    /// Folders `export` and `render` may also write to.
    public var allowedWriteDirectories: [String] = []
    /// The value-size budget in bytes (`--max-memory`), nil for the default.
    public var maxValueBytes: Int?
    /// The option a refused write names (`ppid --allow-write DIR` at the prompt).
    public var writeAllowanceHint = WriteAllowanceHint.prompt
    /// The name entries are reported under when they are the lines of piped input (`<stdin>`),
    /// with the line numbers of that input; nil: the session's record and its line numbers.
    public var inputName: String?
    /// Standard output and standard error: each call gets text ending in a line break.
    public var writeOut: (String) -> Void = { _ in }
    public var writeErr: (String) -> Void = { _ in }
    /// The language of messages, the banner and help: from `--lang`, else the locale.
    public var language: Language = .en

    /// Keep a snapshot beside the journal (`FILE.ppid.snapshot`, JournalSnapshot.swift), and
    /// how many bytes a replay must have read from the journal's text before it is worth
    /// writing one: below that, replaying is about as quick as reading a snapshot.
    public var snapshots = true
    public var snapshotMinimumBytes = 64 * 1024

    public init() {}
}
