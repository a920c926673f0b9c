#if canImport(Glibc)
import Glibc
#endif
import Testing
import PPIDModel
import PPIDRuntime
@testable import PPIDREPL

/// The prompt as a whole, driven by a scripted reader.
@Suite struct SessionTests {
    @Test func promptsContinuationAndOutput() {
        let dir = temporaryDirectory()
        let reader = ScriptedLineReader(["unit kul \"K\"", "info x \"T\" {", "  holder kul", "}", "count(info) + 41", ":quit", "print 7"])
        var c = REPLConfiguration()
        c.workingDirectory = dir
        c.wallClock = { dateTime("2025-03-03T08:00") }
        let captured = Captured()
        c.writeOut = { captured.out += $0 }
        c.writeErr = { captured.err += $0 }
        let code = REPLSession(config: c, reader: reader).run()
        #expect(code == 0)
        #expect(reader.prompts == ["ppid> ", "ppid> ", "...> ", "...> ", "ppid> ", "ppid> "])
        #expect(captured.out.contains("scratch session"))
        #expect(captured.out.contains("clock: not set — `at now` sets it to the wall clock (2025-03-03 08:00)"))
        #expect(captured.out.hasSuffix("\n42\n"), "an expression prints its value; :quit stops before `print 7`")
        #expect(reader.history == ["unit kul \"K\"", "info x \"T\" {\n  holder kul\n}", "count(info) + 41", ":quit"])
    }

    @Test func ctrlCDropsTheUnfinishedStatement() {
        let reader = ScriptedLineReader(results: [.line("info x \"T\" {"), .interrupted, .line("print exists(\"x\")")])
        let (s, captured) = makeSession(directory: temporaryDirectory())
        let session = REPLSession(config: s.config, reader: reader)
        #expect(session.run() == 0)
        #expect(reader.prompts == ["ppid> ", "...> ", "ppid> ", "ppid> "])
        #expect(captured.out.hasSuffix("\nfalse\n\n"), "the value, then the line break Ctrl-D leaves")
    }

    @Test func colonCommands() {
        let dir = temporaryDirectory()
        let (s, captured) = makeSession(directory: dir, wall: dateTime("2025-03-03T08:00"))
        _ = s.open()
        s.submit(":mode csv")
        #expect(s.rt.defaultFormat.rawValue == "csv")
        s.submit(":mode pager off")
        #expect(!s.pagerOn)
        s.submit(":mode yaml")
        #expect(captured.err.contains("unknown output format yaml"))
        s.submit(":hepl")
        #expect(captured.err.contains("did you mean :help?"))
        s.submit(":save")
        #expect(captured.err.contains("usage: :save FILE"))
        s.submit(":status")
        #expect(captured.out.contains("actor: none"))
    }

    @Test func theInitFileRunsFirstAndItsErrorsDoNotStopTheSession() {
        let dir = temporaryDirectory()
        writeText(dir + "/.ppidrc", ":mode json\nunit kul \"K\"\nlet x = (1 +\n  2)\nclassify nothing as berkala\n")
        let reader = ScriptedLineReader(["print x, exists(\"kul\")"])
        var c = REPLConfiguration()
        c.workingDirectory = dir
        c.initFile = dir + "/.ppidrc"
        let captured = Captured()
        c.writeOut = { captured.out += $0 }
        c.writeErr = { captured.err += $0 }
        let session = REPLSession(config: c, reader: reader)
        #expect(session.run() == 0)
        #expect(session.rt.defaultFormat.rawValue == "json")
        #expect(captured.err.contains(".ppidrc:5:10: error: unknown name 'nothing'"))
        #expect(captured.out.contains("3 true"))
    }

    @Test func loadIsRecordedAsALoadStatement() throws {
        let dir = temporaryDirectory()
        writeText(dir + "/kantor.ppid", "unit kul \"K\"\n")
        let (s, captured) = makeSession(directory: dir)
        _ = s.open()
        s.submit(":load kantor.ppid")
        s.submit(":load \"kantor.ppid\"")            // loaded once per session
        s.submit("info x \"T\" { holder kul }")
        s.submit(":save sesi.ppid")
        #expect(captured.err.isEmpty, "\(captured.err)")
        #expect(readText(dir + "/sesi.ppid").hasPrefix("load \"kantor.ppid\"\n"))
        #expect(readText(dir + "/sesi.ppid").hasSuffix("info x \"T\" { holder kul }\n"))
    }

    @Test func anEditorSavingOverTheJournalIsFollowed() throws {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, officeScript)
        let (s, captured) = makeSession(journal: path, directory: dir, wall: dateTime("2025-03-03T08:00"))
        #expect(s.open() == nil)
        s.submit("unit tph \"Teknis\"")
        // An editor writes a new file and renames it over the journal.
        writeText(path, readText(path) + "unit pdi \"Data\"\n")
        s.submit("unit phs \"Partisipasi\"")
        #expect(captured.err.contains("appended by another session replayed"))
        #expect(readText(path).hasSuffix("unit tph \"Teknis\"\nunit pdi \"Data\"\nunit phs \"Partisipasi\"\n"))
        #expect(s.rt.registry.units.map(\.name) == ["kul", "tph", "pdi", "phs"])
    }

    @Test func anEditorRewritingTheJournalMakesTheSessionReplayIt() {
        let dir = temporaryDirectory(), path = dir + "/j.ppid"
        writeText(path, officeScript + "unit tph \"Teknis\"\n")
        let (s, captured) = makeSession(journal: path, directory: dir, wall: dateTime("2025-03-03T08:00"))
        #expect(s.open() == nil)
        writeText(path, officeScript)
        s.submit("print exists(\"tph\")")
        #expect(captured.err.contains("was replayed again"))
        #expect(captured.out.hasSuffix("\nfalse\n"))
    }

    @Test(arguments: [
        ("a\nb\nc", 10, 80, true),
        ("a\nb\nc", 3, 80, false),          // a row is kept for the prompt
        (String(repeating: "x", count: 81), 10, 80, false),
        ("┌──┐\n│ä │", 5, 4, true),
    ])
    func outputFitsTheScreen(_ text: String, _ rows: Int, _ columns: Int, _ fits: Bool) {
        #expect(REPLSession.fits(text, rows: rows, columns: columns) == fits)
    }

    @Test func plainReaderReadsLinesToTheEnd() {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let text = Array("show dip\r\ninfo x \"T\" {\n\n}\nlast line without newline".utf8)
        _ = FileSystem.writeAll(ends[1], text)
        close(ends[1])
        let reader = PlainLineReader(fd: ends[0])
        var lines: [LineReadResult] = []
        for _ in 0..<7 { lines.append(reader.readLine(prompt: "ppid> ")) }
        close(ends[0])
        #expect(lines == [.line("show dip"), .line("info x \"T\" {"), .line(""), .line("}"),
                          .line("last line without newline"), .endOfInput, .endOfInput])
    }

    @Test func bannerNumbers() {
        #expect(REPLSession.grouped(1284) == "1,284")
        #expect(REPLSession.grouped(999) == "999")
        #expect(REPLSession.grouped(1_000_000) == "1,000,000")
        #expect(REPLSession.milliseconds(9.04) == "9.0 ms")
        #expect(REPLSession.milliseconds(123.4) == "123 ms")
    }
}
