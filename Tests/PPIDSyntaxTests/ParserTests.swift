import Testing
@testable import PPIDSyntax

struct ParserTests {
    static func parse(_ text: String) -> ([Stmt], [Diagnostic]) {
        Parser.parse(SourceFile(path: "t", text: text))
    }

    /// A compact description of a statement's kind, for table-driven checks.
    static func shape(_ s: Stmt) -> String {
        switch s.kind {
        case .let: return "let"
        case .assign: return "assign"
        case .expr(let e): return "expr:" + exprShape(e)
        case .print(let a): return "print\(a.count)"
        case .assert(_, let m): return m == nil ? "assert" : "assert+msg"
        case .if(_, _, let e): return e == nil ? "if" : "if-else"
        case .block: return "block"
        case .for: return "for"
        case .fn(_, let p, _): return "fn\(p.count)"
        case .return: return "return"
        case .load: return "load"
        case .office(_, let f): return "office\(f.count)"
        case .unit: return "unit"
        case .role: return "role"
        case .staff(_, _, let f): return "staff\(f.count)"
        case .holiday: return "holiday"
        case .leave: return "leave"
        case .option: return "option"
        case .at(let e): return e == nil ? "at-now" : "at"
        case .wait: return "wait"
        case .actAs: return "as"
        case .allow(let r, let a): return "allow\(r.count)/\(a.count)"
        case .info(_, _, let f): return "info\(f.count)"
        case .update(_, let f): return "update\(f.count)"
        case .classify(_, let c, let f): return "classify-\(c.text)\(f.count)"
        case .withdraw: return "withdraw"
        case .importInfo(_, _, let f): return "import\(f.count)"
        case .sop(_, _, let f, let st): return "sop\(f.count)/\(st.count)"
        case .start(_, let n, let s): return "start\(n == nil ? "" : "-named")\(s.count)"
        case .runAction(let a, _, let n): return a.rawValue + (n == nil ? "" : "+note")
        case .show(_, let f): return f == nil ? "show" : "show-as"
        case .showSop: return "show-sop"
        case .export: return "export"
        case .exportRun: return "export-run"
        case .exportRegisters: return "export-registers"
        case .renderSop: return "render"
        case .renderNotice: return "render-notice"
        case .request(_, let f): return "request\(f.count)"
        case .extend(_, let r): return r == nil ? "extend" : "extend+reason"
        case .answer(_, let o, let f): return "answer-\(o.text)\(f.count)"
        case .period(_, _, let t, let f): return "period\(t == nil ? "" : "+title")\(f.count)"
        case .object(_, let n, let f): return "object-\(n.text)\(f.count)"
        case .dispute(_, let f): return "dispute\(f.count)"
        case .ruling(_, let o, let f): return "ruling-\(o.text)\(f.count)"
        case .renderExemption: return "render-exemption"
        case .report(let k, _, let to, let f): return "report-\(k.text)\(to == nil ? "" : "+file")\(f.count)"
        case .exercise(let e): return "exercise\(e.tasks.count)"
        }
    }

    static func exprShape(_ e: Expr) -> String {
        switch e.kind {
        case .literal(let l):
            switch l {
            case .duration(let a, let u): return "dur(\(a) \(u))"
            default: return "lit"
            }
        case .name(let n): return n
        case .list(let l): return "[\(l.count)]"
        case .unary(let op, let x): return "(\(op.rawValue) \(exprShape(x)))"
        case .binary(let op, let a, let b): return "(\(exprShape(a)) \(op.rawValue) \(exprShape(b)))"
        case .range(let a, let b): return "(\(exprShape(a))..\(exprShape(b)))"
        case .member(let b, let m): return "\(exprShape(b)).\(m.text)"
        case .index(let b, let i): return "\(exprShape(b))[\(exprShape(i))]"
        case .call(let n, let a): return "\(n.text)(\(a.map(exprShape).joined(separator: ",")))"
        case .query(let q): return "Q(\(q.register.text)\(q.filter.map { " where " + exprShape($0) } ?? "")\(q.order.isEmpty ? "" : " order\(q.order.count)")\(q.limit == nil ? "" : " limit"))"
        }
    }

