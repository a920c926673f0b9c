/// The attributes of one start tag, as the bytes between its name and its `>`: looked up by
/// name (namespace prefix dropped, as XMLScanner drops it from element names) and decoded
/// only when asked for. XMLScanner has checked their syntax and entities, so a lookup cannot
/// fail; it walks a few dozen bytes, cheaper than building a dictionary for every cell.
struct XMLAttributes {
    private let bytes: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }

    /// The decoded value of the attribute `key`, nil when the tag has none.
    subscript(_ key: String) -> String? {
        var key = key
        return key.withUTF8 { want -> String? in
            var i = bytes.startIndex
            let end = bytes.endIndex
            func skipSpace() {
                while i < end, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
            }
            while true {
                skipSpace()
                guard i < end else { return nil }
                var local = i
                while i < end, bytes[i] != 0x3D, bytes[i] != 0x20, bytes[i] != 0x0A, bytes[i] != 0x0D, bytes[i] != 0x09 {
                    if bytes[i] == 0x3A { local = i + 1 }
                    i += 1
                }
                let name = bytes[local..<i]
                skipSpace()
                guard i < end, bytes[i] == 0x3D else { return nil }
                i += 1
                skipSpace()
                guard i < end else { return nil }
                let quote = bytes[i]
                i += 1
                let s = i
                while i < end, bytes[i] != quote { i += 1 }
                let value = bytes[s..<min(i, end)]
                i += 1
                if name.elementsEqual(want) {
                    return (try? XMLScanner.decode(value, part: "")) ?? String(decoding: value, as: UTF8.self)
                }
            }
        }
    }
}
