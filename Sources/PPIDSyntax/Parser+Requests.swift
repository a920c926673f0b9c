import PPIDText

/// Requests for information (docs/language.md §19): the statements that receive, extend and
/// answer a request, and the periods with their own deadline figures. What the fields mean
/// and which are required is the runtime's and the Model's to say; the parser only reads them.
extension Parser {
    /// request_stmt = "request" NAME field_block ;
    mutating func requestStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let name = try expectName(Text(en: "a request name", id: "nama permohonan"))
        guard kind == .lBrace else {
            throw expected(Text(en: "'{' with the request's fields (from, asks, purpose, ...)",
                                id: "'{' berisi kolom permohonan (from, asks, purpose, ...)"))
        }
        let fields = try fieldBlock()
        return Stmt(.request(name, fields: fields), SourceRange(kw.range.start, lastEnd))
    }

    /// extend_stmt = "extend" expr [ expr ] ;
    mutating func extendStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let target = try expr()
        let reason = try optionalExpr()
        return Stmt(.extend(target, reason: reason), SourceRange(kw.range.start, lastEnd))
    }

    /// answer_stmt = "answer" expr NAME [ field_block ] ;
    mutating func answerStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let target = try expr()
        guard kind == .name, tok.keyword == nil else {
            throw expected(Text(en: "the answer (grant, partial, refuse, not_held, not_documented)",
                                id: "jawaban (grant, partial, refuse, not_held, not_documented)"))
        }
        let t = advance()
        let fields = try optionalFieldBlock()
        return Stmt(.answer(target, outcome: Name(t.text, t.range), fields: fields), SourceRange(kw.range.start, lastEnd))
    }

    /// period_stmt = "period" NAME expr [ expr ] [ field_block ] ;
    mutating func periodStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let name = try expectName(Text(en: "a period name", id: "nama periode"))
        if atStatementEnd || kind == .lBrace {
            throw expected(Text(en: "the period's days (2024-05-27..2024-11-27)", id: "rentang hari periode (2024-05-27..2024-11-27)"))
        }
        let days = try expr()
        let title = try optionalExpr()
        let fields = try optionalFieldBlock()
        return Stmt(.period(name, days: days, title: title, fields: fields), SourceRange(kw.range.start, lastEnd))
    }
}
