import Testing
import PPIDSyntax
import PPIDModel
import PPIDRuntime

/// docs/language.md §19, docs/errors.md: a request statement that fails changes nothing. Each
/// statement runs on its own at the prompt (`runEntry`) in one interpreter, as an officer
/// types them; after each failing one the digest, the requests register and the whole
/// registry are what they were before it.
@Suite(.serialized)
struct RequestNothingChangedTests {
    static let setup = """
    at 2024-01-08T09:00
    info b1 "Formulir B.1-KWK dukungan calon perseorangan"
    classify b1 as dikecualikan { basis "Pasal 17 huruf h"; consequence "Membuka data pribadi"; for 5 years }
    request p1 { from "Budi Santoso"; asks "Rekap DPT"; purpose "Penelitian" }
    request p2 { from "Sri Lestari"; asks "Rekap DPT"; purpose "Liputan" }
    request p3 { from "Ahmad Fauzi"; asks "Salinan B.1-KWK"; purpose "Liputan"; about b1 }
    """

    /// Statements in order: those with a code must fail with it and change nothing; the others
    /// must succeed (they set up the next failure).
    static let steps: [(text: String, code: String?)] = [
        ("extend p1 \"Memerlukan waktu\"", nil),
        ("extend p1 \"Lagi\"", "E475"),                              // a second extension
        ("answer p2 grant { form softcopy; cost 0 }", nil),
        ("answer p2 refuse { basis \"Pasal 17 huruf h\" }", "E474"),  // answered twice
        ("extend p2 \"Terlambat\"", "E474"),                          // extension after the answer
        ("answer \"p9\" grant", "E471"),                              // no such request
        ("answer p3 grant", "E478"),                                  // granting an exempt item
        ("at 2024-02-01T09:00", nil),
        ("extend p3 \"Sudah lewat\"", "E476"),                        // extension after the due
        ("answer p3 refuse { reason \"Data pribadi\" }", nil),
    ]

    @Test("every failing request statement leaves the digest and the requests register as they were")
    func failingStatementsChangeNothing() throws {
        let rt = Interpreter(workingDirectory: "/tmp", output: { _ in })
        try rt.run(SourceFile(path: "<setup>", text: RequestNothingChangedTests.setup))
        let failures = runNothingChangedSteps(rt, RequestNothingChangedTests.steps, register: "requests", \.requests) {
            $0.hasPrefix("extend") || $0.hasPrefix("answer")
        }
        #expect(failures == 6)
        let p3 = try #require(rt.registry.requests.first { $0.name == "p3" })
        #expect(p3.answer?.basis == "Pasal 17 huruf h")
        #expect(p3.answer?.late == true)
    }
}
