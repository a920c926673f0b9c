import Testing
@testable import PPIDModel

@Suite struct DigestTests {
    @Test func digestIsLowercaseHexSha256() {
        let d = Registry().digest()
        #expect(d.count == 64)
        #expect(d.allSatisfy { "0123456789abcdef".contains($0) })
    }

    /// Pinned: a change to the serialisation must change `digestVersion` and this value together.
    @Test func emptyRegistryDigestIsPinned() {
        #expect(Registry().digest() == "ccc50369e9338b9ae51c59e7a7ed2cfdeea60596066079ff6b704a01d2774fcb")
    }

    /// Pinned for a registry with every kind of register, so a change in the layout of items,
    /// runs, steps or the log is noticed (update the pin together with `digestVersion`).
    @Test func smallOfficeDigestIsPinned() throws {
        var r = try karanganyar()
        try r.setClock(moment("2024-04-01T09:00"))
        try r.setActor("sri")
        try declare(&r, "a")
        try r.classify("a", as: .berkala)
        try declare(&r, "b")
        try r.classify("b", as: .dikecualikan, exemption: exemption())
        try r.start(sop: "maklumat", subjects: ["a"])
        try r.complete("maklumat_1", note: "ok")
        try r.allow(roles: ["ppid"], actions: [.classify])
        #expect(r.digest() == "1396e99140c79b1651290c3cc4c4255e659182fc6d88d1fb02d9d7f6d5450f9d")
    }

    @Test func sameStatementsGiveTheSameDigest() throws {
        func build() throws -> Registry {
            var r = try karanganyar()
            try r.setClock(moment("2024-04-01T09:00"))
            try r.setActor("sri")
            try declare(&r, "a")
            try r.classify("a", as: .dikecualikan, exemption: exemption())
            try r.start(sop: "maklumat", subjects: ["a"])
            try r.complete("maklumat_1")
            try r.allow(roles: ["ppid"], actions: [.withdraw, .classify])
            return r
        }
        let a = try build(), b = try build()
        #expect(a == b)
        #expect(a.digest() == b.digest())
        #expect(a.digest() == a.digest())
    }

    @Test func everyKindOfChangeChangesTheDigest() throws {
        var base = try karanganyar()
        try base.setClock(moment("2024-04-01T09:00"))
        try base.setActor("sri")
        try declare(&base, "a")
        try base.start(sop: "maklumat", name: "mk", subjects: ["a"])
        let changes: [(String, (inout Registry) throws(ModelError) -> Void)] = [
            ("clock", { r throws(ModelError) in try r.setClock(moment("2024-04-01T09:01")) }),
            ("actor", { r throws(ModelError) in try r.setActor("tono") }),
            ("update", { r throws(ModelError) in try r.update("a", fields: ItemFields(place: "Solo")) }),
            ("documented", { r throws(ModelError) in try r.update("a", fields: ItemFields(documented: true)) }),
            ("classify", { r throws(ModelError) in try r.classify("a", as: .berkala) }),
            ("exempt", { r throws(ModelError) in try r.classify("a", as: .dikecualikan, exemption: exemption()) }),
            ("withdraw", { r throws(ModelError) in try r.withdraw("a", reason: "r") }),
            ("declare", { r throws(ModelError) in try r.declareItem(name: "b", title: "B") }),
            ("unit", { r throws(ModelError) in try r.declareUnit(name: "pdi", title: "PDI") }),
            ("role", { r throws(ModelError) in try r.declareRole(name: "tim", title: "Tim") }),
            ("staff", { r throws(ModelError) in try r.declareStaff(name: "dewi", fullName: "Dewi") }),
            ("login", { r throws(ModelError) in try r.declareStaff(name: "dewi", fullName: "Dewi", login: "dewi") }),
            ("run", { r throws(ModelError) in try r.complete("mk") }),
            ("start", { r throws(ModelError) in try r.start(sop: "maklumat") }),
            ("cancel", { r throws(ModelError) in try r.cancel("mk") }),
            ("allow", { r throws(ModelError) in try r.allow(roles: ["ppid"], actions: [.export]) }),
            ("holiday", { r throws(ModelError) in try r.addHoliday(from: day("2024-05-01"), to: day("2024-05-01"), name: "Buruh") }),
            ("leave", { r throws(ModelError) in try r.addLeave(from: day("2024-05-10"), to: day("2024-05-10"), name: "Cuti") }),
            ("hours", { r throws(ModelError) in try r.setWorkHours(start: TimeOfDay(minutes: 420), end: TimeOfDay(minutes: 960)) }),
            ("option", { r throws(ModelError) in r.setLeaveIsWorkday(true) }),
            ("sop", { r throws(ModelError) in try r.declareSop(Sop(name: "s", title: "S", steps: [SopStep(number: 1, activity: "A", by: ["ppid"])])) }),
        ]
        var seen: [String: String] = [base.digest(): "base"]
        for (label, change) in changes {
            var r = base
            try change(&r)
            let d = r.digest()
            #expect(seen[d] == nil, "\(label) gives the same digest as \(seen[d] ?? "")")
            seen[d] = label
        }
    }

