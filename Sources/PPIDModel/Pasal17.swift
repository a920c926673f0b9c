import PPIDText

/// Reading an exemption's basis (docs/language.md §9, "The basis"): a basis citing Pasal 17
/// UU 14/2008 names one of its letters, huruf a–j, and for huruf h (rahasia pribadi) an angka
/// 1–5 when it gives one. A basis that does not cite Pasal 17 names another law, and counts
/// as Pasal 17 huruf j (information another Undang-Undang forbids disclosing).
public enum Pasal17 {
    /// The letters of Pasal 17.
    static let letters: [Character] = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
    /// The angka of the letters whose points this checks: huruf h has five.
    static let angka: [Character: ClosedRange<Int>] = ["h": 1...5]

    /// Why `basis` is not a valid citation, or nil when it is (each `;`-separated part).
    static func problem(in basis: String) -> Text? {
        for part in basis.split(separator: ";") {
            if let p = problem(inPart: part.lowercased()) { return p }
        }
        return nil
    }

    /// The letter of Pasal 17 that `basis` cites (`"Pasal 17 huruf h angka 3"` → h), or nil
    /// when it cites another law or a letter Pasal 17 does not have. For the first `;` part.
    public static func letter(in basis: String) -> Character? {
        let part = basis.split(separator: ";").first.map { $0.lowercased() } ?? ""
        guard let rest = afterPasal17(part), let h = rest.firstIndex(of: "huruf"), h + 1 < rest.count,
              rest[h + 1].count == 1, let c = rest[h + 1].first, letters.contains(c) else { return nil }
        return c
    }

    /// The words after "pasal 17", or nil when the text does not cite Pasal 17.
    private static func afterPasal17(_ text: String) -> [String]? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" }).map(String.init)
        guard let p = words.firstIndex(where: { $0 == "pasal" }), p + 1 < words.count, words[p + 1] == "17" else { return nil }
        return Array(words[(p + 2)...])
    }

    private static func problem(inPart text: String) -> Text? {
        guard let rest = afterPasal17(text) else {
            return nil   // another law: Pasal 17 huruf j
        }
        guard let h = rest.firstIndex(of: "huruf"), h + 1 < rest.count else {
            return Message.noLetter
        }
        let letter = rest[h + 1]
        guard letter.count == 1, let c = letter.first, letters.contains(c) else {
            return Message.badLetter(letter)
        }
        if let a = rest.firstIndex(of: "angka"), a + 1 < rest.count {
            guard let n = Int(rest[a + 1]) else { return Message.badAngka(String(c), rest[a + 1]) }
            if let range = angka[c], !range.contains(n) { return Message.angkaRange(String(c), n, range) }
        }
        return nil
    }
}

private enum Message {
    static let noLetter = Text(
        en: "a basis citing Pasal 17 names its letter, huruf a to j (such as \"Pasal 17 huruf h angka 2\")",
        id: "dasar yang menyebut Pasal 17 harus menyebut hurufnya, huruf a sampai j (misalnya \"Pasal 17 huruf h angka 2\")")
    static func badLetter(_ letter: String) -> Text {
        Text(en: "Pasal 17 has letters a to j, not \"\(letter)\"", id: "Pasal 17 memuat huruf a sampai j, bukan \"\(letter)\"")
    }
    static func badAngka(_ letter: String, _ angka: String) -> Text {
        Text(en: "\"angka \(angka)\" of Pasal 17 huruf \(letter) is not a number", id: "\"angka \(angka)\" pada Pasal 17 huruf \(letter) bukan bilangan")
    }
    static func angkaRange(_ letter: String, _ n: Int, _ range: ClosedRange<Int>) -> Text {
        Text(en: "Pasal 17 huruf \(letter) has angka \(range.lowerBound) to \(range.upperBound), not \(n)",
             id: "Pasal 17 huruf \(letter) memuat angka \(range.lowerBound) sampai \(range.upperBound), bukan \(n)")
    }
}
