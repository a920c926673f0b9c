import Crypto

/// Streams a canonical binary serialisation into SHA-256.
///
/// The encoding is unambiguous by construction: integers are prefix-free varints, strings
/// are their UTF-8 byte count followed by the bytes, optionals and sums start with a tag byte,
/// lists start with their count. So no two different states can serialise to the same bytes.
/// Bytes are buffered and hashed in 64 KiB chunks so the whole serialisation is never held.
struct DigestWriter {
    private var hasher = SHA256()
    private var buffer: [UInt8] = []
    private static let chunk = 1 << 16

    init() { buffer.reserveCapacity(DigestWriter.chunk + 1024) }

    mutating func tag(_ t: UInt8) {
        buffer.append(t)
        flushIfFull()
    }

    /// A signed integer as a zigzag LEB128 varint: prefix-free, and small numbers (lengths,
    /// counts, step numbers) take one byte, which halves the bytes hashed.
    mutating func int(_ v: Int) {
        var z = UInt64(bitPattern: Int64(v) << 1 ^ Int64(v) >> 63)
        while z >= 0x80 {
            buffer.append(UInt8(truncatingIfNeeded: z) | 0x80)
            z >>= 7
        }
        buffer.append(UInt8(truncatingIfNeeded: z))
        flushIfFull()
    }

    mutating func bool(_ b: Bool) { tag(b ? 1 : 0) }

    mutating func str(_ s: String) {
        let utf8 = s.utf8
        int(utf8.count)
        buffer.append(contentsOf: utf8)
        flushIfFull()
    }

    mutating func str(_ s: String?) {
        if let s { tag(1); str(s) } else { tag(0) }
    }

    mutating func strs(_ list: [String]) {
        int(list.count)
        for s in list { str(s) }
    }

    mutating func date(_ d: CivilDate) { int(d.dayNumber) }
    mutating func date(_ d: CivilDate?) {
        if let d { tag(1); int(d.dayNumber) } else { tag(0) }
    }

    mutating func time(_ t: DateTime) { int(t.minutes) }
    mutating func time(_ t: DateTime?) {
        if let t { tag(1); int(t.minutes) } else { tag(0) }
    }

    mutating func duration(_ d: Duration) {
        str(d.unit.rawValue)
        int(d.amount)
    }
    mutating func duration(_ d: Duration?) {
        if let d { tag(1); duration(d) } else { tag(0) }
    }

    mutating func int(_ v: Int?) {
        if let v { tag(1); int(v) } else { tag(0) }
    }

    /// A section marker: makes the layout self-describing, so a reordering is a different digest.
    mutating func section(_ name: String) { str(name) }

    private mutating func flushIfFull() {
        guard buffer.count >= DigestWriter.chunk else { return }
        hasher.update(data: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// The lowercase hex SHA-256 of everything written.
    mutating func finish() -> String {
        if !buffer.isEmpty { hasher.update(data: buffer) }
        buffer.removeAll()
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in hasher.finalize() {
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
