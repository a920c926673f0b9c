/// The report's content as rows of display text, shared by the HTML page, the Markdown file
/// and the terminal text, so that all three say the same thing in the same words.
extension ServiceReportDocument {
    /// One way a request ended, for the Pasal 12 table and the outcome chart.
    struct Outcome {
        let label: String
        let count: Int
        /// Tenths of a percent of all outcomes; the column sums to exactly 1000.
        let tenths: Int
        let share: String
    }

    /// The six ends of a request, with their shares. The shares are of the outcomes' sum
    /// (which should be the requests received; `outcomeMismatch` says when it is not).
    var outcomes: [Outcome] {
        let r = requests
        let rows = [
            ("Dipenuhi seluruhnya", r.granted), ("Dipenuhi sebagian", r.partial),
            ("Ditolak (informasi yang dikecualikan)", r.refused), ("Informasi tidak dikuasai", r.notHeld),
            ("Informasi belum didokumentasikan", r.notDocumented), ("Masih dalam proses", r.open),
        ]
        let tenths = percentTenths(rows.map(\.1))
        let total = rows.reduce(0) { $0 + max($1.1, 0) }
        return rows.indices.map {
            Outcome(label: rows[$0].0, count: rows[$0].1, tenths: tenths[$0],
                    share: shareText(rows[$0].1, tenths: tenths[$0], total: total))
        }
    }

    /// A note when the outcomes do not add up to the requests received: the figures are
    /// given, not counted here, so the report shows the gap rather than hiding it.
    var outcomeMismatch: String? {
        let sum = outcomes.reduce(0) { $0 + $1.count }
        guard sum != requests.received else { return nil }
        return "Catatan: jumlah rincian (\(reportNumber(sum))) tidak sama dengan jumlah permohonan yang diterima"
            + " (\(reportNumber(requests.received)))."
    }

    /// Label and value lines for the answer times.
    var answerTimeRows: [(String, String)] {
        let t = answerTime
        func days(_ n: Int?) -> String { n.map { reportNumber($0) + " hari kerja" } ?? "-" }
        let answered = requests.received - requests.open
        var late = reportNumber(requests.late)
        if answered > 0 { late += " (" + percentText(tenthsOf(requests.late, answered)) + " dari permohonan yang dijawab)" }
        return [
            ("Batas waktu menjawab", reportNumber(t.statutoryDays) + " hari kerja"),
            ("Waktu tercepat", days(t.minimum)),
            ("Waktu terlama", days(t.maximum)),
            ("Median waktu menjawab", t.median.map { decimalText($0) + " hari kerja" } ?? "-"),
            ("Dijawab melewati batas waktu", late),
        ]
    }

    /// The objections' outcomes, in the order of the report.
    var objectionOutcomeRows: [(String, Int)] {
        let o = objections
        return [
            ("Keberatan diterima seluruhnya", o.granted), ("Keberatan diterima sebagian", o.partial),
            ("Atasan PPID menguatkan keputusan PPID", o.upheld), ("Belum diputus", o.open),
        ]
    }

    /// The objections by Pasal 35 ayat (1) letter, a known letter with its ground's wording.
    var objectionGroundRows: [(String, Int)] {
        objections.byGround.map { row in
            let letter = row.letter.lowercased()
            let label = pasal35Grounds[letter].map { "huruf \(letter): \($0)" } ?? row.letter
            return (label, row.count)
        }
    }

    var dipRows: [(String, Int)] {
        [
            ("Informasi berkala", dip.berkala), ("Informasi serta merta", dip.sertaMerta),
            ("Informasi setiap saat", dip.setiapSaat), ("Informasi yang dikecualikan", dip.exempt),
            ("Ditambahkan pada periode ini", dip.added), ("Diubah pada periode ini", dip.changed),
        ]
    }

    /// One part of the report written by the office: its heading and what goes under it
    /// (a subheading when the section's title is more than the part's own title).
    struct TextPart {
        let number: String
        let title: String
        let entries: [(subtitle: String?, text: String)]
    }

    /// The four standard parts (numbered as the report numbers them) and, after them,
    /// every section whose title fits none of them, numbered on from VIII.
    var textParts: (standard: [TextPart], extra: [TextPart]) {
        let keys = ["gambaran umum", "sumber daya", "kendala", "rekomendasi"]
        let numbers = ["I", "II", "VI", "VII"]
        var entries: [[(subtitle: String?, text: String)]] = Array(repeating: [], count: keys.count)
        var extra: [TextPart] = []
        for section in sections {
            let title = trimmedWhitespace(section.title)
            let lower = title.lowercased()
            if let k = keys.firstIndex(where: { lower.hasPrefix($0) }) {
                let isOwnTitle = lower == Self.textSections[k].lowercased() || lower == keys[k]
                entries[k].append((isOwnTitle ? nil : title, section.text))
            } else {
                extra.append(TextPart(number: romanNumeral(8 + extra.count), title: title, entries: [(nil, section.text)]))
            }
        }
        let standard = keys.indices.map { TextPart(number: numbers[$0], title: Self.textSections[$0], entries: entries[$0]) }
        return (standard, extra)
    }
}

