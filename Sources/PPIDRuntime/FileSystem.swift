#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PPIDSyntax
import PPIDText

/// The few file operations the runtime needs, on POSIX calls (no Foundation).
public enum FileSystem {
    public struct Failure: Error, Sendable {
        /// What went wrong, in both languages (the system's reason in its own words).
        public let text: Text
        /// The English text.
        public var message: String { text.english }
    }

    /// The whole file, or nil when it cannot be read.
    public static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return readToEnd(fd, size: Int(st.st_size))
    }

    /// The open file `fd` from its start to its end, `size` (what fstat said) read at once.
    private static func readToEnd(_ fd: Int32, size: Int) -> [UInt8]? {
        guard var out = read(fd, from: 0, count: size) else { return nil }
        // What is there past the size fstat gave (a file that grew since, or one whose size
        // says nothing): read on to the end, in blocks.
        while true {
            guard let more = read(fd, from: out.count, count: 1 << 16) else { return nil }
            if more.isEmpty { return out }
            out += more
        }
    }

    /// Up to `count` bytes of the open file `fd` from `offset`, read straight into the array's
    /// storage (no zero-filling, no second copy: journals and snapshots are megabytes); fewer
    /// when the file ends first, nil when reading fails.
    public static func read(_ fd: Int32, from offset: Int, count: Int) -> [UInt8]? {
        var failed = false
        let out = [UInt8](unsafeUninitializedCapacity: max(0, count)) { buf, initialized in
            // 10 MB into 4 KiB pages faulted 2,500 times: three times as long as the copy.
            HugePages.ask(UnsafeMutableRawBufferPointer(buf))
            var done = 0
            while done < buf.count {
                let n = pread(fd, buf.baseAddress! + done, buf.count - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failed = true; break }
                if n == 0 { break }
                done += n
            }
            initialized = done
        }
        return failed ? nil : out
    }

    /// Files at least this long are mapped rather than read by `source(_:)`.
    public static let mapAtLeast = 1 << 20

    /// A script's text: a regular file of at least `mapAtLeast` bytes mapped read-only (a run
    /// then holds only the pages near the statement it runs, SourceBytes), a shorter one read.
    /// Nil when the file cannot be read.
    public static func source(_ path: String) -> SourceBytes? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(st.st_size)
        if size >= mapAtLeast, let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED {
            return SourceBytes(mapping: p, length: size)
        }
        return readToEnd(fd, size: size).map(SourceBytes.init)
    }

    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// The current directory.
    public static func currentDirectory() -> String {
        var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buf, buf.count) != nil else { return "." }
        return String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The canonical absolute path of an existing file or folder (symlinks resolved).
    public static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// `base/relative`, unless `relative` is already absolute.
    public static func join(_ base: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return relative }
        if base.isEmpty || base == "." { return relative }
        return base.hasSuffix("/") ? base + relative : base + "/" + relative
    }

    /// The folder part of a path ("." when there is none).
    public static func directory(of path: String) -> String {
        guard let i = path.lastIndex(of: "/") else { return "." }
        if i == path.startIndex { return "/" }
        return String(path[..<i])
    }

    /// An absolute path with `.` and `..` removed (without touching the disk).
    public static func normalize(_ path: String, cwd: String) -> String {
        let abs = path.hasPrefix("/") ? path : join(cwd, path)
        var parts: [Substring] = []
        for p in abs.split(separator: "/") {
            if p == "." || p.isEmpty { continue }
            if p == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(p)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Creates a folder and its parents.
    public static func makeDirectories(_ path: String) throws(Failure) {
        if isDirectory(path) { return }
        let parent = directory(of: path)
        if parent != path && parent != "." && parent != "/" { try makeDirectories(parent) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            let why = String(cString: strerror(errno))
            throw Failure(text: Text(en: "cannot create the folder \(path): \(why)", id: "folder \(path) tidak dapat dibuat: \(why)"))
        }
    }

    /// Writes a whole file atomically: a temporary file in the same folder, fsync, rename.
    /// A reader sees the old file or the new one, never half of it.
    ///
    /// The temporary file gets a name no one can guess and is created only if nothing has
    /// that name (`mkstemp`: O_CREAT|O_EXCL, which never follows a symlink), so a link
    /// planted beside the target cannot send the bytes elsewhere. `rename` replaces the
    /// target itself, also when it is a link, and never writes through it.
    public static func writeAtomically(_ path: String, _ bytes: [UInt8]) throws(Failure) {
        var template = Array((path + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw cannotWrite(path, String(cString: strerror(errno))) }
        let tmp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = fcntl(fd, F_SETFD, FD_CLOEXEC) == 0 && fchmod(fd, 0o644 & ~creationMask) == 0
        ok = ok && writeAll(fd, bytes)
        ok = ok && fsync(fd) == 0
        close(fd)
        guard ok, rename(tmp, path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(tmp)
            throw cannotWrite(path, why)
        }
    }

    static func cannotWrite(_ path: String, _ why: String) -> Failure {
        Failure(text: Text(en: "cannot write \(path): \(why)", id: "berkas \(path) tidak dapat ditulis: \(why)"))
    }

    /// The process's umask (mkstemp makes files 0600; a written file gets 0644 less this, as
    /// `open` would give it). Read once: setting it back at once leaves it as it was.
    static let creationMask: mode_t = {
        let m = umask(0o022)
        umask(m)
        return m
    }()

    /// True when `path` itself is a symbolic link (whether or not it leads anywhere).
    public static func isSymbolicLink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }

    /// Writes every byte, retrying short writes and interruptions.
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeBytes { (buf: UnsafeRawBufferPointer) -> Int in
                guard let base = buf.baseAddress else { return 0 }
                return Glibc.write(fd, base + off, buf.count - off)
            }
            if n < 0 { if errno == EINTR { continue }; return false }
            off += n
        }
        return true
    }
}
