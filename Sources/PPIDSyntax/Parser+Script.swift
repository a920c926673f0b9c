import PPIDText

extension Parser {
    /// script = { separator } [ statement { separator { separator } [ statement ] } ] EOF ;
    mutating func script() -> [Stmt] {
        var out: [Stmt] = []
        while let s = next() { out.append(s) }
        return out
    }

    /// The next top-level statement that parses, or nil at the end of the text. Syntax
    /// errors met on the way are added to `diagnostics` (one per statement).
    public mutating func next() -> Stmt? {
        while true {
            statementStart = nil
            skipSeparators()
            dropConsumed()
            if kind == .eof { return nil }
            startLimit()
            depth = 0
            openBraces = []
            let startTok = p
            do throws(Failure) {
                let s = try statement()
                guard isSeparator || kind == .eof else {
                    if kind == .rBrace {
                        throw fail(Text(en: "unexpected '}' (no block is open here)", id: "'}' tidak diharapkan (tidak ada blok yang terbuka di sini)"))
                    }
                    throw expected(Text(en: "the end of the statement (a new line or ';')", id: "akhir perintah (baris baru atau ';')"))
                }
                guard s.range.end - s.range.start <= Parser.maxStatementBytes else {
                    let bytes = s.range.end - s.range.start
                    throw Failure(diagnostic: Diagnostic(.statementTooLong, Text(en:
                        "this statement is \(bytes) bytes long; the most is \(Parser.maxStatementBytes) (split it into several statements)",
                        id: "perintah ini panjangnya \(bytes) byte; paling banyak \(Parser.maxStatementBytes) (pecah menjadi beberapa perintah)"),
                        file: file, range: SourceRange(s.range.start, s.range.start + 1)))
                }
                return s
            } catch {
                diagnostics.append(error.diagnostic)
                if error.diagnostic.code == .statementTooLong {
                    skipOverlong(from: startTok)
                } else {
                    recover(from: startTok)
                }
            }
        }
    }

    /// Starts the size limit at the current token, the first of a statement; the token of
    /// lookahead already read is checked too.
    mutating func startLimit() {
        statementStart = tokRange.start
        for k in (p - base)..<buffer.count where passesLimit(buffer[k]) { buffer[k] = limited(buffer[k]) }
    }

    /// After an overlong statement: skips the rest of it (to a separator outside the braces
    /// it opened) reading tokens one at a time and keeping none, so a statement of gigabytes
    /// costs no more memory than one of the limit.
    mutating func skipOverlong(from start: Int) {
        statementStart = nil
        var open = 0
        func ends(_ t: Token) -> Bool {
            switch t.kind {
            case .lBrace: open += 1
            case .rBrace: open = max(0, open - 1)
            case .newline, .semicolon: return open == 0
            case .eof: return true
            default: break
            }
            return false
        }
        // The tokens read so far (the statement's, and one of lookahead) may hold its end.
        for k in (start - base)..<buffer.count {
            if ends(buffer[k]) && k > start - base {
                p = base + k
                dropConsumed()
                fill(p + 1)
                return
            }
        }
        var t = lexer.next()
        while !ends(t) {
            if let stop = lexer.stop, stop.isRaised { lexer.i = lexer.b.count }
            t = lexer.next()
        }
        // The separator (or the end) becomes the current token, one past what was read.
        p = base + buffer.count
        buffer = [t]
        base = p
        fill(p + 1)
    }

    /// separator = NEWLINE | ";" ;
    mutating func separator() -> Bool {
        accept(.newline) || accept(.semicolon)
    }

    mutating func skipSeparators() {
        while separator() {}
    }

    /// Skips to the end of the failed statement: the next separator outside the braces
    /// the statement opened, or the end of input.
    mutating func recover(from start: Int) {
        var open = 0
        for i in start..<p {
            let k = buffer[i - base].kind
            if k == .lBrace { open += 1 }
            if k == .rBrace { open = max(0, open - 1) }
        }
        if p == start { skip() }
        while kind != .eof {
            switch kind {
            case .lBrace: open += 1
            case .rBrace: open = max(0, open - 1)
            case .newline, .semicolon: if open == 0 { return }
            default: break
            }
            skip()
        }
    }

