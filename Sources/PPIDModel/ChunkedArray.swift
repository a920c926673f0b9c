/// An array, grown and shrunk at its end only, stored in chunks of 4096 elements.
///
/// Public for the runtime's own long tables (where each item was declared).
///
/// For the registers that grow to millions of rows (the log, item histories). A plain array
/// doubles its buffer as it grows, and while it copies, the old and the new buffer are both
/// held: at the moment the log passes 2^k rows the process needs half as much memory again as
/// the log itself. Chunks never move: appending is O(1) in the worst case (plus one chunk
/// allocation every 4096), and the memory held is the rows plus at most one part-filled chunk.
public struct ChunkedArray<Element: Sendable>: RandomAccessCollection, MutableCollection, Sendable {
    private static var shift: Int { 12 }
    private static var chunkSize: Int { 1 << shift }
    private static var mask: Int { chunkSize - 1 }

    /// Every chunk but the last is full.
    private var chunks: [[Element]] = []
    /// The number of elements.
    public private(set) var count = 0

    /// An empty array.
    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public var indices: Range<Int> { 0..<count }

    /// The element at `position` (0 ≤ position < count).
    public subscript(position: Int) -> Element {
        get { chunks[position >> Self.shift][position & Self.mask] }
        set { chunks[position >> Self.shift][position & Self.mask] = newValue }
        _modify { yield &chunks[position >> Self.shift][position & Self.mask] }
    }

    /// The last element, if any.
    public var last: Element? { count == 0 ? nil : self[count - 1] }

    /// Appends an element: O(1), and nothing already stored moves.
    public mutating func append(_ element: Element) {
        if count & Self.mask == 0 {
            // A chunk grows to its full size by doubling: only the last chunk is ever copied,
            // and a small register does not hold a whole empty chunk.
            chunks.append([])
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }

    /// Removes the last `k` elements (0 ≤ k ≤ count).
    public mutating func removeLast(_ k: Int) {
        guard k > 0 else { return }
        let newCount = count - k
        let keptChunks = (newCount + Self.mask) >> Self.shift
        chunks.removeLast(chunks.count - keptChunks)
        if let lastChunk = chunks.indices.last {
            let inLast = newCount - (lastChunk << Self.shift)
            chunks[lastChunk].removeLast(chunks[lastChunk].count - inLast)
        }
        count = newCount
    }
}

extension ChunkedArray: Equatable where Element: Equatable {
    public static func == (a: ChunkedArray, b: ChunkedArray) -> Bool {
        a.count == b.count && a.chunks == b.chunks
    }
}
