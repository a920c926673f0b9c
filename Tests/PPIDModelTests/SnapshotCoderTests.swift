import Testing
@testable import PPIDModel

/// SnapshotWriter and SnapshotReader: texts come back exactly or not at all, and a nested
/// reader sees only its own field.
struct SnapshotCoderTests {
    @Test(arguments: ["", "kul", "Laporan Keuangan 2025 (Subbagian KUL)", "Rapat pleno — Jakarta", "ringkasan é ü 日本 🗳", String(repeating: "a", count: 300)])
    func textsRoundTrip(_ text: String) throws {
        var w = SnapshotWriter()
        w.str(text)
        w.int(-7)
        var r = SnapshotReader(w.bytes)
        #expect(try r.str() == text)
        #expect(try r.int() == -7)
        #expect(r.isAtEnd)
    }

    /// Bytes that are not UTF-8 are an error, never a repaired text.
    @Test(arguments: [[0xFF], [0x61, 0x80], [0xC3], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x41, 0xE2, 0x82]] as [[UInt8]])
    func invalidTextIsRefused(_ bytes: [UInt8]) {
        var w = SnapshotWriter()
        w.raw(bytes)
        var r = SnapshotReader(w.bytes)
        #expect(throws: SnapshotError("bad text")) { try r.str() }
    }

    @Test func aNestedReaderReadsOnlyItsField() throws {
        var inner = SnapshotWriter()
        inner.int(42)
        inner.str("dalam")
        var w = SnapshotWriter()
        w.raw(inner.bytes)
        w.str("luar")
        var r = SnapshotReader(w.bytes)
        var n = try r.nested()
        #expect(n.remaining == inner.bytes.count)
        #expect(try n.int() == 42)
        #expect(try n.str() == "dalam")
        #expect(n.isAtEnd)
        // Its end is the field's, though the outer bytes go on.
        #expect(throws: SnapshotError("truncated")) { try n.byte() }
        #expect(try r.str() == "luar")
        #expect(r.isAtEnd)
    }

    @Test func aFieldLongerThanWhatIsLeftIsRefused() {
        var w = SnapshotWriter()
        w.int(10)
        w.byte(1)
        var r = SnapshotReader(w.bytes)
        #expect(throws: SnapshotError("bad length")) { try r.nested() }
    }
}
