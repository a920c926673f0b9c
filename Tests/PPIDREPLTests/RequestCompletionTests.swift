import Testing
@testable import PPIDREPL

/// Completion of the request statements (docs/language.md §19): `answer` offers the open
/// requests, `extend` those it would accept, and `answer NAME` the outcomes.
@Suite struct RequestCompletionTests {
    static let context: CompletionContext = {
        var c = CompletionContext()
        c.items = ["rekap", "rekening"]
        c.roles = ["ppid"]
        c.variables = ["r_var"]
        // p1 answered; p2 open and extended; p3 and r4 open; r5 open but past its due.
        c.requests = ["p1", "p2", "p3", "r4", "r5"]
        c.openRequests = ["p2", "p3", "r4", "r5"]
        c.extendableRequests = ["p3", "r4"]
        return c
    }()

    static let outcomes = ["grant", "not_documented", "not_held", "partial", "refuse"]

    @Test("the candidates for the text before the cursor", arguments: [
        ("answer ", ["p2", "p3", "r4", "r5"]),          // open only: p1 is answered
        ("answer p", ["p2", "p3"]),
        ("answer r", ["r4", "r5"]),
        ("answer p1", []),                               // answered: not offered
        ("extend ", ["p3", "r4"]),                       // not answered, not extended, not past due
        ("extend p", ["p3"]),
        ("extend r", ["r4"]),
        ("  answer ", ["p2", "p3", "r4", "r5"]),          // leading blanks
        ("print 1\nanswer p", ["p2", "p3"]),              // a later line of the entry
        ("answer p3 ", outcomes),
        ("answer p3 g", ["grant"]),
        ("answer p3 not", ["not_documented", "not_held"]),
        ("answer p3 re", ["refuse"]),
        ("answer \"p3\" p", ["partial"]),                 // the target as text
        ("answer r_var ", outcomes),                     // or a variable naming it
        ("ans", ["answer"]),
        ("ext", ["extend"]),
        ("req", ["request"]),
        ("per", ["period"]),
        ("p3.out", ["outcome"]),                         // a request's fields
        ("p3.ext", ["extended", "extension_reason"]),
        ("show p", ["p1", "p2", "p3", "ppid"]),         // every request is a name
        // Not a request: `answer N workdays` in a period block, the actions of `allow`.
        ("period pilkada 2024-05-27..2024-11-27 \"Tahapan\" { answer ", []),
        ("period pilkada 2024-05-27..2024-11-27 \"Tahapan\" { answer 3 ", ["workdays"]),
        ("period pilkada 2024-05-27..2024-11-27 \"Tahapan\" { answer 3 workdays; ex", ["extension"]),
        ("period pilkada 2024-05-27..2024-11-27 \"Tahapan\" {\n  extension 2 workdays\n  ", ["answer", "dispute", "extension", "objection", "objection_answer"]),
        ("period pilkada 2024-05-27..2024-11-27 \"Tahapan\" {\n  extension 2 workdays\n  answer ", []),
        ("allow ppid to an", ["answer"]),
        ("allow ppid to answer, ex", ["export", "extend"]),
        ("allow ppid to answer, extend ", []),
    ])
    func candidates(_ text: String, _ expected: [String]) {
        #expect(Completer.complete(text, in: Self.context).candidates == expected, "\(text.debugDescription)")
    }

    @Test func insertion() {
        #expect(Completer.complete("extend p", in: Self.context).insertion == "3 ")
        #expect(Completer.complete("answer p3 g", in: Self.context).insertion == "rant ")
        #expect(Completer.complete("answer p3 not", in: Self.context).insertion == "_")
    }

    @Test func noRequestsNoNames() {
        #expect(Completer.complete("answer ", in: CompletionContext()).candidates.isEmpty)
        #expect(Completer.complete("extend ", in: CompletionContext()).candidates.isEmpty)
        #expect(Completer.complete("answer x ", in: CompletionContext()).candidates == Self.outcomes)
    }

    /// The session builds the lists from the registry as `answer` and `extend` check them.
    @Test func theSessionOffersWhatTheStatementsAccept() {
        let (s, _) = makeSession(directory: temporaryDirectory())
        for line in [
            "at 2024-01-08T09:00",
            "request p1 { from \"Budi\"; asks \"Rekap DPT\"; purpose \"Penelitian\" }",
            "request p2 { from \"Sri\"; asks \"LRA\"; purpose \"Liputan\" }",
            "request p3 { from \"Ahmad\"; asks \"DIP\"; purpose \"Penelitian\" }",
            "answer p1 grant",
            "extend p2 \"Memerlukan waktu\"",
            "at 2024-01-19T09:00",
            "request p4 { from \"Dewi\"; asks \"Kontrak\"; purpose \"Pengawasan\" }",
            "at 2024-01-23T09:00",   // p3 is past its due (22 Jan 16:00); p4 is not
        ] { s.submit(line) }
        let ctx = s.completionContext()
        #expect(ctx.requests == ["p1", "p2", "p3", "p4"])
        #expect(ctx.openRequests == ["p2", "p3", "p4"])
        #expect(ctx.extendableRequests == ["p4"])
        #expect(Completer.complete("answer ", in: ctx).candidates == ["p2", "p3", "p4"])
        #expect(Completer.complete("extend ", in: ctx).candidates == ["p4"])
        #expect(Completer.complete("answer p2 ", in: ctx).candidates == Self.outcomes)
    }
}
