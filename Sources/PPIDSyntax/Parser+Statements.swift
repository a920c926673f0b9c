import PPIDText

extension Parser {
    /// let_stmt = "let" NAME "=" expr ;
    mutating func letStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let name = try expectName(Expected.variableName)
        try skip(expecting: .assign, Text(en: "'=' after the variable name", id: "'=' setelah nama variabel"))
        let value = try expr()
        return Stmt(.let(name, value), kw.range.to(value.range))
    }

    /// assign_stmt = NAME "=" expr ;
    mutating func assignStmt() throws(Failure) -> Stmt {
        let name = try expectName(Expected.variableName)
        try skip(expecting: .assign, Text(verbatim: "'='"))
        let value = try expr()
        return Stmt(.assign(name, value), name.range.to(value.range))
    }

    /// print_stmt = "print" [ expr { "," expr } ] ;
    mutating func printStmt() throws(Failure) -> Stmt {
        let kw = advance()
        var args: [Expr] = []
        if !isSeparator && kind != .eof && kind != .rBrace {
            args.append(try expr())
            while accept(.comma) { args.append(try expr()) }
        }
        return Stmt(.print(args), SourceRange(kw.range.start, lastEnd))
    }

    /// assert_stmt = "assert" expr [ "," expr ] ;
    mutating func assertStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let cond = try expr()
        let message = accept(.comma) ? try expr() : nil
        return Stmt(.assert(cond, message: message), SourceRange(kw.range.start, lastEnd))
    }

    /// if_stmt = "if" expr block [ "else" ( if_stmt | block ) ] ;
    mutating func ifStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let cond = try expr()
        let then = try block()
        // `else` may stand on the next line after the closing brace.
        var look = p
        while token(at: look).kind == .newline { look += 1 }
        var elseStmt: Stmt? = nil
        let after = token(at: look)
        if after.kind == .name && after.keyword == .else {
            p = look + 1
            fill(p + 1)
            if at(.if) {
                // An `else if` chain nests: it counts like a block.
                try enter()
                defer { depth -= 1 }
                elseStmt = try ifStmt()
            } else {
                let b = try block()
                elseStmt = Stmt(.block(b), b.range)
            }
        }
        return Stmt(.if(cond, then, else: elseStmt), SourceRange(kw.range.start, lastEnd))
    }

    /// for_stmt = "for" NAME "in" expr block ;
    mutating func forStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let name = try expectName(Text(en: "a loop variable name", id: "nama variabel perulangan"))
        try skip(expecting: .in)
        let seq = try expr()
        let body = try block()
        return Stmt(.for(name, seq, body), kw.range.to(body.range))
    }

    /// fn_stmt = "fn" NAME "(" [ NAME { "," NAME } ] ")" block ;
    mutating func fnStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let name = try expectName(Text(en: "a function name", id: "nama fungsi"))
        try skip(expecting: .lParen, Text(en: "'(' after the function name", id: "'(' setelah nama fungsi"))
        var params: [Name] = []
        if kind != .rParen {
            params.append(try expectName(Expected.parameterName))
            while accept(.comma) { params.append(try expectName(Expected.parameterName)) }
        }
        try skip(expecting: .rParen, Text(en: "')' after the parameters", id: "')' setelah parameter"))
        let body = try block()
        return Stmt(.fn(name, params, body), kw.range.to(body.range))
    }

    /// return_stmt = "return" [ expr ] ;
    mutating func returnStmt() throws(Failure) -> Stmt {
        let kw = advance()
        if isSeparator || kind == .eof || kind == .rBrace { return Stmt(.return(nil), kw.range) }
        let value = try expr()
        return Stmt(.return(value), kw.range.to(value.range))
    }

    /// load_stmt = "load" STRING ;
    mutating func loadStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let path = try expect(.string, Text(en: "a file name in quotes after 'load'", id: "nama berkas dalam tanda kutip setelah 'load'"))
        return Stmt(.load(path.text, path.range), kw.range.to(path.range))
    }

    /// expr_stmt = expr ;
    mutating func exprStmt() throws(Failure) -> Stmt {
        if kind == .name, let k = tok.keyword, !Parser.expressionKeywords.contains(k) {
            throw fail(Text(en: "'\(k.rawValue)' cannot start a statement here", id: "'\(k.rawValue)' tidak dapat mengawali perintah di sini"))
        }
        let e = try expr()
        return Stmt(.expr(e), e.range)
    }

    /// Keywords that may begin an expression (register names, literals, `not`, `now`).
    static let expressionKeywords: Set<Keyword> = [.true, .false, .null, .not, .now, .info, .staff]

    /// Statements end at a separator, a `}` or the end of input; optional parts stop there.
    var atStatementEnd: Bool { isSeparator || kind == .eof || kind == .rBrace }
}
