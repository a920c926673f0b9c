import Testing
@testable import PPIDModel

/// Reading the registers back from a snapshot (docs/language.md §17): integers and texts at
/// the edges of their fast paths, the words items name by position, and the log decoded aside.
struct SnapshotReadingTests {
    /// One-byte integers are read inline, longer ones by the loop; both give back what was
    /// written, and a long one cut short is an error.
    @Test(arguments: [0, 1, -1, 63, -64, 64, -65, 127, 128, 8191, 8192, 739_000, Int(Int32.max), Int.max, Int.min])
    func integersRoundTrip(_ n: Int) throws {
        var w = SnapshotWriter()
        w.int(n)
        w.int(n)
        var r = SnapshotReader(w.bytes)
        #expect(try r.int() == n)
        #expect(try r.int() == n)
        #expect(r.isAtEnd)
        if w.bytes.count > 2 {
            var cut = SnapshotReader(Array(w.bytes[..<(w.bytes.count / 2 - 1)]))
            #expect(throws: SnapshotError("truncated")) { try cut.int() }
        }
    }

    /// Texts of every length around the eight-byte ASCII check, with a non-ASCII letter at
    /// every position, come back exactly.
    @Test func textsAroundTheASCIICheckRoundTrip() throws {
        for n in 0...17 {
            var texts = [String(repeating: "a", count: n)]
            for k in 0..<n {
                var chars = Array(repeating: Character("a"), count: n)
                chars[k] = "é"
                texts.append(String(chars))
            }
            for t in texts {
                var w = SnapshotWriter()
                w.str(t)
                var r = SnapshotReader(w.bytes)
                #expect(try r.str() == t)
            }
        }
    }

    static func registry() throws -> Registry {
        var g = try karanganyar()
        try g.declareItem(name: "dipa", title: "DIPA 2024")
        try g.declareItem(name: "lapkeu", title: "Laporan Keuangan", fields: ItemFields(holder: "kul"))
        try g.classify("dipa", as: .berkala)
        return g
    }

    /// The words items use are written once by name: a name this ppid does not know makes
    /// the snapshot unreadable (it is then replayed), never a wrong class.
    @Test func aWordThisPPIDDoesNotKnowIsRefused() throws {
        let g = try Self.registry()
        var w = SnapshotWriter()
        g.writeSnapshot(to: &w)
        var r0 = SnapshotReader(w.bytes)
        #expect(try Registry.readSnapshot(from: &r0).digest() == g.digest())
        // `serta_merta` is in the class table only (no item has that class).
        let word = Array("serta_merta".utf8)
        let at = try #require((0...(w.bytes.count - word.count)).first { Array(w.bytes[$0..<$0 + word.count]) == word })
        var bad = w.bytes
        bad[at + word.count - 1] = UInt8(ascii: "x")
        var r = SnapshotReader(bad)
        #expect(throws: SnapshotError("unknown word")) { try Registry.readSnapshot(from: &r) }
    }

    /// The log's rows go to `aside` (another thread, at the prompt), which is waited for
    /// when the rest is read and also when it fails.
    @Test func theLogIsDecodedAsideAndWaitedForAlways() throws {
        let g = try Self.registry()
        var w = SnapshotWriter()
        g.writeSnapshot(to: &w)
        final class Count: @unchecked Sendable { var started = 0, waited = 0 }
        func aside(_ c: Count) -> Registry.ReadAside {
            { work in
                c.started += 1
                let result = work()
                return { c.waited += 1; return result }
            }
        }
        let whole = Count()
        var r = SnapshotReader(w.bytes)
        #expect(try Registry.readSnapshot(from: &r, aside: aside(whole)).digest() == g.digest())
        #expect(whole.started == 1 && whole.waited >= 1)
        // Cut short after the log: the rest fails, and the log was still waited for.
        let cut = Count()
        var short = SnapshotReader(Array(w.bytes.dropLast(8)))
        #expect(throws: SnapshotError.self) { try Registry.readSnapshot(from: &short, aside: aside(cut)) }
        #expect(cut.started == 1 && cut.waited >= 1)
    }

    /// A varint of the most negative integer put at every position of a registers' snapshot:
    /// every read that does arithmetic on a count, code or index refuses it, none traps.
    @Test func theMostNegativeIntegerAnywhereIsRefused() throws {
        let g = try Self.registry()
        var w = SnapshotWriter()
        g.writeSnapshot(to: &w)
        var minimum = SnapshotWriter()
        minimum.int(Int.min)
        var refused = 0
        for at in 0..<w.bytes.count {
            var b = w.bytes
            b.replaceSubrange(at..<min(at + minimum.bytes.count, b.count), with: minimum.bytes)
            var r = SnapshotReader(b)
            do { _ = try Registry.readSnapshot(from: &r) } catch { refused += 1 }
        }
        #expect(refused > w.bytes.count / 2)
    }

    /// History values are checked before any arithmetic: with no fixed words written, a word
    /// code is a text position that must exist, and a negative one is refused.
    @Test(arguments: [Int.min, -1, 1, 2, Int.max])
    func aHistoryValueOutOfRangeIsRefused(_ value: Int) throws {
        var t = SnapshotWriter()
        for names in [InfoClass.allCases.map(\.rawValue), ItemStatus.allCases.map(\.rawValue),
                      ChangeField.allCases.map(\.rawValue), DurationUnit.allCases.map(\.rawValue), []] {
            t.strs(names)
        }
        var tr = SnapshotReader(t.bytes)
        let words = try ItemWords(from: &tr)
        var h = SnapshotWriter()
        h.strs([])
        h.int(0); h.int(0); h.int(0); h.int(value); h.int(0)
        var r = SnapshotReader(h.bytes)
        #expect(throws: SnapshotError("bad history value")) {
            _ = try HistoryStore(reading: &r, count: 1, words: words, logRows: 1)
        }
    }
}
