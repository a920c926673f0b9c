import Testing
@testable import PPIDSyntax

/// The reserved words a reader is told of (docs/language.md §1, the NAME note of
/// grammar/ppid.ebnf) are the parser's, all of them and in its order.
struct KeywordListTests {
    /// The words between `start` and `end` in `text`, split on spaces, newlines and backticks.
    static func words(in text: String, after start: String, before end: String) -> [String] {
        guard let a = text.firstRange(of: start), let b = text[a.upperBound...].firstRange(of: end) else { return [] }
        return text[a.upperBound..<b.lowerBound].split(whereSeparator: { " \n`".contains($0) }).map(String.init)
    }

    static let parserWords = Keyword.allCases.map(\.rawValue)

    @Test func theLanguageReferenceListsEveryKeyword() {
        let doc = GrammarTests.read(GrammarTests.root + "/docs/language.md")
        #expect(Self.words(in: doc, after: "These keywords cannot be declared as names:", before: "`.") == Self.parserWords)
    }

    @Test func theGrammarListsEveryKeyword() {
        let ebnf = GrammarTests.read(GrammarTests.root + "/grammar/ppid.ebnf")
        let words = Self.words(in: ebnf, after: "Keywords (", before: ")").filter { !$0.isEmpty }
        #expect(words == Self.parserWords)
    }
}
