/// Where the prompt gets its lines: libedit on a terminal, plain reads otherwise, a list
/// of lines in tests.
public protocol LineReader: AnyObject {
    /// Reads one line (without its newline), showing `prompt` when the reader has a screen.
    func readLine(prompt: String) -> LineReadResult
    /// Adds one entry (possibly several lines) to the in-memory history (Up arrow).
    func addHistory(_ entry: String)
    /// Where Tab asks for completions: the text of the statement so far (earlier lines
    /// included) up to the cursor, and the candidates; nil turns completion off.
    var completer: ((String) -> Completion)? { get set }
}

/// What one read produced.
public enum LineReadResult: Equatable, Sendable {
    case line(String)
    /// Ctrl-C while typing: drop the input typed so far.
    case interrupted
    /// Ctrl-D on an empty line, or the end of the input.
    case endOfInput
}

/// Lines given in advance (tests, and `:load`-like replays of typed input).
public final class ScriptedLineReader: LineReader {
    private var lines: [LineReadResult]
    /// The prompts shown, in order (tests check the continuation prompt).
    public private(set) var prompts: [String] = []
    /// Entries added to history.
    public private(set) var history: [String] = []
    public var completer: ((String) -> Completion)?

    public init(_ lines: [String]) { self.lines = lines.map { .line($0) } }
    public init(results: [LineReadResult]) { lines = results }

    public func readLine(prompt: String) -> LineReadResult {
        prompts.append(prompt)
        return lines.isEmpty ? .endOfInput : lines.removeFirst()
    }

    public func addHistory(_ entry: String) { history.append(entry) }
}
