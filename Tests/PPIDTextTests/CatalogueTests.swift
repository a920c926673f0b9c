import Testing

/// The message catalogue: every `Text(en:id:)` in the sources has an Indonesian text and the
/// same placeholders in both languages (docs/errors.md, "Languages").
@Suite struct CatalogueTests {
    static let sources: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
        return path + "/Sources"
    }()

    static func allEntries() -> (entries: [CatalogueScanner.Entry], unreadable: [String]) {
        var entries: [CatalogueScanner.Entry] = [], bad: [String] = []
        for f in CatalogueScanner.swiftFiles(under: sources) {
            guard let text = CatalogueScanner.read(f) else { continue }
            let r = CatalogueScanner.entries(in: text, file: f)
            entries += r.entries
            bad += r.unreadable.map { "\(f):\($0)" }
        }
        return (entries, bad)
    }

    /// The problems of one entry: no Indonesian text, different placeholders, or an
    /// Indonesian text that is the English one copied.
    static func problems(_ e: CatalogueScanner.Entry) -> [String] {
        var out: [String] = []
        let place = "\(e.file.split(separator: "/").suffix(2).joined(separator: "/")):\(e.line)"
        if e.id.allSatisfy({ $0 == " " }) { out.append("\(place): no Indonesian text for \"\(e.en)\"") }
        if e.enPlaceholders.sorted() != e.idPlaceholders.sorted() {
            out.append("\(place): placeholders differ: en \(e.enPlaceholders) id \(e.idPlaceholders)")
        }
        if e.en == e.id, e.en.contains(where: { $0.isLetter && $0 != "{" }),
           e.en.replacing("{}", with: "").contains(where: \.isLetter) {
            out.append("\(place): the Indonesian text is the English one: \"\(e.en)\"")
        }
        return out
    }

    @Test func everyMessageHasBothLanguagesWithTheSamePlaceholders() {
        let (entries, bad) = Self.allEntries()
        #expect(bad.isEmpty, "Text(en:id:) that the scanner cannot read: \(bad)")
        #expect(entries.count >= 600, "the scanner found only \(entries.count) messages in \(Self.sources)")
        let problems = entries.flatMap(Self.problems)
        #expect(problems.isEmpty, "\(problems.count) problems:\n\(problems.joined(separator: "\n"))")
    }

    @Test func aMissingPlaceholderIsFound() {
        let src = #"let t = Text(en: "unknown name '\(name)' in \(file)", id: "nama '\(name)' tidak dikenal")"#
        let (entries, bad) = CatalogueScanner.entries(in: src, file: "x.swift")
        #expect(bad.isEmpty)
        #expect(entries.count == 1)
        #expect(entries.first.map(Self.problems)?.count == 1)
    }

    @Test func anEmptyOrCopiedIndonesianTextIsFound() {
        let empty = #"Text(en: "nothing was changed", id: "")"#
        let copied = #"Text(en: "nothing was changed", id: "nothing was changed")"#
        for src in [empty, copied] {
            let e = CatalogueScanner.entries(in: src, file: "x.swift").entries
            #expect(e.count == 1 && !Self.problems(e[0]).isEmpty, "\(src)")
        }
    }

    @Test func countsAndLabelsAreTheSamePlaceholder() {
        let src = #"""
        Text(en: "\(count: n, "row") in `\(raw: reg.name)`", id: "\(n) baris di `\(raw: reg.name)`")
        """#
        let e = CatalogueScanner.entries(in: src, file: "x.swift").entries
        #expect(e.count == 1)
        #expect(e.first?.enPlaceholders == ["n", "reg.name"])
        #expect(e.first.map(Self.problems) == [])
    }

    @Test func aTextThatIsOnlyPlaceholdersMayBeTheSame() {
        let e = CatalogueScanner.entries(in: #"Text(en: "`\(a)`: \(b)", id: "`\(a)`: \(b)")"#, file: "x").entries
        #expect(e.first.map(Self.problems) == [])
    }
}
