#if canImport(Glibc)
import Glibc
#endif
import PPIDSyntax
import PPIDText
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
        public let reason: Text
    }

    /// The torn end of `bytes`, or nil when the journal ends with complete statements and a
    /// line break. Works on whole lines: the journal writer puts every statement on lines of
    /// its own, so what is kept always ends at a line break.
    ///
    /// A tear leaves a prefix of what was written, and the writer writes whole UTF-8 text:
    /// the kept part is the longest run of whole lines before the first byte that is not
    /// UTF-8 (a character cut in two) that leaves no statement open.
    public static func torn(in bytes: [UInt8], path: String) -> Torn? {
        guard !bytes.isEmpty else { return nil }
        let endsWithNewline = bytes.last == 10
        let bad = UTF8Check.firstInvalid(bytes)
        // Text after the last line break is torn at least; so is the line a bad byte is on.
        var limit = endsWithNewline ? bytes.count : lineStart(of: bytes.count - 1, in: bytes)
        if let bad {
            // A tear ends the file: a line break after text that is not UTF-8 means the file
            // was damaged some other way, which replaying it reports.
            if endsWithNewline { return nil }
            limit = min(limit, lineStart(of: bad, in: bytes))
        }
        let (statements, diagnostics) = Parser.parse(SourceFile(path: path, bytes: Array(bytes[..<limit])))
        let openAtLimit = diagnostics.contains { $0.isIncomplete }
        if endsWithNewline && !openAtLimit { return nil }
        var cut = limit
        if openAtLimit {
            // Keep the statements lying wholly before the limit, with the rest of their line.
            cut = 0
            for s in statements {
                let after = lineStart(after: s.range.end, in: bytes)
                guard after <= limit else { break }
                cut = after
            }
            if !isComplete(bytes, upTo: cut, path: path) {
                // Unusual (a comment or block the statements do not show): step back line by line.
                var steps = 0
                while cut > 0 && steps < 10_000 && !isComplete(bytes, upTo: cut, path: path) {
                    cut = lineStart(of: cut - 1, in: bytes)
                    steps += 1
                }
            }
        }
        let file = SourceFile(path: path, bytes: bytes)
        let (line, column) = file.location(of: cut)
        let reason: Text
        if bad != nil {
            reason = reasonCutCharacter
        } else if endsWithNewline || lastStatementIsOpen(bytes, path: path) {
            reason = reasonOpen
        } else {
            reason = reasonNoLineBreak
        }
        return Torn(offset: cut, line: line, column: column, text: Array(bytes[cut...]), reason: reason)
    }

    static let reasonOpen = Text(en: "the last statement is not finished (a block, list or text block is still open)",
                                 id: "perintah terakhir belum selesai (masih ada blok, daftar atau blok teks yang terbuka)")
    static let reasonCutCharacter = Text(en: "the last line stops in the middle of a character (it is not valid UTF-8)",
                                         id: "baris terakhir terpotong di tengah karakter (bukan UTF-8 yang sah)")
    static let reasonNoLineBreak = Text(en: "the file does not end with a line break",
                                        id: "berkas tidak diakhiri dengan pergantian baris")

    /// True when the whole of `bytes` leaves a block, list or text block open.
    static func lastStatementIsOpen(_ bytes: [UInt8], path: String) -> Bool {
        Parser.parse(SourceFile(path: path, bytes: bytes)).diagnostics.contains { $0.isIncomplete }
    }

    /// The offset where the line holding `offset` starts.
    static func lineStart(of offset: Int, in bytes: [UInt8]) -> Int {
        guard offset > 0 else { return 0 }
        return bytes[..<offset].lastIndex(of: 10).map { $0 + 1 } ?? 0
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
    public static func report(_ torn: Torn, path: String) -> Text {
        let size = torn.text.count, (line, column) = (torn.line, torn.column), reason = torn.reason
        if torn.reason == reasonNoLineBreak {
            return Text(en: """
                \(path):\(line):\(column): error: the journal ends with a torn statement: \(reason), \
                so the last \(count: size, "byte") may have been cut off by a crash while being written
                note: run `ppid repair \(path)`: it keeps the last statement when it is whole and the journal replays \
                with it, and otherwise moves it to \(path).torn, keeping everything before it
                """, id: """
                \(path):\(line):\(column): kesalahan: jurnal berakhir dengan perintah yang terpotong: \(reason), \
                jadi \(size) bita terakhir mungkin terpotong karena program berhenti mendadak saat sedang menulis
                catatan: jalankan `ppid repair \(path)`: perintah terakhir dipertahankan bila utuh dan jurnal dapat \
                diputar ulang dengannya; bila tidak, perintah itu dipindahkan ke \(path).torn dan semua yang sebelumnya tetap ada
                """)
        }
        return Text(en: """
            \(path):\(line):\(column): error: the journal ends with a torn statement: \(reason); \
            \(count: size, "byte") from here on were probably cut off by a crash while being written
            note: run `ppid repair \(path)` to move the torn text to \(path).torn and keep everything before it
            """, id: """
            \(path):\(line):\(column): kesalahan: jurnal berakhir dengan perintah yang terpotong: \(reason); \
            \(size) bita mulai dari sini kemungkinan terpotong karena program berhenti mendadak saat sedang menulis
            catatan: jalankan `ppid repair \(path)` untuk memindahkan teks yang terpotong ke \(path).torn dan mempertahankan semua yang sebelumnya
            """)
    }

    /// What `repair` did.
    public enum RepairOutcome: Equatable, Sendable {
        case nothingToRepair
        /// The torn text (now in `tornPath`) and where it started.
        case moved(Torn, tornPath: String)
        /// The last statement lacked only its line break (it is whole and the journal replays
        /// with it): the line break was added after line `line`.
        case lineBreakAdded(line: Int)
    }

    /// Moves the torn end of the journal at `path` to `path.torn` (appending to it when it
    /// exists) and cuts the journal just before it, holding the journal's lock. The torn
    /// text is made durable before the journal is cut, so a crash during repair loses nothing.
    ///
    /// When the journal only lacks its final line break and replays whole (`replays` says,
    /// by default a quiet replay), the line break is added instead and nothing is moved.
    public static func repair(path: String, replays: (SourceFile) -> Bool = JournalTail.replays) throws(JournalFile.Failure) -> RepairOutcome {
        let journal = try JournalFile(path: path)
        guard try journal.lock() else { throw JournalFile.Failure(Text(en: "interrupted while waiting for the journal's lock", id: "dihentikan saat menunggu kunci jurnal")) }
        defer { journal.unlock() }
        let bytes = try journal.read(from: 0)
        guard let torn = torn(in: bytes, path: path) else { return .nothingToRepair }
        if torn.reason == reasonNoLineBreak,
           JournalTail.torn(in: bytes + [10], path: path) == nil, replays(SourceFile(path: path, bytes: bytes + [10])) {
            try journal.append([10])
            return .lineBreakAdded(line: SourceFile(path: path, bytes: bytes).location(of: bytes.count).line)
        }
        let tornPath = path + ".torn"
        let fd = open(tornPath, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw JournalFile.failure(Text(en: "cannot write \(tornPath)", id: "\(tornPath) tidak dapat ditulis")) }
        var text = torn.text
        if text.last != 10 { text.append(10) }
        let ok = FileSystem.writeAll(fd, text) && fsync(fd) == 0
        close(fd)
        guard ok else { throw JournalFile.failure(Text(en: "cannot write \(tornPath)", id: "\(tornPath) tidak dapat ditulis")) }
        try JournalFile.syncDirectory(of: tornPath)
        try journal.truncate(to: torn.offset)
        return .moved(torn, tornPath: tornPath)
    }

    /// True when `file` replays without an error (nothing shown).
    public static func replays(_ file: SourceFile) -> Bool {
        let rt = Interpreter(workingDirectory: FileSystem.directory(of: file.path), output: { _ in })
        do { try rt.run(file) } catch { return false }
        return true
    }
}
