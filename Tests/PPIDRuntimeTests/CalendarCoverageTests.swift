import Testing
import PPIDSyntax
import PPIDModel
@testable import PPIDRuntime

/// Calendar coverage seen from the prompt and from `export run`: what a golden file,
/// which stops at its first error, cannot show.
@Suite(.serialized)
struct CalendarCoverageTests {
    final class Box: @unchecked Sendable { var lines: [String] = [] }

    static let office = """
    holiday 2026-12-25 "Hari Raya Natal"
    leave 2026-12-24 "Cuti bersama Hari Raya Natal"
    role ppid "PPID"
    staff sri "Sri Wahyuni" { roles ppid }
    sop layanan "Layanan permohonan" { step 1 "Menjawab" { by ppid; takes 10 workdays } }
    at 2026-12-28T09:00
    as sri
    """

    static func interpreter(_ dir: String = "/tmp") -> (Interpreter, Box) {
        let box = Box()
        return (Interpreter(workingDirectory: dir, output: { box.lines.append($0) }), box)
    }

    /// At the prompt, a refused `start` leaves no run and is not recorded in the session;
    /// after `option unknown_years workdays` the same line succeeds.
    @Test func aRefusedStartIsNotRecordedAndChangesNothing() throws {
        let (rt, _) = Self.interpreter()
        try rt.run(SourceFile(path: "<t>", text: Self.office))
        let before = rt.registry, digest = rt.registry.digest()
        let r = rt.runEntry(SourceFile(path: "<t>", text: "start layanan as r1\n"))
        #expect(r.failure?.diagnostics.first?.code.rawValue == RuleCode.calendarUnknownYear.rawValue)
        #expect(r.failure?.diagnostics.first?.message.hasPrefix("2027 has no holidays declared") == true)
        #expect(r.succeeded.isEmpty)
        #expect(rt.registry == before)
        #expect(rt.registry.digest() == digest)
        let ok = rt.runEntry(SourceFile(path: "<t>", text: "option unknown_years workdays\nstart layanan as r1\n"))
        #expect(ok.failure == nil)
        #expect(ok.succeeded.map(\.text) == ["option unknown_years workdays", "start layanan as r1"])
        #expect(ok.succeeded.map(\.changesState) == [true, true])
        #expect(rt.registry.run(named: "r1")?.due == DateTime(iso: "2027-01-11T16:00"))
    }

    /// A run exported after `option unknown_years workdays` carries the option, so that
    /// replaying it computes the same due times instead of stopping at the unknown year.
    @Test func anExportedRunCarriesTheOption() throws {
        let dir = "/tmp/ppid-calendar-coverage-test"
        try? FileSystem.makeDirectories(dir)
        let (a, _) = Self.interpreter(dir)
        try a.run(SourceFile(path: dir + "/main.ppid", text: """
            option unknown_years workdays
            \(Self.office)
            start layanan as r1
            export run r1 to "r1.ppid"
            """))
        guard let bytes = FileSystem.read(dir + "/r1.ppid") else { Issue.record("no file written"); return }
        #expect(String(decoding: bytes, as: UTF8.self).contains("option unknown_years workdays\n"))
        let (b, _) = Self.interpreter(dir)
        try b.run(SourceFile(path: dir + "/r1.ppid", bytes: bytes))
        #expect(b.registry.run(named: "r1")?.due == a.registry.run(named: "r1")?.due)
        #expect(b.registry.calendar.unknownYears == .workdays)
    }

    /// `complete` at the prompt reports how late a step was in working days; a count into a
    /// year without holidays just says "late" instead of failing the (already done) step.
    @Test func lateByIsLeftOutWhenTheCountWouldCrossIntoAnUnknownYear() throws {
        let (rt, box) = Self.interpreter()
        rt.verbose = true
        try rt.run(SourceFile(path: "<t>", text: """
            holiday 2026-12-25 "Hari Raya Natal"
            role ppid "PPID"
            staff sri "Sri Wahyuni" { roles ppid }
            sop s "S" { step 1 "Menjawab" { by ppid; takes 1 workday } }
            at 2026-12-29T09:00
            as sri
            start s as r1
            at 2027-01-05T09:00
            """))
        box.lines.removeAll()
        let r = rt.runEntry(SourceFile(path: "<t>", text: "complete r1\n"))
        #expect(r.failure == nil)
        #expect(box.lines.first?.hasPrefix("r1: step 1 done (late)") == true, "\(box.lines)")
        #expect(rt.registry.run(named: "r1")?.status == .done)
    }
}
