import Testing
@testable import PPIDSyntax

struct LexerTests {
    static func kinds(_ text: String) -> [TokenKind] {
        Lexer.tokenize(SourceFile(path: "t", text: text)).tokens.map(\.kind)
    }

    @Test("token kinds", arguments: [
        ("let x = 1", [TokenKind.name, .name, .assign, .int, .eof]),
        ("2024-04-01", [.date, .eof]),
        ("2024-04-01T09:30", [.dateTime, .eof]),
        ("08:00..16:00", [.time, .dotDot, .time, .eof]),
        ("2024-04-08..2024-04-12", [.date, .dotDot, .date, .eof]),
        ("3.5 + 2", [.decimal, .plus, .int, .eof]),
        ("a == b != c <= d >= e < f > g", [.name, .eq, .name, .neq, .name, .le, .name, .ge, .name, .lt, .name, .gt, .name, .eof]),
        ("yes -> 4", [.name, .arrow, .int, .eof]),
        ("x ~ \"a\"", [.name, .tilde, .string, .eof]),
        ("a\nb", [.name, .newline, .name, .eof]),
        ("(a\nb)", [.lParen, .name, .name, .rParen, .eof]),
        ("[a,\nb]", [.lBracket, .name, .comma, .name, .rBracket, .eof]),
        ("{a\nb}", [.lBrace, .name, .newline, .name, .rBrace, .eof]),
        ("a # comment\nb", [.name, .newline, .name, .eof]),
        ("#!/usr/bin/env ppid\nprint 1", [.newline, .name, .int, .eof]),
        ("a;b", [.name, .semicolon, .name, .eof]),
        ("x.y[1]", [.name, .dot, .name, .lBracket, .int, .rBracket, .eof]),
        ("1 % 2 * 3 / 4 - 5", [.int, .percent, .int, .star, .int, .slash, .int, .minus, .int, .eof]),
    ])
    func kinds(_ text: String, _ expected: [TokenKind]) {
        #expect(LexerTests.kinds(text) == expected)
    }

    @Test("literal values", arguments: [
        ("\"a\\\"b\\\\c\\nd\\te\"", "a\"b\\c\nd\te"),
        ("\"\"\"\nline one\nline \"two\"\n\"\"\"", "line one\nline \"two\"\n"),
        ("\"héllo wörld\"", "héllo wörld"),
    ])
    func strings(_ text: String, _ value: String) {
        let t = Lexer.tokenize(SourceFile(path: "t", text: text)).tokens[0]
        #expect(t.kind == .string)
        #expect(t.text == value)
    }

    @Test func datesAndNumbers() {
        let toks = Lexer.tokenize(SourceFile(path: "t", text: "2024-02-29T23:59 42 08:30")).tokens
        #expect(toks[0].dateParts == (2024, 2, 29, 23, 59))
        #expect(toks[1].intValue == 42)
        #expect(toks[2].dateParts.3 == 8 && toks[2].dateParts.4 == 30)
    }

    @Test("lexical errors", arguments: [
        ("\"open", DiagnosticCode.unterminatedString),
        ("\"\"\"never closed", .unterminatedString),
        ("\"bad \\q escape\"", .invalidEscape),
        ("2024-02-30", .invalidDate),
        ("2023-02-29", .invalidDate),
        ("2024-13-01", .invalidDate),
        ("2024-04-01T25:00", .invalidTime),
        ("25:00", .invalidTime),
        ("99999999999999999999", .numberTooLarge),
        ("a @ b", .unexpectedCharacter),
        ("“kutip”", .unexpectedCharacter),
        ("a ! b", .unexpectedCharacter),
    ])
    func errors(_ text: String, _ code: DiagnosticCode) {
        let (toks, ds) = Lexer.tokenize(SourceFile(path: "t", text: text))
        #expect(ds.first?.code == code)
        #expect(toks.contains { $0.kind == .error })
    }

    @Test func rangesAreByteOffsets() {
        let toks = Lexer.tokenize(SourceFile(path: "t", text: "é = 1")).tokens
        // 'é' is not a name character: an error token covering its two bytes.
        #expect(toks[0].kind == .error)
        #expect(toks[0].range == SourceRange(0, 2))
        #expect(toks[1].range == SourceRange(3, 4))
    }

