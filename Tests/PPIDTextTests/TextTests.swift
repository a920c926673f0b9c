import Testing
import PPIDText

/// A date as messages show it: ISO in English, `23 April 2024` in Indonesian.
private struct Day: Localizable {
    let y: Int, m: Int, d: Int
    func text(in language: Language) -> String {
        language == .id ? "\(d) \(["Januari", "Februari", "Maret", "April"][m - 1]) \(y)" : "\(y)-0\(m)-\(d)"
    }
}

@Suite struct TextTests {
    @Test func eachLanguageHasItsOwnText() {
        let name = "kul"
        let t = Text(en: "unknown name '\(name)'", id: "nama '\(name)' tidak dikenal")
        #expect(t.text(in: .en) == "unknown name 'kul'")
        #expect(t.text(in: .id) == "nama 'kul' tidak dikenal")
    }

    @Test func valuesAreShownInTheReadersLanguage() {
        let d = Day(y: 2024, m: 4, d: 23)
        let t = Text(en: "due \(d)", id: "tenggat \(d)")
        #expect(t.english == "due 2024-04-23")
        #expect(t.indonesian == "tenggat 23 April 2024")
    }

    @Test func aNestedMessageFollowsTheOuterLanguage() {
        let inner = Text(en: "nothing was changed", id: "tidak ada yang diubah")
        let t = Text(en: "stopped; \(inner)", id: "berhenti; \(inner)")
        #expect(t.indonesian == "berhenti; tidak ada yang diubah")
        #expect(t.english == "stopped; nothing was changed")
    }

    @Test(arguments: [(0, "0 rows"), (1, "1 row"), (2, "2 rows")])
    func englishCountsTakeTheirPlural(n: Int, expected: String) {
        let t = Text(en: "\(count: n, "row")", id: "\(n) baris")
        #expect(t.english == expected)
        #expect(t.indonesian == "\(n) baris")
    }

    @Test func anIrregularPluralIsGiven() {
        #expect(Text(en: "\(count: 2, "entry", plural: "entries")", id: "2 entri").english == "2 entries")
    }

    @Test(arguments: [
        (["LANG": "id_ID.UTF-8"], Language.id),
        (["LANG": "en_US.UTF-8"], .en),
        ([:], .en),
        (["LC_ALL": "id_ID.UTF-8", "LANG": "en_US.UTF-8"], .id),
        (["LC_ALL": "C", "LC_MESSAGES": "id_ID.UTF-8"], .en),
        (["LC_ALL": "", "LC_MESSAGES": "id_ID.UTF-8", "LANG": "en_US.UTF-8"], .id),
        (["LC_MESSAGES": "", "LANG": "id_ID"], .id),
        (["LANG": "C.UTF-8"], .en),
    ])
    func theLocaleChoosesTheLanguage(env: [String: String], expected: Language) {
        #expect(Language.fromLocale(env) == expected)
    }

    @Test(arguments: [("id", Language.id), ("EN", .en), ("indonesia", .id), ("inggris", .en)])
    func languageWords(word: String, expected: Language) {
        #expect(Language(word: word) == expected)
    }

    @Test func anUnknownLanguageWordIsNone() {
        #expect(Language(word: "jawa") == nil)
    }
}
