import Testing
import PPIDText
@testable import PPIDSyntax

/// Suggestions that understand how officers write (docs/language.md, "Durations"): a
/// misspelt unit of time, or one written in two words, is an E208 naming the duration meant.
struct SuggestionTests {
    static func diagnostics(_ text: String) -> [Diagnostic] {
        Parser.parse(SourceFile(path: "t", text: text + "\n")).diagnostics
    }

    /// Source, the word reported, the duration suggested.
    static let units: [(String, String, String)] = [
        ("print 5 yeras", "yeras", "5 years"),
        ("print 1 yera", "yera", "1 year"),
        ("print 3 mounths", "mounths", "3 months"),
        ("print 2 weks", "weks", "2 weeks"),
        ("wait 4 hous", "hous", "4 hours"),
        ("print 5 tahn", "tahn", "5 tahun"),
        ("print 3 bulna", "bulna", "3 bulan"),
        ("print 2 mingu", "mingu", "2 minggu"),
        ("print 10 harii", "harii", "10 hari"),
        ("print 2 jma", "jma", "2 jam"),
        ("print 30 mnit", "mnit", "30 menit"),
        ("print 10 hari kerja", "hari kerja", "10 hari_kerja"),
        ("print 1 hari kerja", "hari kerja", "1 hari_kerja"),
        ("print 2 work days", "work days", "2 workdays"),
        ("info a \"A\" { retention 10 tahum }", "tahum", "10 tahun"),
        ("sop s { step 1 \"A\" { takes 5 hari kerja } }", "hari kerja", "5 hari_kerja"),
    ]

    @Test func aMisspeltUnitSuggestsTheDurationInBothLanguages() throws {
        for (source, word, meant) in Self.units {
            let ds = Self.diagnostics(source)
            #expect(ds.count == 1, "\(source)")
            let d = try #require(ds.first)
            #expect(d.code == .unknownWord, "\(source)")
            #expect(d.text.english == "'\(word)' is not a unit of time", "\(source)")
            #expect(d.text.indonesian == "'\(word)' bukan satuan waktu", "\(source)")
            #expect(d.notes.map(\.text.english) == ["did you mean '\(meant)'?"], "\(source)")
            #expect(d.notes.map(\.text.indonesian) == ["maksud Anda '\(meant)'?"], "\(source)")
            #expect(d.file.text(of: d.range) == word, "the caret is under the word: \(source)")
        }
    }

    @Test func theSuggestionIsShownInIndonesian() throws {
        let d = try #require(Self.diagnostics("print 5 yeras").first)
        #expect(d.rendered(color: false, language: .id) == """
            t:1:9: kesalahan: 'yeras' bukan satuan waktu [E208]
                print 5 yeras
                        ^~~~~
            catatan: maksud Anda '5 years'?
            """)
    }

    @Test func everyUnitWordIsStillADuration() {
        for word in Parser.unitWords.keys {
            let (stmts, ds) = Parser.parse(SourceFile(path: "t", text: "print 5 \(word)\n"))
            #expect(ds.isEmpty, "\(word): \(ds.map(\.message))")
            guard case .print(let args)? = stmts.first?.kind, case .literal(.duration(5, let unit))? = args.first?.kind else {
                Issue.record("\(word) is not a duration")
                continue
            }
            #expect(unit == word)
        }
    }

    @Test func aWordNothingLikeAUnitIsTheUsualError() throws {
        let d = try #require(Self.diagnostics("print 5 laporan").first)
        #expect(d.code == .unexpectedToken)
        #expect(d.message == "expected the end of the statement (a new line or ';'), found name 'laporan'")
        #expect(d.notes.isEmpty)
        // A number and a unit followed by another word that makes no unit: the usual error too.
        #expect(Self.diagnostics("print 5 days laporan").first?.code == .unexpectedToken)
    }

    @Test func aClassWrittenInWordsIsTakenWholeForTheClassCheck() throws {
        for (source, cls) in [("classify a as setiap saat", "setiap saat"), ("classify a as serta merta", "serta merta"),
                              ("classify a as berkala", "berkala")] {
            let (stmts, ds) = Parser.parse(SourceFile(path: "t", text: source + "\n"))
            #expect(ds.isEmpty, "\(source)")
            guard case .classify(_, let name, _)? = stmts.first?.kind else { Issue.record("\(source)"); continue }
            #expect(name.text == cls)
            #expect(SourceFile(path: "t", text: source).text(of: name.range) == cls)
        }
    }

    @Test func didYouMeanReadsInBothLanguages() {
        let n = Suggest.didYouMean("setiap_saat")
        #expect(n.english == "did you mean 'setiap_saat'?")
        #expect(n.indonesian == "maksud Anda 'setiap_saat'?")
        #expect(Suggest.closest(to: "setiap saat", in: ["berkala", "serta_merta", "setiap_saat", "dikecualikan"]) == "setiap_saat")
    }
}
