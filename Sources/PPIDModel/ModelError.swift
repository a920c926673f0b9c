import PPIDText

/// A rule of the domain that a statement broke, in the officer's terms.
///
/// The runtime turns it into a diagnostic at the statement's position; `code` is stable
/// (tests and `docs/errors.md` refer to it), `text` is what the officer reads, in English and
/// Indonesian, and `notes` add help ("who holds the role", "the exemption ends on ..."). The
/// Model knows no syntax: the runtime adds the statement to type, if any, from `code` and
/// `subject`.
public struct ModelError: Error, Equatable, Sendable, CustomStringConvertible {
    public let code: RuleCode
    public let text: Text
    public let notes: [Text]
    /// What the rule is about (an item, a run, a year), for the runtime's hint.
    public let subject: String?

    public init(_ code: RuleCode, _ text: Text, notes: [Text] = [], subject: String? = nil) {
        self.code = code
        self.text = text
        self.notes = notes
        self.subject = subject
    }

    /// The English message (for tests and logs).
    public var message: String { text.english }

    public var description: String { message }
}
