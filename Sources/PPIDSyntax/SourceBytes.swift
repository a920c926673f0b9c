#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a source text: an array in memory, or a file mapped read-only.
///
/// A script of 100k statements is 21 MB, and a run reads it once from start to end: held as
/// an array, those megabytes stay in memory for the whole run (a third of its peak). Mapped,
/// the pages behind the statement running can be let go (`releasePages(before:)`); they are
/// read back from the file only if a diagnostic asks for their text.
///
/// It reads like an array of `UInt8` (indices from 0), through a pointer: the storage owns
/// the memory and never changes it, so the pointer stays valid as long as any copy lives.
public struct SourceBytes: RandomAccessCollection, @unchecked Sendable {
    /// Keeps the memory alive: the array the pointer reads, or the mapping it unmaps.
    final class Storage {
        let array: [UInt8]
        let mapping: UnsafeMutableRawPointer?
        let mappedLength: Int

        init(array: [UInt8]) {
            self.array = array
            self.mapping = nil
            self.mappedLength = 0
        }

        init(mapping: UnsafeMutableRawPointer, length: Int) {
            self.array = []
            self.mapping = mapping
            self.mappedLength = length
        }

        deinit {
            if let mapping { munmap(mapping, mappedLength) }
        }
    }

    let storage: Storage
    let base: UnsafePointer<UInt8>?
    public let count: Int

    /// The bytes of an array (not copied).
    public init(_ array: [UInt8]) {
        storage = Storage(array: array)
        // The storage holds the array in a `let` and never mutates it, so the array's heap
        // buffer (one object, its elements at a fixed offset) stays where it is for as long
        // as the storage lives, and every copy of this value keeps the storage. (Reading
        // through `withUnsafeBufferPointer` on every access would cost the lexer a closure
        // call per byte; copying into memory of our own, a second copy of every journal.)
        base = storage.array.withUnsafeBufferPointer { $0.baseAddress }
        count = array.count
    }

    /// The bytes of a read-only mapping of `length` bytes, which this value now owns (it is
    /// unmapped when the last copy goes).
    public init(mapping: UnsafeMutableRawPointer, length: Int) {
        storage = Storage(mapping: mapping, length: length)
        base = UnsafePointer(mapping.assumingMemoryBound(to: UInt8.self))
        count = length
    }

    /// The pointer to the bytes and the object that keeps them alive and unchanged, for a
    /// reader that holds both (SnapshotReader); the pointer is nil only when empty.
    public var unsafeStorage: (base: UnsafePointer<UInt8>?, owner: AnyObject) { (base, storage) }

    /// True when the bytes are a mapped file.
    public var isMapped: Bool { storage.mapping != nil }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public var isEmpty: Bool { count == 0 }

    @inline(__always)
    public subscript(i: Int) -> UInt8 {
        precondition(UInt(bitPattern: i) < UInt(bitPattern: count), "source offset out of range")
        return base.unsafelyUnwrapped[i]
    }

    /// Calls `body` with the bytes as a buffer.
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    public func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The bytes `range` as a buffer (for decoding text without a generic slice). Valid only
    /// while this value lives: not public, so no caller keeps it past an unmapping.
    func buffer(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "source range out of bounds")
        return UnsafeBufferPointer(start: base.map { $0 + range.lowerBound }, count: range.count)
    }

    /// The text of `range`, decoded as UTF-8 (invalid bytes become U+FFFD).
    public func string(_ range: Range<Int>) -> String {
        String(decoding: buffer(range), as: UTF8.self)
    }

    /// The bytes as an array (a copy when mapped).
    public var array: [UInt8] { isMapped ? Array(buffer(0..<count)) : storage.array }

    /// Lets the memory of the whole pages before `offset` go, when the bytes are a mapped file:
    /// they are read again from the file if they are needed. Nothing for an array.
    public func releasePages(before offset: Int) {
        guard let mapping = storage.mapping else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = Swift.min(offset, count) / page * page
        guard end > 0 else { return }
        _ = madvise(mapping, end, Int32(MADV_DONTNEED))
    }
}

extension SourceBytes: Equatable {
    public static func == (a: SourceBytes, b: SourceBytes) -> Bool {
        a.count == b.count && a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.elementsEqual(y) } }
    }
}
