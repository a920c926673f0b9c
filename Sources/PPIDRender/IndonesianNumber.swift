/// A whole number in Indonesian words, as letters write a period beside its digits:
/// `30` → `tiga puluh`, `14` → `empat belas`, `100` → `seratus`. Only 1…999 (deadlines and
/// counts of days); anything else gives nil and the caller writes the digits alone.
public func indonesianNumberWords(_ n: Int) -> String? {
    guard n >= 1, n <= 999 else { return nil }
    let ones = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
    func belowHundred(_ n: Int) -> String {
        switch n {
        case 0..<10: return ones[n]
        case 10: return "sepuluh"
        case 11: return "sebelas"
        case 12..<20: return ones[n - 10] + " belas"
        default: return ones[n / 10] + " puluh" + (n % 10 == 0 ? "" : " " + ones[n % 10])
        }
    }
    let hundreds = n / 100, rest = n % 100
    var words = hundreds == 0 ? "" : hundreds == 1 ? "seratus" : ones[hundreds] + " ratus"
    if rest > 0 { words += (words.isEmpty ? "" : " ") + belowHundred(rest) }
    return words
}
