import PPIDText

/// The service report (docs/language.md §21): `report annual 2024 to "laporan.html"`,
/// `report semester 2024-2 to "…"` and, after `show`, the same without a file. The office's
/// own text comes in a block after the file. What the words mean is the runtime's to say.
extension Parser {
    /// report_stmt = "report" NAME expr "to" expr [ field_block ] ;
    /// (after `show`: "report" NAME expr [ field_block ], with no file)
    mutating func reportStmt(shown: Bool) throws(Failure) -> Stmt {
        let kw = advance()
        guard kind == .name, tok.keyword == nil else {
            throw expected(Text(en: "the kind of report: annual or semester", id: "jenis laporan: annual atau semester"))
        }
        let k = advance()
        let period = try expr()
        var path: Expr? = nil
        if !shown {
            try skip(expecting: .to)
            path = try expr()
        }
        let fields = try optionalFieldBlock()
        return Stmt(.report(kind: Name(k.text, k.range), period: period, to: path, fields: fields), SourceRange(kw.range.start, lastEnd))
    }
}