    @Test("statement forms of docs/language.md", arguments: [
        ("request p1 {\n  from \"Budi\"; asks \"Rekap\"; purpose \"Skripsi\"\n  via e_ppid; about a, b\n}", "request5"),
        ("extend p1 \"Memerlukan waktu\"", "extend+reason"),
        ("extend p1", "extend"),
        ("answer p1 grant { form softcopy; cost 0; note \"Dikirim\" }", "answer-grant3"),
        ("answer p4 not_held { holder \"Bawaslu\" }", "answer-not_held1"),
        ("answer p1 refuse", "answer-refuse0"),
        ("period pemilihan 2024-05-27..2024-11-27 \"Tahapan Pilkada 2024\" { answer 3 workdays; extension 2 workdays }", "period+title2"),
        ("object p3 as k1 { ground a; reason \"Penolakan tidak sesuai Pasal 17\" }", "object-k12"),
        ("object p3 as k1 { ground a, g }", "object-k11"),
        ("answer k1 uphold { reason \"Informasi memuat data pribadi\" }", "answer-uphold1"),
        ("dispute k1 { commission \"Komisi Informasi Provinsi Jawa Tengah\"; number \"012/REG-PSI/V/2025\" }", "dispute2"),
        ("ruling k1 open { number \"012/V/KIP-PS-A/2025\"; note \"Informasi terbuka\" }", "ruling-open2"),
        ("ruling k1 closed", "ruling-closed0"),
        ("report annual 2024 to \"laporan.html\"", "report-annual+file0"),
        ("render exemption b1 to \"b1.html\"", "render-exemption"),
        ("report semester 2024-2 to \"l.md\" { policy \"Kebijakan\"; obstacles \"Kendala\" }", "report-semester+file2"),
        ("show report annual 2024", "report-annual0"),
        ("render notice p1 to \"p1.html\"", "render-notice"),
        ("office \"KPU Kabupaten Karanganyar\" { code \"3313\"; province \"Jawa Tengah\" }", "office2"),
        ("unit kul \"Subbagian Keuangan, Umum dan Logistik\"", "unit"),
        ("role ppid \"PPID\"", "role"),
        ("staff sri \"Sri Wahyuni\" { roles ppid, pelaksana; unit kul }", "staff2"),
        ("holiday 2024-04-10..2024-04-11 \"Idulfitri 1445 H\"", "holiday"),
        ("leave 2024-04-08 \"Cuti bersama Idulfitri\"", "leave"),
        ("option workhours 08:00..16:00", "option"),
        ("option leave_is_workday false", "option"),
        ("at 2024-04-01T09:00", "at"),
        ("at 2024-04-01", "at"),
        ("at now", "at-now"),
        ("wait 3 workdays", "wait"),
        ("as sri", "as"),
        ("allow ppid, atasan_ppid to classify, withdraw", "allow2/2"),
        ("info lapkeu_2023 \"Laporan Keuangan Tahun 2023\" {\n  summary \"x\"\n  holder kul\n  formats softcopy, hardcopy\n  retention 10 years\n}", "info4"),
        ("update lapkeu_2023 { retention 5 years }", "update1"),
        ("classify lapkeu_2023 as berkala", "classify-berkala0"),
        ("classify b1 as dikecualikan {\n basis \"Pasal 17 huruf h\"\n consequence \"x\"\n for 5 years\n}", "classify-dikecualikan3"),
        ("withdraw lapkeu_2023 \"Diganti laporan audit\"", "withdraw"),
        ("import info from \"dip-2024.xlsx\"", "import0"),
        ("import info from \"dip.csv\" { sheet \"DIP\"; title \"Judul\"; holder \"Unit Pengelola\" }", "import3"),
        ("start maklumat as mk2025 for lapkeu_2023, lhkpn_2023", "start-named2"),
        ("start maklumat", "start0"),
        ("complete mk2025", "complete"),
        ("approve mk2025 note \"Setuju\"", "approve+note"),
        ("reject mk2025 note \"Perbaiki redaksi\"", "reject+note"),
        ("cancel mk2025 \"Dibatalkan\"", "cancel+note"),
        ("show dip", "show"),
        ("show dik as csv", "show-as"),
        ("show sop maklumat", "show-sop"),
        ("export dip to \"out/dip-2024.html\"", "export"),
        ("render sop maklumat to \"out/maklumat.html\"", "render"),
        ("export run mk2025 to \"runs/mk2025.ppid\"", "export-run"),
        ("let bagian = kul", "let"),
        ("bagian = tph", "assign"),
        ("for i in info where holder == bagian { classify i as berkala }", "for"),
        ("if count(dik) > 0 { print \"x:\", count(dik) }", "if"),
        ("if a { }\nelse { }", "if-else"),
        ("if a { } else if b { } else { }", "if-else"),
        ("fn late_by(r) { return count(steps where late and role == r) }", "fn1"),
        ("load \"../calendar/id-2024.ppid\"", "load"),
        ("assert count(dip) == 12, \"DIP harus berisi 12 informasi\"", "assert+msg"),
        ("assert digest() == \"9f2c\"", "assert"),
        ("print", "print0"),
        ("{ print 1; print 2 }", "block"),
    ])
    func statements(_ text: String, _ shape: String) {
        let (stmts, ds) = ParserTests.parse(text)
        #expect(ds.isEmpty, "\(ds.map(\.description))")
        #expect(stmts.count == 1)
        if let s = stmts.first { #expect(ParserTests.shape(s) == shape) }
    }

    @Test("expressions and precedence", arguments: [
        ("1 + 2 * 3", "expr:(lit + (lit * lit))"),
        ("(1 + 2) * 3", "expr:((lit + lit) * lit)"),
        ("a or b and not c", "expr:(a or (b and (not c)))"),
        ("a == b and c != d", "expr:((a == b) and (c != d))"),
        ("-a.b", "expr:(- a.b)"),
        ("x in [1, 2]", "expr:(x in [2])"),
        ("name ~ \"lap\"", "expr:(name ~ lit)"),
        ("2024-04-01 + 10 workdays", "expr:(lit + dur(10 workdays))"),
        ("lapkeu.holder.name", "expr:lapkeu.holder.name"),
        ("mk2025.step", "expr:mk2025.step"),
        ("count(info where class == dikecualikan)", "expr:count(Q(info where (class == dikecualikan)))"),
        ("info where holder == kul and class == berkala order by made desc limit 10", "expr:Q(info where ((holder == kul) and (class == berkala)) order1 limit)"),
        ("steps where run == \"x\" and step == 3", "expr:Q(steps where ((run == lit) and (step == lit)))"),
        ("runs where overdue", "expr:Q(runs where overdue)"),
        // Any name may start a query (the compiler says whether it is a register, E213) ...
        ("mine where a", "expr:Q(mine where a)"),
        ("mine limit 2", "expr:Q(mine limit)"),
        // ... but inside a condition or an order key, `order` and `limit` end it.
        ("info where class == berkala limit 5", "expr:Q(info where (class == berkala) limit)"),
        ("info order by made limit 5", "expr:Q(info order1 limit)"),
        ("info where x in (units order by name) limit 1", "expr:Q(info where (x in Q(units order1)) limit)"),
        ("info where holder in units where title ~ \"k\"", "expr:Q(info where (holder in Q(units where (title ~ lit))))"),
        ("l[1]", "expr:l[lit]"),
        ("f(1, g(2))", "expr:f(lit,g(lit))"),
        ("1 hari + 2 jam", "expr:(dur(1 hari) + dur(2 jam))"),
    ])
    func expressions(_ text: String, _ shape: String) {
        let (stmts, ds) = ParserTests.parse(text)
        #expect(ds.isEmpty, "\(ds.map(\.description))")
        if let s = stmts.first { #expect(ParserTests.shape(s) == shape) }
    }

    @Test("syntax errors", arguments: [
        ("let = 3", DiagnosticCode.unexpectedToken),
        ("let if = 3", .reservedName),
        ("print 1 +\n", .unexpectedToken),
        ("x = = 2", .unexpectedToken),
        ("if a == 1 print 1", .unexpectedToken),
        ("classify x berkala", .unexpectedToken),
        ("else { }", .unexpectedToken),
        ("}", .unexpectedToken),
        ("a = 1 2", .unexpectedToken),
        ("if a = 1 { }", .unexpectedToken),
    ])
    func errors(_ text: String, _ code: DiagnosticCode) {
        let (_, ds) = ParserTests.parse(text)
        #expect(ds.first?.code == code, "\(ds.map(\.description))")
        #expect(ds.first?.isIncomplete == false)
    }

    @Test("incomplete input is marked so the prompt asks for more", arguments: [
        "if a {", "info x \"t\" {\n summary \"s\"", "print (1 +", "let l = [1,\n 2", "sop s \"t\" {\n step 1 \"a\" {",
        "fn f(a,", "\"\"\"open text",
    ])
    func incomplete(_ text: String) {
        let (_, ds) = ParserTests.parse(text)
        #expect(!ds.isEmpty)
        #expect(ds.allSatisfy { $0.isIncomplete || $0.code == .unterminatedString }, "\(ds.map(\.description))")
    }

    @Test func recoversAndReportsEveryStatement() {
        let (stmts, ds) = ParserTests.parse("let = 1\nprint 2\nlet y = \nprint 3\nx = = 1\n")
        #expect(ds.count == 3)
        #expect(stmts.count == 2)
    }

    @Test func unclosedBlockNotesTheOpener() {
        let (_, ds) = ParserTests.parse("if x {\n  print 1\n")
        #expect(ds.count == 1)
        #expect(ds.first?.notes.first?.range == SourceRange(5, 6))
    }

    @Test func absurdNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        let (_, ds) = ParserTests.parse("print " + deep)
        #expect(ds.first?.code == .nestingTooDeep)
        let blocks = String(repeating: "{ ", count: 5_000) + String(repeating: "} ", count: 5_000)
        #expect(ParserTests.parse(blocks).1.first?.code == .nestingTooDeep)
        let nots = String(repeating: "not ", count: 5_000) + "true"
        #expect(ParserTests.parse(nots).1.first?.code == .nestingTooDeep)
    }

    @Test func rangesCoverTheSource() {
        let text = "print 1 + 22"
        let (stmts, _) = ParserTests.parse(text)
        #expect(stmts[0].range == SourceRange(0, 12))
        if case .print(let args) = stmts[0].kind {
            #expect(args[0].range == SourceRange(6, 12))
        } else {
            Issue.record("not a print")
        }
    }

    @Test func diagnosticRendering() {
        let (_, ds) = ParserTests.parse("let x = 1\nprint 1 +\n")
        let text = ds.first?.description ?? ""
        #expect(text.hasPrefix("t:2:10: error: expected a value, found end of line [E107]"))
        #expect(text.contains("\n    print 1 +\n             ^"))
    }
}

/// E110 holds as the statement is read: the parser never holds an overlong statement whole,
/// and the next statement parses.
@Suite struct StatementLimitTests {
    @Test func anOverlongStatementIsRefusedAtItsStartAndSkipped() {
        let items = String(repeating: "0, ", count: Parser.maxStatementBytes / 3 + 1000)
        let text = "print 1\nlet x = [\(items)0]\nprint 2; print 3\n"
        var parser = Parser(file: SourceFile(path: "t", text: text))
        var kinds: [String] = []
        while let s = parser.next() { kinds.append("\(s.kind)".prefix(5).description) }
        #expect(kinds.count == 3)
        let d = parser.diagnostics.first
        #expect(d?.code == .statementTooLong)
        let at = d.map { $0.file.location(of: $0.range.start) }
        #expect(at?.line == 2 && at?.column == 1)
        #expect(parser.buffer.count < 4)
    }

    @Test func aHugeStringLiteralIsRefusedToo() {
        let text = "let s = \"" + String(repeating: "x", count: Parser.maxStatementBytes + 10) + "\"\nprint 1\n"
        let (stmts, ds) = Parser.parse(SourceFile(path: "t", text: text))
        #expect(ds.map(\.code) == [.statementTooLong])
        #expect(stmts.count == 1)
    }
}
