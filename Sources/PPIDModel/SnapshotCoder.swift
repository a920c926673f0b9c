import Crypto

/// Writes a snapshot's compact binary encoding (journal snapshots, docs/language.md §17).
///
/// Integers are zigzag LEB128 varints, strings their UTF-8 byte count then the bytes,
/// optionals a tag byte (0 none, 1 some) then the value, lists their count then the
/// elements. Enumerations are written as their raw names, not their positions, so adding a
/// case never silently changes what an old snapshot means (the words of items are written by
/// name once, then by their position in that list: ItemWords).
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

/// SHA-256, for the journal prefix a snapshot covers and the snapshot's own contents.
public enum SnapshotHash {
    public static func sha256<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
        if let d = bytes.withContiguousStorageIfAvailable({ Array(SHA256.hash(data: UnsafeRawBufferPointer($0))) }) {
            return d
        }
        return Array(SHA256.hash(data: Array(bytes)))
    }
}
