import PPIDText

extension Parser {
    /// An optional expression: present unless the statement ends or a block opens.
    mutating func optionalExpr() throws(Failure) -> Expr? {
        if atStatementEnd || kind == .lBrace { return nil }
        return try expr()
    }

    mutating func optionalFieldBlock() throws(Failure) -> [Field] {
        kind == .lBrace ? try fieldBlock() : []
    }

    /// office_stmt = "office" expr [ field_block ] ;
    mutating func officeStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let title = try expr()
        let fields = try optionalFieldBlock()
        return Stmt(.office(title: title, fields: fields), SourceRange(kw.range.start, lastEnd))
    }

    /// unit_stmt = "unit" NAME [ expr ] [ field_block ] ;
    mutating func unitStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let name = try expectName(Text(en: "a unit name", id: "nama unit kerja"))
        let title = try optionalExpr()
        let fields = try optionalFieldBlock()
        return Stmt(.unit(name, title: title, fields: fields), SourceRange(kw.range.start, lastEnd))
    }

    /// role_stmt = "role" NAME [ expr ] ;
    mutating func roleStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let name = try expectName(Expected.roleName)
        let title = try optionalExpr()
        return Stmt(.role(name, title: title), SourceRange(kw.range.start, lastEnd))
    }

    /// staff_stmt = "staff" NAME [ expr ] [ field_block ] ;
    mutating func staffStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let name = try expectName(Text(en: "a staff name", id: "nama pegawai"))
        let full = try optionalExpr()
        let fields = try optionalFieldBlock()
        return Stmt(.staff(name, fullName: full, fields: fields), SourceRange(kw.range.start, lastEnd))
    }

    /// field_block = "{" { separator } [ field { separator { separator } [ field ] } ] "}" ;
    mutating func fieldBlock() throws(Failure) -> [Field] {
        try enter()
        defer { depth -= 1 }
        let open = tokRange
        try skip(expecting: .lBrace, Expected.openBrace)
        openBraces.append(open)
        var fields: [Field] = []
        skipSeparators()
        while kind != .rBrace {
            if kind == .eof { throw expected(Expected.closeBlock) }
            fields.append(try field())
            guard isSeparator || kind == .rBrace else {
                throw expected(Expected.fieldEnd)
            }
            skipSeparators()
        }
        skip()
        openBraces.removeLast()
        return fields
    }

    /// field = field_name [ expr { "," expr } | NAME STRING | STRING NAME STRING ] ;
    mutating func field() throws(Failure) -> Field {
        let name = try fieldName()
        var values: [Expr] = []
        if !atStatementEnd {
            values.append(try expr())
            // `until consent "..."`: a word qualifying a text, the one two-value form.
            if case .name = values[0].kind, kind == .string {
                values.append(try literal())
                return Field(name: name, values: values, range: SourceRange(name.range.start, lastEnd))
            }
            // `withhold "part" basis "..."`: a text, then a word qualifying a second text.
            if case .literal(.string) = values[0].kind, kind == .name, tok.keyword == nil, peekKind(1) == .string {
                let t = advance()
                values.append(Expr(.name(t.text), t.range))
                values.append(try literal())
                return Field(name: name, values: values, range: SourceRange(name.range.start, lastEnd))
            }
            while accept(.comma) { values.append(try expr()) }
        }
        return Field(name: name, values: values, range: SourceRange(name.range.start, lastEnd))
    }

    /// field_name = NAME | KEYWORD ;
    mutating func fieldName() throws(Failure) -> Name {
        guard kind == .name else { throw expected(Expected.fieldName) }
        let n = Name(tokText, tokRange)
        skip()
        return n
    }

    /// holiday_stmt = "holiday" expr [ expr ] ;
    mutating func holidayStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let days = try expr()
        let name = try optionalExpr()
        return Stmt(.holiday(days, name: name), SourceRange(kw.range.start, lastEnd))
    }

    /// leave_stmt = "leave" expr [ expr ] ;
    mutating func leaveStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let days = try expr()
        let name = try optionalExpr()
        return Stmt(.leave(days, name: name), SourceRange(kw.range.start, lastEnd))
    }

    /// option_stmt = "option" NAME expr ;
    mutating func optionStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let name = try expectName(Text(en: "an option name (workhours, leave_is_workday, unknown_years)", id: "nama opsi (workhours, leave_is_workday, unknown_years)"))
        let value = try expr()
        return Stmt(.option(name, value), kw.range.to(value.range))
    }

    /// at_stmt = "at" ( "now" | expr ) ;
    mutating func atStmt() throws(Failure) -> Stmt {
        let kw = advance()
        if at(.now) && (peekKind(1) == .newline || peekKind(1) == .semicolon || peekKind(1) == .eof || peekKind(1) == .rBrace) {
            let n = advance()
            return Stmt(.at(nil), kw.range.to(n.range))
        }
        let when = try expr()
        return Stmt(.at(when), kw.range.to(when.range))
    }

    /// wait_stmt = "wait" expr ;
    mutating func waitStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let d = try expr()
        return Stmt(.wait(d), kw.range.to(d.range))
    }

    /// as_stmt = "as" NAME ;
    mutating func asStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let name = try expectName(Text(en: "a staff or role name", id: "nama pegawai atau peran"))
        return Stmt(.actAs(name), kw.range.to(name.range))
    }

    /// allow_stmt = "allow" NAME { "," NAME } "to" action_name { "," action_name } ;
    mutating func allowStmt() throws(Failure) -> Stmt {
        let kw = advance()
        var roles = [try expectName(Expected.roleName)]
        while accept(.comma) { roles.append(try expectName(Expected.roleName)) }
        try skip(expecting: .to)
        var actions = [try actionName()]
        while accept(.comma) { actions.append(try actionName()) }
        return Stmt(.allow(roles: roles, actions: actions), SourceRange(kw.range.start, lastEnd))
    }

    /// action_name = NAME | KEYWORD ;
    mutating func actionName() throws(Failure) -> Name {
        guard kind == .name else { throw expected(Text(en: "an action (declare, classify, update, withdraw, export, answer, extend)", id: "tindakan (declare, classify, update, withdraw, export, answer, extend)")) }
        let t = advance()
        return Name(t.text, t.range)
    }

    /// info_stmt = "info" NAME [ expr ] [ field_block ] ;
    mutating func infoStmt() throws(Failure) -> Stmt {
        let start = tokRange.start
        skip()
        let name = try expectName(Text(en: "an information item name", id: "nama item informasi"))
        let title = try optionalExpr()
        let fields = try optionalFieldBlock()
        return Stmt(.info(name, title: title, fields: fields), SourceRange(start, lastEnd))
    }

    /// update_stmt = "update" expr field_block ;
    mutating func updateStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let target = try expr()
        guard kind == .lBrace else { throw expected(Text(en: "'{' with the fields to change", id: "'{' berisi kolom yang diubah")) }
        let fields = try fieldBlock()
        return Stmt(.update(target, fields: fields), SourceRange(kw.range.start, lastEnd))
    }

    /// classify_stmt = "classify" expr "as" NAME { NAME } [ field_block ] ;
    mutating func classifyStmt() throws(Failure) -> Stmt {
        let start = tokRange.start
        skip()
        let target = try expr()
        try skip(expecting: .as)
        guard kind == .name, peekKeyword(0) == nil else {
            throw expected(Text(en: "a class (berkala, serta_merta, setiap_saat, dikecualikan)", id: "kategori (berkala, serta_merta, setiap_saat, dikecualikan)"))
        }
        var cls = Name(tokText, tokRange)
        skip()
        // A class written in words as it is spoken (`setiap saat`, `serta merta`) is taken whole,
        // so the class check can say it is not a class and suggest `setiap_saat`.
        while kind == .name, tok.keyword == nil {
            let t = advance()
            cls = Name(cls.text + " " + t.text, cls.range.to(t.range))
        }
        let fields = try optionalFieldBlock()
        return Stmt(.classify(target, as: cls, fields: fields), SourceRange(start, lastEnd))
    }

    /// withdraw_stmt = "withdraw" expr [ expr ] ;
    mutating func withdrawStmt() throws(Failure) -> Stmt {
        let kw = advance()
        let target = try expr()
        let reason = try optionalExpr()
        return Stmt(.withdraw(target, reason: reason), SourceRange(kw.range.start, lastEnd))
    }
}
