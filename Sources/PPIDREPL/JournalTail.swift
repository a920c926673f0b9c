#if canImport(Glibc)
import Glibc
#endif
import PPIDSyntax
import PPIDRuntime

/// Finding and moving aside a torn last statement: what a crash in the middle of an
/// append leaves behind. A journal is whole when it ends with complete statements and a
/// line break; otherwise the text from the start of the unfinished statement is torn.
public enum JournalTail {
    /// The torn end of a journal.
    public struct Torn: Equatable, Sendable {
        /// Where the torn text starts: a byte offset, and its line and column.
        public let offset: Int
        public let line: Int
        public let column: Int
        /// The torn bytes (to the end of the file).
        public let text: [UInt8]
        /// Why the end is torn, for the message.
        public let reason: String
    }

    /// The torn end of `bytes`, or nil when the journal ends with complete statements and a
    /// line break. Works on whole lines: the journal writer puts every statement on lines of
    /// its own.
    public static func torn(in bytes: [UInt8], path: String) -> Torn? {
        guard !bytes.isEmpty else { return nil }
        let endsWithNewline = bytes.last == 10
        let (statements, diagnostics) = Parser.parse(SourceFile(path: path, bytes: bytes))
        let incomplete = diagnostics.contains { $0.isIncomplete }
        if endsWithNewline && !incomplete { return nil }
        // Without a final line break the last line is torn at least.
        let limit = endsWithNewline ? bytes.count : (bytes[..<(bytes.count - 1)].lastIndex(of: 10).map { $0 + 1 } ?? 0)
        // Keep the statements lying wholly before the limit, with the rest of their line.
        var cut = 0
        for s in statements {
            let after = lineStart(after: s.range.end, in: bytes)
            guard after <= limit else { break }
            cut = after
        }
        cut = min(cut, limit)
        if !isComplete(bytes, upTo: cut, path: path) {
            // Unusual (a comment or block the statements do not show): step back line by line.
            var steps = 0
            while cut > 0 && steps < 10_000 && !isComplete(bytes, upTo: cut, path: path) {
                cut = bytes[..<(cut - 1)].lastIndex(of: 10).map { $0 + 1 } ?? 0
                steps += 1
            }
        }
        let file = SourceFile(path: path, bytes: bytes)
        let (line, column) = file.location(of: cut)
        let reason = incomplete
            ? "the last statement is not finished (a block, list or text block is still open)"
            : "the file does not end with a line break"
        return Torn(offset: cut, line: line, column: column, text: Array(bytes[cut...]), reason: reason)
    }

    /// The offset just after the line break ending the line that holds `offset`.
    static func lineStart(after offset: Int, in bytes: [UInt8]) -> Int {
        guard offset < bytes.count else { return bytes.count }
        if offset > 0 && bytes[offset - 1] == 10 { return offset }
        return bytes[offset...].firstIndex(of: 10).map { $0 + 1 } ?? bytes.count
    }

    /// True when the first `length` bytes end at a line break (or are empty) and leave
    /// nothing open.
    static func isComplete(_ bytes: [UInt8], upTo length: Int, path: String) -> Bool {
        if length == 0 { return true }
        guard bytes[length - 1] == 10 else { return false }
        let (_, diagnostics) = Parser.parse(SourceFile(path: path, bytes: Array(bytes[..<length])))
        return !diagnostics.contains { $0.isIncomplete }
    }

    /// The message for a torn journal found on open.
    public static func report(_ torn: Torn, path: String) -> String {
        let size = torn.text.count
        return "\(path):\(torn.line):\(torn.column): error: the journal ends with a torn statement: \(torn.reason); "
            + "\(size) byte\(size == 1 ? "" : "s") from here on were probably cut off by a crash while being written\n"
            + "note: run `ppid repair \(path)` to move the torn text to \(path).torn and keep everything before it"
    }

    /// What `repair` did.
    public enum RepairOutcome: Equatable, Sendable {
        case nothingToRepair
        /// The torn text (now in `tornPath`) and where it started.
        case moved(Torn, tornPath: String)
    }

    /// Moves the torn end of the journal at `path` to `path.torn` (appending to it when it
    /// exists) and cuts the journal just before it, holding the journal's lock. The torn
    /// text is made durable before the journal is cut, so a crash during repair loses nothing.
    public static func repair(path: String) throws(JournalFile.Failure) -> RepairOutcome {
        let journal = try JournalFile(path: path)
        guard try journal.lock() else { throw JournalFile.Failure(message: "interrupted while waiting for the journal's lock") }
        defer { journal.unlock() }
        let bytes = try journal.read(from: 0)
        guard let torn = torn(in: bytes, path: path) else { return .nothingToRepair }
        let tornPath = path + ".torn"
        let fd = open(tornPath, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw JournalFile.failure("cannot write \(tornPath)") }
        var text = torn.text
        if text.last != 10 { text.append(10) }
        let ok = FileSystem.writeAll(fd, text) && fsync(fd) == 0
        close(fd)
        guard ok else { throw JournalFile.failure("cannot write \(tornPath)") }
        try journal.truncate(to: torn.offset)
        return .moved(torn, tornPath: tornPath)
    }
}
