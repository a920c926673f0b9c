/// A rule of the domain that a statement broke, in the officer's terms.
///
/// The runtime turns it into a diagnostic at the statement's position; `code` is stable
/// (tests and `docs/errors.md` refer to it), `message` is what the officer reads, and `notes`
/// add help ("who holds the role", "the exemption ends on ..."). The Model knows no syntax:
/// the runtime adds the statement to type, if any, from `code` and `subject`.
public struct ModelError: Error, Equatable, Sendable, CustomStringConvertible {
    public let code: RuleCode
    public let message: String
    public let notes: [String]
    /// What the rule is about (an item, a run, a year), for the runtime's hint.
    public let subject: String?

    public init(_ code: RuleCode, _ message: String, notes: [String] = [], subject: String? = nil) {
        self.code = code
        self.message = message
        self.notes = notes
        self.subject = subject
    }

    public var description: String { message }
}
