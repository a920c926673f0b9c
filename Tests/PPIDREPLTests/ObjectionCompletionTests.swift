import Testing
@testable import PPIDREPL

/// Completion of the objection statements (docs/language.md §20): `object` offers the requests
/// it would accept, `answer` the open objections too, `dispute` and `ruling` the objections
/// each would accept, then the answers, the grounds and the rulings.
@Suite struct ObjectionCompletionTests {
    static let context: CompletionContext = {
        var c = CompletionContext()
        c.items = ["rekap", "rekening"]
        c.roles = ["ppid", "atasan_ppid"]
        c.variables = ["k_var"]
        // p1 answered and objected to (k1); p2 answered; p3 open past its due; p4 open, not due.
        c.requests = ["p1", "p2", "p3", "p4"]
        c.openRequests = ["p3", "p4"]
        c.extendableRequests = ["p4"]
        c.objectableRequests = ["p2", "p3"]
        // k1 answered and disputed; k2 ruled; k3 answered; k4 open past its due; k5 open.
        c.objections = ["k1", "k2", "k3", "k4", "k5"]
        c.openObjections = ["k4", "k5"]
        c.disputableObjections = ["k3", "k4"]
        c.rulableObjections = ["k1"]
        return c
    }()

    static let requestOutcomes = ["grant", "not_documented", "not_held", "partial", "refuse"]
    static let objectionOutcomes = ["grant", "partial", "uphold"]
    static let grounds = ["a", "b", "c", "d", "e", "f", "g"]
    static let rulings = ["closed", "open", "partly_open"]

    @Test("the candidates for the text before the cursor", arguments: [
        ("obj", ["object"]),
        ("dis", ["dispute"]),
        ("rul", ["ruling"]),
        ("object ", ["p2", "p3"]),                       // answered, or open past due; not objected to
        ("object p", ["p2", "p3"]),
        ("object p1", []),                               // already objected to
        ("object p4", []),                               // open and not due: nothing to object to yet
        ("object p2 ", ["as"]),
        ("object p2 a", ["as"]),
        ("object p2 as ", []),                           // a new name
        ("object p2 as k6 ", []),                        // then the block
        ("object p2 as k6 { ", ["ground", "reason"]),
        ("object p2 as k6 { gr", ["ground"]),
        ("object p2 as k6 { ground ", grounds),
        ("object p2 as k6 { ground a, ", grounds),
        ("object p2 as k6 { ground a, g", ["g"]),
        ("object p2 as k6 { ground a ", []),
        ("object p2 as k6 {\n  ground d\n  re", ["reason"]),
        ("object p2 as k6 { ground d; reason \"x\"; ", ["ground", "reason"]),
        ("answer ", ["k4", "k5", "p3", "p4"]),             // open requests and open objections
        ("answer k", ["k4", "k5"]),
        ("answer k1", []),                               // answered: not offered
        ("answer k4 ", objectionOutcomes),
        ("answer k4 u", ["uphold"]),
        ("answer k4 p", ["partial"]),
        ("answer p3 ", requestOutcomes),                 // a request keeps its outcomes
        ("answer p3 u", []),
        ("answer k_var ", requestOutcomes),              // not known to be an objection
        ("dispute ", ["k3", "k4"]),                      // answered or overdue, not disputed
        ("dispute k", ["k3", "k4"]),
        ("dispute k5", []),                              // open and not due yet
        ("dispute k3 ", []),
        ("dispute k3 { ", ["commission", "number"]),
        ("dispute k3 { commission \"KI Jawa Tengah\"; n", ["number"]),
        ("ruling ", ["k1"]),                             // disputed, not ruled
        ("ruling k2", []),                               // ruled already
        ("ruling k1 ", rulings),
        ("ruling k1 p", ["partly_open"]),
        ("ruling k1 o", ["open"]),
        ("ruling k1 open ", []),
        ("ruling k1 partly_open { ", ["given", "note", "number"]),
        ("k1.rul", ["ruling", "ruling_number"]),          // an objection's fields
        ("k1.dis", ["dispute", "dispute_number"]),
        ("show k", ["k1", "k2", "k3", "k4", "k5", "k_var"]),  // every objection is a name
        ("print 1\ndispute k", ["k3", "k4"]),            // a later line of the entry
        // Not an objection: `dispute N workdays` in a period block.
        ("period pilkada 2024-05-27..2024-11-27 \"Tahapan\" { dispute ", []),
        ("period pilkada 2024-05-27..2024-11-27 \"Tahapan\" { dispute 3 ", ["workdays"]),
        ("period pilkada 2024-05-27..2024-11-27 \"Tahapan\" { obj", ["objection", "objection_answer"]),
    ])
    func candidates(_ text: String, _ expected: [String]) {
        #expect(Completer.complete(text, in: Self.context).candidates == expected, "\(text.debugDescription)")
    }

