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
/// version, ppid version, starting language, prefix length, prefix SHA-256, the payload's
/// SHA-256, the payload: the prefix's line breaks and statements, then the state
/// (Interpreter+Snapshot.swift). Everything the restore keeps is under one of the two hashes.
public enum JournalSnapshot {
    static let magic = Array("ppid journal snapshot\n".utf8)
    /// Bumped whenever the layout of this file changes.
    public static let formatVersion = 2

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
        body.int(SourceFile.lineBreaks(in: journal[0..<length]))
        body.int(statements)
        rt.writeSnapshot(to: &body, journal: path) { f in
            slices.first { $0.0 === f }.map(\.1)
        }
        var w = SnapshotWriter()
        w.int(formatVersion)
        w.str(key.version)
        w.str(key.language.rawValue)
        w.int(length)
        w.raw(SnapshotHash.sha256(journal[0..<length]))
        w.raw(SnapshotHash.sha256(body.bytes))
        w.raw(body.bytes)
        return magic + w.bytes
    }

    /// Restores the snapshot `bytes` into the fresh interpreter `rt` when it matches the
    /// journal and `key`; its `Restored` is nil (and `rt` must be thrown away) otherwise.
    ///
    /// `readJournal` reads the journal's text; it runs on the second core, with the hashes,
    /// while this one decodes the snapshot (reading 10 MB into fresh memory costs about as
    /// much as hashing it). What it read is returned too, so a caller replaying the journal
    /// whole after all does not read it again; nil when it was not read or reading failed.
    /// `journalSize`, when known, turns away a snapshot of a longer prefix before any decoding.
    public static func restore(_ bytes: SourceBytes, into rt: Interpreter, key: Key, path: String, journalSize: Int? = nil,
                               readJournal: @escaping @Sendable () -> [UInt8]?) -> (Restored?, journal: [UInt8]?) {
        guard bytes.count > magic.count, bytes.prefix(magic.count).elementsEqual(magic),
              let base = bytes.unsafeStorage.base else { return (nil, nil) }
        let whole = SnapshotReader(unsafeBytes: base, count: bytes.count, owner: bytes.unsafeStorage.owner)
        var r = SnapshotReader(unsafeBytes: base, count: bytes.count, owner: bytes.unsafeStorage.owner, from: magic.count)
        var check: BackgroundTask<(journal: [UInt8]?, hashes: [[UInt8]])>?
        // However the restore ends, the second thread is joined and what it read returned.
        func ending(_ restored: Restored?) -> (Restored?, journal: [UInt8]?) { (restored, check?.wait().journal) }
        do throws(SnapshotError) {
            guard try r.int() == formatVersion, try r.str() == key.version,
                  try r.word(Language.self) == key.language else { return ending(nil) }
            let length = try r.int()
            guard length > 0, length <= journalSize ?? length else { return ending(nil) }
            let prefixHash = try r.raw()
            let hash = try r.raw()
            var b = try r.nested()
            guard r.isAtEnd else { return ending(nil) }
            let body = b.position..<b.position + b.remaining
            // Under the payload's hash, so kept only once it matches (a line count off by a
            // bit flip would number every later statement wrongly for the whole session).
            let lines = try b.int(), statements = try b.int()
            guard lines >= 1, lines <= length, statements >= 0, statements <= length else { return ending(nil) }
            // The journal read and both hashes on the second core while this one decodes (the
            // decoder is checked and bounded on any bytes); they must match before the restore
            // reads any other file or compiles anything, and nothing decoded is kept unless they do.
            let task = BackgroundTask.start { () -> (journal: [UInt8]?, hashes: [[UInt8]]) in
                guard let journal = readJournal() else { return (nil, []) }
                guard length <= journal.count, journal[length - 1] == 10 else { return (journal, []) }
                return (journal, [SnapshotHash.sha256(journal[0..<length]), whole.sha256(body)])
            }
            check = task
            var slices: [(SourceFile, Int)] = []
            let matches = { task.wait().hashes == [prefixHash, hash] }
            let verify = { () throws(SnapshotError) in
                guard matches() else { throw SnapshotError("the hashes do not match") }
            }
            try rt.restoreSnapshot(from: &b, journal: path, verify: verify) { p, firstLine, offset, count in
                guard p == path, let journal = task.wait().journal, offset >= 0, count >= 0, offset <= length - count,
                      length <= journal.count else { return nil }
                // The whole journal shares its storage instead of a copy.
                let part = offset == 0 && count == journal.count ? journal : Array(journal[offset..<offset + count])
                let f = SourceFile(path: p, bytes: part, firstLine: firstLine)
                slices.append((f, offset))
                return f
            }
            // (A restore that never got as far as `verify` would have thrown.)
            guard matches() else { return ending(nil) }
            return ending(Restored(length: length, lines: lines, statements: statements, slices: slices))
        } catch {
            return ending(nil)
        }
    }

    /// The snapshot file, or nil when there is none or it cannot be read. A long one is
    /// mapped, not read (FileSystem.source): reading 10 MB into fresh memory took five times
    /// as long, a tenth of the whole open. ppid only ever replaces a snapshot by renaming a new
    /// file over it, which leaves the mapped one whole; another program that cut the file short
    /// in place during the open would stop ppid with SIGBUS, and one that rewrote it in place
    /// then could make it decode other bytes than it hashed.
    public static func read(for journal: String) -> SourceBytes? {
        FileSystem.source(path(for: journal))
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
