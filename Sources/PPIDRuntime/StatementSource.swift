import PPIDSyntax

/// Where a run takes its statements from: a parser in line, or one parsing ahead on a
/// second thread for a long script (`Interpreter.parseAheadMinimumBytes`).
struct StatementSource {
    private var parser: Parser
    /// The parser running ahead, if any (internal for tests: after `finish`, nothing else
    /// holds it, so a weak reference to it is nil once the source is gone).
    let ahead: ParseAhead?

    init(_ parser: Parser, ahead: Bool) {
        self.parser = parser
        self.ahead = ahead ? ParseAhead.start(parser) : nil
    }

    /// The next step of reading the script.
    mutating func next() -> ParsedStatement {
        if let ahead { return ahead.next() }
        return ParsedStatement(reading: &parser)
    }

    /// Stops a parser running ahead; call it when the run ends, however it ends.
    func finish() { ahead?.finish() }
}

/// One step of reading a script: where it started (the parser's resume offset before it),
/// the statement read (nil at the end of the text), and, when the step met a syntax error,
/// every syntax diagnostic so far (then the reading stops).
struct ParsedStatement: Sendable {
    var before: Int
    var statement: Stmt?
    var errors: [Diagnostic]?

    init(before: Int, statement: Stmt?, errors: [Diagnostic]?) {
        self.before = before
        self.statement = statement
        self.errors = errors
    }

    /// The next step `parser` reads.
    init(reading parser: inout Parser) {
        before = parser.resumeOffset
        let errorsBefore = parser.diagnostics.count
        statement = parser.next()
        errors = parser.diagnostics.count > errorsBefore ? parser.diagnostics : nil
    }

    /// The last step a reading hands out: the end of the text or a syntax error.
    var isLast: Bool { statement == nil || errors != nil }
}
