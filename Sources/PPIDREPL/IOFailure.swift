#if canImport(Glibc)
import Glibc
#endif

/// A file the prompt needs could not be read or written (exit code 74).
public struct IOFailure: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }

    /// The failure for the last system call: `what`, then the system's reason.
    static func fromErrno(_ what: String) -> IOFailure {
        IOFailure(message: what + ": " + String(cString: strerror(errno)))
    }
}
