import PPIDText

/// A count in a message with its thousands grouped: `1,284` in English, `1.284` in Indonesian.
struct Grouped: Localizable {
    let n: Int
    init(_ n: Int) { self.n = n }

    func text(in language: Language) -> String {
        let separator = language == .id ? "." : ","
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += separator }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}

/// How long something took: `9.0 ms`, `123 ms`, `12 s`; Indonesian writes `9,0 md`, `123 md`, `12 dtk`.
struct Elapsed: Localizable {
    let ms: Double
    init(_ ms: Double) { self.ms = ms }

    func text(in language: Language) -> String {
        let (point, milli, second) = language == .id ? (",", "md", "dtk") : (".", "ms", "s")
        let tenths = Int((ms * 10).rounded())
        if ms < 10 { return "\(tenths / 10)\(point)\(tenths % 10) \(milli)" }
        if ms < 10_000 { return "\(Int(ms.rounded())) \(milli)" }
        return "\(Int((ms / 1000).rounded())) \(second)"
    }
}