    @Test func insertion() {
        #expect(Completer.complete("object p2 ", in: Self.context).insertion == "as ")
        #expect(Completer.complete("answer k4 u", in: Self.context).insertion == "phold ")
        #expect(Completer.complete("ruling k1 partly", in: Self.context).insertion == "_open ")
        #expect(Completer.complete("ruling ", in: Self.context).insertion == "k1 ")
    }

    @Test func noObjectionsNoNames() {
        let empty = CompletionContext()
        #expect(Completer.complete("object ", in: empty).candidates.isEmpty)
        #expect(Completer.complete("dispute ", in: empty).candidates.isEmpty)
        #expect(Completer.complete("ruling ", in: empty).candidates.isEmpty)
        #expect(Completer.complete("ruling x ", in: empty).candidates == Self.rulings)
        #expect(Completer.complete("object x as y { ground ", in: empty).candidates == Self.grounds)
    }

    /// The session builds the lists from the registry as the statements check them, and what
    /// it offers is accepted.
    @Test func theSessionOffersWhatTheStatementsAccept() {
        let (s, out) = makeSession(directory: temporaryDirectory())
        var lines = ["at 2024-01-08T09:00"]
        for p in 1...5 { lines.append("request p\(p) { from \"Budi\"; asks \"Rekap DPT\"; purpose \"Penelitian\" }") }
        lines += [
            "request p7 { from \"Sri\"; asks \"LRA\"; purpose \"Liputan\" }",
            "request p8 { from \"Dewi\"; asks \"Kontrak\"; purpose \"Pengawasan\" }",
            "answer p1 refuse { basis \"Pasal 17 huruf h\" }",
            "answer p2 grant",
            "answer p3 refuse { basis \"Pasal 17 huruf h\" }",
            "answer p4 grant",
            "at 2024-01-09T09:00",
            "object p1 as k1 { ground a }",
            "object p2 as k2 { ground d }",
            "object p3 as k3 { ground a }",
            "object p4 as k4 { ground d }",    // never answered: due Tue 20 Feb 16:00
            "answer k1 uphold { reason \"Memuat data pribadi\" }",
            "answer k2 grant",
            "answer k3 uphold { reason \"Memuat data pribadi\" }",
            "dispute k1 { commission \"Komisi Informasi Provinsi Jawa Tengah\" }",
            "dispute k2 { commission \"Komisi Informasi Provinsi Jawa Tengah\" }",
            "ruling k2 closed",
            "at 2024-02-20T09:00",
            "answer p7 grant",                  // late, but answered: it may be objected to
            "answer p8 grant",
            "at 2024-02-21T09:00",             // p5 past its due unanswered; k4 overdue
            "object p8 as k5 { ground g }",
            "request p6 { from \"Ahmad\"; asks \"DIP\"; purpose \"Penelitian\" }",
        ]
        for line in lines { s.submit(line) }
        #expect(out.err.isEmpty, "\(out.err)")
        let ctx = s.completionContext()
        #expect(ctx.objections == ["k1", "k2", "k3", "k4", "k5"])
        #expect(ctx.objectableRequests == ["p5", "p7"])
        #expect(ctx.openObjections == ["k4", "k5"])
        // k3 is answered (its 14-day window has passed: the list does not count windows).
        #expect(ctx.disputableObjections == ["k3", "k4"])
        #expect(ctx.rulableObjections == ["k1"])
        #expect(Completer.complete("object ", in: ctx).candidates == ["p5", "p7"])
        #expect(Completer.complete("answer ", in: ctx).candidates == ["k4", "k5", "p5", "p6"])
        #expect(Completer.complete("answer k5 ", in: ctx).candidates == Self.objectionOutcomes)
        #expect(Completer.complete("answer p6 ", in: ctx).candidates == Self.requestOutcomes)
        #expect(Completer.complete("ruling ", in: ctx).candidates == ["k1"])
        #expect(Completer.complete("k5.gr", in: ctx).candidates == ["ground"])
        // What is offered is accepted; what is not is refused.
        for line in ["object p5 as k6 { ground c }", "object p7 as k7 { ground d }", "dispute k4 { commission \"KI Jateng\" }",
                     "answer k5 grant", "ruling k1 open"] {
            s.submit(line)
            #expect(out.err.isEmpty, "\(line): \(out.err)")
        }
        s.submit("object p6 as k8 { ground c }")
        #expect(out.err.contains("E488"), "\(out.err)")
        let after = s.completionContext()
        #expect(after.objectableRequests.isEmpty)
        #expect(after.openObjections == ["k4", "k6", "k7"])   // k4 is disputed, still unanswered
        #expect(after.disputableObjections == ["k3", "k5"])
        #expect(after.rulableObjections == ["k4"])
    }
}
