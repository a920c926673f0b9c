#if canImport(Glibc)
import Glibc
#endif
import PPIDText
import PPIDRuntime

/// A workspace journal on disk: the `.ppid` script `ppid FILE.ppid` replays and appends to.
///
/// Appends are one `write` of whole statements ending in a line break, followed by `fsync`,
/// made while holding an exclusive `flock` on the file, so two sessions on one journal take
/// turns and never interleave. A crash between the write and the fsync can leave part of
/// the last append on disk: `JournalTail.torn` finds it and `JournalTail.repair` moves it aside.
public final class JournalFile {
    public let path: String
    private var fd: Int32
    private var locked = false

    public typealias Failure = IOFailure

    /// Opens (creating when missing) the journal at `path`.
    /// A new journal's name is made durable (its folder fsynced) before anything is written to
    /// it, so a crash cannot keep the statements and lose the file.
    public init(path: String) throws(Failure) {
        self.path = path
        var fd = open(path, O_RDWR | O_APPEND | O_CLOEXEC)
        if fd < 0 && errno == ENOENT {
            fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd >= 0 {
                do { try Self.syncDirectory(of: path) } catch {
                    close(fd)
                    throw error
                }
            } else if errno == EEXIST {
                // Another session created it just now.
                fd = open(path, O_RDWR | O_APPEND | O_CLOEXEC)
            }
        }
        guard fd >= 0 else { throw Self.failure(Text(en: "cannot open the journal \(path)", id: "jurnal \(path) tidak dapat dibuka")) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw Failure(Text(en: "cannot open the journal \(path): it is not a regular file", id: "jurnal \(path) tidak dapat dibuka: itu bukan berkas biasa"))
        }
        self.fd = fd
    }

    /// Fsyncs the folder holding `path`, so a file just created there (or renamed into it)
    /// survives a crash. Folders whose file system cannot sync them are left as they are.
    public static func syncDirectory(of path: String) throws(Failure) {
        let dir = FileSystem.directory(of: path)
        let dfd = open(dir.isEmpty ? "." : dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dfd >= 0 else { throw failure(Text(en: "cannot open the folder \(dir) to flush the journal's name to disk", id: "folder \(dir) tidak dapat dibuka untuk menyimpan nama jurnal ke disk")) }
        defer { close(dfd) }
        guard fsync(dfd) == 0 || errno == EINVAL || errno == ENOTSUP else {
            throw failure(Text(en: "cannot flush the folder \(dir) to disk", id: "folder \(dir) tidak dapat disimpan ke disk"))
        }
    }

    deinit { close(fd) }

    /// Takes the exclusive lock, waiting for another session to finish its append. Returns
    /// false when interrupted (Ctrl-C) while waiting.
    ///
    /// When the file at `path` is no longer the one open (an editor saved over it by
    /// renaming), the new file is opened and locked instead, so nothing is appended to a
    /// file nobody will read again.
    public func lock(whileWaiting: () -> Void = {}) throws(Failure) -> Bool {
        if locked { return true }
        for _ in 0..<8 {
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK || errno == EINTR else { throw Self.failure(Text(en: "cannot lock the journal \(path)", id: "jurnal \(path) tidak dapat dikunci")) }
                whileWaiting()
                while flock(fd, LOCK_EX) != 0 {
                    if errno == EINTR { return false }
                    throw Self.failure(Text(en: "cannot lock the journal \(path)", id: "jurnal \(path) tidak dapat dikunci"))
                }
            }
            var open_ = stat(), atPath = stat()
            guard fstat(fd, &open_) == 0, stat(path, &atPath) == 0 else {
                flock(fd, LOCK_UN)
                throw Self.failure(Text(en: "the journal \(path) has gone", id: "jurnal \(path) sudah tidak ada"))
            }
            if open_.st_ino == atPath.st_ino && open_.st_dev == atPath.st_dev {
                locked = true
                return true
            }
            let replacement = open(path, O_RDWR | O_APPEND | O_CLOEXEC)
            flock(fd, LOCK_UN)
            guard replacement >= 0 else { throw Self.failure(Text(en: "cannot open the journal \(path)", id: "jurnal \(path) tidak dapat dibuka")) }
            close(fd)
            fd = replacement
        }
        throw Failure(Text(en: "the journal \(path) keeps being replaced; nothing was changed", id: "jurnal \(path) terus-menerus diganti; tidak ada yang diubah"))
    }

    public func unlock() {
        guard locked else { return }
        flock(fd, LOCK_UN)
        locked = false
    }

    /// The size of the file now, in bytes.
    public func size() throws(Failure) -> Int {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Self.failure(Self.cannotRead(path)) }
        return Int(st.st_size)
    }

    /// The bytes from `offset` to the end.
    public func read(from offset: Int) throws(Failure) -> [UInt8] {
        guard let out = Self.contents(of: fd, from: offset) else { throw Self.failure(Self.cannotRead(path)) }
        return out
    }

    /// The bytes of the open file `fd` from `offset` to the end fstat gives; nil on failure.
    private static func contents(of fd: Int32, from offset: Int) -> [UInt8]? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        let end = Int(st.st_size)
        return end > offset ? FileSystem.read(fd, from: offset, count: end - offset) : []
    }

    static func cannotRead(_ path: String) -> Text {
        Text(en: "cannot read the journal \(path)", id: "jurnal \(path) tidak dapat dibaca")
    }

    /// True when the file is empty or its last byte is a line break (one byte read).
    public func endsWithLineBreak() throws(Failure) -> Bool {
        let end = try size()
        guard end > 0 else { return true }
        guard let last = FileSystem.read(fd, from: end - 1, count: 1), last.count == 1 else {
            throw Self.failure(Self.cannotRead(path))
        }
        return last[0] == 10
    }

    /// Reads the whole file when called, from any thread (the open runs it on the second
    /// core while it decodes the snapshot); nil when it cannot. The file must stay open.
    public func wholeReader() -> @Sendable () -> [UInt8]? {
        let fd = self.fd
        return { Self.contents(of: fd, from: 0) }
    }

    /// Appends `bytes` in one write, then fsyncs. When the write or the fsync fails, the file
    /// is cut back to its old length, so what failed is not in the record (no half statement
    /// stays behind, and a statement the disk may not hold is not replayed next time).
    /// A write past the file-size limit fails with EFBIG: SIGXFSZ is ignored at start-up.
    public func append(_ bytes: [UInt8]) throws(Failure) {
        guard !bytes.isEmpty else { return }
        let before = try size()
        guard FileSystem.writeAll(fd, bytes) else {
            let why = Self.failure(Text(en: "cannot write to the journal \(path)", id: "tidak dapat menulis ke jurnal \(path)"))
            if ftruncate(fd, off_t(before)) == 0 { _ = fsync(fd) }
            throw why
        }
        guard fsync(fd) == 0 else {
            let why = Self.failure(Text(en: "cannot flush the journal \(path) to disk", id: "jurnal \(path) tidak dapat disimpan ke disk"))
            if ftruncate(fd, off_t(before)) == 0 { _ = fsync(fd) }
            throw why
        }
    }

    /// Cuts the file to `length` bytes and fsyncs (`:undo`, `ppid repair`).
    public func truncate(to length: Int) throws(Failure) {
        guard ftruncate(fd, off_t(length)) == 0, fsync(fd) == 0 else {
            throw Self.failure(Text(en: "cannot shorten the journal \(path)", id: "jurnal \(path) tidak dapat dipendekkan"))
        }
    }

    static func failure(_ what: Text) -> Failure { .fromErrno(what) }
}
