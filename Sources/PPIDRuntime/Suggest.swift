import PPIDSyntax
import PPIDText

/// "Did you mean ...?": the closest candidate by edit distance, if close enough.
enum Suggest {
    /// The one text of every suggestion: "did you mean 'x'?" / "maksud Anda 'x'?".
    static func didYouMean(_ candidate: String) -> Text {
        Text(en: "did you mean '\(candidate)'?", id: "maksud Anda '\(candidate)'?")
    }

    /// A "did you mean" note for the closest candidate, or no note when none is close.
    static func notes(for word: String, in candidates: some Sequence<String>) -> [Diagnostic.Note] {
        closest(to: word, in: candidates).map { [Diagnostic.Note(didYouMean($0))] } ?? []
    }

    static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let w = Array(word.lowercased())
        guard !w.isEmpty, w.count <= 64 else { return nil }
        let limit = w.count <= 4 ? 1 : (w.count <= 7 ? 2 : 3)
        var best: (String, Int)? = nil
        for c in candidates where c != word {
            let d = distance(w, Array(c.lowercased()), limit: limit)
            guard d <= limit else { continue }
            if let b = best, d > b.1 || (d == b.1 && c >= b.0) { continue }
            best = (c, d)
        }
        return best?.0
    }

    /// Levenshtein distance with adjacent transpositions, stopping early past `limit`.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, prev2[j - 2] + 1) }
                cur[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }
}
