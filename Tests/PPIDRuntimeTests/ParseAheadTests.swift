import Testing
import PPIDSyntax
import PPIDModel
@testable import PPIDRuntime

/// A long script is parsed on a second thread while it runs (ParseAhead.swift). These tests
/// hold what that must not change: the same steps in the same order as parsing in line,
/// syntax errors where they were, and no thread left behind however the run ends. (Every
/// golden script also runs parsed ahead: GoldenTests.goldenParsedAhead.)
@Suite(.serialized)
struct ParseAheadTests {
    /// A script of `n` items and classifications, with `tail` at the end.
    static func script(_ n: Int, tail: String = "") -> String {
        var text = InterpreterTests.office + "\n"
        for i in 1...n {
            text += "info i\(i) \"Item \(i)\" { holder kul; formats softcopy, hardcopy }\n"
            text += i % 2 == 0 ? "classify i\(i) as berkala\n" : "classify i\(i) as setiap_saat; print \(i) > 0\n"
        }
        return text + tail
    }

    /// Every step a source hands out, as (start offset, statement range, error codes).
    static func steps(_ text: String, ahead: Bool) -> [String] {
        let file = SourceFile(path: "<t>", text: text)
        var source = StatementSource(Parser.streaming(file)!, ahead: ahead)
        defer { source.finish() }
        var out: [String] = []
        while true {
            let step = source.next()
            let range = step.statement.map { "\($0.range.start)-\($0.range.end)" } ?? "end"
            out.append("\(step.before) \(range) \(step.errors?.map(\.code.rawValue) ?? [])")
            if step.isLast { return out }
        }
    }

    @Test("parsed ahead, the steps are those of parsing in line", arguments: [
        "",                                      // ends at the end of the text
        "print (1 +\n",                          // a syntax error in the last statement
        "info 12 \"X\"\ninfo y \"Y\"\n",     // a syntax error, then statements after it
    ])
    func sameSteps(_ tail: String) {
        // Long enough for many batches (by count and by bytes), with the tail at the end.
        let text = ParseAheadTests.script(1_500, tail: tail)
        let inLine = ParseAheadTests.steps(text, ahead: false)
        let ahead = ParseAheadTests.steps(text, ahead: true)
        #expect(inLine.count > 3_000)
        #expect(ahead == inLine)
        #expect(inLine.last?.hasSuffix("[]") == tail.isEmpty)
    }

    @Test func aRunThatStopsEarlyLeavesNoThreadBehind() {
        // A run-time error in the third statement of a long script: the parser, batches
        // ahead, must stop and its thread end before `run` returns. The thread holds its
        // ParseAhead until it ends, so the weak reference is nil only once it has.
        // (2,000 items: many more statements than the parser may run ahead, 3 batches of 128.)
        let text = InterpreterTests.office + "\nassert 1 == 2\n" + ParseAheadTests.script(2_000)
        for _ in 1...5 {
            let (rt, _) = InterpreterTests.interpreter()
            rt.parseAheadMinimumBytes = 0
            #expect(throws: ScriptFailure.self) { try rt.run(SourceFile(path: "<t>", text: text)) }
            #expect(rt.lastParseAhead == nil)
        }
        // A source let go of long before the end of its text.
        for _ in 1...5 {
            weak var ahead: ParseAhead?
            do {
                var source = StatementSource(Parser.streaming(SourceFile(path: "<t>", text: text))!, ahead: true)
                ahead = source.ahead
                #expect(ahead != nil)
                _ = source.next()
                source.finish()
            }
            #expect(ahead == nil)
        }
    }

    @Test func finishStopsAParserInTheMiddleOfLongComments() {
        // The parser thread is reading 4 MB of comments when the run lets it go: its stop
        // (ParseStop) ends the text where its lexer is, so `finish` need not wait for the
        // rest, and the thread has ended once it returns.
        let text = "print 1\n" + String(repeating: "# a comment line, and another\n", count: 140_000) + "print 2\n"
        for _ in 1...3 {
            weak var ahead: ParseAhead?
            do {
                let source = StatementSource(Parser.streaming(SourceFile(path: "<t>", text: text))!, ahead: true)
                ahead = source.ahead
                source.finish()
                #expect(ahead?.next().statement == nil, "after finish the text has ended")
            }
            #expect(ahead == nil)
        }
    }

    @Test func aLongScriptRunsTheSameParsedAheadAsInLine() {
        let text = ParseAheadTests.script(2_000, tail: "print count(dip where class == berkala)\nprint digest()\n")
        var printed: [[String]] = []
        for ahead in [false, true] {
            let (rt, box) = InterpreterTests.interpreter()
            rt.parseAheadMinimumBytes = ahead ? 0 : Int.max
            #expect(throws: Never.self) { try rt.run(SourceFile(path: "<t>", text: text)) }
            printed.append(box.lines)
        }
        #expect(printed[0].count == 1_002)   // a print on every other line, then the two at the end
        #expect(printed[0] == printed[1])
    }

    @Test("the CPUs a process may use, from /proc/self/status", arguments: [
        ("Name:\tppid\nCpus_allowed_list:\t0-1\nMems_allowed:\t1\n", 2),
        ("Cpus_allowed_list:\t0\n", 1),                  // taskset -c 0: parsed in line
        ("Cpus_allowed_list:\t0,2-3,7\n", 4),
        ("Name:\tppid\n", nil),
    ] as [(String, Int?)])
    func usableCPUs(_ status: String, _ cpus: Int?) {
        #expect(ParseAhead.cpus(inStatus: status) == cpus)
    }

    @Test func thisProcessMayUseAtLeastOneCPU() {
        #expect(ParseAhead.usableCPUs >= 1)
    }
}
