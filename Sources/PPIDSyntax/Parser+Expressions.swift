import PPIDText

extension Parser {
    /// expr = or_expr ;
    mutating func expr() throws(Failure) -> Expr {
        // Most values in a script are a lone literal or name ("Laporan 1", kul, 2024-01-02):
        // take them directly instead of descending through every precedence level.
        let next = peekKind(1)
        if Parser.endsExpression[Int(next.rawValue)] || (next == .name && peekKeyword(1).map(Parser.keywordEndsExpression) == true) {
            switch kind {
            case .string, .int, .decimal, .date, .dateTime, .time: return try literal()
            case .name where peekKeyword(0) == nil:
                let e = Expr(.name(tokText), tokRange)
                skip()
                return e
            default: break
            }
        }
        try enter()
        defer { depth -= 1 }
        return try orExpr()
    }

    /// Keywords that cannot continue an expression (`classify x as`, `export dip to`, `complete r note`).
    static func keywordEndsExpression(_ k: Keyword) -> Bool {
        switch k {
        case .and, .or, .in, .where, .order, .limit, .group, .not: return false
        default: return true
        }
    }

    /// Tokens that cannot continue an expression, indexed by `TokenKind.rawValue`.
    static let endsExpression: [Bool] = {
        var t = [Bool](repeating: false, count: Int(TokenKind.error.rawValue) + 1)
        for k: TokenKind in [.newline, .semicolon, .comma, .rBrace, .lBrace, .rParen, .rBracket, .eof] { t[Int(k.rawValue)] = true }
        return t
    }()

    /// or_expr = and_expr { "or" and_expr } ;
    mutating func orExpr() throws(Failure) -> Expr {
        var left = try andExpr()
        var links = 0
        defer { depth -= links }
        while accept(.or) {
            try link()
            links += 1
            let right = try andExpr()
            left = Expr(.binary(.or, left, right), left.range.to(right.range))
        }
        return left
    }

    /// and_expr = not_expr { "and" not_expr } ;
    mutating func andExpr() throws(Failure) -> Expr {
        var left = try notExpr()
        var links = 0
        defer { depth -= links }
        while accept(.and) {
            try link()
            links += 1
            let right = try notExpr()
            left = Expr(.binary(.and, left, right), left.range.to(right.range))
        }
        return left
    }

    /// not_expr = "not" not_expr | comparison ;
    mutating func notExpr() throws(Failure) -> Expr {
        if at(.not) {
            try enter()
            defer { depth -= 1 }
            let kw = advance()
            let operand = try notExpr()
            return Expr(.unary(.not, operand), kw.range.to(operand.range))
        }
        return try comparison()
    }

    /// comparison = range_expr [ ( "==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "~" ) range_expr ] ;
    mutating func comparison() throws(Failure) -> Expr {
        let left = try rangeExpr()
        let op: BinaryOp?
        switch kind {
        case .eq: op = .eq
        case .neq: op = .neq
        case .lt: op = .lt
        case .le: op = .le
        case .gt: op = .gt
        case .ge: op = .ge
        case .tilde: op = .contains
        case .name where tok.keyword == .in: op = .in
        case .assign:
            throw fail(Text(en: "'=' assigns; to compare, write '=='", id: "'=' memberi nilai; untuk membandingkan, tulis '=='"))
        default: op = nil
        }
        guard let op else { return left }
        skip()
        let right = try rangeExpr()
        return Expr(.binary(op, left, right), left.range.to(right.range))
    }

    /// range_expr = additive [ ".." additive ] ;
    mutating func rangeExpr() throws(Failure) -> Expr {
        let left = try additive()
        guard accept(.dotDot) else { return left }
        let right = try additive()
        return Expr(.range(left, right), left.range.to(right.range))
    }

    /// additive = term { ( "+" | "-" ) term } ;
    mutating func additive() throws(Failure) -> Expr {
        var left = try term()
        var links = 0
        defer { depth -= links }
        while kind == .plus || kind == .minus {
            try link()
            links += 1
            let op: BinaryOp = advance().kind == .plus ? .add : .sub
            let right = try term()
            left = Expr(.binary(op, left, right), left.range.to(right.range))
        }
        return left
    }

    /// term = unary { ( "*" | "/" | "%" ) unary } ;
    mutating func term() throws(Failure) -> Expr {
        var left = try unary()
        var links = 0
        defer { depth -= links }
        while kind == .star || kind == .slash || kind == .percent {
            try link()
            links += 1
            let k = advance().kind
            let op: BinaryOp = k == .star ? .mul : (k == .slash ? .div : .mod)
            let right = try unary()
            left = Expr(.binary(op, left, right), left.range.to(right.range))
        }
        return left
    }

    /// unary = "-" unary | postfix ;
    mutating func unary() throws(Failure) -> Expr {
        if kind == .minus {
            try enter()
            defer { depth -= 1 }
            let m = advance()
            let operand = try unary()
            return Expr(.unary(.negate, operand), m.range.to(operand.range))
        }
        return try postfix()
    }

    /// postfix = primary { "." member_name | "[" expr "]" } ;
    mutating func postfix() throws(Failure) -> Expr {
        var e = try primary()
        var links = 0
        defer { depth -= links }
        while true {
            if kind == .dot || kind == .lBracket {
                try link()
                links += 1
            }
            if accept(.dot) {
                let m = try memberName()
                e = Expr(.member(e, m), e.range.to(m.range))
            } else if kind == .lBracket {
                skip()
                let saved = inQueryClause
                inQueryClause = false
                defer { inQueryClause = saved }
                let i = try expr()
                let close = try expect(.rBracket, Text(verbatim: "']'"))
                e = Expr(.index(e, i), e.range.to(close.range))
            } else {
                return e
            }
        }
    }

    /// member_name = NAME | KEYWORD ;
    mutating func memberName() throws(Failure) -> Name {
        guard kind == .name else { throw expected(Text(en: "a field name after '.'", id: "nama kolom setelah '.'")) }
        let t = advance()
        return Name(t.text, t.range)
    }
}
