/// A byte range in one source file. Offsets are UTF-8 byte offsets; line and column are
/// computed only when a diagnostic is printed.
public struct SourceRange: Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The smallest range covering both.
    public func to(_ other: SourceRange) -> SourceRange {
        SourceRange(min(start, other.start), max(end, other.end))
    }

    public static let empty = SourceRange(0, 0)
}

/// One source text: a script file, a `-e` argument or one REPL entry.
public final class SourceFile: Sendable {
    /// The name diagnostics print (a path, `<stdin>`, `<command line>`, `<repl>`).
    public let path: String
    /// The UTF-8 bytes of the text (in memory, or a mapped file: SourceBytes).
    public let bytes: SourceBytes
    /// The first line number of this text (REPL entries continue a journal's numbering).
    public let firstLine: Int

    public convenience init(path: String, text: String, firstLine: Int = 1) {
        self.init(path: path, bytes: Array(text.utf8), firstLine: firstLine)
    }

    public convenience init(path: String, bytes: [UInt8], firstLine: Int = 1) {
        self.init(path: path, source: SourceBytes(bytes), firstLine: firstLine)
    }

    public init(path: String, source: SourceBytes, firstLine: Int = 1) {
        self.path = path
        self.bytes = source
        self.firstLine = firstLine
    }

    // Lines are found by scanning when a diagnostic asks (rarely), not indexed up front: an
    // index of a 100k-statement journal would cost megabytes for every run.

    /// The offset where the line holding `offset` starts, and that line's 0-based index.
    private func lineStart(of offset: Int) -> (start: Int, index: Int) {
        let o = min(max(offset, 0), bytes.count)
        return bytes.withUnsafeBufferPointer { b in
            var start = o
            while start > 0 && b[start - 1] != 10 { start -= 1 }
            return (start, Self.lineBreaks(UnsafeBufferPointer(rebasing: b[0..<start])))
        }
    }

    /// True when `bytes` start with the UTF-8 byte-order mark (EF BB BF), which scripts may
    /// begin with and which is not part of their text.
    public static func startsWithByteOrderMark<C: RandomAccessCollection<UInt8>>(_ bytes: C) -> Bool where C.Index == Int {
        bytes.count >= 3 && bytes[bytes.startIndex] == 0xEF && bytes[bytes.startIndex + 1] == 0xBB && bytes[bytes.startIndex + 2] == 0xBF
    }

    /// The number of line breaks (LF) in `bytes`, eight bytes at a time (a journal of 100k
    /// statements is 10 MB, counted on every open).
    public static func lineBreaks(in bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { lineBreaks($0) }
    }

    static func lineBreaks(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var n = 0, i = 0
        let raw = UnsafeRawPointer(b.baseAddress)
        while i + 8 <= b.count, let raw {
            // Bytes equal to LF become zero; a zero byte is one whose high bit stays clear
            // after adding 0x7F to its low seven bits and or-ing the byte back in.
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ (ones &* 10)
            let t = ((x & low7) &+ low7) | x
            n &+= (~t & ~low7).nonzeroBitCount
            i &+= 8
        }
        while i < b.count { n &+= b[i] == 10 ? 1 : 0; i &+= 1 }
        return n
    }

    /// The text, for messages.
    public var text: String { bytes.string(0..<bytes.count) }

    /// 1-based line and column (column counted in characters) of a byte offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let o = min(max(offset, 0), bytes.count)
        let line = lineStart(of: o)
        // The byte-order mark the lexer skips takes no column.
        let from = line.start == 0 && o >= 3 && Self.startsWithByteOrderMark(bytes) ? 3 : line.start
        let col = bytes.string(from..<o).count + 1
        return (line.index + firstLine, col)
    }

    /// The text of the line holding `offset`, without its newline.
    public func lineText(at offset: Int) -> String {
        var start = lineStart(of: offset).start
        if start == 0 && Self.startsWithByteOrderMark(bytes) { start = 3 }
        var end = start
        while end < bytes.count && bytes[end] != 10 && bytes[end] != 13 { end += 1 }
        return bytes.string(start..<end)
    }

    /// The line holding `offset` as a diagnostic shows it: a line longer than `limit` bytes
    /// (a statement of megabytes on one line) is cut to `limit` bytes around `offset`, with
    /// "…" where it was cut; `column` is the 1-based column of `offset` in the cut text.
    public func lineExcerpt(at offset: Int, limit: Int = 240) -> (text: String, column: Int) {
        let o = min(max(offset, 0), bytes.count)
        var start = lineStart(of: o).start
        if start == 0 && Self.startsWithByteOrderMark(bytes) { start = min(3, o) }
        var from = start
        if o - start > limit / 2 {
            from = o - limit / 4
            while from < o && (bytes[from] & 0xC0) == 0x80 { from += 1 }
        }
        var end = from
        while end < bytes.count && end - from < limit && bytes[end] != 10 && bytes[end] != 13 { end += 1 }
        while end > o && end < bytes.count && (bytes[end] & 0xC0) == 0x80 { end -= 1 }
        let cutAfter = end < bytes.count && bytes[end] != 10 && bytes[end] != 13
        let lead = from > start ? "…" : ""
        let text = lead + bytes.string(from..<end) + (cutAfter ? "…" : "")
        let column = bytes.string(from..<o).count + 1 + (from > start ? 1 : 0)
        return (text, column)
    }

    /// The text of a range.
    public func text(of r: SourceRange) -> String {
        let s = min(max(r.start, 0), bytes.count), e = min(max(r.end, s), bytes.count)
        return bytes.string(s..<e)
    }
}
