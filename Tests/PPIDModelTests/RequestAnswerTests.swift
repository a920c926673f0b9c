import Testing
@testable import PPIDModel

/// Extending and answering requests: the statutory clock, the exemption rules, who may answer,
/// the inbox, runs for requests, and that a failed statement changes nothing.
@Suite struct RequestAnswerTests {
    /// The 2024 office, sri acting, with an open item `rekap`, an exempt item `data_calon`
    /// (Pasal 17 huruf h), and request p1 received Mon 1 Apr 2024 09:00 about both (due 23 Apr).
    func office() throws -> Registry {
        var r = try requestOffice()
        try r.setClock(moment("2024-03-01T09:00"))
        try r.setActor("sri")
        try declare(&r, "rekap", title: "Rekapitulasi hasil Pilkada")
        try r.classify("rekap", as: .setiap_saat)
        try declare(&r, "data_calon", title: "Data pribadi pendukung calon")
        try r.classify("data_calon", as: .dikecualikan, exemption: exemption())
        try receive(&r, "p1", at: "2024-04-01T09:00", about: ["rekap", "data_calon"])
        return r
    }

    @Test("extended: due Fri 3 May 2024, the 17th working day after receipt")
    func extendToThirdOfMay() throws {
        var r = try office()
        try r.setClock(moment("2024-04-22T10:00"))
        let p = try r.extend("p1", reason: "Memerlukan waktu untuk menghitamkan bagian yang dikecualikan")
        #expect(p.due == moment("2024-05-03T16:00"))
        #expect(p.status == .extended)
        #expect(p.extended == RequestExtension(reason: "Memerlukan waktu untuk menghitamkan bagian yang dikecualikan",
                                               at: moment("2024-04-22T10:00"), by: "sri"))
        #expect(r.log.last?.action == "extend" && r.log.last?.detail.hasPrefix("due 2024-05-03 16:00: ") == true)
    }

    @Test("an extension exactly at the due is in time; one minute later it is refused")
    func extendAtTheDue() throws {
        var r = try office()
        try r.setClock(moment("2024-04-23T16:00"))
        #expect(try r.extend("p1", reason: "Alasan").due == moment("2024-05-03T16:00"))
        var s = try office()
        try s.setClock(moment("2024-04-23T16:01"))
        let before = s
        let e = expectError(.requestExtendLate) { try s.extend("p1", reason: "Alasan") }
        #expect(e?.message == "request `p1` was due 2024-04-23 16:00: it is 2024-04-23 16:01, too late to extend")
        #expect(e?.text.indonesian == "tenggat permohonan `p1` adalah 23 April 2024 pukul 16.00: sekarang sudah 23 April 2024 pukul 16.01, terlambat untuk memperpanjang")
        #expect(s == before)
    }

    @Test("a second extension, an extension after the answer, without a reason: errors, nothing changed")
    func extensionErrors() throws {
        var r = try office()
        try r.setClock(moment("2024-04-05T10:00"))
        let noReason = expectError(.requestExtendReason) { try r.extend("p1", reason: "") }
        #expect(noReason?.message == "extending request `p1` needs a written reason")
        try r.extend("p1", reason: "Koordinasi")
        let before = r
        let twice = expectError(.requestExtendedTwice) { try r.extend("p1", reason: "Lagi") }
        #expect(twice?.message == "request `p1` was already extended on 2024-04-05 10:00 (due 2024-05-03 16:00): a request is extended only once")
        #expect(twice?.notes.first?.english == "the reason given: \"Koordinasi\"")
        #expect(r == before)
        var s = try office()
        try s.answer("p1", outcome: .refuse)
        let answered = expectError(.requestAnswered) { try s.extend("p1", reason: "Koordinasi") }
        #expect(answered?.message == "request `p1` was already answered (refuse) on 2024-04-01 09:00: it can no longer be extended")
        let unknown = expectError(.requestUnknown) { try s.extend("p9", reason: "X") }
        #expect(unknown?.message == "there is no request named `p9`")
        expectError(.requestUnknown) { try s.extend("rekap", reason: "X") }
    }

    @Test("answer twice and answer an unknown request: errors, nothing changed")
    func answerErrors() throws {
        var r = try office()
        try r.setClock(moment("2024-04-05T10:00"))
        try r.answer("p1", outcome: .partial, details: AnswerDetails(given: ["rekap"], withheld: "Data pribadi"))
        let before = r
        let twice = expectError(.requestAnswered) { try r.answer("p1", outcome: .grant) }
        #expect(twice?.message == "request `p1` was already answered (partial) on 2024-04-05 10:00: a request is answered once")
        let unknown = expectError(.requestUnknown) { try r.answer("p2", outcome: .grant) }
        #expect(unknown?.text.indonesian == "tidak ada permohonan informasi bernama `p2`")
        let item = expectError(.requestUnknown) { try r.answer("rekap", outcome: .grant) }
        #expect(item?.message == "`rekap` is an information item, not a request")
        #expect(r == before)
    }

    @Test("days, late and overdue")
    func daysLateOverdue() throws {
        var r = try office()
        let p = try #require(r.request(named: "p1"))
        #expect(!p.isOverdue(at: moment("2024-04-23T16:00")))
        #expect(p.isOverdue(at: moment("2024-04-23T16:01")))
        #expect(p.days == nil && !p.isLate)
        try r.setClock(moment("2024-04-22T10:00"))
        #expect(!r.isOverdue(p))
        var inTime = r
        let a = try inTime.answer("p1", outcome: .refuse)
        #expect(a.days == 9 && !a.late && inTime.request(named: "p1")?.status == .answered)
        // Answered after the due: recorded, and late.
        try r.setClock(moment("2024-04-24T09:00"))
        #expect(try r.isOverdue(#require(r.request(named: "p1"))))
        let late = try r.answer("p1", outcome: .refuse)
        #expect(late.days == 11 && late.late)
        let q = try #require(r.request(named: "p1"))
        #expect(q.isLate && q.days == 11 && !q.isOverdue(at: moment("2024-05-30T09:00")))
        #expect(r.log.last?.detail == "refuse; 11 workdays; late; basis Pasal 17 huruf h")
    }

    @Test("granting an exempt item is an error naming its exemption")
    func grantExempt() throws {
        var r = try office()
        let before = r
        let e = expectError(.requestGrantExempt) { try r.answer("p1", outcome: .grant, details: AnswerDetails(form: .softcopy, cost: 0)) }
        #expect(e?.message == "`data_calon` is exempt (dikecualikan, Pasal 17 huruf h): an answer `grant` cannot give it")
        #expect(e?.text.indonesian == "`data_calon` adalah informasi yang dikecualikan (Pasal 17 huruf h): jawaban `grant` tidak dapat memberikannya")
        let partial = expectError(.requestGrantExempt) {
            try r.answer("p1", outcome: .partial, details: AnswerDetails(given: ["rekap", "data_calon"]))
        }
        #expect(partial?.notes.first?.english == "leave `data_calon` out of `given`: its exempt parts are withheld")
        #expect(r == before)
        // A request about open items only may be granted in full.
        try receive(&r, "p2", at: "2024-04-02T09:00", about: ["rekap"])
        let a = try r.answer("p2", outcome: .grant, details: AnswerDetails(form: .softcopy, cost: 0, note: "Dikirim melalui surel"))
        #expect(a.form == .softcopy && a.cost == 0 && a.note == "Dikirim melalui surel" && a.basis == nil)
    }

    @Test("refuse and partial default the basis to the exempt item's; with none it is an error")
    func basisDefaults() throws {
        var r = try office()
        var refused = r
        #expect(try refused.answer("p1", outcome: .refuse, details: AnswerDetails(reason: "Data pribadi")).basis == "Pasal 17 huruf h")
        var given = r
        let a = try given.answer("p1", outcome: .partial, details: AnswerDetails(given: ["rekap"], withheld: "Nomor rekening"))
        #expect(a.basis == "Pasal 17 huruf h" && a.given == ["rekap"] && a.withheld == "Nomor rekening")
        var own = r
        #expect(try own.answer("p1", outcome: .refuse, details: AnswerDetails(basis: "Pasal 17 huruf h angka 3")).basis
            == "Pasal 17 huruf h angka 3")
        // Not about an exempt item, and no basis given.
        try receive(&r, "p2", at: "2024-04-02T09:00", about: ["rekap"])
        let before = r
        let e = expectError(.requestBasisMissing) { try r.answer("p2", outcome: .refuse) }
        #expect(e?.message == "an answer `refuse` to request `p2` needs a Pasal 17 basis")
        expectError(.requestBasisMissing) { try r.answer("p2", outcome: .partial, details: AnswerDetails(given: ["rekap"], basis: "")) }
        #expect(r == before)
    }

    @Test("not_held needs the holder; fields that do not apply, a negative cost, given items not asked for")
    func detailErrors() throws {
        var r = try office()
        let before = r
        let holder = expectError(.requestHolderMissing) { try r.answer("p1", outcome: .not_held) }
        #expect(holder?.message == "an answer `not_held` to request `p1` must say who holds the information (`holder`)")
        let field = expectError(.requestAnswerField) {
            try r.answer("p1", outcome: .grant, details: AnswerDetails(basis: "Pasal 17", holder: "Bawaslu"))
        }
        #expect(field?.message == "an answer `grant` takes no `basis` or `holder`")
        #expect(field?.notes.first?.english == "an answer `grant` may give `form`, `cost` and `note`")
        let cost = expectError(.requestAnswerField) {
            try r.answer("p1", outcome: .partial, details: AnswerDetails(cost: -5000, given: ["rekap"]))
        }
        #expect(cost?.message == "the cost cannot be negative (got -5000)")
        try declare(&r, "lain")
        let r2 = r
        let notAbout = expectError(.requestGivenNotAbout) {
            try r.answer("p1", outcome: .partial, details: AnswerDetails(given: ["lain"]))
        }
        #expect(notAbout?.message == "`lain` is not one of the items request `p1` is about (`rekap` and `data_calon`)")
        expectError(.itemUnknown) { try r.answer("p1", outcome: .partial, details: AnswerDetails(given: ["nope"])) }
        #expect(r == r2 && before.requests == r.requests)
        let nh = try r.answer("p1", outcome: .not_held, details: AnswerDetails(holder: "Bawaslu Kabupaten Karanganyar"))
        #expect(nh.holder == "Bawaslu Kabupaten Karanganyar")
        #expect(r.log.last?.detail == "not_held; 0 workdays; holder Bawaslu Kabupaten Karanganyar")
        var s = try office()
        #expect(try s.answer("p1", outcome: .not_documented, details: AnswerDetails(ready: day("2024-05-02"))).ready == day("2024-05-02"))
    }

    @Test("only the roles of `allow ... to answer, extend` may answer and extend")
    func authorisation() throws {
        var r = try office()
        try r.allow(roles: ["atasan_ppid"], actions: [.answer, .extend])
        let before = r
        let e = expectError(.permissionDenied) { try r.answer("p1", outcome: .refuse) }
        #expect(e?.message == "`sri` may not answer: only `atasan_ppid` may")
        #expect(e?.text.indonesian == "`sri` tidak berwenang menjawab permohonan informasi: hanya `atasan_ppid` yang berwenang")
        expectError(.permissionDenied) { try r.extend("p1", reason: "X") }
        #expect(r == before)
        try r.setActor("tono")
        try r.extend("p1", reason: "Koordinasi")
        #expect(try r.answer("p1", outcome: .refuse).by == "tono")
        var s = try office()
        try s.allow(roles: ["ppid"], actions: [.answer])
        s.clearActor()
        expectError(.actorUnset) { try s.answer("p1", outcome: .refuse) }
        try s.extend("p1", reason: "Tanpa aturan extend: siapa pun boleh")
    }

    @Test("the inbox: open requests, most urgent first, for those who may answer")
    func inbox() throws {
        var r = try office()
        try receive(&r, "p2", at: "2024-04-02T09:00")
        try receive(&r, "p3", at: "2024-04-02T10:00")
        try r.setClock(moment("2024-04-03T09:00"))
        try r.extend("p1", reason: "Koordinasi")            // p1 is now due 3 May
        try r.answer("p3", outcome: .refuse, details: AnswerDetails(basis: "Pasal 17 huruf h"))
        try receive(&r, "p4", at: "2024-04-03T10:00")       // due 25 Apr; p2 is due 24 Apr
        // No `allow ... to answer`: the `ppid` role's inbox.
        #expect(r.requestAnswerRoles == ["ppid"])
        let sri = r.requestInbox(for: "sri", now: moment("2024-04-25T17:00"))
        #expect(sri.map(\.request) == ["p2", "p4", "p1"])
        #expect(sri.map(\.overdue) == [true, true, false])
        #expect(sri.first?.role == "ppid" && sri.first?.number == "002/PPID/IV/2024")
        #expect(sri.last?.status == .extended && sri.last?.due == moment("2024-05-03T16:00"))
        #expect(r.requestInbox(for: "eko").isEmpty)
        #expect(r.requestInbox(for: "tono").map(\.request) == ["p2", "p4", "p1"])
        #expect(r.openRequests.map(\.name) == ["p2", "p4", "p1"])
        // With a rule, its roles' inbox.
        try r.allow(roles: ["operator"], actions: [.answer])
        #expect(r.requestInbox(for: "sri").isEmpty)
        #expect(r.requestInbox(for: "eko").map(\.role) == ["operator", "operator", "operator"])
        // No rule and no `ppid` role: everyone's.
        var bare = Registry()
        try bare.declareRole(name: "desk", title: "Meja layanan")
        try bare.declareStaff(name: "ana", fullName: "Ana", roles: ["desk"])
        try bare.setClock(moment("2024-04-01T09:00"))
        try bare.receiveRequest(name: "p1", fields: budi())
        #expect(bare.requestAnswerRoles == nil)
        #expect(bare.requestInbox(for: "ana").map(\.request) == ["p1"])
        #expect(bare.requestInbox(for: "ana").first?.role == nil)
        #expect(bare.requestInbox().isEmpty)   // no actor
    }

    @Test("a request may be the subject of a run; its due stays anchored at receipt")
    func runForARequest() throws {
        var r = try office()
        try r.start(sop: "maklumat", name: "lp1", subjects: ["p1", "rekap", "p1"])
        let run = try #require(r.run(named: "lp1"))
        #expect(run.subjects == ["p1", "rekap"])
        try r.complete("lp1")   // step 1 marks its item subjects proposed; the request is unchanged
        #expect(r.item(named: "rekap")?.status == .proposed)
        #expect(r.request(named: "p1")?.due == moment("2024-04-23T16:00"))
        expectError(.itemUnknown) { try r.start(sop: "maklumat", subjects: ["p9"]) }
    }

    @Test("a failed statement changes nothing; rollback undoes receipt, extension and answer")
    func transactions() throws {
        var r = try office()
        let before = r
        let digest = r.digest()
        r.beginTransaction()
        try receive(&r, "p2", at: "2024-04-02T09:00")
        try r.extend("p1", reason: "Koordinasi")
        try r.answer("p1", outcome: .refuse)
        try r.definePeriod(name: "pemilihan", from: day("2024-05-27"), to: day("2024-11-27"), title: "Pilkada", answer: 3)
        try r.setRequestNumberPattern("{seq}/{year}")
        r.rollback()
        #expect(r == before && r.digest() == digest)
        #expect(r.entity(named: "p2") == nil && r.period(named: "pemilihan") == nil)
        // The names and the number are free again.
        let p2 = try receive(&r, "p2", at: "2024-04-02T09:00")
        #expect(p2.number == "002/PPID/IV/2024")
        try r.definePeriod(name: "pemilihan", from: day("2024-05-27"), to: day("2024-11-27"), title: "Pilkada", answer: 3)
    }

    @Test("the digest covers requests, periods and the number pattern")
    func digest() throws {
        let a = try office(), b = try office()
        #expect(a.digest() == b.digest())
        var seen: [String: String] = [a.digest(): "office"]
        func differs(_ label: String, _ change: (inout Registry) throws -> Void) throws {
            var r = try office()
            try r.setClock(moment("2024-04-05T09:00"))
            let base = r.digest()
            try change(&r)
            let d = r.digest()
            #expect(d != base, "\(label) does not change the digest")
            #expect(seen[d] == nil, "\(label) gives the digest of \(seen[d] ?? "")")
            seen[d] = label
        }
        try differs("extend") { try $0.extend("p1", reason: "X") }
        try differs("answer") { try $0.answer("p1", outcome: .refuse) }
        try differs("answer with basis") { try $0.answer("p1", outcome: .refuse, details: AnswerDetails(basis: "Pasal 17 huruf j")) }
        try differs("receive") { try $0.receiveRequest(name: "p2", fields: budi()) }
        try differs("period") { try $0.definePeriod(name: "x", from: day("2024-06-01"), to: day("2024-06-30"), title: "X") }
        try differs("pattern") { try $0.setRequestNumberPattern("{seq}/{year}") }
        try differs("allow answer") { try $0.allow(roles: ["ppid"], actions: [.answer]) }
        try differs("allow extend") { try $0.allow(roles: ["ppid"], actions: [.extend]) }
    }
}
