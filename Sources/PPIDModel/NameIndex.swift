/// Every declared name → the entity it names, in 8 to 16 bytes a name.
///
/// A `[String: EntityRef]` would hold a copy of each name and a 9-byte reference padded to 16
/// in a table kept under 3/4 full: 40 to 85 bytes a name, 8 MB for a register of 100k items.
/// This is an open-addressing table (linear probing, at most half full) whose slots hold only
/// the packed reference and 24 bits of the name's hash; the name itself is read from the
/// entity when the hash bits match (Registry+Names.swift does the probing, since only the
/// registry can read entities' names).
///
/// It is derived from the registers (exactly the names of the units, roles, staff, items,
/// SOPs, runs and requests), so it takes no part in equality: its layout depends on the order of
/// insertions and removals, the names it holds do not.
struct NameIndex: Equatable, Sendable {
    /// 0 for an empty slot, else `hashTag << 40 | index << 4 | kind` (kind 1...15: six kinds
    /// now, room for the registers to come).
    var slots: [UInt64] = []
    var count = 0

    static func == (_: NameIndex, _: NameIndex) -> Bool { true }

    var mask: Int { slots.count - 1 }

    /// The first slot to probe for a name with this hash.
    func home(_ hash: Int) -> Int { hash & mask }

    static func tag(_ hash: Int) -> UInt64 { UInt64(bitPattern: Int64(hash)) >> 40 }
    static func tag(ofSlot slot: UInt64) -> UInt64 { slot >> 40 }

    /// FNV-1a over the name's bytes, then a multiply-xorshift so both the low bits (the home
    /// slot) and the high bits (the tag) depend on every byte. Names are short and a lookup
    /// happens several times per statement; this costs a fifth of `String.hashValue`
    /// (SipHash), and nothing here needs a keyed hash.
    static func hash(_ name: String) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        // Over the bytes in place (iterating `utf8` costs several times as much a byte).
        var text = name
        text.withUTF8 { bytes in
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        }
        h ^= h >> 32
        h &*= 0xd6e8_feb8_6659_fd93
        h ^= h >> 32
        return Int(bitPattern: UInt(h))
    }

    static func pack(_ ref: EntityRef, tag: UInt64) -> UInt64 {
        let (kind, index): (UInt64, Int) = switch ref {
        case .unit(let i): (1, i)
        case .role(let i): (2, i)
        case .staff(let i): (3, i)
        case .item(let i): (4, i)
        case .sop(let i): (5, i)
        case .run(let i): (6, i)
        case .request(let i): (7, i)
        case .objection(let i): (8, i)
        }
        // 36 bits of index: far more entities than memory could hold.
        return tag << 40 | (UInt64(truncatingIfNeeded: index) & (1 << 36 - 1)) << 4 | kind
    }

    static func unpack(_ slot: UInt64) -> EntityRef {
        let index = Int(truncatingIfNeeded: (slot >> 4) & (1 << 36 - 1))
        switch slot & 15 {
        case 1: return .unit(index)
        case 2: return .role(index)
        case 3: return .staff(index)
        case 4: return .item(index)
        case 5: return .sop(index)
        case 6: return .run(index)
        case 7: return .request(index)
        default: return .objection(index)
        }
    }
}
