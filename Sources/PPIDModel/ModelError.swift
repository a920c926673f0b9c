/// A rule of the domain that a statement broke, in the officer's terms.
///
/// The runtime turns it into a diagnostic at the statement's position; `code` is stable
/// (tests and documentation refer to it), `message` is what the officer reads, and `notes`
/// add help ("who holds the role", "the exemption ends on ...").
public struct ModelError: Error, Equatable, Sendable, CustomStringConvertible {
    public let code: String
    public let message: String
    public let notes: [String]

    public init(_ code: String, _ message: String, notes: [String] = []) {
        self.code = code
        self.message = message
        self.notes = notes
    }

    public var description: String { message }
}
