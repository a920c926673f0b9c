import PPIDText

/// Objections and disputes (docs/language.md §20): filing an objection to a request's answer,
/// the dispute at the Komisi Informasi and its ruling. The Atasan PPID's answer is the
/// `answer` statement of Parser+Requests.swift. The parser only reads the fields.
extension Parser {
    /// object_stmt = "object" expr "as" NAME field_block ;
    mutating func objectStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let request = try expr()
        guard accept(.as) else {
            throw expected(Text(en: "`as NAME` naming the objection (object p1 as k1 { ground a })",
                                id: "`as NAMA` untuk nama keberatan (object p1 as k1 { ground a })"))
        }
        let name = try expectName(Text(en: "an objection name", id: "nama keberatan"))
        guard kind == .lBrace else {
            throw expected(Text(en: "'{' with the objection's ground (ground a; reason \"...\")",
                                id: "'{' berisi alasan keberatan (ground a; reason \"...\")"))
        }
        let fields = try fieldBlock()
        return Stmt(.object(request, name: name, fields: fields), SourceRange(kw.range.start, lastEnd))
    }

    /// dispute_stmt = "dispute" expr field_block ;
    mutating func disputeStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let target = try expr()
        guard kind == .lBrace else {
            throw expected(Text(en: "'{' with the dispute's commission (commission \"Komisi Informasi ...\")",
                                id: "'{' berisi Komisi Informasi tujuan sengketa (commission \"Komisi Informasi ...\")"))
        }
        let fields = try fieldBlock()
        return Stmt(.dispute(target, fields: fields), SourceRange(kw.range.start, lastEnd))
    }

    /// ruling_stmt = "ruling" expr NAME [ field_block ] ;
    mutating func rulingStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let target = try expr()
        guard kind == .name, tok.keyword == nil else {
            throw expected(Text(en: "the ruling (open, closed, partly_open)", id: "putusan (open, closed, partly_open)"))
        }
        let t = advance()
        let fields = try optionalFieldBlock()
        return Stmt(.ruling(target, outcome: Name(t.text, t.range), fields: fields), SourceRange(kw.range.start, lastEnd))
    }
}