/// The grounds of an objection, Pasal 35 ayat (1) UU 14/2008.
let pasal35Grounds: [String: String] = [
    "a": "penolakan berdasarkan alasan pengecualian Pasal 17",
    "b": "tidak disediakannya informasi berkala (Pasal 9)",
    "c": "tidak ditanggapinya permintaan informasi",
    "d": "permintaan ditanggapi tidak sebagaimana yang diminta",
    "e": "tidak dipenuhinya permintaan informasi",
    "f": "pengenaan biaya yang tidak wajar",
    "g": "penyampaian informasi melebihi waktu yang diatur",
]

/// What an empty text section prints.
let notFilledIn = "(belum diisi)"

/// Shares of a whole in tenths of a percent that add up to exactly 1000 (largest
/// remainder: each share is rounded down, and the tenths left over go to the largest
/// remainders, earlier rows first on a tie). All zeros when the whole is zero.
func percentTenths(_ counts: [Int]) -> [Int] {
    let counts = counts.map { max($0, 0) }
    let total = counts.reduce(0, +)
    guard total > 0 else { return counts.map { _ in 0 } }
    var shares = counts.map { $0 * 1000 / total }
    let remainders = counts.map { $0 * 1000 % total }
    let left = 1000 - shares.reduce(0, +)
    let order = counts.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
    for i in order.prefix(left) { shares[i] += 1 }
    return shares
}

/// `part` of `whole` in tenths of a percent, rounded half up; 0 when the whole is 0.
func tenthsOf(_ part: Int, _ whole: Int) -> Int {
    guard whole > 0 else { return 0 }
    return (max(part, 0) * 2000 + whole) / (2 * whole)
}

/// A row's share as the report prints it: `-` when there is nothing to share (an empty
/// period), `< 0,1%` and `> 99,9%` for what a tenth cannot show, else `percentText`.
func shareText(_ count: Int, tenths: Int, total: Int) -> String {
    guard total > 0 else { return "-" }
    if count > 0 && tenths == 0 { return "< 0,1%" }
    if count < total && tenths == 1000 { return "> 99,9%" }
    return percentText(tenths)
}

/// Tenths of a percent as Indonesian writes them: `125` → `12,5%`, `1000` → `100,0%`.
func percentText(_ tenths: Int) -> String {
    reportNumber(tenths / 10) + "," + String(tenths % 10) + "%"
}

/// A count with Indonesian thousands dots: `1234` → `1.234`; negative numbers keep their sign.
func reportNumber(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var groups: [Substring] = []
    var rest = Substring(digits)
    while rest.count > 3 {
        groups.insert(rest.suffix(3), at: 0)
        rest = rest.dropLast(3)
    }
    groups.insert(rest, at: 0)
    return (n < 0 ? "-" : "") + groups.joined(separator: ".")
}

/// A number of days with at most one decimal, by Indonesian comma: `4.5` → `4,5`, `3.0` → `3`.
/// Rounded to tenths by integer arithmetic, so the text never depends on float printing.
func decimalText(_ value: Double) -> String {
    guard value.isFinite else { return "-" }
    let tenths = Int((value * 10).rounded())
    let whole = reportNumber(tenths / 10)
    let fraction = abs(tenths % 10)
    let sign = tenths < 0 && tenths / 10 == 0 ? "-" : ""
    return sign + whole + (fraction == 0 ? "" : "," + String(fraction))
}

/// The short month names of the month chart and tables (1 → `Jan`); other numbers as digits.
func monthAbbreviation(_ month: Int) -> String {
    let names = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    return (1...12).contains(month) ? names[month - 1] : String(month)
}

/// The full month names (1 → `Januari`).
func monthName(_ month: Int) -> String {
    let names = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                 "Oktober", "November", "Desember"]
    return (1...12).contains(month) ? names[month - 1] : String(month)
}

/// 1 → `I`, 8 → `VIII`: the report's part numbers.
func romanNumeral(_ n: Int) -> String {
    guard n > 0, n < 4000 else { return String(n) }
    let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                  (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    var rest = n
    var out = ""
    for (value, letters) in table {
        while rest >= value { out += letters; rest -= value }
    }
    return out
}

/// The text without white space at either end.
func trimmedWhitespace(_ text: String) -> String {
    String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
}
