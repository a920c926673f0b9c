import PPIDSyntax
import PPIDModel
import PPIDRuntime
import PPIDText

/// The interactive prompt: reads entries, runs them, records what changed state.
///
/// Every state-changing statement that succeeds is recorded exactly as typed, preceded by
/// `at`/`as` lines when the clock or the actor differs from what the record says, so the
/// record replays to the same registers (docs/language.md §17, "The journal"). With a journal the record is the file
/// (`ppid FILE.ppid`); otherwise it is kept in memory for `:save`.
public final class REPLSession {
    let config: REPLConfiguration
    let reader: LineReader
    var rt: Interpreter
    /// The record: the journal once opened, else memory.
    var log: SessionLog
    /// The path entries are compiled under: the journal (so errors give its line numbers and
    /// `load` resolves like a replay), or `<repl>`.
    let entryPath: String
    var isJournal: Bool { config.journalPath != nil }

    // What this session knows of the record.
    /// Bytes of the record replayed or written by this session.
    var knownSize = 0
    /// Line breaks in them (entries continue the numbering).
    var knownLines = 0
    /// The last bytes of them, to notice another session rewriting rather than appending.
    var knownTail: [UInt8] = []
    /// The statements this session recorded, oldest first: where each starts in the record
    /// (its `at`/`as` lines included) and its text.
    var units: [(offset: Int, text: String)] = []
    /// The clock and actor a replay of the record ends with.
    var recordedClock: DateTime?
    var recordedActor: String?
    /// This session's actor: its own, always. Set at the start (`--as`, a matching `login`,
    /// else none) and by its own `as` statements, never by another session's or by the
    /// record's; put back into the interpreter after every replay.
    var actor: String?
    /// Where `actor` came from, for the banner and `:status`.
    var actorSource = ActorSource.none
    /// The session's actor before each statement it recorded, by the statement's offset in
    /// the record (`:undo` goes back to it).
    var actorBeforeUnit: [Int: (actor: String?, source: ActorSource)] = [:]

    // The prompt's state.
    /// Set the clock from the wall clock before each entry: only after the officer typed
    /// `at now` (until `at DATE`). Off at the start, so the record never holds a wall-clock
    /// time nobody chose, and a first `at DATE` is never refused for an unseen reading.
    var followWall = false
    /// The wall clock's last reading, which an `at now` is recorded as.
    var lastWallReading: DateTime?
    var history: HistoryFile?
    var historyEntries: [String] = []
    var pagerOn = true
    /// Output of the running entry, held back to see whether it needs the pager.
    var captured: [String]?
    /// True while replaying: the interpreter's output is dropped.
    var quiet = false
    /// The lines of a statement still being typed.
    var pending: [String] = []
    /// How many lines were submitted, and the number of the first line of `pending`.
    var linesSubmitted = 0
    var pendingFirstLine = 1
    var exitCode: Int32 = 0
    var quitRequested = false
    /// How the journal opened, for the banner.
    var openedStatements = 0
    var openedMilliseconds = 0.0
    var journalIsNew = false
    /// The journal's text the interpreter was replayed from (its state refers to them), each
    /// with its offset in the journal: what a snapshot refers to instead of copying.
    var journalSlices: [(SourceFile, Int)] = []
    /// How many bytes of the last replay came from the journal's text (not the snapshot).
    var replayedBytes = 0
    /// The line breaks of the record the last replay read, when it knew them without counting
    /// (a snapshot holds its prefix's): counting 10 MB again was a twentieth of the open.
    var replayedLineBreaks: Int?
    /// The record the last full replay read: what a failed replay is looked at for a torn end.
    var replayedJournal: [UInt8] = []
    /// How many statements the last replay stands for (the snapshot's and the rest).
    var replayedStatements = 0
    /// The language the last replay started in.
    var replayLanguage = Language.en
    /// Another mode driving this prompt (training); nil for the plain prompt.
    weak var delegate: REPLSessionDelegate?

    /// How the session's actor was chosen.
    enum ActorSource: Equatable {
        case none, option, login, statement
    }

    public init(config: REPLConfiguration, reader: LineReader) {
        self.config = config
        self.reader = reader
        entryPath = config.journalPath ?? "<repl>"
        log = MemoryLog()
        rt = Interpreter(workingDirectory: config.workingDirectory, output: { _ in })
        rt.language = config.language
        if config.interactive, let path = config.historyPath {
            history = HistoryFile(path: path, limit: config.historyLimit)
        }
        rt = makeInterpreter()
    }

