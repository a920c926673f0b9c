import Synchronization

/// A request, from another thread, that a lexer stop reading: the lexer then acts as if its
/// text ended. A parser running ahead of a run on its own thread (the runtime's ParseAhead)
/// may be in the middle of megabytes of comments or of an overlong statement when the run
/// stops; the lexer looks at this after each comment and each line break inside brackets,
/// and `skipOverlong` between tokens, so the parser ends within a line or a token instead of
/// reading to the end. (A statement within the size limit is read to its end: 1 MiB at most.)
public final class ParseStop: Sendable {
    private let raised = Atomic<Bool>(false)

    public init() {}

    /// Asks the lexers that hold this to stop.
    public func raise() { raised.store(true, ordering: .relaxed) }

    /// Whether `raise` was called.
    @inline(__always) public var isRaised: Bool { raised.load(ordering: .relaxed) }
}
