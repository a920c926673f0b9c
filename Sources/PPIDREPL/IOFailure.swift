#if canImport(Glibc)
import Glibc
#endif
import PPIDText
import PPIDRuntime

/// A file the prompt needs could not be read or written (exit code 74).
public struct IOFailure: Error, Sendable, CustomStringConvertible {
    /// What failed, in both languages.
    public let text: Text
    public init(_ text: Text) { self.text = text }
    /// The English text (for callers and logs that show English).
    public var message: String { text.english }
    public var description: String { message }

    /// The failure for the last system call: `what`, then the system's reason (which the
    /// C library gives in its own language).
    static func fromErrno(_ what: Text) -> IOFailure {
        let reason = String(cString: strerror(errno))
        return IOFailure(Text(en: "\(what): \(raw: reason)", id: "\(what): \(raw: reason)"))
    }
}
