#if canImport(Glibc)
import Glibc
#endif
import PPIDSyntax
import PPIDModel
import PPIDRuntime
import PPIDText

/// The snapshot beside a workspace journal (`FILE.ppid.snapshot`): the whole session state
/// after replaying the journal's first bytes, so opening it replays only what follows
/// (docs/language.md §17, "The snapshot").
///
/// It is only ever a cache. It names the journal prefix it covers by length and SHA-256, and
/// is used only when the journal's first bytes hash the same, it was written by the same
/// ppid (version and format) for a session starting in the same language, its own contents
/// hash as written, and it decodes completely; otherwise it is ignored and the journal is
/// replayed whole. So it can be deleted at any time, and a snapshot one session wrote can
/// never be applied to a different prefix by another: the prefix is the key, whatever
/// session or journal it came from.
///
/// Layout: the magic line, then varints and length-prefixed fields (SnapshotWriter): format
/// version, ppid version, starting language, prefix length, prefix SHA-256, the prefix's
/// line breaks and statements, the payload's SHA-256, the payload (Interpreter+Snapshot.swift).
public enum JournalSnapshot {
    static let magic = Array("ppid journal snapshot\n".utf8)
    /// Bumped whenever the layout of this file changes.
    public static let formatVersion = 1

    /// The snapshot's path for a journal.
    public static func path(for journal: String) -> String { journal + ".snapshot" }

    /// What a snapshot needs to know of the session that reads or writes it.
    public struct Key: Equatable, Sendable {
        public var version: String
        public var language: Language
        public init(version: String, language: Language) {
            self.version = version
            self.language = language
        }
    }

    /// A snapshot that matched the journal: the prefix it covers and its line count.
    public struct Restored {
        public let length: Int
        public let lines: Int
        public let statements: Int
        /// The journal slices the restored state refers to, with their offsets.
        public let slices: [(SourceFile, Int)]
    }

    /// Encodes `rt`'s state as the snapshot of `journal[0..<length]`.
    public static func encode(_ rt: Interpreter, key: Key, path: String, journal: [UInt8], length: Int, statements: Int,
                              slices: [(SourceFile, Int)]) -> [UInt8] {
        var body = SnapshotWriter()
        rt.writeSnapshot(to: &body, journal: path) { f in
            slices.first { $0.0 === f }.map(\.1)
        }
        var w = SnapshotWriter()
        w.int(formatVersion)
        w.str(key.version)
        w.str(key.language.rawValue)
        w.int(length)
        w.raw(SnapshotHash.sha256(journal[0..<length]))
        w.int(SourceFile.lineBreaks(in: journal[0..<length]))
        w.int(statements)
        w.raw(SnapshotHash.sha256(body.bytes))
        w.raw(body.bytes)
        return magic + w.bytes
    }

    /// Restores the snapshot `bytes` into the fresh interpreter `rt` when it matches `journal`
    /// and `key`; nil (and `rt` must be thrown away) otherwise.
    public static func restore(_ bytes: [UInt8], into rt: Interpreter, key: Key, journal: [UInt8],
                               path: String) -> Restored? {
        guard bytes.count > magic.count, Array(bytes[0..<magic.count]) == magic else { return nil }
        var r = SnapshotReader(bytes, from: magic.count)
        do throws(SnapshotError) {
            guard try r.int() == formatVersion, try r.str() == key.version,
                  try r.word(Language.self) == key.language else { return nil }
            let length = try r.int()
            guard length > 0, length <= journal.count, journal[length - 1] == 10 else { return nil }
            let prefixHash = Array(try r.raw())
            let lines = try r.int(), statements = try r.int()
            guard lines >= 1, statements >= 0 else { return nil }
            let hash = Array(try r.raw())
            var b = try r.nested()
            guard r.isAtEnd else { return nil }
            // Both hashes on the second core while this one decodes (the decoder is checked and
            // bounded on any bytes); they must match before the restore reads any other file
            // or compiles anything, and nothing decoded is kept unless they do.
            let body = b.position..<b.position + b.remaining
            let hashes = BackgroundTask.start { [SnapshotHash.sha256(journal[0..<length]), SnapshotHash.sha256(bytes[body])] }
            defer { _ = hashes.wait() }
            var slices: [(SourceFile, Int)] = []
            let matches = { hashes.wait() == [prefixHash, hash] }
            let verify = { () throws(SnapshotError) in
                guard matches() else { throw SnapshotError("the hashes do not match") }
            }
            try rt.restoreSnapshot(from: &b, journal: path, verify: verify) { p, firstLine, offset, count in
                guard p == path, offset >= 0, count >= 0, offset <= length - count else { return nil }
                // The whole journal shares its storage instead of a copy.
                let part = offset == 0 && count == journal.count ? journal : Array(journal[offset..<offset + count])
                let f = SourceFile(path: p, bytes: part, firstLine: firstLine)
                slices.append((f, offset))
                return f
            }
            // (A restore that never got as far as `verify` would have thrown.)
            guard matches() else { return nil }
            return Restored(length: length, lines: lines, statements: statements, slices: slices)
        } catch {
            return nil
        }
    }

    /// Reads the snapshot file, or nil when there is none or it cannot be read.
    public static func read(for journal: String) -> [UInt8]? {
        FileSystem.read(path(for: journal))
    }

    /// Writes `bytes` as the journal's snapshot, atomically: to a temporary file in the same
    /// folder, then renamed over the old one, so a reader sees the old snapshot or the new
    /// one, never half of one. Not synced: after a crash the file may be short or empty,
    /// which its length and SHA-256 reveal, and it is then ignored like any damaged one.
    /// False when it could not be written (the temporary file is then removed): the journal
    /// is untouched either way.
    @discardableResult
    public static func write(_ bytes: [UInt8], for journal: String) -> Bool {
        let target = path(for: journal)
        let temp = target + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        let ok = FileSystem.writeAll(fd, bytes)
        close(fd)
        guard ok, rename(temp, target) == 0 else {
            unlink(temp)
            return false
        }
        return true
    }
}