    @Test func keywordsAreRecognised() {
        let toks = Lexer.tokenize(SourceFile(path: "t", text: "classify x as berkala")).tokens
        #expect(toks[0].keyword == .classify)
        #expect(toks[1].keyword == nil)
        #expect(toks[2].keyword == .as)
        #expect(toks[3].keyword == nil)
    }

    @Test func locations() {
        let f = SourceFile(path: "t", text: "ab\ncdé f\n")
        #expect(f.location(of: 0) == (1, 1))
        #expect(f.location(of: 3) == (2, 1))
        #expect(f.location(of: 8) == (2, 5))
        #expect(f.lineText(at: 4) == "cdé f")
    }

    /// A UTF-8 byte-order mark before the first statement (as some editors save) is skipped,
    /// and takes no column in diagnostics.
    @Test func aByteOrderMarkIsNotPartOfTheText() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let ok = Parser.parse(SourceFile(path: "t", bytes: bom + Array("unit kul \"K\"\nprint 1\n".utf8)))
        #expect(ok.diagnostics.isEmpty)
        #expect(ok.statements.count == 2)
        let bad = Parser.parse(SourceFile(path: "t", bytes: bom + Array("let = 3\n".utf8)))
        let d = try #require(bad.diagnostics.first)
        #expect(d.rendered(color: false, language: .en).hasPrefix("t:1:5: error:"), "\(d.rendered(color: false, language: .en))")
        #expect(d.rendered(color: false, language: .en).contains("    let = 3\n        ^"))
    }

    /// What `Lexer.quote` writes (imports and the journal write texts through it) lexes back
    /// to the same text: with and without escapes, non-ASCII, empty.
    @Test(arguments: ["Laporan Keuangan", "", "DIPA \"RKA\" 2024", "a\\b", "baris\nkedua", "tab\there", "Rp 1.000 — é ü 日本", "\\\""])
    func quotedTextLexesBack(text: String) {
        let quoted = Lexer.quote(text)
        let tokens = Lexer.tokenize(SourceFile(path: "t", text: quoted)).tokens
        #expect(tokens.first?.kind == .string && tokens.first?.text == text, "\(quoted)")
        #expect(tokens.count == 2)
    }
}

/// A raised ParseStop ends the text where the lexer reads on without making tokens (comments,
/// line breaks inside brackets) and between the tokens of an overlong statement: a parser
/// running ahead on another thread then stops soon after the run it serves has stopped.
struct ParseStopTests {
    static let comments = String(repeating: "# a comment line\n", count: 2_000)

    @Test("a raised stop ends the text", arguments: [
        "info a \"A\"\n" + ParseStopTests.comments + "info b \"B\"\n",      // in the middle of comments
        "info a \"A\"\nprint [" + String(repeating: "1,\n", count: 2_000) + "1]\n",  // inside brackets
        // an overlong statement (E110), whose tokens are skipped to its end
        "info a \"A\"\nprint " + String(repeating: "1 + ", count: 300_000) + "1\ninfo b \"B\"\n",
    ])
    func raisedStopEndsTheText(_ text: String) {
        var parser = Parser.streaming(SourceFile(path: "<t>", text: text))!
        let stop = ParseStop()
        parser.stop = stop
        let first = parser.next()            // the first statement was read before the stop
        #expect(first != nil)
        stop.raise()
        #expect(stop.isRaised)
        // Then the text ends: at most the one token already read ahead makes a statement
        // (`info` alone, when the next statement's first word was in the parser's buffer).
        var after: [Stmt] = []
        while let s = parser.next() { after.append(s) }
        #expect(after.count <= 1)
        let firstEnd = first?.range.end ?? 0
        #expect(after.allSatisfy { $0.range.start <= firstEnd + 1 }, "nothing past the token read ahead")
    }

    @Test func withoutAStopEverythingIsRead() {
        var parser = Parser.streaming(SourceFile(path: "<t>", text: "info a \"A\"\n" + ParseStopTests.comments + "info b \"B\"\n"))!
        parser.stop = ParseStop()
        var n = 0
        while parser.next() != nil { n += 1 }
        #expect(n == 2)
    }
}