    /// Opens the journal when there is one, then reads and runs entries until the input ends
    /// or `:quit`. Returns the exit code: 0, or (when not interactive) the first error's.
    public func run() -> Int32 {
        if let code = open() { return code }
        if let history {
            historyEntries = history.load()
            for entry in historyEntries { reader.addHistory(entry) }
        }
        reader.completer = { [unowned self] line in
            Completer.complete(self.pending.map { $0 + "\n" }.joined() + line, in: self.completionContext())
        }
        if config.interactive, let rc = config.initFile { runInitFile(rc) }
        for file in config.startupLoads {
            loadFile(file)
            // Without a terminal the first error ends the run, before any statement is read.
            if !config.interactive && exitCode != 0 { return exitCode }
        }
        loop: while !quitRequested {
            let prompt = config.interactive ? (pending.isEmpty ? delegate?.promptText(for: self) ?? "ppid> " : "...> ") : ""
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                if !pending.isEmpty {
                    if config.interactive {
                        err(Text(en: "(the unfinished statement was dropped)", id: "(perintah yang belum selesai dibuang)"))
                    } else {
                        let text = pending.map { $0 + "\n" }.joined()
                        pending = []
                        runStatements(text)
                    }
                }
                if config.interactive { config.writeOut("\n") }
                break loop
            case .interrupted:
                pending = []
                if !config.interactive {
                    exitCode = 130
                    break loop
                }
            case .line(let line):
                submit(line)
            }
            if !config.interactive && exitCode != 0 { break }
        }
        return exitCode
    }

    /// Takes one typed line, as the loop in `run` does (tests drive sessions with it).
    func submit(_ line: String) {
        linesSubmitted += 1
        if pending.isEmpty { pendingFirstLine = linesSubmitted }
        pending.append(line)
        submitPending()
    }

    /// Runs the lines typed so far when they make a whole entry.
    func submitPending() {
        let text = pending.map { $0 + "\n" }.joined()
        switch InputClassifier.classify(text) {
        case .needsMore:
            return
        case .empty:
            pending = []
        case .colonCommand(let name, let argument):
            pending = []
            remember(text)
            runColonCommand(name, argument)
            delegate?.sessionDidFinishEntry(self)
        case .complete:
            pending = []
            remember(text)
            runStatements(text)
            delegate?.sessionDidFinishEntry(self)
        }
    }

    /// Adds an entry to the history (memory and file): multi-line statements as one entry.
    func remember(_ text: String) {
        var entry = text
        while entry.hasSuffix("\n") { entry.removeLast() }
        guard config.interactive, !entry.isEmpty else { return }
        reader.addHistory(entry)
        if historyEntries.last != entry { historyEntries.append(entry) }
        do {
            try history?.append(entry)
        } catch {
            errProgram(Text(en: "\(error.text) (history is not being saved)", id: "\(error.text) (riwayat tidak disimpan)"))
            history = nil
        }
    }

    /// A fresh interpreter set up for this prompt.
    func makeInterpreter() -> Interpreter {
        let fresh = Interpreter(workingDirectory: config.workingDirectory, output: { [unowned self] in self.emit($0) })
        fresh.allowedWriteDirectories = config.allowedWriteDirectories
        if let m = config.maxValueBytes { fresh.maxValueBytes = m }
        fresh.writeAllowanceHint = config.writeAllowanceHint
        fresh.verbose = config.interactive
        fresh.defaultFormat = rt.defaultFormat
        // The language the session speaks now (`option language` may have changed it).
        fresh.language = rt.language
        if let wall = config.wallClock, config.interactive {
            fresh.wallClock = { [unowned self] in
                let t = wall()
                self.lastWallReading = t
                return t
            }
        }
        return fresh
    }

    // MARK: - Output

    func out(_ text: String) { config.writeOut(text + "\n") }
    func err(_ text: String) { config.writeErr(text + "\n") }
    /// A message in the session's language (a script's `option language` wins).
    func out(_ text: Text) { out(text.text(in: rt.language)) }
    func err(_ text: Text) { err(text.text(in: rt.language)) }
    /// `ppid: MESSAGE` on standard error: a failure of the program rather than of a statement.
    func errProgram(_ text: Text) { err("ppid: " + text.text(in: rt.language)) }

    /// Output of the interpreter: held back while an entry runs when the pager may be needed.
    func emit(_ text: String) {
        if quiet { return }
        if captured != nil { captured?.append(text) } else { config.writeOut(text + "\n") }
    }
}
