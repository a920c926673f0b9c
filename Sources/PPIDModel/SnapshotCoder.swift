import Crypto

/// Writes a snapshot's compact binary encoding (journal snapshots, docs/language.md §17).
///
/// Integers are zigzag LEB128 varints, strings their UTF-8 byte count then the bytes,
/// optionals a tag byte (0 none, 1 some) then the value, lists their count then the
/// elements. Enumerations are written as their raw names, not their positions, so adding a
/// case never silently changes what an old snapshot means.
public struct SnapshotWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func byte(_ b: UInt8) { bytes.append(b) }
    public mutating func bool(_ b: Bool) { bytes.append(b ? 1 : 0) }

    public mutating func int(_ v: Int) {
        var z = UInt64(bitPattern: Int64(v) << 1 ^ Int64(v) >> 63)
        while z >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: z) | 0x80)
            z >>= 7
        }
        bytes.append(UInt8(truncatingIfNeeded: z))
    }

    public mutating func str(_ s: String) {
        var s = s
        s.withUTF8 { buf in
            int(buf.count)
            bytes.append(contentsOf: buf)
        }
    }

    public mutating func raw(_ b: [UInt8]) {
        int(b.count)
        bytes.append(contentsOf: b)
    }

    public mutating func str(_ s: String?) {
        if let s { byte(1); str(s) } else { byte(0) }
    }

    public mutating func int(_ v: Int?) {
        if let v { byte(1); int(v) } else { byte(0) }
    }

    public mutating func strs(_ list: [String]) {
        int(list.count)
        for s in list { str(s) }
    }

    public mutating func date(_ d: CivilDate?) { int(d?.dayNumber) }
    public mutating func time(_ t: DateTime?) { int(t?.minutes) }
    public mutating func duration(_ d: Duration?) {
        if let d { byte(1); int(d.amount); str(d.unit.rawValue) } else { byte(0) }
    }
}

/// Why a snapshot could not be read: it is then ignored and the journal replayed whole.
public struct SnapshotError: Error, Sendable, Equatable {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
}

/// Reads what `SnapshotWriter` wrote. Every read is bounds-checked and throws on bytes that
/// do not decode: a damaged snapshot is an error, never a crash or a huge allocation (a
/// count can never exceed the bytes left, since every element takes at least one byte).
public struct SnapshotReader {
    let bytes: [UInt8]
    public private(set) var position: Int
    /// Where this reader stops: the end of `bytes`, or of the field a `nested()` reader reads.
    let end: Int

    public init(_ bytes: [UInt8], from position: Int = 0) {
        self.bytes = bytes
        self.position = position
        self.end = bytes.count
    }

    private init(_ bytes: [UInt8], from position: Int, to end: Int) {
        self.bytes = bytes
        self.position = position
        self.end = end
    }

    public var isAtEnd: Bool { position == end }
    public var remaining: Int { end - position }

    public mutating func byte() throws(SnapshotError) -> UInt8 {
        guard position < end else { throw SnapshotError("truncated") }
        defer { position += 1 }
        return bytes[position]
    }

