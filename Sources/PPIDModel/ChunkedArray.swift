/// An array, grown and shrunk at its end only, stored in chunks of 4096 elements.
///
/// Public for the runtime's own long tables (where each item was declared).
///
/// For the registers that grow to millions of rows (the log, item histories). A plain array
/// doubles its buffer as it grows, and while it copies, the old and the new buffer are both
/// held: at the moment the log passes 2^k rows the process needs half as much memory again as
/// the log itself. Chunks never move: appending is O(1) in the worst case (plus one chunk
/// allocation every 4096), and the memory held is the rows plus the unused part of the last
/// chunk (which, past the first, is allocated whole).
///
/// Its methods are inlinable so that the runtime's uses are specialised to their element type
/// (a generic call costs a thousand instructions an append).
public struct ChunkedArray<Element: Sendable>: RandomAccessCollection, MutableCollection, Sendable {
    @inlinable static var shift: Int { 12 }
    @inlinable static var chunkSize: Int { 1 << shift }
    @inlinable static var mask: Int { chunkSize - 1 }

    /// Every chunk but the last is full.
    @usableFromInline var chunks: [[Element]] = []
    /// The number of elements.
    @inlinable public var count: Int { storedCount }
    @usableFromInline var storedCount = 0

    /// An empty array.
    @inlinable public init() {}

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { storedCount }
    @inlinable public var indices: Range<Int> { 0..<storedCount }

    /// The element at `position` (0 ≤ position < count).
    @inlinable public subscript(position: Int) -> Element {
        // Read in place: `items[i].status` can read one field without a copy of the item.
        _read { yield chunks[position >> Self.shift][position & Self.mask] }
        set { chunks[position >> Self.shift][position & Self.mask] = newValue }
        _modify { yield &chunks[position >> Self.shift][position & Self.mask] }
    }

    /// The last element, if any.
    @inlinable public var last: Element? { storedCount == 0 ? nil : self[storedCount - 1] }

    /// Appends an element: O(1), and nothing already stored moves.
    @inlinable public mutating func append(_ element: consuming Element) {
        if storedCount & Self.mask == 0 {
            // The first chunk grows to its full size by doubling, so a small register does not
            // hold a whole empty chunk; once one is full the register is a long one, and each
            // later chunk takes its full size at once instead of being copied as it doubles.
            var chunk: [Element] = []
            if storedCount > 0 { chunk.reserveCapacity(Self.chunkSize) }
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(element)
        storedCount += 1
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
        storedCount = newCount
    }
}

extension ChunkedArray: Equatable where Element: Equatable {
    public static func == (a: ChunkedArray, b: ChunkedArray) -> Bool {
        a.count == b.count && a.chunks == b.chunks
    }
}
