import Testing
import PPIDSyntax
import PPIDRuntime
@testable import PPIDREPL

@Suite struct JournalTailTests {
    func torn(_ text: String) -> JournalTail.Torn? {
        JournalTail.torn(in: Array(text.utf8), path: "j.ppid")
    }

    @Test(arguments: [
        "",
        "show dip\n",
        "unit kul \"K\"\ninfo x \"T\" {\n  holder kul\n}\n",
        "# only a comment\n",
    ])
    func wholeJournalsAreNotTorn(_ text: String) {
        #expect(torn(text) == nil)
    }

    /// (journal, where the torn text starts: line, column, the torn text)
    @Test(arguments: [
        ("unit kul \"K\"\nclassify x as berk", 2, "classify x as berk"),
        ("unit kul \"K\"\nunit tph \"T\"", 2, "unit tph \"T\""),
        ("unit kul \"K\"\ninfo x \"T\" {\n  holder kul\n", 2, "info x \"T\" {\n  holder kul\n"),
        ("unit kul \"K\"\ninfo x \"T\" {\n  holder kul\n}", 2, "info x \"T\" {\n  holder kul\n}"),
        ("unit kul \"K\"\nlet s = \"\"\"\nbaris\n", 2, "let s = \"\"\"\nbaris\n"),
        ("at 2024-04-01T09:00\nas sri\ncomplete mk20", 3, "complete mk20"),
        ("show dip\n\u{0}\u{0}\u{0}", 2, "\u{0}\u{0}\u{0}"),
        ("unit kul \"K\"", 1, "unit kul \"K\""),
    ])
    func tornTailsAreFound(_ text: String, _ line: Int, _ tornText: String) throws {
        let t = try #require(torn(text))
        #expect(t.line == line)
        #expect(t.column == 1)
        #expect(String(decoding: t.text, as: UTF8.self) == tornText)
        #expect(t.offset + t.text.count == text.utf8.count)
    }

    /// Twenty whole statements, then one cut inside the "—" (E2 80 94) of its title.
    static func tornInsideACharacter() -> (bytes: [UInt8], whole: [UInt8]) {
        var whole = ""
        for i in 1...20 { whole += "unit u\(i) \"Unit \(i)\"\n" }
        let full = Array("unit h \"Laporan Keuangan — 2024\"\n".utf8)
        let dash = full.firstIndex(of: 0xE2)!
        return (Array(whole.utf8) + full[..<(dash + 2)], Array(whole.utf8))
    }

    @Test func aTearInsideACharacterKeepsEveryWholeStatement() throws {
        let (bytes, whole) = Self.tornInsideACharacter()
        let t = try #require(JournalTail.torn(in: bytes, path: "j.ppid"))
        #expect(t.offset == whole.count)
        #expect((t.line, t.column) == (21, 1))
        #expect(t.reason.english.contains("middle of a character"))
        // Inside a block too: the kept part ends before the statement the tear is in.
        let block = Array("info x \"T\" {\n  summary \"a ".utf8) + [0xE2, 0x80]
        let u = try #require(JournalTail.torn(in: whole + block, path: "j.ppid"))
        #expect(u.offset == whole.count)
    }

    @Test func repairOfATearInsideACharacterKeepsTheWholeStatements() throws {
        let (bytes, whole) = Self.tornInsideACharacter()
        let path = temporaryDirectory() + "/j.ppid"
        try FileSystem.writeAtomically(path, bytes)
        guard case .moved(let t, _) = try JournalTail.repair(path: path) else {
            Issue.record("expected the torn text to be moved")
            return
        }
        #expect(t.line == 21)
        #expect(FileSystem.read(path) == whole)
        #expect(Parser.parse(SourceFile(path: path, bytes: whole)).statements.count == 20)
        #expect(FileSystem.read(path + ".torn") == Array(bytes[whole.count...]) + [10])
    }

    @Test func repairKeepsAWholeLastStatementThatLacksOnlyItsLineBreak() throws {
        let path = temporaryDirectory() + "/j.ppid"
        writeText(path, officeScript + "info lhkpn \"LHKPN\" {\n  holder kul\n}")
        #expect(try JournalTail.repair(path: path) == .lineBreakAdded(line: 10))
        #expect(readText(path) == officeScript + "info lhkpn \"LHKPN\" {\n  holder kul\n}\n")
        #expect(!FileSystem.exists(path + ".torn"))
        #expect(try JournalTail.repair(path: path) == .nothingToRepair)
    }

    @Test func aByteOrderMarkStartsAWholeJournal() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(JournalTail.torn(in: bom + Array(officeScript.utf8), path: "j.ppid") == nil)
        let t = try #require(JournalTail.torn(in: bom + Array("unit kul \"K\"\nunit t".utf8), path: "j.ppid"))
        #expect((t.line, t.column, t.offset) == (2, 1, 16))
    }

    @Test func reportNamesThePositionAndTheRepair() throws {
        let t = try #require(torn("unit kul \"K\"\nclassify x as berk"))
        let message = JournalTail.report(t, path: "j.ppid").english
        #expect(message.hasPrefix("j.ppid:2:1: error: the journal ends with a torn statement"))
        #expect(message.contains("ppid repair j.ppid"))
    }

    @Test func repairMovesTheTornTextAndKeepsTheRest() throws {
        let path = temporaryDirectory() + "/j.ppid"
        writeText(path, officeScript + "classify lapkeu as berk")
        let outcome = try JournalTail.repair(path: path)
        guard case .moved(let t, let tornPath) = outcome else {
            Issue.record("expected a repair, got \(outcome)")
            return
        }
        #expect(tornPath == path + ".torn")
        #expect(readText(path) == officeScript)
        #expect(readText(tornPath) == "classify lapkeu as berk\n")
        #expect(t.line == officeScript.split(separator: "\n", omittingEmptySubsequences: false).count)
        // A second repair finds nothing; the torn file is appended to, not replaced.
        #expect(try JournalTail.repair(path: path) == .nothingToRepair)
        writeText(path, officeScript + "withdraw dipa \"lama")
        _ = try JournalTail.repair(path: path)
        #expect(readText(path + ".torn") == "classify lapkeu as berk\nwithdraw dipa \"lama\n")
    }
}
