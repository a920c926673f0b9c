import Testing
@testable import PPIDModel

/// The compact storage of large registers (name index, chunked log and history, shared item
/// boxes) must behave exactly like plain arrays and dictionaries, including under rollback.
@Suite struct CompactStorageTests {
    /// Every name resolves to its entity, and `missing` names resolve to nothing.
    func expectNames(_ r: Registry, items: Range<Int>, missing: [String] = [],
                     sourceLocation: SourceLocation = #_sourceLocation) {
        for k in items {
            let name = "n\(k)"
            guard let i = r.itemIndex(named: name) else {
                Issue.record("`\(name)` is not found", sourceLocation: sourceLocation)
                return
            }
            #expect(r.items[i].name == name, sourceLocation: sourceLocation)
        }
        for name in missing {
            #expect(r.entity(named: name) == nil, "`\(name)` is still found", sourceLocation: sourceLocation)
        }
        #expect(r.names.count == r.units.count + r.roles.count + r.staff.count + r.items.count
                + r.sops.count + r.runs.count, sourceLocation: sourceLocation)
    }

    @Test func nameIndexSurvivesGrowthAndRollback() throws {
        var r = Registry()
        try r.declareUnit(name: "u", title: "U")
        for k in 0..<1000 { try r.declareItem(name: "n\(k)", title: "T") }
        expectNames(r, items: 0..<1000, missing: ["n1000", "x"])
        #expect(r.entity(named: "u") == .unit(0))

        // Grows the table inside the transaction, then removes every new name again.
        r.beginTransaction()
        for k in 1000..<3000 { try r.declareItem(name: "n\(k)", title: "T") }
        try r.declareUnit(name: "v", title: "V")
        expectNames(r, items: 0..<3000)
        r.rollback()
        expectNames(r, items: 0..<1000, missing: ["n1000", "n2999", "v"])

        // Interleaved removals: roll back small transactions many times.
        for k in 0..<500 {
            r.beginTransaction()
            try r.declareItem(name: "t\(k)", title: "T")
            try r.declareItem(name: "n\(1000 + k)", title: "T")
            if k.isMultiple(of: 2) { r.rollback() } else { r.commit() }
        }
        expectNames(r, items: 0..<1000, missing: (0..<500).filter { $0.isMultiple(of: 2) }.map { "t\($0)" })
        for k in stride(from: 1, to: 500, by: 2) {
            #expect(r.itemIndex(named: "t\(k)") != nil && r.itemIndex(named: "n\(1000 + k)") != nil)
        }
        expectError(.nameDuplicate) { try r.declareItem(name: "n5", title: "T") }
    }

    @Test func logAndHistoryRollBackAcrossChunkBoundaries() throws {
        var r = try karanganyar()
        try r.setClock(moment("2024-04-01T09:00"))
        try r.setActor("sri")
        for k in 0..<4090 { try declare(&r, "n\(k)") }
        let before = r
        let digest = r.digest()
        r.beginTransaction()
        for k in 4090..<4200 { try declare(&r, "n\(k)") }       // crosses the log's first chunk
        try r.setActor("tono")
        for k in 0..<20 { try r.classify("n\(k)", as: .berkala) }
        #expect(r.log.count > 4096)
        r.rollback()
        #expect(r == before)
        #expect(r.digest() == digest)
        #expect(r.log.last?.subject == "n4089" && r.log.last?.actor == "sri")
        #expect(r.history(of: "n0").map(\.what) == ["declared"])
        // The same statements again give the same registers as doing them without a rollback.
        var direct = before
        for k in 4090..<4200 { try declare(&r, "n\(k)"); try declare(&direct, "n\(k)") }
        #expect(r == direct && r.digest() == direct.digest())
    }

    @Test func logEntriesCarryTheirOwnClockAndActor() throws {
        var r = try karanganyar()
        let first = r.log.count
        try r.setClock(moment("2024-04-01T09:00"))
        try declare(&r, "a")
        try r.setActor("sri")
        try declare(&r, "b")
        try r.setClock(moment("2024-04-02T09:00"))
        try r.classify("a", as: .berkala)
        try r.classify("b", as: .berkala)
        let rows = Array(r.log[first...])
        #expect(rows.map(\.seq) == Array(first + 1...first + 4))
        #expect(rows.map(\.actor) == [nil, "sri", "sri", "sri"])
        #expect(rows.map(\.clock) == [moment("2024-04-01T09:00"), moment("2024-04-01T09:00"),
                                     moment("2024-04-02T09:00"), moment("2024-04-02T09:00")])
        #expect(rows.map(\.action) == ["declare", "declare", "classify", "classify"])
        let history = r.history(of: "b")
        #expect(history.map(\.what) == ["declared", "class"])
        #expect(history.map(\.seq) == [first + 2, first + 4])
        #expect(history[1].old == nil && history[1].new == "berkala" && history[1].clock == moment("2024-04-02T09:00"))
        #expect(r.history(of: "nope").isEmpty && r.history(of: "kul").isEmpty)
    }

    @Test func sharedFieldsDoNotAlias() throws {
        var r = try karanganyar()
        try declare(&r, "a")
        try declare(&r, "b")
        try r.update("b", fields: ItemFields(holder: "tph", formats: ["softcopy"]))
        let a = try #require(r.item(named: "a")), b = try #require(r.item(named: "b"))
        #expect(a.holder == "kul" && a.formats == ["softcopy", "hardcopy"] && a.place == "Karanganyar")
        #expect(b.holder == "tph" && b.formats == ["softcopy"] && b.place == "Karanganyar")
        try r.withdraw("a", reason: "Salah")
        #expect(r.item(named: "a")?.withdrawnReason == "Salah" && r.item(named: "b")?.withdrawnReason == nil)
        // Equal values compare equal however they are stored: `x` shares `p`'s box in one
        // registry and has its own in the other.
        func build(_ holderOfP: String) throws -> Registry {
            var r = try karanganyar()
            try r.declareItem(name: "p", title: "P", fields: ItemFields(holder: holderOfP))
            try r.declareItem(name: "x", title: "T", fields: ItemFields(holder: "kul"))
            return r
        }
        let c = try build("kul"), d = try build("tph")
        #expect(c.item(named: "x") == d.item(named: "x") && c.item(named: "p") != d.item(named: "p"))
    }

    @Test func chunkedArrayBehavesLikeAnArray() {
        var chunked = ChunkedArray<Int>()
        var plain: [Int] = []
        for n in 0..<10_000 { chunked.append(n); plain.append(n) }
        for k in [1, 0, 4096, 1904, 5000, 3, 0] {
            chunked.removeLast(min(k, chunked.count))
            plain.removeLast(min(k, plain.count))
            #expect(Array(chunked) == plain)
            chunked.append(-1)
            plain.append(-1)
        }
        #expect(chunked.count == 2)
        var copy = chunked
        copy[1] = 99
        #expect(chunked[1] == plain[1] && copy[1] == 99 && copy != chunked)
    }
}
