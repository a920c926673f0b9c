import Testing
import PPIDSyntax
import PPIDModel
@testable import PPIDRuntime

/// The DIP goes out as a spreadsheet and comes back in: an office's DIP exported to .xlsx
/// (docs/language.md §13) and imported into a fresh office with the same organisation
/// (§9 `import`) gives the same DIP, column by column.
@Suite(.serialized)
struct DIPRoundTripTests {
    static let root = GoldenTests.root

    /// The example office of scripts/examples, with its 47 items, in a throwaway folder.
    static func exampleOffice(_ dir: String) throws -> Interpreter {
        let rt = Interpreter(workingDirectory: dir, output: { _ in })
        try rt.run(SourceFile(path: dir + "/main.ppid", text: """
            load "\(root)/scripts/examples/kpu-kabupaten.ppid"
            """))
        return rt
    }

    /// A fresh office with the same units and staff as `other`, and nothing else.
    static func sameOrganisation(as other: Registry, in dir: String) throws -> Interpreter {
        let rt = Interpreter(workingDirectory: dir, output: { _ in })
        var text = "at 2025-08-01T08:00\nrole approver \"Penyetuju\"\n"
        for u in other.units { text += "unit \(u.name) \"\(u.title)\"\n" }
        for s in other.staff { text += "staff \(s.name) \"\(s.fullName)\"\n" }
        text += "staff penyetuju \"Penyetuju\" { roles approver }\nas penyetuju\nallow approver to classify\n"
        text += "sop setuju \"Persetujuan\" { step 1 \"Menetapkan\" { by approver; takes 1 day; marks approved } }\n"
        try rt.run(SourceFile(path: dir + "/fresh.ppid", text: text))
        return rt
    }

    @Test func theDIPComesBackFromItsSpreadsheet() throws {
        let dir = try LoadTests.folder([:])
        let first = try Self.exampleOffice(dir)
        let dip = first.registry.items.filter(\.isInDIP)
        #expect(dip.count > 30, "the example's DIP has its items")
        try first.run(SourceFile(path: dir + "/out.ppid", text: """
            export dip to "dip.xlsx"
            export dip to "dip-first.csv"
            """))

        let second = try Self.sameOrganisation(as: first.registry, in: dir)
        try second.run(SourceFile(path: dir + "/in.ppid", text: "import info from \"dip.xlsx\"\n"))
        #expect(second.registry.items.count == dip.count, "one item per row of the sheet, nothing else")
        // The imported items are classified; the office sets them as its DIP through its SOP.
        let names = second.registry.items.map(\.name).joined(separator: ", ")
        try second.run(SourceFile(path: dir + "/set.ppid", text: """
            start setuju as penetapan for \(names)
            complete penetapan
            export dip to "dip-second.csv"
            """))

        // Every DIP column of every item, from the model ...
        for item in dip {
            let back = try #require(second.registry.items.first { $0.name == item.name }, "\(item.name) came back")
            #expect(back.isInDIP)
            #expect(back.title == item.title)
            #expect(back.summary == item.summary)
            #expect(back.holder == item.holder)
            #expect(back.responsible == item.responsible)
            #expect(back.made == item.made)
            #expect(back.place == item.place)
            #expect(back.formats == item.formats)
            #expect(back.retention == item.retention)
            #expect(back.infoClass == item.infoClass)
        }
        // ... and the public DIP the two offices publish is the same, byte for byte.
        let a = try #require(FileSystem.read(dir + "/dip-first.csv"))
        let b = try #require(FileSystem.read(dir + "/dip-second.csv"))
        #expect(a == b)
        #expect(a.count > 1000)
    }
}
