extension Parser {
    /// primary = literal | duration | list | call | query | "now" | NAME | KEYWORD | "(" expr ")" ;
    mutating func primary() throws(Failure) -> Expr {
        let t = tok
        switch t.kind {
        case .int:
            if peekKind(1) == .name, !peekToken(1).text.isEmpty, Parser.unitWords[peekToken(1).text] != nil {
                return try duration()
            }
            return try literal()
        case .decimal, .string, .date, .dateTime, .time:
            return try literal()
        case .lBracket:
            return try list()
        case .lParen:
            _ = advance()
            let saved = inQueryClause
            inQueryClause = false
            defer { inQueryClause = saved }
            let inner = try expr()
            let close = try expect(.rParen, "')'")
            return Expr(inner.kind, t.range.to(close.range))
        case .name:
            if let k = t.keyword {
                switch k {
                case .true, .false, .null: return try literal()
                case .now:
                    if peekKind(1) == .lParen { return try call() }
                    _ = advance()
                    return Expr(.name("now"), t.range)
                case .in, .and, .or, .not, .where, .order, .by, .limit, .asc, .desc, .as, .to, .let, .if, .else,
                     .for, .fn, .return, .print, .assert, .load:
                    throw fail("expected a value, found \(t.displayName)")
                default: break
                }
            }
            // Any name followed by `where`, `order` or `limit` is a query; the compiler says
            // when the name is not a register (E213), so the registers are known in one place.
            let nk = peekToken(1).keyword
            if nk == .where || (!inQueryClause && (nk == .order || nk == .limit)) { return try query() }
            if peekKind(1) == .lParen { return try call() }
            _ = advance()
            return Expr(.name(t.text), t.range)
        default:
            throw fail("expected a value, found \(t.displayName)")
        }
    }

    /// Every word that names a duration unit (see `UNIT` in the grammar), English singular and
    /// plural or Indonesian, mapped to the unit's English singular: the one list of unit words.
    public static let unitWords: [String: String] = [
        "minute": "minute", "minutes": "minute", "menit": "minute",
        "hour": "hour", "hours": "hour", "jam": "hour",
        "day": "day", "days": "day", "hari": "day",
        "workday": "workday", "workdays": "workday", "hari_kerja": "workday",
        "week": "week", "weeks": "week", "minggu": "week",
        "month": "month", "months": "month", "bulan": "month",
        "year": "year", "years": "year", "tahun": "year",
    ]

    /// literal = INT | DECIMAL | STRING | DATE | DATETIME | TIME | "true" | "false" | "null" ;
    mutating func literal() throws(Failure) -> Expr {
        let t = tok
        let lit: Literal
        switch t.kind {
        case .int: lit = .int(t.intValue)
        case .decimal: lit = .decimal(t.text)
        case .string: lit = .string(t.text)
        case .date: lit = .date(year: t.dateParts.0, month: t.dateParts.1, day: t.dateParts.2)
        case .dateTime: lit = .dateTime(year: t.dateParts.0, month: t.dateParts.1, day: t.dateParts.2, hour: t.dateParts.3, minute: t.dateParts.4)
        case .time: lit = .time(hour: t.dateParts.3, minute: t.dateParts.4)
        case .name where t.keyword == .true: lit = .bool(true)
        case .name where t.keyword == .false: lit = .bool(false)
        case .name where t.keyword == .null: lit = .null
        default: throw fail("expected a value, found \(t.displayName)")
        }
        _ = advance()
        return Expr(.literal(lit), t.range)
    }

    /// duration = INT UNIT ;
    mutating func duration() throws(Failure) -> Expr {
        let n = try expect(.int, "a number")
        let u = advance()
        return Expr(.literal(.duration(amount: n.intValue, unit: u.text)), n.range.to(u.range))
    }

    /// list = "[" [ expr { "," expr } [ "," ] ] "]" ;
    mutating func list() throws(Failure) -> Expr {
        let open = advance()
        let saved = inQueryClause
        inQueryClause = false
        defer { inQueryClause = saved }
        var items: [Expr] = []
        while kind != .rBracket {
            items.append(try expr())
            if !accept(.comma) { break }
        }
        let close = try expect(.rBracket, "']' or ','")
        return Expr(.list(items), open.range.to(close.range))
    }

    /// call = NAME "(" [ expr { "," expr } ] ")" ;
    mutating func call() throws(Failure) -> Expr {
        let nameTok = advance()
        _ = try expect(.lParen, "'('")
        let saved = inQueryClause
        inQueryClause = false
        defer { inQueryClause = saved }
        var args: [Expr] = []
        if kind != .rParen {
            args.append(try expr())
            while accept(.comma) { args.append(try expr()) }
        }
        let close = try expect(.rParen, "')' or ','")
        return Expr(.call(Name(nameTok.text, nameTok.range), args), nameTok.range.to(close.range))
    }

    /// query = REGISTER [ "where" expr ] [ "order" "by" order_key { "," order_key } ] [ "limit" expr ] ;
    mutating func query() throws(Failure) -> Expr {
        let reg = advance()
        var filter: Expr? = nil
        var order: [OrderKey] = []
        var limit: Expr? = nil
        let saved = inQueryClause
        inQueryClause = true
        defer { inQueryClause = saved }
        if accept(.where) { filter = try expr() }
        if accept(.order) {
            _ = try expect(.by)
            order.append(try orderKey())
            while accept(.comma) { order.append(try orderKey()) }
        }
        inQueryClause = saved
        if accept(.limit) { limit = try expr() }
        let q = Query(register: Name(reg.text, reg.range), filter: filter, order: order, limit: limit)
        return Expr(.query(q), SourceRange(reg.range.start, lastEnd))
    }

    /// order_key = expr [ "asc" | "desc" ] ;
    mutating func orderKey() throws(Failure) -> OrderKey {
        let key = try expr()
        if accept(.desc) { return OrderKey(key: key, descending: true) }
        _ = accept(.asc)
        return OrderKey(key: key, descending: false)
    }
}
