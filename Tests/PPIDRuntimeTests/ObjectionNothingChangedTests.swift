import Testing
import PPIDSyntax
import PPIDModel
import PPIDRuntime

/// docs/language.md §20, docs/errors.md: an objection, dispute or ruling statement that fails
/// changes nothing, as RequestNothingChangedTests checks for requests: after each failing
/// statement the digest, the objections register and the whole registry are as before.
@Suite(.serialized)
struct ObjectionNothingChangedTests {
    static let setup = """
    load "\(GoldenTests.root)/scripts/calendar/id-2024.ppid"
    role ppid "PPID"
    role atasan_ppid "Atasan PPID"
    staff sri "Sri Wahyuni" { roles ppid }
    staff heru "Heru Santoso" { roles atasan_ppid }
    at 2024-04-01T09:00
    info b1 "Formulir B.1-KWK dukungan calon perseorangan"
    classify b1 as dikecualikan { basis "Pasal 17 huruf h"; consequence "Membuka data pribadi"; for 5 years }
    request p1 { from "Budi Santoso"; asks "Salinan B.1-KWK"; purpose "Penelitian"; about b1 }
    request p2 { from "Sri Lestari"; asks "Rekap DPT"; purpose "Liputan" }
    request p3 { from "Ahmad Fauzi"; asks "Salinan B.1-KWK"; purpose "Liputan"; about b1 }
    at 2024-04-16T10:00
    as sri
    answer p1 refuse
    answer p2 grant
    answer p3 refuse
    """

    static let steps: [(text: String, code: String?)] = [
        ("object p2 as k0 { ground a }", "E488"),                           // a grant is no refusal
        ("at 2024-06-04T16:00", nil),
        ("object p1 as k1 { ground a; reason \"Tidak sesuai Pasal 17\" }", nil),
        ("object p1 as k2 { ground d }", "E496"),                           // objected to once
        ("dispute k1 { commission \"Komisi Informasi Provinsi Jawa Tengah\" }", "E493"),   // before the answer
        ("ruling k1 open", "E495"),                                         // no dispute
        ("answer k1 uphold { reason \"Data pribadi\" }", "E491"),          // sri answered p1
        ("as heru", nil),
        ("answer k1 refuse", "E480"),                                       // a request's word
        ("answer k1 uphold", "E487"),                                       // no written reasons
        ("answer k1 grant", nil),
        ("answer k1 uphold { reason \"Data pribadi\" }", "E492"),          // answered once
        ("at 2024-06-05T09:00", nil),
        ("object p3 as k3 { ground a }", "E489"),                           // after Tue 4 Jun 2024
    ]

    @Test("every failing objection statement leaves the digest and the registers as they were")
    func failingStatementsChangeNothing() throws {
        let rt = Interpreter(workingDirectory: "/tmp", output: { _ in })
        try rt.run(SourceFile(path: "<setup>", text: ObjectionNothingChangedTests.setup))
        let failures = runNothingChangedSteps(rt, ObjectionNothingChangedTests.steps, register: "objections", \.objections)
        #expect(failures == 9)
        // The grant ended the exemption it was about, with the decision as the ground.
        #expect(rt.registry.item(named: "b1")?.infoClass == .setiap_saat)
        #expect(rt.registry.objections.first?.outcome == .grant)
    }
}
