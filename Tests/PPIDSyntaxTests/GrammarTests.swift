import Testing
@testable import PPIDSyntax
#if canImport(Glibc)
import Glibc
#endif

/// The grammar file and the parser must describe the same language: every rule of
/// `grammar/ppid.ebnf` opens exactly one parser method (as its `///` comment), word for word.
struct GrammarTests {
    static let root: String = {
        let here = #filePath
        return String(here[..<(here.firstRange(of: "/Tests/")?.lowerBound ?? here.endIndex)])
    }()

    static func read(_ path: String) -> String {
        guard let f = fopen(path, "r") else { return "" }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { break }
            bytes.append(contentsOf: buf[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `name = ... ;` rules of the grammar (lowercase names; comments removed).
    static func grammarRules() -> [String: String] {
        var text = read(root + "/grammar/ppid.ebnf")
        while let open = text.firstRange(of: "(*"), let close = text[open.upperBound...].firstRange(of: "*)") {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        var rules: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let l = line.trimmingCharacters()
            guard let eq = l.firstRange(of: " = "), let first = l.first, first.isLowercase else { continue }
            rules[String(l[..<eq.lowerBound])] = l
        }
        return rules
    }

    /// `/// name = ... ;` comments in the parser's sources.
    static func parserRules() -> [String: String] {
        var rules: [String: String] = [:]
        for file in ["Parser.swift", "Parser+Script.swift", "Parser+Statements.swift", "Parser+Declarations.swift",
                     "Parser+Procedures.swift", "Parser+Expressions.swift", "Parser+Primary.swift", "Parser+Exercises.swift", "Parser+Requests.swift", "Parser+Objections.swift", "Parser+Reports.swift", "Parser+Imports.swift"] {
            for line in read(root + "/Sources/PPIDSyntax/" + file).split(separator: "\n") {
                let l = line.trimmingCharacters()
                guard l.hasPrefix("/// "), l.hasSuffix(";") else { continue }
                let rule = String(l.dropFirst(4))
                guard let eq = rule.firstRange(of: " = ") else { continue }
                rules[String(rule[..<eq.lowerBound])] = rule
            }
        }
        return rules
    }

    @Test func everyGrammarRuleHasAParserMethod() {
        let g = GrammarTests.grammarRules(), p = GrammarTests.parserRules()
        #expect(g.count > 50)
        for (name, rule) in g.sorted(by: { $0.key < $1.key }) {
            #expect(p[name] == rule, "rule \(name): grammar says\n\(rule)\nparser says\n\(p[name] ?? "(no method)")")
        }
        for name in p.keys.sorted() where g[name] == nil {
            Issue.record("the parser has a rule '\(name)' that grammar/ppid.ebnf does not")
        }
    }
}

extension Substring {
    func trimmingCharacters() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
