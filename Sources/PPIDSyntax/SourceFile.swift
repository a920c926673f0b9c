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
    /// The UTF-8 bytes of the text.
    public let bytes: [UInt8]
    /// The first line number of this text (REPL entries continue a journal's numbering).
    public let firstLine: Int
    private let lineStarts: [Int]

    public convenience init(path: String, text: String, firstLine: Int = 1) {
        self.init(path: path, bytes: Array(text.utf8), firstLine: firstLine)
    }

    public init(path: String, bytes: [UInt8], firstLine: Int = 1) {
        self.path = path
        self.bytes = bytes
        self.firstLine = firstLine
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 10 { starts.append(i + 1) }
        lineStarts = starts
    }

    /// The text, for messages.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// 1-based line and column (column counted in characters) of a byte offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let o = min(max(offset, 0), bytes.count)
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= o { lo = mid } else { hi = mid - 1 }
        }
        let col = String(decoding: bytes[lineStarts[lo]..<o], as: UTF8.self).count + 1
        return (lo + firstLine, col)
    }

    /// The text of the line holding `offset`, without its newline.
    public func lineText(at offset: Int) -> String {
        let o = min(max(offset, 0), bytes.count)
        var lo = 0
        for (i, s) in lineStarts.enumerated() where s <= o { lo = i }
        let start = lineStarts[lo]
        var end = start
        while end < bytes.count && bytes[end] != 10 && bytes[end] != 13 { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The text of a range.
    public func text(of r: SourceRange) -> String {
        let s = min(max(r.start, 0), bytes.count), e = min(max(r.end, s), bytes.count)
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }
}
