import PPIDText

extension Lexer {
    /// Reads exactly `n` digits at `at` as a number, or nil.
    func digits(_ at: Int, _ n: Int) -> Int? {
        guard at + n <= b.count else { return nil }
        var v = 0
        for k in 0..<n {
            let c = b[at + k]
            guard Lexer.isDigit(c) else { return nil }
            v = v * 10 + Int(c - 48)
        }
        return v
    }

    /// Numbers, dates (`2024-04-01`), date-times (`2024-04-01T09:30`) and times (`08:00`).
    mutating func number(_ start: Int) -> Token {
        // Date: DDDD-DD-DD
        if let y = digits(start, 4), peek(4) == 45, let m = digits(start + 5, 2), peek(7) == 45,
           let d = digits(start + 8, 2), !Lexer.isDigit(peek(10)) {
            i = start + 10
            guard (1...12).contains(m), d >= 1, d <= Lexer.daysIn(y, m), y >= 1 else {
                let written = file.text(of: SourceRange(start, i))
                return error(.invalidDate, Text(en: "\(written) is not a real date", id: "\(written) bukan tanggal yang sah"), start, i)
            }
            if peek() == 84, let h = digits(i + 1, 2), peek(3) == 58, let mi = digits(i + 4, 2), !Lexer.isDigit(peek(6)) {
                i += 6
                guard h <= 23, mi <= 59 else { return invalidTime(start) }
                var t = Token(.dateTime, SourceRange(start, i))
                t.dateParts = (y, m, d, h, mi)
                return t
            }
            var t = Token(.date, SourceRange(start, i))
            t.dateParts = (y, m, d, 0, 0)
            return t
        }
        // Time: DD:DD
        if let h = digits(start, 2), peek(2) == 58, let mi = digits(start + 3, 2), !Lexer.isDigit(peek(5)) {
            i = start + 5
            guard h <= 24, mi <= 59, h * 60 + mi <= 1440 else { return invalidTime(start) }
            var t = Token(.time, SourceRange(start, i))
            t.dateParts = (0, 0, 0, h, mi)
            return t
        }
        var v = 0
        var overflow = false
        while i < b.count && Lexer.isDigit(b[i]) {
            let (m1, o1) = v.multipliedReportingOverflow(by: 10)
            let (a1, o2) = m1.addingReportingOverflow(Int(b[i] - 48))
            overflow = overflow || o1 || o2
            v = a1
            i += 1
        }
        if peek() == 46 && Lexer.isDigit(peek(1)) {
            i += 1
            while i < b.count && Lexer.isDigit(b[i]) { i += 1 }
            var t = Token(.decimal, SourceRange(start, i))
            t.text = String(decoding: b[start..<i], as: UTF8.self)
            return t
        }
        if overflow {
            let written = file.text(of: SourceRange(start, i))
            return error(.numberTooLarge, Text(en: "the number \(written) is too large (the largest is \(Int.max))",
                                               id: "angka \(written) terlalu besar (paling besar \(Int.max))"), start, i)
        }
        var t = Token(.int, SourceRange(start, i))
        t.intValue = v
        return t
    }

    /// The error for a time of day (`25:00`, `2024-01-01T24:00`) that does not exist.
    mutating func invalidTime(_ start: Int) -> Token {
        let written = file.text(of: SourceRange(start, i))
        return error(.invalidTime, Text(en: "\(written) is not a real time of day", id: "\(written) bukan jam yang sah"), start, i)
    }

    static func daysIn(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `"..."` with escapes `\" \\ \n \t`, or `"""` multi-line `"""` (taken as written).
    mutating func string(_ start: Int) -> Token {
        if peek(1) == 34 && peek(2) == 34 {
            i = start + 3
            // A newline right after the opening quotes is not part of the text.
            if peek() == 10 { i += 1 }
            let bodyStart = i
            while i + 2 < b.count && !(b[i] == 34 && b[i + 1] == 34 && b[i + 2] == 34) { i += 1 }
            guard i + 2 < b.count else {
                i = b.count
                // The text may go on: at the prompt this asks for another line.
                let t = error(.unterminatedString, Text(en: "this text block has no closing \"\"\"",
                                                         id: "blok teks ini tidak ditutup dengan \"\"\""), start, start + 3)
                diagnostics[diagnostics.count - 1].isIncomplete = true
                return t
            }
            var t = Token(.string, SourceRange(start, i + 3))
            t.text = String(decoding: b[bodyStart..<i], as: UTF8.self)
            i += 3
            return t
        }
        i = start + 1
        // The common case: no escapes, so the text is a slice of the source.
        var j = i
        while j < b.count && b[j] != 34 && b[j] != 10 && b[j] != 92 { j += 1 }
        if j < b.count && b[j] == 34 {
            var t = Token(.string, SourceRange(start, j + 1))
            t.text = String(decoding: b[i..<j], as: UTF8.self)
            i = j + 1
            return t
        }
        var bytes: [UInt8] = []
        var bad: (Int, Int)? = nil
        while i < b.count && b[i] != 34 && b[i] != 10 {
            if b[i] == 92 {
                let e = peek(1)
                switch e {
                case 34: bytes.append(34)
                case 92: bytes.append(92)
                case 110: bytes.append(10)
                case 116: bytes.append(9)
                default: if bad == nil { bad = (i, min(i + 2, b.count)) }
                }
                i += 2
                continue
            }
            bytes.append(b[i])
            i += 1
        }
        guard i < b.count && b[i] == 34 else {
            return error(.unterminatedString, Text(en: "this string has no closing quote before the end of the line",
                                            id: "teks ini tidak ditutup dengan tanda kutip sebelum akhir baris"), start, start + 1)
        }
        i += 1
        if let (s, e) = bad {
            let escape = file.text(of: SourceRange(s, e))
            return error(.invalidEscape, Text(en: "unknown escape '\(escape)' in a string (use \\\" \\\\ \\n or \\t)",
                                              id: "urutan escape '\(escape)' dalam teks tidak dikenal (gunakan \\\" \\\\ \\n atau \\t)"), s, e)
        }
        var t = Token(.string, SourceRange(start, i))
        t.text = String(decoding: bytes, as: UTF8.self)
        return t
    }
}

extension Lexer {
    /// `text` as a string literal the lexer reads back as the same text (the inverse of
    /// `string(_:)`): for the scripts ppid writes (`export run`, training sessions).
    public static func quote(_ text: String) -> String {
        // Most texts need no escape: one scan of the bytes, then one concatenation (an import
        // quotes every cell of a sheet).
        if !text.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C || $0 == 0x0A || $0 == 0x09 }) { return "\"" + text + "\"" }
        var out = "\""
        for c in text {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(c)
            }
        }
        return out + "\""
    }
}
