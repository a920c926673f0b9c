import PPIDText

extension Parser {
    /// sop_stmt = "sop" NAME [ expr ] sop_block ;
    mutating func sopStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let name = try expectName(Expected.sopName)
        let title = try optionalExpr()
        guard kind == .lBrace else { throw expected(Text(en: "'{' with the SOP's header fields and steps", id: "'{' berisi kolom kepala dan tahap SOP")) }
        let (fields, steps) = try sopBlock()
        return Stmt(.sop(name, title: title, fields: fields, steps: steps), SourceRange(kw.range.start, lastEnd))
    }

    /// sop_block = "{" { separator } [ sop_item { separator { separator } [ sop_item ] } ] "}" ;
    mutating func sopBlock() throws(Failure) -> ([Field], [StepDecl]) {
        try enter()
        defer { depth -= 1 }
        let open = try expect(.lBrace, Expected.openBrace)
        openBraces.append(open.range)
        var fields: [Field] = []
        var steps: [StepDecl] = []
        skipSeparators()
        while kind != .rBrace {
            if kind == .eof { throw expected(Text(en: "'}' to close the SOP", id: "'}' untuk menutup SOP")) }
            switch try sopItem() {
            case .left(let f): fields.append(f)
            case .right(let s): steps.append(s)
            }
            guard isSeparator || kind == .rBrace else {
                throw expected(Expected.lineEnd)
            }
            skipSeparators()
        }
        skip()
        openBraces.removeLast()
        return (fields, steps)
    }

    enum Either<L, R> { case left(L), right(R) }

    /// sop_item = step_decl | field ;
    mutating func sopItem() throws(Failure) -> Either<Field, StepDecl> {
        if at(.step) { return .right(try stepDecl()) }
        return .left(try field())
    }

    /// step_decl = "step" INT STRING step_block ;
    mutating func stepDecl() throws(Failure) -> StepDecl {
        let kw = advance()
        let number = try expect(.int, Text(en: "the step number", id: "nomor tahap"))
        let activity = try expect(.string, Text(en: "the step's activity in quotes", id: "kegiatan tahap dalam tanda kutip"))
        guard kind == .lBrace else { throw expected(Text(en: "'{' with the step's fields (by, takes, yields ...)", id: "'{' berisi kolom tahap (by, takes, yields ...)")) }
        let (fields, decide, separate) = try stepBlock()
        return StepDecl(number: number.intValue, numberRange: number.range, activity: activity.text, fields: fields,
                        decide: decide, separateFrom: separate, range: SourceRange(kw.range.start, lastEnd))
    }

    /// step_block = "{" { separator } [ step_item { separator { separator } [ step_item ] } ] "}" ;
    mutating func stepBlock() throws(Failure) -> ([Field], DecisionClause?, [(Int, SourceRange)]) {
        try enter()
        defer { depth -= 1 }
        let open = try expect(.lBrace, Expected.openBrace)
        openBraces.append(open.range)
        var fields: [Field] = []
        var decision: DecisionClause? = nil
        var separate: [(Int, SourceRange)] = []
        skipSeparators()
        while kind != .rBrace {
            if kind == .eof { throw expected(Text(en: "'}' to close the step", id: "'}' untuk menutup tahap")) }
            try stepItem(&fields, &decision, &separate)
            guard isSeparator || kind == .rBrace else {
                throw expected(Expected.fieldEnd)
            }
            skipSeparators()
        }
        skip()
        openBraces.removeLast()
        return (fields, decision, separate)
    }

    /// step_item = decide_clause | separate_clause | field ;
    mutating func stepItem(_ fields: inout [Field], _ decision: inout DecisionClause?, _ separate: inout [(Int, SourceRange)]) throws(Failure) {
        if at(.decide) {
            decision = try decideClause()
        } else if at(.separate) {
            separate += try separateClause()
        } else {
            fields.append(try field())
        }
    }

    /// decide_clause = "decide" NAME "->" step_target "," NAME "->" step_target ;
    mutating func decideClause() throws(Failure) -> DecisionClause {
        let kw = advance()
        var yes: (Int?, SourceRange)? = nil, no: (Int?, SourceRange)? = nil
        for i in 0..<2 {
            if i == 1 { try skip(expecting: .comma, Text(en: "',' between the two exits", id: "',' di antara kedua jalan keluar")) }
            guard kind == .name, tok.text == "yes" || tok.text == "no" || tok.text == "ya" || tok.text == "tidak" else {
                throw expected(Text(en: "'yes' or 'no' (the two exits of a decision)", id: "'yes' atau 'no' (kedua jalan keluar tahap keputusan)"))
            }
            let which = advance()
            try skip(expecting: .arrow, Text(en: "'->' and the step to go to", id: "'->' dan tahap tujuannya"))
            let target = try stepTarget()
            if which.text == "yes" || which.text == "ya" { yes = target } else { no = target }
        }
        guard let y = yes, let n = no else {
            throw Failure(diagnostic: Diagnostic(.unexpectedToken, Text(en: "a decision needs one 'yes' exit and one 'no' exit",
                id: "tahap keputusan memerlukan satu jalan keluar 'yes' dan satu jalan keluar 'no'"),
                                                 file: file, range: SourceRange(kw.range.start, lastEnd)))
        }
        return DecisionClause(yes: y.0, yesRange: y.1, no: n.0, noRange: n.1, range: SourceRange(kw.range.start, lastEnd))
    }

    /// step_target = INT | "end" ;
    mutating func stepTarget() throws(Failure) -> (Int?, SourceRange) {
        if kind == .int { let t = advance(); return (t.intValue, t.range) }
        if kind == .name && tok.text == "end" { let t = advance(); return (nil, t.range) }
        throw expected(Text(en: "a step number or 'end'", id: "nomor tahap atau 'end'"))
    }

    /// separate_clause = "separate" "from" INT { "," INT } ;
    mutating func separateClause() throws(Failure) -> [(Int, SourceRange)] {
        skip()
        try skip(expecting: .from)
        var out: [(Int, SourceRange)] = []
        repeat {
            let t = try expect(.int, Expected.stepNumber)
            out.append((t.intValue, t.range))
        } while accept(.comma)
        return out
    }

    /// start_stmt = "start" NAME [ "as" NAME ] [ "for" expr { "," expr } ] ;
    mutating func startStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let sop = try expectName(Expected.sopName)
        let name = accept(.as) ? try expectName(Text(en: "a name for the run", id: "nama pelaksanaan")) : nil
        var subjects: [Expr] = []
        if accept(.for) {
            subjects.append(try expr())
            while accept(.comma) { subjects.append(try expr()) }
        }
        return Stmt(.start(sop: sop, name: name, subjects: subjects), SourceRange(kw.range.start, lastEnd))
    }

    /// run_stmt = ( "complete" | "approve" | "reject" | "cancel" ) expr [ [ "note" ] expr ] ;
    mutating func runStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let action = RunAction(rawValue: kw.text) ?? .complete
        let run = try expr()
        var note: Expr? = nil
        if accept(.note) { note = try expr() } else { note = try optionalExpr() }
        return Stmt(.runAction(action, run, note: note), SourceRange(kw.range.start, lastEnd))
    }

    /// show_stmt = "show" ( "sop" NAME [ "as" NAME ] | "report" NAME expr [ field_block ] | expr [ "as" NAME ] ) ;
    mutating func showStmt() throws(Failure) -> Stmt {
        if peekToken(1).keyword == .report {
            let kw = advance()
            var s = try reportStmt(shown: true)
            s = Stmt(s.kind, SourceRange(kw.range.start, lastEnd))
            return s
        }
        let kw = advance()
        if accept(.sop) {
            let name = try expectName(Expected.sopName)
            let format = accept(.as) ? try expectName(Expected.outputFormat) : nil
            return Stmt(.showSop(name, format: format), SourceRange(kw.range.start, lastEnd))
        }
        let what = try expr()
        let format = accept(.as) ? try expectName(Expected.outputFormat) : nil
        return Stmt(.show(what, format: format), SourceRange(kw.range.start, lastEnd))
    }

    /// export_stmt = "export" ( "run" expr | "registers" | expr ) "to" expr [ "as" NAME ] ;
    mutating func exportStmt() throws(Failure) -> Stmt {
        let kw = advance()
        // `registers` is a word only here, before `to` (`export registers to "kantor.sqlite"`):
        // not reserved, so a variable may still be called so (the compiler then exports it).
        if kind == .name, tok.keyword == nil, tok.text == "registers", peekToken(1).keyword == .to {
            let word = advance()
            try skip(expecting: .to)
            let path = try expr()
            let format = accept(.as) ? try expectName(Expected.outputFormat) : nil
            return Stmt(.exportRegisters(Name(word.text, word.range), to: path, format: format), SourceRange(kw.range.start, lastEnd))
        }
        if accept(.run) {
            let run = try expr()
            try skip(expecting: .to)
            let path = try expr()
            return Stmt(.exportRun(run, to: path), SourceRange(kw.range.start, lastEnd))
        }
        let what = try expr()
        try skip(expecting: .to)
        let path = try expr()
        let format = accept(.as) ? try expectName(Expected.outputFormat) : nil
        return Stmt(.export(what, to: path, format: format), SourceRange(kw.range.start, lastEnd))
    }

    /// render_stmt = "render" ( "sop" NAME | "notice" expr | "exemption" expr ) "to" expr ;
    mutating func renderStmt() throws(Failure) -> Stmt {
        let kw = advance()
        // `exemption` too is a word only here.
        if kind == .name, tok.keyword == nil, tok.text == "exemption" {
            skip()
            let target = try expr()
            try skip(expecting: .to)
            let path = try expr()
            return Stmt(.renderExemption(target, to: path), SourceRange(kw.range.start, lastEnd))
        }
        // `notice` is a word only here, so it stays free as a name elsewhere.
        if kind == .name, tok.keyword == nil, tok.text == "notice" {
            skip()
            let target = try expr()
            try skip(expecting: .to)
            let path = try expr()
            return Stmt(.renderNotice(target, to: path), SourceRange(kw.range.start, lastEnd))
        }
        guard at(.sop) else {
            throw expected(Text(en: "what to render: 'sop NAME' or 'notice REQUEST'", id: "yang akan dibuat: 'sop NAMA' atau 'notice PERMOHONAN'"))
        }
        skip()
        let name = try expectName(Expected.sopName)
        try skip(expecting: .to)
        let path = try expr()
        return Stmt(.renderSop(name, to: path), SourceRange(kw.range.start, lastEnd))
    }
}
