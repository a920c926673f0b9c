import PPIDModel
import PPIDText

/// The values of a DIP sheet as people write them, read into what `info` and `classify` take.
/// Each reader gives the value, or nil when the cell does not fit (the caller says why).
enum ImportValues {
    /// `Berkala`, `Serta Merta`, `Serta-merta`, `setiap_saat`, `Setiap Saat`, any case.
    static func infoClass(_ s: String) -> InfoClass? {
        switch ImportColumns.key(s) {
        case "berkala", "periodic", "periodically": .berkala
        case "sertamerta", "immediate", "immediately": .serta_merta
        case "setiapsaat", "anytime", "atanytime": .setiap_saat
        case "dikecualikan", "exempt": .dikecualikan
        default: nil
        }
    }

    /// `10 tahun`, `6 bulan`, `1 year`, `permanen`, `selama berlaku` (and the English words).
    static func retention(_ s: String) -> Retention? {
        let words = s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\t" }).map(String.init)
        let key = ImportColumns.key(s)
        switch key {
        case "permanen", "permanent": return .text("Permanen")
        case "selamaberlaku", "whileinforce", "whilevalid", "aslongasvalid": return .text("Selama berlaku")
        default: break
        }
        guard words.count == 2, let n = Int(words[0]), n > 0, n <= 1000 else { return nil }
        let unit: DurationUnit
        switch words[1] {
        case "tahun", "year", "years": unit = .year
        case "bulan", "month", "months": unit = .month
        case "minggu", "week", "weeks": unit = .week
        case "hari", "day", "days": unit = .day
        default: return nil
        }
        return .duration(Duration(amount: n, unit: unit))
    }

    /// A date as a DIP writes it: `10 Desember 2024`, `10 Des 2024`, `December 10, 2024` is
    /// not taken (its comma separates the place); ISO `2024-12-10`; `10/12/2024` (day first,
    /// as Indonesia writes it); `10-12-2024`.
    static func date(_ raw: String) -> CivilDate? {
        let s = trim(raw)
        if let d = CivilDate(iso: s) { return d }
        // An XLSX date with a time of day: 2024-12-10T00:00:00 or 2024-12-10 00:00.
        if s.count > 10, let d = CivilDate(iso: String(s.prefix(10))), ["T", " "].contains(s[s.index(s.startIndex, offsetBy: 10)]) { return d }
        for sep: Character in ["/", "-", "."] {
            let p = s.split(separator: sep, omittingEmptySubsequences: false)
            if p.count == 3, let d = Int(p[0]), let m = Int(p[1]), let y = Int(p[2]), p[2].count == 4 {
                return CivilDate(year: y, month: m, day: d)
            }
        }
        let w = s.split(separator: " ", omittingEmptySubsequences: true)
        if w.count == 3, let d = Int(w[0]), let y = Int(w[2]), w[2].count == 4, let m = month(String(w[1])) {
            return CivilDate(year: y, month: m, day: d)
        }
        return nil
    }

    /// Indonesian and English month names and their usual abbreviations.
    static func month(_ word: String) -> Int? {
        monthNumbers[word.lowercased().filter { $0 != "." }]
    }

    /// Month word → 1...12 (built once: a sheet's every date looks its month up).
    private static let monthNumbers: [String: Int] = {
        let names: [[String]] = [
            ["januari", "january", "jan"], ["februari", "february", "feb", "pebruari"], ["maret", "march", "mar"],
            ["april", "apr"], ["mei", "may"], ["juni", "june", "jun"], ["juli", "july", "jul"],
            ["agustus", "august", "agu", "agt", "aug"], ["september", "sep", "sept"], ["oktober", "october", "okt", "oct"],
            ["november", "nov", "nopember"], ["desember", "december", "des", "dec"],
        ]
        var out: [String: Int] = [:]
        for (i, words) in names.enumerated() { for w in words { out[w] = i + 1 } }
        return out
    }()

    /// True when a text looks like an attempt at a date (digits and a month or separators),
    /// so that a misspelt date is an error rather than a place.
    static func looksLikeDate(_ s: String) -> Bool {
        let digits = s.filter(\.isNumber).count
        guard digits >= 4 else { return false }
        return s.split(separator: " ").contains { month(String($0)) != nil } || s.contains("/") || s.contains("-") || digits == s.filter { !$0.isWhitespace }.count
    }

    /// `10 Desember 2024, Purwokerto` → (date, place); either part may be missing. nil when
    /// the date part does not read as a date.
    static func madePlace(_ s: String) -> (made: CivilDate?, place: String?)? {
        let parts = s.split(separator: ",", omittingEmptySubsequences: false).map { trim(String($0)) }
        if let d = date(parts[0]) {
            let rest = parts.dropFirst().joined(separator: ", ")
            return (d, rest.isEmpty ? nil : rest)
        }
        if parts.count > 1, let d = date(parts[parts.count - 1]) {
            return (d, parts.dropLast().joined(separator: ", "))
        }
        if looksLikeDate(parts[0]) { return nil }
        return (nil, trim(s))
    }

    /// `softcopy, hardcopy` → ["softcopy", "hardcopy"] (also `;` and line breaks between).
    static func formats(_ s: String) -> [String] {
        s.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" }).map { trim(String($0)) }.filter { !$0.isEmpty }
    }

    /// A cell's text without the spaces and line breaks around it; CRLF inside becomes LF.
    static func trim(_ t: String) -> String {
        // Most cells have nothing to trim: an ASCII non-space byte at both ends, no CR inside.
        // (Any other last byte may end a non-ASCII space, such as U+00A0: the slow path.)
        if let f = t.utf8.first, let l = t.utf8.last, f > 0x20, f < 0x80, l > 0x20, l < 0x80, !t.utf8.contains(13) { return t }
        var s = Substring(t.utf8.contains(13) ? t.replacingCRLF() : t)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// A name a script can use: a letter or `_`, then letters, digits or `_` (ASCII).
    static func isName(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first, f == "_" || (f.isASCII && f.properties.isAlphabetic) else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)) }
    }

    /// `DIP-001` → `dip_001`: what a code would be as a name (for a "did you mean").
    static func asName(_ s: String) -> String {
        var out = String(s.lowercased().unicodeScalars.map { u -> Character in
            (u.isASCII && (u.properties.isAlphabetic || u.properties.numericType != nil)) ? Character(u) : "_"
        })
        while out.contains("__") { out = out.replacingOccurrences(of: "__", with: "_") }
        out = String(out.drop(while: { $0 == "_" }))
        while out.hasSuffix("_") { out.removeLast() }
        if let f = out.first, f.isNumber { out = "info_" + out }
        return out
    }
}

private extension String {
    func replacingCRLF() -> String {
        var out = ""
        for c in self {
            // Swift reads CRLF as one Character; a lone CR ends a line too.
            out.append(c == "\r\n" || c == "\r" ? "\n" : c)
        }
        return out
    }

    func replacingOccurrences(of a: String, with b: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: a) {
            out += rest[..<r.lowerBound] + b
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
