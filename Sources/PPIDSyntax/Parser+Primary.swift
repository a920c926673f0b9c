import PPIDText

extension Parser {
    /// primary = literal | duration | list | call | query | "now" | NAME | KEYWORD | "(" expr ")" ;
    mutating func primary() throws(Failure) -> Expr {
        let t = tok
        switch t.kind {
        case .int:
            if let misspelt = misspeltUnit() { throw misspelt }
            if peekKind(1) == .name, Parser.unitWords[peekText(1)] != nil {
                return try duration()
            }
            return try literal()
        case .decimal, .string, .date, .dateTime, .time:
            return try literal()
        case .lBracket:
            return try list()
        case .lParen:
            skip()
            let saved = inQueryClause
            inQueryClause = false
            defer { inQueryClause = saved }
            let inner = try expr()
            let close = try expect(.rParen, Text(verbatim: "')'"))
            return Expr(inner.kind, t.range.to(close.range))
        case .name:
            if let k = t.keyword {
                switch k {
                case .true, .false, .null: return try literal()
                case .now:
                    if peekKind(1) == .lParen { return try call() }
                    skip()
                    return Expr(.name("now"), t.range)
                case .in, .and, .or, .not, .where, .order, .by, .limit, .asc, .desc, .as, .to, .let, .if, .else, .group, .with,
                     .for, .fn, .return, .print, .assert, .load, .import:
                    throw expected(Expected.value)
                default: break
                }
            }
            // Any name followed by `where`, `order` or `limit` is a query; the compiler says
            // when the name is not a register (E213), so the registers are known in one place.
            let nk = peekToken(1).keyword
            if nk == .where || (!inQueryClause && (nk == .order || nk == .limit || nk == .group)) { return try query() }
            if peekKind(1) == .lParen { return try call() }
            skip()
            return Expr(.name(t.text), t.range)
        default:
            throw expected(Expected.value)
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

    /// A number followed by what is nearly a unit of time, as officers write it: a typo (`5 yeras`,
    /// `5 tahn`) or a unit in two words (`10 hari kerja`, `2 work days`). An E208 saying which
    /// duration was meant, instead of "expected the end of the statement, found name 'kerja'".
    /// Nil when the word after the number is a unit, or nothing like one.
    mutating func misspeltUnit() -> Failure? {
        guard peekKind(1) == .name, peekKeyword(1) == nil else { return nil }
        let number = tok, first = peekToken(1)
        let second = token(at: p + 2)
        if second.kind == .name, second.keyword == nil {
            for joined in [first.text + "_" + second.text, first.text + second.text] where Parser.unitWords[joined] != nil {
                return unknownUnit(first.text + " " + second.text, first.range.to(second.range),
                                   meant: Parser.duration(number.intValue, joined))
            }
        }
        guard Parser.unitWords[first.text] == nil,
              let near = Suggest.closest(to: first.text, in: Parser.unitWords.keys) else { return nil }
        return unknownUnit(first.text, first.range, meant: Parser.duration(number.intValue, near))
    }

    func unknownUnit(_ written: String, _ range: SourceRange, meant: String) -> Failure {
        Failure(diagnostic: Diagnostic(.unknownWord, Text(en: "'\(written)' is not a unit of time", id: "'\(written)' bukan satuan waktu"),
                                       file: file, range: range, notes: [Diagnostic.Note(Suggest.didYouMean(meant))]))
    }

    /// `n unit` as it is best written: an English unit in the number's form (`1 year`,
    /// `5 years`), an Indonesian one as it is (`5 tahun`, `10 hari_kerja`).
    static func duration(_ n: Int, _ word: String) -> String {
        guard let unit = unitWords[word], word == unit || word == unit + "s" else { return "\(n) \(word)" }
        return "\(n) \(n == 1 ? unit : unit + "s")"
    }

    /// literal = INT | DECIMAL | STRING | DATE | DATETIME | TIME | "true" | "false" | "null" ;
    mutating func literal() throws(Failure) -> Expr {
        let lit: Literal
        // The token is read in place (see `tokText`).
        let k = p - base
        switch buffer[k].kind {
        case .int: lit = .int(buffer[k].intValue)
        case .decimal: lit = .decimal(buffer[k].text)
        case .string: lit = .string(buffer[k].text)
        case .date:
            let d = buffer[k].dateParts
            lit = .date(year: d.0, month: d.1, day: d.2)
        case .dateTime:
            let d = buffer[k].dateParts
            lit = .dateTime(year: d.0, month: d.1, day: d.2, hour: d.3, minute: d.4)
        case .time:
            let d = buffer[k].dateParts
            lit = .time(hour: d.3, minute: d.4)
        case .name where buffer[k].keyword == .true: lit = .bool(true)
        case .name where buffer[k].keyword == .false: lit = .bool(false)
        case .name where buffer[k].keyword == .null: lit = .null
        default: throw expected(Expected.value)
        }
        let range = buffer[k].range
        skip()
        return Expr(.literal(lit), range)
    }

    /// duration = INT UNIT ;
    mutating func duration() throws(Failure) -> Expr {
        let n = try expect(.int, Expected.number)
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
        let close = try expect(.rBracket, Text(en: "']' or ','", id: "']' atau ','"))
        return Expr(.list(items), open.range.to(close.range))
    }

    /// call = NAME "(" [ expr { "," expr } ] ")" ;
    mutating func call() throws(Failure) -> Expr {
        let nameTok = advance()
        try skip(expecting: .lParen, Text(verbatim: "'('"))
        let saved = inQueryClause
        inQueryClause = false
        defer { inQueryClause = saved }
        var args: [Expr] = []
        if kind != .rParen {
            args.append(try expr())
            while accept(.comma) { args.append(try expr()) }
        }
        let close = try expect(.rParen, Text(en: "')' or ','", id: "')' atau ','"))
        return Expr(.call(Name(nameTok.text, nameTok.range), args), nameTok.range.to(close.range))
    }

    /// query = NAME [ "where" expr ] [ "group" "by" expr [ "with" expr { "," expr } ] ] [ "order" "by" order_key { "," order_key } ] [ "limit" expr ] ;
    mutating func query() throws(Failure) -> Expr {
        let reg = advance()
        var filter: Expr? = nil
        var group: GroupClause? = nil
        var order: [OrderKey] = []
        var limit: Expr? = nil
        let saved = inQueryClause
        inQueryClause = true
        defer { inQueryClause = saved }
        if accept(.where) { filter = try expr() }
        if accept(.group) {
            try skip(expecting: .by)
            let key = try expr()
            var aggregates: [Expr] = []
            if accept(.with) {
                aggregates.append(try expr())
                while accept(.comma) { aggregates.append(try expr()) }
            }
            group = GroupClause(key: key, aggregates: aggregates)
        }
        if accept(.order) {
            try skip(expecting: .by)
            order.append(try orderKey())
            while accept(.comma) { order.append(try orderKey()) }
        }
        inQueryClause = saved
        if accept(.limit) { limit = try expr() }
        let q = Query(register: Name(reg.text, reg.range), filter: filter, group: group, order: order, limit: limit)
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
