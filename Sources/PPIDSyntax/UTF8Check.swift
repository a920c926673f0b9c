/// Finding text that is not UTF-8, so that a bad file gets a diagnostic at the first bad byte.
public enum UTF8Check {
    /// The offset of the first byte that is not part of a valid UTF-8 sequence, or nil.
    public static func firstInvalid(_ b: [UInt8]) -> Int? {
        b.withUnsafeBufferPointer { firstInvalid($0) }
    }

    /// The same over a source text's bytes.
    public static func firstInvalid(_ b: SourceBytes) -> Int? {
        b.withUnsafeBufferPointer { firstInvalid($0) }
    }

    static func firstInvalid(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let n: Int
            if c >= 0xC2 && c <= 0xDF { n = 1 } else if c >= 0xE0 && c <= 0xEF { n = 2 } else if c >= 0xF0 && c <= 0xF4 { n = 3 } else { return i }
            guard i + n < b.count else { return i }
            for k in 1...n where (b[i + k] & 0xC0) != 0x80 { return i }
            // Overlong forms, surrogates and code points past U+10FFFF.
            if c == 0xE0 && b[i + 1] < 0xA0 { return i }
            if c == 0xED && b[i + 1] > 0x9F { return i }
            if c == 0xF0 && b[i + 1] < 0x90 { return i }
            if c == 0xF4 && b[i + 1] > 0x8F { return i }
            i += n + 1
        }
        return nil
    }
}
