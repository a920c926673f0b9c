import Testing
import PPIDSyntax

/// SourceFile.lineBreaks counts eight bytes at a time; it must agree with a plain count on
/// every byte value next to a line break (0x0A), at every length and alignment.
struct LineBreakCountTests {
    static func plain(_ b: ArraySlice<UInt8>) -> Int { b.filter { $0 == 10 }.count }

    @Test(arguments: [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1000])
    func agreesWithAPlainCount(length: Int) {
        // Bytes around 10 and the values a word-at-a-time trick can get wrong (0x8A, 0x0B, 0x09, 0x00, 0xFF).
        let tricky: [UInt8] = [10, 0x8A, 11, 9, 0, 0xFF, 10, 10, 0x7F, 0x80, 0x0A, 0x1A]
        var bytes: [UInt8] = []
        for k in 0..<(length + 3) { bytes.append(tricky[(k * 7 + k / 3) % tricky.count]) }
        for offset in 0..<3 {
            let slice = bytes[offset..<(offset + length)]
            #expect(SourceFile.lineBreaks(in: slice) == Self.plain(slice), "length \(length), offset \(offset)")
        }
    }

    @Test func everyByteValue() {
        let all = (0...255).map { UInt8($0) } + (0...255).map { UInt8(255 - $0) }
        #expect(SourceFile.lineBreaks(in: all[...]) == 2)
        let lines = Array(String(repeating: "info a \"b\"\n", count: 999).utf8)
        #expect(SourceFile.lineBreaks(in: lines[...]) == 999)
    }
}
