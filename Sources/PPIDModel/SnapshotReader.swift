#if canImport(Glibc)
import Glibc
#endif

/// Reads what `SnapshotWriter` wrote. Every read is bounds-checked and throws on bytes that
/// do not decode: a damaged snapshot is an error, never a crash or a huge allocation (a
/// count can never exceed the bytes left, since every element takes at least one byte).
///
/// It reads through a pointer into memory its `owner` keeps alive and never changes: an
/// array, or a snapshot file mapped read-only (a snapshot is megabytes, and reading it into
/// fresh memory cost a tenth of opening a journal from it).
public struct SnapshotReader: @unchecked Sendable {
    /// Keeps the memory `base` points at alive.
    private let owner: AnyObject
    private let base: UnsafePointer<UInt8>
    public private(set) var position: Int
    /// Where this reader stops: the end of the bytes, or of the field a `nested()` reader reads.
    let end: Int

    /// Holds an array in a `let` and never mutates it, so its heap buffer stays where it is
    /// for as long as this lives (the same reasoning as SourceBytes').
    private final class ArrayOwner {
        let array: [UInt8]
        init(_ array: [UInt8]) { self.array = array }
    }

    public init(_ bytes: [UInt8], from position: Int = 0) {
        // An empty array may have no buffer: one byte stands in (never read, `end` is 0).
        let o = ArrayOwner(bytes.isEmpty ? [0] : bytes)
        owner = o
        base = o.array.withUnsafeBufferPointer { $0.baseAddress! }
        precondition(0 <= position && position <= bytes.count, "a reader starts within its bytes")
        self.position = position
        end = bytes.count
    }

    /// Reads the `count` bytes at `base`, which `owner` keeps alive and unchanged.
    public init(unsafeBytes base: UnsafePointer<UInt8>, count: Int, owner: AnyObject, from position: Int = 0) {
        precondition(0 <= position && position <= count, "a reader starts within its bytes")
        self.owner = owner
        self.base = base
        self.position = position
        end = count
    }

    private init(_ other: SnapshotReader, from position: Int, to end: Int) {
        owner = other.owner
        base = other.base
        self.position = position
        self.end = end
    }

