import Testing
import PPIDSyntax
import PPIDModel
import PPIDRuntime

/// The request-service SOP of scripts/sop (layanan-permohonan.ppid) and the scripts built
/// on it: its steps must fit inside the statutory 10 working days, and the golden suite
/// must run them.
struct RequestSopScriptTests {
    static let root = GoldenTests.root

    /// The scripts of this SOP, relative to the repository.
    static let scripts = [
        "scripts/sop/layanan-permohonan.ppid",
        "scripts/examples/permohonan-kpu.ppid",
        "scripts/training/08-permohonan.ppid",
    ]

    @Test("the request SOP, its example and its exercise are among the scripts the golden suite runs", arguments: scripts)
    func pickedUp(_ relative: String) {
        #expect(GoldenTests.scriptFiles.contains(Self.root + "/" + relative), "\(relative) is not run by GoldenTests.script")
    }

    /// Loads the 2024 calendar and the SOP, and records a request on Mon 1 Apr 2024 09:00.
    static func registry() throws -> Registry {
        let rt = Interpreter(workingDirectory: root, output: { _ in })
        try rt.run(SourceFile(path: root + "/main.ppid", text: """
            load "scripts/calendar/id-2024.ppid"
            load "scripts/sop/layanan-permohonan.ppid"
            at 2024-04-01T09:00
            request p1 { from "Budi Santoso"; asks "Rekapitulasi hasil Pemilu 2024"; purpose "Penelitian" }
            """))
        return rt.registry
    }

    @Test("every path through the SOP, each step done at its due, ends before the request's 10-working-day due")
    func fitsInTenWorkdays() throws {
        let r = try Self.registry()
        let sop = try #require(r.sops.first { $0.name == "layanan_permohonan" })
        let request = try #require(r.request(named: "p1"))
        #expect(sop.steps.count == 6)
        #expect(sop.steps.allSatisfy { $0.takes != nil }, "every step has a time standard")
        // The longest path (yes at step 2: 1-2-3-4-5-6) and the short one (no: 1-2-5-6).
        for path in [[1, 2, 3, 4, 5, 6], [1, 2, 5, 6]] {
            var t = request.received
            for n in path {
                let step = sop.steps[n - 1]
                t = try r.calendar.due(from: t, after: try #require(step.takes))
            }
            #expect(t <= request.due, "path \(path) ends \(t), after the due \(request.due)")
        }
        #expect(request.due.description == "2024-04-23T16:00")
    }

    @Test("the steps are done by the desk, the PPID and the unit holding the information, as the SOP says")
    func roles() throws {
        let r = try Self.registry()
        let sop = try #require(r.sops.first { $0.name == "layanan_permohonan" })
        #expect(sop.steps.map(\.by) == [["desk_layanan"], ["ppid"], ["ppid"], ["ppid_pelaksana"], ["ppid"], ["desk_layanan"]])
        #expect(sop.header.basis.contains { $0.contains("Nomor 14 Tahun 2008") })
        #expect(sop.header.basis.contains { $0.contains("Nomor 1 Tahun 2021") })
        #expect(sop.header.basis.contains { $0.contains("Nomor 22 Tahun 2023") })
    }
}