    /// A field added to a register type must also be added to `digest()`: these counts are the
    /// stored properties the digest writes. Update Registry+Digest.swift, then the count.
    @Test func digestCoversEveryStoredField() throws {
        var r = try karanganyar()
        try r.setClock(moment("2024-04-01T09:00"))
        try declare(&r, "a")
        try r.classify("a", as: .dikecualikan, exemption: exemption())
        try r.start(sop: "maklumat", subjects: ["a"])
        try r.setActor("sri")
        try r.complete("maklumat_1")
        func fields(_ value: Any) -> Int { Mirror(reflecting: value).children.count }
        let item = try #require(r.items.first)
        let sop = try #require(r.sops.first)
        // registers + names, sopRunCounts, journal (derived / not hashed) + the history store;
        // requests, periods, the number pattern and the per-year sequences; objections and theirs
        #expect(fields(r) == 23)
        // 16 fields, stored as 12: holder, responsible, place, formats, media share a box, the
        // exemption and withdrawal reason another; history is the registry's (written per item).
        #expect(fields(item) == 12)
        #expect(fields(ItemAttributes()) == 5)
        #expect(fields(ItemExtras()) == 3)
        #expect(fields(try #require(item.exemption)) == 8)
        #expect(fields(ConsequenceTest()) == 6)
        #expect(fields(try #require(r.history(of: "a").first)) == 6)
        #expect(fields(sop) == 4)
        #expect(fields(sop.header) == 16)
        #expect(fields(sop.steps[0]) == 11)
        #expect(fields(try #require(r.runs.first)) == 14)   // incl. sopIndex, requestIndices (derived)
        #expect(fields(try #require(r.steps.first)) == 11)
        #expect(fields(try #require(r.log.first)) == 6)
        #expect(fields(try #require(r.staff.first)) == 5)
        #expect(fields(try #require(r.office)) == 2)
        // Requests: 23 fields incl. aboutIndices (derived); the extension and the answer.
        try r.receiveRequest(name: "p1", fields: RequestFields(from: "Budi", asks: "Rekap", purpose: "Skripsi"))
        try r.extend("p1", reason: "Menghitamkan")
        try r.answer("p1", outcome: .grant)
        let q = try #require(r.requests.first)
        #expect(fields(q) == 23)
        #expect(fields(try #require(q.extended)) == 3)
        #expect(fields(try #require(q.answer)) == 14)
        #expect(fields(DeadlineFigures.standard) == 5)
        #expect(fields(DeadlineFigures.standard) == DeadlineFigures.standard.named.count)
        try r.definePeriod(name: "pemilihan", from: day("2024-05-27"), to: day("2024-11-27"), title: "Pilkada")
        #expect(fields(try #require(r.periods.first)) == 5)
        #expect(fields(r.requestNumberPattern) == 2)   // the text and its parsed pieces (derived)
    }

    @Test func stringBoundariesAreUnambiguous() throws {
        var a = Registry(), b = Registry()
        try a.declareUnit(name: "ab", title: "c")
        try b.declareUnit(name: "a", title: "bc")
        #expect(a.digest() != b.digest())
        var c = Registry(), d = Registry()
        try c.declareOffice(name: "x", fields: [OfficeField(key: "k", value: "")])
        try d.declareOffice(name: "x", fields: [OfficeField(key: "", value: "k")])
        #expect(c.digest() != d.digest())
    }

    @Test func transactionsDoNotAffectTheDigest() throws {
        var r = try karanganyar()
        let d = r.digest()
        r.beginTransaction()
        #expect(r.digest() == d)
        r.commit()
        #expect(r.digest() == d)
    }

    @Test func largeRegistersDigestQuickly() throws {
        var r = try karanganyar()
        try r.setClock(moment("2025-01-06T09:00"))
        try r.setActor("sri")
        for k in 0..<20_000 {
            try r.declareItem(name: "i\(k)", title: "Laporan \(k)",
                              fields: ItemFields(summary: "Ringkasan \(k)", holder: "kul", responsible: "sri",
                                                 made: day("2024-01-15"), formats: ["softcopy", "hardcopy"]))
            try r.classify("i\(k)", as: .berkala)
        }
        let clock = ContinuousClock()
        var digest = ""
        let elapsed = clock.measure { digest = r.digest() }
        #expect(digest.count == 64)
        #expect(elapsed < .seconds(3))   // debug build; release is far faster
    }
}
