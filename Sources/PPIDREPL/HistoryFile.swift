#if canImport(Glibc)
import Glibc
#endif
import PPIDText
import PPIDRuntime

/// The prompt's history on disk (`~/.ppid_history`): one entry per line, a multi-line
/// entry with its line breaks written as `\n` (and `\` as `\\`).
///
/// Written after every entry, so a crash loses nothing. Two sessions at once: each append
/// is one `write` to a file opened with O_APPEND, under an exclusive lock on a lock file
/// next to it, so lines never interleave and neither session's entries are lost. The file
/// is trimmed to the newest `limit` entries (write a temporary file, rename) once it grows
/// a quarter past that, also under the lock.
public final class HistoryFile {
    public let path: String
    /// The most entries kept; 0 keeps no history.
    public let limit: Int
    /// Entries believed to be in the file (a lower bound when other sessions append too).
    private var knownCount = 0

    public init(path: String, limit: Int) {
        self.path = path
        self.limit = max(0, limit)
    }

    /// The entries, oldest first, at most `limit`. A last line without its newline (a crash
    /// while writing) is ignored.
    public func load() -> [String] {
        guard limit > 0, let bytes = FileSystem.read(path) else { return [] }
        let entries = Self.decode(bytes)
        knownCount = entries.count
        return Array(entries.suffix(limit))
    }

    /// Appends one entry (several lines allowed); trims the file when it has grown too long.
    public func append(_ entry: String) throws(IOFailure) {
        guard limit > 0, !entry.isEmpty else { return }
        try withLock { () throws(IOFailure) in
            let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw Self.failure(Text(en: "cannot write the history file \(path)", id: "berkas riwayat \(path) tidak dapat ditulis")) }
            defer { close(fd) }
            guard FileSystem.writeAll(fd, Array((Self.encode(entry) + "\n").utf8)) else {
                throw Self.failure(Text(en: "cannot write the history file \(path)", id: "berkas riwayat \(path) tidak dapat ditulis"))
            }
            knownCount += 1
            if knownCount > limit + max(limit / 4, 8) { try trimLocked() }
        }
    }

    /// Keeps the newest `limit` entries. The caller holds the lock.
    private func trimLocked() throws(IOFailure) {
        guard let bytes = FileSystem.read(path) else { return }
        let entries = Self.decode(bytes)
        knownCount = min(entries.count, limit)
        guard entries.count > limit else { return }
        let kept = entries.suffix(limit).map { Self.encode($0) + "\n" }.joined()
        do {
            try FileSystem.writeAtomically(path, Array(kept.utf8))
        } catch {
            throw IOFailure(error.text)
        }
    }

    /// Runs `body` holding an exclusive lock on `path.lock`. The lock is on a separate file
    /// because trimming replaces the history file itself.
    private func withLock(_ body: () throws(IOFailure) -> Void) throws(IOFailure) {
        let lockPath = path + ".lock"
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Self.failure(Text(en: "cannot lock the history file \(lockPath)", id: "berkas riwayat \(lockPath) tidak dapat dikunci")) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw Self.failure(Text(en: "cannot lock the history file \(lockPath)", id: "berkas riwayat \(lockPath) tidak dapat dikunci")) }
        }
        defer { flock(fd, LOCK_UN) }
        try body()
    }

    private static func failure(_ what: Text) -> IOFailure {
        IOFailure.fromErrno(what)
    }

    /// One entry as one line.
    static func encode(_ entry: String) -> String {
        var out = ""
        for c in entry {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.append(c)
            }
        }
        return out
    }

    /// The entries of a history file's bytes; a last line without a newline is dropped.
    static func decode(_ bytes: [UInt8]) -> [String] {
        var entries: [String] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 10 {
            let line = String(decoding: bytes[start..<i], as: UTF8.self)
            start = i + 1
            if line.isEmpty { continue }
            var out = ""
            var escaped = false
            for c in line {
                if escaped {
                    out.append(c == "n" ? "\n" : c)
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else {
                    out.append(c)
                }
            }
            entries.append(out)
        }
        return entries
    }
}
