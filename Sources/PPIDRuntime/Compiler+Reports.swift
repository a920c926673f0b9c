import PPIDSyntax
import PPIDModel
import PPIDText

/// Compiling `report annual YEAR` / `report semester YEAR-1|YEAR-2` (docs/language.md §21).
extension Compiler {
    /// The office's own sections, by field name.
    static let reportFieldNames = ["policy", "resources", "obstacles", "recommendations"]

    mutating func reportStmt(_ s: Stmt) throws(Failure) -> StmtNode? {
        guard case .report(let kind, let period, let to, let fs) = s.kind else { return nil }
        let words = ["annual", "semester"]
        guard words.contains(kind.text) else {
            throw fail(.unknownWord, Text(en: "'\(kind.text)' is not a kind of report (annual, semester)",
                                          id: "'\(kind.text)' bukan jenis laporan (annual, semester)"),
                       kind.range, notes: Suggest.notes(for: kind.text, in: words))
        }
        var half: Int? = nil
        var year: ExprNode
        if kind.text == "semester" {
            // `2024-2` reads as a subtraction: take its two numbers.
            guard case .binary(.sub, let y, let h) = period.kind, case .literal(.int(let hv)) = h.kind, hv == 1 || hv == 2 else {
                throw fail(.badValue, Text(en: "a semester is written YEAR-1 or YEAR-2, such as 2024-2",
                                           id: "semester ditulis TAHUN-1 atau TAHUN-2, misalnya 2024-2"), period.range)
            }
            half = hv
            year = try expr(y)
        } else {
            year = try expr(period)
        }
        let path = try optional(to)
        let fields = try self.fields(fs, allowed: Compiler.reportFieldNames, what: Noun.report)
        return ReportNode(year: year, half: half, path: path, fields: fields, s.range)
    }
}
