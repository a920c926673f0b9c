import Testing
@testable import PPIDModel

@Suite struct ItemLifecycleTests {
    @Test func declareUpdateClassifyApprovePublishWithdraw() throws {
        var r = try karanganyar()
        try r.setClock(moment("2024-04-01T09:00"))
        try r.setActor("sri")
        try declare(&r, "lapkeu_2023", title: "Laporan Keuangan Tahun 2023")
        var item = try #require(r.item(named: "lapkeu_2023"))
        #expect(item.status == .draft && item.infoClass == nil && !item.isInDIP)
        #expect(item.holder == "kul" && item.responsible == "sri" && item.formats == ["softcopy", "hardcopy"])
        #expect(r.history(of: "lapkeu_2023").map(\.what) == ["declared"])

        try r.update("lapkeu_2023", fields: ItemFields(retention: .duration(Duration(amount: 5, unit: .year))))
        item = try #require(r.item(named: "lapkeu_2023"))
        #expect(item.retention == .duration(Duration(amount: 5, unit: .year)))
        let change = try #require(r.history(of: "lapkeu_2023").last)
        #expect(change.what == "retention" && change.old == "10 years" && change.new == "5 years")
        #expect(change.actor == "sri" && change.clock == moment("2024-04-01T09:00"))
        #expect(r.log.last?.action == "update" && r.log.last?.seq == change.seq)

        try r.classify("lapkeu_2023", as: .berkala)
        try r.mark("lapkeu_2023", .approved)
        #expect(r.dip.map(\.name) == ["lapkeu_2023"])
        try r.mark("lapkeu_2023", .proposed)   // behind: no change
        #expect(r.item(named: "lapkeu_2023")?.status == .approved)
        try r.mark("lapkeu_2023", .published)
        try r.mark("lapkeu_2023", .documented)
        item = try #require(r.item(named: "lapkeu_2023"))
        #expect(item.status == .published && item.documented && item.isInDIP)

        try r.withdraw("lapkeu_2023", reason: "Diganti laporan audit")
        item = try #require(r.item(named: "lapkeu_2023"))
        #expect(item.status == .withdrawn && item.withdrawnReason == "Diganti laporan audit")
        #expect(r.dip.isEmpty)
        // Reopen by classify: back to draft.
        try r.classify("lapkeu_2023", as: .berkala)
        #expect(r.item(named: "lapkeu_2023")?.status == .draft)
        #expect(r.history(of: "lapkeu_2023").last?.what == "status")
    }

    @Test func updateWithNoChangeRecordsNothing() throws {
        var r = try karanganyar()
        try declare(&r, "a")
        let before = r
        try r.update("a", fields: ItemFields(summary: "Ringkasan", holder: "kul"))
        #expect(r == before)
    }

    @Test func exemptItemsAreListedInDikAndExpire() throws {
        var r = try karanganyar()
        try r.setClock(moment("2024-04-01T09:00"))
        try declare(&r, "b1_kwk")
        try declare(&r, "tes")
        try r.classify("b1_kwk", as: .dikecualikan, exemption: exemption(until: "2029-12-31"))
        try r.classify("tes", as: .dikecualikan, exemption: exemption(until: "2024-04-30"))
        #expect(r.dik.map(\.item.name) == ["b1_kwk", "tes"])
        #expect(r.dik.map(\.expired) == [false, false])
        try r.setClock(moment("2024-05-01T08:00"))
        #expect(r.dik.map(\.expired) == [false, true])
        #expect(r.dip.isEmpty)
        // A withdrawn exempt item leaves the DIK.
        try r.withdraw("tes", reason: "Dimusnahkan")
        #expect(r.dik.map(\.item.name) == ["b1_kwk"])
    }

    @Test func exemptionForADurationCountsFromToday() throws {
        var r = try karanganyar()
        try declare(&r, "x")
        expectError(.clockUnset) {
            try r.classify("x", as: .dikecualikan,
                           exemption: ExemptionInput(basis: "Pasal 17 huruf h", consequence: "c",
                                                     period: Duration(amount: 5, unit: .year)))
        }
        try r.setClock(moment("2024-04-01T09:00"))
        try r.classify("x", as: .dikecualikan,
                       exemption: ExemptionInput(basis: "Pasal 17 huruf h", consequence: "c",
                                                 period: Duration(amount: 5, unit: .year)))
        let e = try #require(r.item(named: "x")?.exemption)
        #expect(e.until == day("2029-04-01") && e.period == Duration(amount: 5, unit: .year))
    }

    @Test(arguments: [
        (ExemptionInput(basis: "Pasal 17 huruf h"),
         "an exemption needs a consequence (the harm if the information were opened) and a period (an end date or a duration)"),
        (ExemptionInput(consequence: "c", until: day("2029-01-01")),
         "an exemption needs a legal basis (e.g. \"Pasal 17 huruf h\")"),
        (ExemptionInput(basis: "b", consequence: "c"),
         "an exemption needs a period (an end date or a duration)"),
        (ExemptionInput(),
         "an exemption needs a legal basis (e.g. \"Pasal 17 huruf h\"), a consequence (the harm if the information were opened) and a period (an end date or a duration)"),
    ])
    func exemptionNamesExactlyWhatIsMissing(input: ExemptionInput, message: String) throws {
        var r = try karanganyar()
        try declare(&r, "x")
        let before = r
        let e = expectError(.exemptMissing) { try r.classify("x", as: .dikecualikan, exemption: input) }
        #expect(e?.message == message)
        #expect(r == before)
    }