    /// The bytes at `r` (within what this reader was made over).
    private func buffer(_ r: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + r.lowerBound, count: r.count)
    }

    /// The SHA-256 of the bytes at `r`, which must lie within this reader's.
    public func sha256(_ r: Range<Int>) -> [UInt8] {
        precondition(r.lowerBound >= 0 && r.upperBound <= end)
        // `owner`, a stored property of this value, keeps the bytes alive during the call.
        return SnapshotHash.sha256(UnsafeRawBufferPointer(buffer(r)))
    }

    public var isAtEnd: Bool { position == end }
    public var remaining: Int { end - position }

    @inline(__always)
    public mutating func byte() throws(SnapshotError) -> UInt8 {
        guard position < end else { throw SnapshotError("truncated") }
        defer { position += 1 }
        return base[position]
    }

    @inline(__always)
    public mutating func bool() throws(SnapshotError) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw SnapshotError("bad boolean")
        }
    }

    /// Inlined for the one-byte integers most of a snapshot's are (a call a byte was a tenth
    /// of the time of opening a journal); longer ones are read by `longInt`.
    @inline(__always)
    public mutating func int() throws(SnapshotError) -> Int {
        if position < end {
            let c = base[position]
            if c < 0x80 {
                position += 1
                return Int(c >> 1) ^ -Int(c & 1)
            }
        }
        return try longInt()
    }

    private mutating func longInt() throws(SnapshotError) -> Int {
        var z: UInt64 = 0, shift: UInt64 = 0, i = position
        while i < end {
            let b = base[i]
            i += 1
            guard shift < 64 else { throw SnapshotError("bad integer") }
            z |= UInt64(b & 0x7f) << shift
            if b < 0x80 {
                position = i
                return Int(Int64(bitPattern: z >> 1) ^ -Int64(bitPattern: z & 1))
            }
            shift += 7
        }
        throw SnapshotError("truncated")
    }

    /// A count of elements that follow, each at least `minimumSize` bytes.
    public mutating func count(minimumSize: Int = 1) throws(SnapshotError) -> Int {
        let n = try int()
        guard n >= 0, n <= remaining / max(1, minimumSize) else { throw SnapshotError("bad count") }
        return n
    }

    /// The bounds of a length-prefixed field, which is skipped.
    @inline(__always)
    fileprivate mutating func field() throws(SnapshotError) -> Range<Int> {
        let n = try int()
        guard n >= 0, n <= remaining else { throw SnapshotError("bad length") }
        defer { position += n }
        return position..<position + n
    }

    public mutating func raw() throws(SnapshotError) -> [UInt8] {
        Array(buffer(try field()))
    }

    /// A reader of the next length-prefixed field, which this one skips: it shares the bytes
    /// instead of copying them (a snapshot's body is megabytes).
    public mutating func nested() throws(SnapshotError) -> SnapshotReader {
        let r = try field()
        return SnapshotReader(self, from: r.lowerBound, to: r.upperBound)
    }

    /// Text, which must be valid UTF-8. Decoded from the buffer directly: nearly every text
    /// of a register is ASCII, which needs no check beyond the scan, and the rest is decoded
    /// and compared back (a repaired decoding differs from its bytes).
    public mutating func str() throws(SnapshotError) -> String {
        let r = try field()
        let b = buffer(r)
        if SnapshotReader.isASCII(b) {
            // Copied as it is: ASCII needs no decoding (a third quicker than `decoding:`).
            return String(unsafeUninitializedCapacity: b.count) { out in
                _ = out.initialize(fromContentsOf: b)
                return b.count
            }
        }
        let s = String(decoding: b, as: UTF8.self)
        guard s.utf8.elementsEqual(b) else { throw SnapshotError("bad text") }
        return s
    }

    /// Eight bytes at a time: most texts of a snapshot are short ASCII names and titles.
    @inline(__always)
    private static func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = b.baseAddress else { return true }
        let raw = UnsafeRawPointer(p)
        var i = 0, bits: UInt64 = 0
        while i + 8 <= b.count {
            bits |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < b.count {
            bits |= UInt64(p[i])
            i += 1
        }
        return bits & 0x8080_8080_8080_8080 == 0
    }

    @inline(__always)
    public mutating func present() throws(SnapshotError) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw SnapshotError("bad tag")
        }
    }

    public mutating func optionalStr() throws(SnapshotError) -> String? { try present() ? try str() : nil }
    public mutating func optionalInt() throws(SnapshotError) -> Int? { try present() ? try int() : nil }

    public mutating func strs() throws(SnapshotError) -> [String] {
        let n = try count()
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try str()) }
        return out
    }

    /// A day number within the years a date may have (so date arithmetic cannot overflow).
    public mutating func date() throws(SnapshotError) -> CivilDate? {
        guard let d = try optionalInt() else { return nil }
        guard let date = CivilDate(dayNumber: d) else { throw SnapshotError("bad date") }
        return date
    }

    public mutating func time() throws(SnapshotError) -> DateTime? {
        guard let m = try optionalInt() else { return nil }
        guard let t = DateTime(minutes: m) else { throw SnapshotError("bad time") }
        return t
    }

    public mutating func duration() throws(SnapshotError) -> Duration? {
        guard try present() else { return nil }
        let amount = try int()
        return Duration(amount: amount, unit: try word(DurationUnit.self))
    }

    /// An enumeration written by its raw name.
    public mutating func word<E: RawRepresentable>(_: E.Type) throws(SnapshotError) -> E where E.RawValue == String {
        guard let e = E(rawValue: try str()) else { throw SnapshotError("unknown word") }
        return e
    }

    /// A list of an enumeration's raw names.
    mutating func words<E: RawRepresentable>(_: E.Type) throws(SnapshotError) -> [E] where E.RawValue == String {
        var out: [E] = []
        for _ in 0..<(try count()) { out.append(try word(E.self)) }
        return out
    }

    public mutating func optionalWord<E: RawRepresentable>(_: E.Type) throws(SnapshotError) -> E? where E.RawValue == String {
        guard let s = try optionalStr() else { return nil }
        guard let e = E(rawValue: s) else { throw SnapshotError("unknown word") }
        return e
    }
}
