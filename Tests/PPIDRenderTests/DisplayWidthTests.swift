import Testing
@testable import PPIDRender

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("", 0),
        ("KPU", 3),
        ("Désa", 4),                          // precomposed é
        ("De\u{301}sa", 4),                   // e + combining acute
        ("Nguye\u{302}\u{303}n", 6),          // two stacked combining marks
        ("Sulawesi Selatan", 16),
        ("日本", 4),                           // East Asian Wide
        ("ＫＰＵ", 6),                          // fullwidth Latin
        ("한국", 4),                           // Hangul syllables
        ("\u{1100}\u{1161}\u{11A8}", 2),      // conjoining jamo: one syllable
        ("🗳️", 2),                            // ballot box + VS16
        ("👍", 2),
        ("👨‍👩‍👧", 2),                          // ZWJ family is one glyph
        ("🇮🇩", 2),                            // flag
        ("a\u{200B}b", 2),                    // zero-width space
        ("a\tb\u{7}", 2),                     // controls are zero
        ("©", 1),                             // emoji-capable but text presentation
    ])
    func width(text: String, expected: Int) {
        #expect(displayWidth(text) == expected, "\(text.debugDescription)")
    }

    @Test func precomposedAndDecomposedAgree() {
        let pairs = [("Désa", "De\u{301}sa"), ("Bandar Lampung Ñ", "Bandar Lampung N\u{303}")]
        for (a, b) in pairs {
            #expect(displayWidth(a) == displayWidth(b))
        }
    }
}

@Suite struct TextWrapTests {
    @Test(arguments: [
        ("Laporan Keuangan Tahun 2023", 10, ["Laporan", "Keuangan", "Tahun 2023"]),
        ("abc", 10, ["abc"]),
        ("", 5, [""]),
        ("Pengelolaan", 4, ["Peng", "elol", "aan"]),         // hard break
        ("a Pengelolaan b", 6, ["a", "Pengel", "olaan", "b"]),
        ("satu\ndua", 10, ["satu", "dua"]),
        ("satu\r\ndua\rtiga", 10, ["satu", "dua", "tiga"]),
        ("日本語テキスト", 5, ["日本", "語テ", "キス", "ト"]),   // wide chars never split mid-glyph
        ("日本", 1, ["日", "本"]),                             // too wide: own line, not lost
        ("De\u{301}sa Ke\u{301}cil", 4, ["De\u{301}sa", "Ke\u{301}ci", "l"]),
    ])
    func wrap(text: String, width: Int, expected: [String]) {
        #expect(TextWrap.wrap(text, width: width) == expected)
    }

    @Test func everyWrappedLineFits() {
        let text = "Memberikan arahan, koreksi dan persetujuan terhadap draft Maklumat Pelayanan Informasi Publik"
        for width in 3...40 {
            for line in TextWrap.wrap(text, width: width) {
                #expect(displayWidth(line) <= width)
            }
        }
    }
}