    /// statement = let_stmt | print_stmt | assert_stmt | if_stmt | for_stmt | fn_stmt | return_stmt | load_stmt | office_stmt | unit_stmt | role_stmt | staff_stmt | holiday_stmt | leave_stmt | option_stmt | at_stmt | wait_stmt | as_stmt | allow_stmt | info_stmt | update_stmt | classify_stmt | withdraw_stmt | import_stmt | sop_stmt | start_stmt | run_stmt | show_stmt | export_stmt | render_stmt | request_stmt | extend_stmt | answer_stmt | period_stmt | object_stmt | dispute_stmt | ruling_stmt | report_stmt | exercise_stmt | block | assign_stmt | expr_stmt ;
    mutating func statement() throws(Failure) -> Stmt {
        if kind == .lBrace {
            let b = try block()
            return Stmt(.block(b), b.range)
        }
        if kind == .name, let k = tok.keyword {
            switch k {
            case .let: return try letStmt()
            case .print: return try printStmt()
            case .assert: return try assertStmt()
            case .if: return try ifStmt()
            case .for: return try forStmt()
            case .fn: return try fnStmt()
            case .return: return try returnStmt()
            case .load: return try loadStmt()
            case .office: return try officeStmt()
            case .unit: return try unitStmt()
            case .role: return try roleStmt()
            case .staff where isDeclName(peekToken(1)): return try staffStmt()
            case .holiday: return try holidayStmt()
            case .leave: return try leaveStmt()
            case .option: return try optionStmt()
            case .at: return try atStmt()
            case .wait: return try waitStmt()
            case .as: return try asStmt()
            case .allow: return try allowStmt()
            case .info where isDeclName(peekToken(1)): return try infoStmt()
            case .update: return try updateStmt()
            case .classify: return try classifyStmt()
            case .withdraw: return try withdrawStmt()
            case .import: return try importStmt()
            case .sop: return try sopStmt()
            case .start: return try startStmt()
            case .complete, .approve, .reject, .cancel: return try runStmt()
            case .show: return try showStmt()
            case .export: return try exportStmt()
            case .render: return try renderStmt()
            case .request where isDeclName(peekToken(1)): return try requestStmt()
            case .extend: return try extendStmt()
            case .answer: return try answerStmt()
            case .period where isDeclName(peekToken(1)): return try periodStmt()
            case .object: return try objectStmt()
            case .dispute: return try disputeStmt()
            case .ruling: return try rulingStmt()
            case .report: return try reportStmt(shown: false)
            case .exercise: return try exerciseStmt()
            case .else:
                throw fail(Text(en: "'else' must follow the '}' of an 'if' block", id: "'else' harus langsung mengikuti '}' blok 'if'"))
            default: break
            }
        }
        if kind == .name && tok.keyword == nil && peekKind(1) == .assign {
            return try assignStmt()
        }
        return try exprStmt()
    }

    /// A plain name after `info`/`staff` makes a declaration; anything else names the register.
    func isDeclName(_ t: Token) -> Bool { t.kind == .name && t.keyword == nil }

    /// block = "{" { separator } [ statement { separator { separator } [ statement ] } ] "}" ;
    mutating func block() throws(Failure) -> Block {
        try enter()
        defer { depth -= 1 }
        let open = try expect(.lBrace, Expected.openBrace)
        openBraces.append(open.range)
        var stmts: [Stmt] = []
        skipSeparators()
        while kind != .rBrace {
            if kind == .eof { throw expected(Expected.closeBlock) }
            stmts.append(try statement())
            guard isSeparator || kind == .rBrace else {
                throw expected(Text(en: "the end of the statement (a new line, ';' or '}')", id: "akhir perintah (baris baru, ';' atau '}')"))
            }
            skipSeparators()
        }
        let close = advance()
        openBraces.removeLast()
        return Block(stmts, open.range.to(close.range))
    }
}