    @Test func exemptionPeriodErrors() throws {
        var r = try karanganyar()
        try r.setClock(moment("2024-04-01T09:00"))
        try declare(&r, "x")
        var both = exemption()
        both.period = Duration(amount: 1, unit: .year)
        expectError(.exemptPeriod) { try r.classify("x", as: .dikecualikan, exemption: both) }
        let hours = ExemptionInput(basis: "b", consequence: "c", period: Duration(amount: 3, unit: .hour))
        expectError(.exemptPeriod) { try r.classify("x", as: .dikecualikan, exemption: hours) }
        let zero = ExemptionInput(basis: "b", consequence: "c", period: Duration(amount: 0, unit: .year))
        expectError(.exemptPeriod) { try r.classify("x", as: .dikecualikan, exemption: zero) }
        let huge = ExemptionInput(basis: "b", consequence: "c", period: Duration(amount: 9000, unit: .year))
        expectError(.exemptPeriod) { try r.classify("x", as: .dikecualikan, exemption: huge) }
        expectError(.classifyFields) { try r.classify("x", as: .berkala, exemption: exemption()) }
    }

    @Test func publishingAnExemptItemNamesBasisAndEnd() throws {
        var r = try karanganyar()
        try r.setClock(moment("2024-04-01T09:00"))
        try declare(&r, "b1_kwk")
        try r.classify("b1_kwk", as: .dikecualikan, exemption: exemption(until: "2029-12-31"))
        try r.mark("b1_kwk", .approved)   // the exemption itself may be approved
        #expect(r.dip.isEmpty)
        let e = expectError(.publishExempt) { try r.mark("b1_kwk", .published) }
        #expect(e?.message.contains("Pasal 17 huruf h") == true)
        #expect(e?.message.contains("2029-12-31") == true)
        #expect(r.item(named: "b1_kwk")?.status == .approved)
        // Still not publishable after it expires.
        try r.setClock(moment("2030-01-02T08:00"))
        let expired = expectError(.publishExempt) { try r.mark("b1_kwk", .published) }
        #expect(expired?.message.contains("ended on 2029-12-31") == true)
        expectInvariant(r)
    }

    @Test func publishedItemMustBeWithdrawnBeforeExemption() throws {
        var r = try karanganyar()
        try declare(&r, "x")
        try r.classify("x", as: .berkala)
        try r.mark("x", .published)
        let e = expectError(.classifyPublished) { try r.classify("x", as: .dikecualikan, exemption: exemption()) }
        #expect(e?.message.contains("withdraw it first") == true)
        #expect(e?.subject == "x")
        try r.withdraw("x", reason: "Mengandung data pribadi")
        try r.classify("x", as: .dikecualikan, exemption: exemption())
        let item = try #require(r.item(named: "x"))
        #expect(item.status == .draft && item.infoClass == .dikecualikan && !item.isInDIP)
        expectInvariant(r)
    }

    @Test func crossingBetweenOpenAndExemptResetsApproval() throws {
        var r = try karanganyar()
        try declare(&r, "x")
        try r.classify("x", as: .berkala)
        try r.mark("x", .approved)
        try r.classify("x", as: .setiap_saat)            // open → open keeps the approval
        #expect(r.item(named: "x")?.status == .approved)
        try r.classify("x", as: .dikecualikan, exemption: exemption())
        #expect(r.item(named: "x")?.status == .draft)     // open → exempt: not approved as exempt
        try r.mark("x", .approved)
        #expect(throws: ModelError.self) { try r.classify("x", as: .berkala) }   // leaving needs a ground (E499)
        try r.classify("x", as: .berkala, exemption: ExemptionInput(ground: "Keputusan pencabutan penetapan"))
        let item = try #require(r.item(named: "x"))
        #expect(item.status == .draft && item.exemption == nil && !item.isInDIP)
        #expect(r.history(of: "x").suffix(3).map(\.what) == ["class", "exemption", "status"])
    }

    @Test func itemErrors() throws {
        var r = try karanganyar()
        try declare(&r, "x")
        expectError(.itemUnknown) { try r.classify("nope", as: .berkala) }
        let kindError = expectError(.itemUnknown) { try r.classify("kul", as: .berkala) }
        #expect(kindError?.message == "`kul` is a unit, not an information item")
        expectError(.nameDuplicate) { try declare(&r, "x") }
        expectError(.nameReserved) { try declare(&r, "berkala") }
        expectError(.nameEmpty) { try declare(&r, "") }
        expectError(.unitUnknown) { try r.update("x", fields: ItemFields(holder: "sri")) }
        expectError(.staffUnknown) { try r.update("x", fields: ItemFields(responsible: "kul")) }
        expectError(.itemTitle) { try r.update("x", fields: ItemFields(title: "")) }
        expectError(.withdrawReason) { try r.withdraw("x", reason: "") }
        try r.withdraw("x", reason: "r")
        expectError(.itemWithdrawn) { try r.withdraw("x", reason: "again") }
        expectError(.markWithdrawn) { try r.mark("x", .approved) }
        try declare(&r, "y")
        expectError(.publishUnclassified) { try r.mark("y", .published) }
    }
}