    public mutating func bool() throws(SnapshotError) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw SnapshotError("bad boolean")
        }
    }

    public mutating func int() throws(SnapshotError) -> Int {
        var z: UInt64 = 0, shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw SnapshotError("bad integer") }
            z |= UInt64(b & 0x7f) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: z >> 1) ^ -Int64(bitPattern: z & 1))
    }

    /// A count of elements that follow, each at least `minimumSize` bytes.
    public mutating func count(minimumSize: Int = 1) throws(SnapshotError) -> Int {
        let n = try int()
        guard n >= 0, n <= remaining / max(1, minimumSize) else { throw SnapshotError("bad count") }
        return n
    }

    /// The bounds of a length-prefixed field, which is skipped.
    fileprivate mutating func field() throws(SnapshotError) -> Range<Int> {
        let n = try int()
        guard n >= 0, n <= remaining else { throw SnapshotError("bad length") }
        defer { position += n }
        return position..<position + n
    }

    public mutating func raw() throws(SnapshotError) -> ArraySlice<UInt8> {
        bytes[try field()]
    }

    /// A reader of the next length-prefixed field, which this one skips: it shares the bytes
    /// instead of copying them (a snapshot's body is megabytes).
    public mutating func nested() throws(SnapshotError) -> SnapshotReader {
        let r = try field()
        return SnapshotReader(bytes, from: r.lowerBound, to: r.upperBound)
    }

    /// Text, which must be valid UTF-8. Decoded from the buffer directly: nearly every text
    /// of a register is ASCII, which needs no check beyond the scan, and the rest is decoded
    /// and compared back (a repaired decoding differs from its bytes).
    public mutating func str() throws(SnapshotError) -> String {
        let r = try field()
        let s: String? = bytes.withUnsafeBufferPointer { all in
            let b = UnsafeBufferPointer(rebasing: all[r])
            var ascii = true
            for c in b where c >= 0x80 { ascii = false; break }
            let s = String(decoding: b, as: UTF8.self)
            return ascii || s.utf8.elementsEqual(b) ? s : nil
        }
        guard let s else { throw SnapshotError("bad text") }
        return s
    }

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
        return Duration(amount: amount, unit: try word(DurationUnit.snapshotWords))
    }

    /// An enumeration written by its raw name.
    public mutating func word<E: RawRepresentable>(_: E.Type) throws(SnapshotError) -> E where E.RawValue == String {
        guard let e = E(rawValue: try str()) else { throw SnapshotError("unknown word") }
        return e
    }

    public mutating func optionalWord<E: RawRepresentable>(_: E.Type) throws(SnapshotError) -> E? where E.RawValue == String {
        guard let s = try optionalStr() else { return nil }
        guard let e = E(rawValue: s) else { throw SnapshotError("unknown word") }
        return e
    }
}

/// An enumeration's raw names as bytes, so a snapshot's words are matched where they lie
/// instead of each becoming a `String` and going through `init(rawValue:)` (a chain of
/// string comparisons, hundreds of instructions a word).
public struct WordTable<E: RawRepresentable & CaseIterable>: Sendable where E.RawValue == String, E: Sendable {
    let words: [([UInt8], E)]

    public init(_: E.Type) {
        words = E.allCases.map { (Array($0.rawValue.utf8), $0) }
    }

    func match(_ b: UnsafeBufferPointer<UInt8>) -> E? {
        for (w, e) in words where w.count == b.count && w.elementsEqual(b) { return e }
        return nil
    }
}

extension SnapshotReader {
    /// A word of `table`'s enumeration, written by its raw name.
    public mutating func word<E>(_ table: WordTable<E>) throws(SnapshotError) -> E {
        let r = try field()
        guard let e = bytes.withUnsafeBufferPointer({ table.match(UnsafeBufferPointer(rebasing: $0[r])) }) else {
            throw SnapshotError("unknown word")
        }
        return e
    }

    public mutating func optionalWord<E>(_ table: WordTable<E>) throws(SnapshotError) -> E? {
        try present() ? try word(table) : nil
    }
}

/// SHA-256, for the journal prefix a snapshot covers and the snapshot's own contents.
public enum SnapshotHash {
    public static func sha256<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
        if let d = bytes.withContiguousStorageIfAvailable({ Array(SHA256.hash(data: UnsafeRawBufferPointer($0))) }) {
            return d
        }
        return Array(SHA256.hash(data: Array(bytes)))
    }
}

extension DurationUnit { static let snapshotWords = WordTable(DurationUnit.self) }
extension ChangeField { static let snapshotWords = WordTable(ChangeField.self) }
extension InfoClass { static let snapshotWords = WordTable(InfoClass.self) }
extension ItemStatus { static let snapshotWords = WordTable(ItemStatus.self) }
