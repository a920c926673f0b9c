import Testing
import PPIDSyntax
import PPIDModel
@testable import PPIDRuntime

/// docs/errors.md is the catalogue of every diagnostic code: these tests keep it complete and
/// true, and keep every rule of the Model under its own code.
struct ErrorCatalogueTests {
    struct Entry {
        let code: String
        var fields: [String: String] = [:]
    }

    /// The `### Exxx title` entries of docs/errors.md with their `- Field: text` lines.
    static func entries() throws -> [Entry] {
        let path = GoldenTests.root + "/docs/errors.md"
        let bytes = try #require(FileSystem.read(path))
        var out: [Entry] = []
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("### E") {
                out.append(Entry(code: String(line.dropFirst(4).prefix(4))))
            } else if line.hasPrefix("- "), !out.isEmpty, let colon = line.firstIndex(of: ":") {
                let key = String(line[line.index(line.startIndex, offsetBy: 2)..<colon])
                out[out.count - 1].fields[key] = String(line[line.index(after: colon)...]).trimmingPrefix(" ")
            }
        }
        return out
    }

    static var allCodes: [String] { DiagnosticCode.allCases.map(\.rawValue) + RuleCode.allCases.map(\.rawValue) }

    @Test("docs/errors.md has one entry for every code, in order, and no other")
    func everyCodeIsDocumented() throws {
        let documented = try Self.entries().map(\.code)
        // A pending rule (no statement yet: GoldenTests.pendingRules) may lack its entry.
        let pending = Set(GoldenTests.pendingRules.map(\.rawValue))
        #expect(documented == Self.allCodes.filter { !pending.contains($0) || documented.contains($0) }.sorted())
        #expect(Set(Self.allCodes).count == Self.allCodes.count, "a code is used twice")
    }

    @Test("every entry of docs/errors.md gives the message, the meaning, the fix and the reproducer")
    func everyEntryIsComplete() throws {
        for e in try Self.entries() {
            for key in ["Message", "Means", "Fix", "Reproducer"] {
                #expect(!(e.fields[key] ?? "").isEmpty, "\(e.code) has no \(key)")
            }
        }
    }

    /// The words in capitals of a catalogue message (`NAME`, `KIND`, `N`): what the message
    /// names, the same in both languages. `SOP` is a word, not a placeholder.
    static func placeholders(_ message: String) -> [String] {
        message.split(whereSeparator: { !($0.isLetter || $0 == "_") })
            .filter { $0.allSatisfy { $0.isUppercase || $0 == "_" } && $0 != "SOP" }
            .map(String.init).sorted()
    }

    @Test("every rule of the office (E4xx) gives its Indonesian message, naming what the English names")
    func everyRuleHasItsIndonesianMessage() throws {
        for e in try Self.entries() where e.code.hasPrefix("E4") {
            let en = e.fields["Message"] ?? "", id = e.fields["id"] ?? ""
            #expect(!id.isEmpty, "\(e.code) has no `id:` line")
            #expect(Self.placeholders(en) == Self.placeholders(id), "\(e.code): \(en) / \(id)")
            #expect(id != en, "\(e.code): the Indonesian message is the English one")
        }
    }

    /// A reproducer is a link to a golden file that expects the code and passes; "none: why"
    /// only for E309 (Ctrl-C) and the rules a script cannot reach.
    @Test("every reproducer in docs/errors.md exists and fails with its code")
    func reproducersFailWithTheirCode() throws {
        let allowedNone = Set(GoldenTests.unreachableRules.keys.map(\.rawValue) + [DiagnosticCode.interrupted.rawValue])
        for e in try Self.entries() {
            let text = e.fields["Reproducer"] ?? ""
            if text.hasPrefix("none") {
                #expect(allowedNone.contains(e.code), "\(e.code) has no reproducer")
                continue
            }
            guard let open = text.firstRange(of: "](../"), let close = text[open.upperBound...].firstIndex(of: ")") else {
                Issue.record("\(e.code): the reproducer is not a link: \(text)")
                continue
            }
            let path = GoldenTests.root + "/" + String(text[open.upperBound..<close])
            #expect(path.contains("/golden/errors/e\(e.code.dropFirst().prefix(3))"), "\(e.code): \(path)")
            guard FileSystem.read(path) != nil else {
                Issue.record("\(e.code): no file \(path)")
                continue
            }
            #expect(try Golden.expectations(path).errors.contains { $0.code == e.code }, "\(path) does not expect \(e.code)")
            for problem in try Golden.run(path).problems { Issue.record(Comment(rawValue: problem)) }
        }
    }

    @Test("rule codes are E4xx, and each rule maps to a diagnostic with its own code")
    func ruleCodesAreTheirOwn() {
        for rule in RuleCode.allCases {
            #expect(rule.rawValue.count == 4 && rule.rawValue.hasPrefix("E4"), "\(rule)")
            let e = RuntimeError(ModelError(rule, Registry.clockUnset.text), at: SourceRange(0, 0))
            #expect(e.code.rawValue == rule.rawValue)
            #expect(e.code.isRule && !e.code.isStatic)
        }
    }

    @Test("DiagnosticCode.allCases lists every code declared in DiagnosticCode.swift")
    func allCasesIsComplete() throws {
        let path = GoldenTests.root + "/Sources/PPIDSyntax/DiagnosticCode.swift"
        let text = String(decoding: try #require(FileSystem.read(path)), as: UTF8.self)
        var declared: [String] = []
        for part in text.split(separator: "DiagnosticCode(\"").dropFirst() { declared.append(String(part.prefix(4))) }
        #expect(declared == DiagnosticCode.allCases.map(\.rawValue))
    }
}
