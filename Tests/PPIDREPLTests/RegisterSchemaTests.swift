import Testing
import PPIDSyntax
import PPIDModel
import PPIDRuntime
import PPIDText
@testable import PPIDREPL

/// Walks every register's schema (`RegisterSpec.all`): each field can be queried, read
/// through a reference, completed at the prompt and is documented in docs/language.md §12.
/// A field added to a spec without the rest fails here.
@Suite struct RegisterSchemaTests {
    static let root: String = {
        let here = #filePath
        return String(here[..<(here.firstRange(of: "/Tests/")?.lowerBound ?? here.endIndex)])
    }()

    /// An office with at least one row in every register (the inbox: r1 waits at step 2 for sri).
    static let fixture = """
    unit kul "Keuangan"
    role ppid "PPID"
    staff sri "Sri Wahyuni" { roles ppid; unit kul }
    holiday 2024-05-01 "Hari Buruh"
    sop s "Contoh" { step 1 "Menyusun" { by ppid; marks approved }; step 2 "Memeriksa" { by ppid } }
    info a "Laporan A" { holder kul; responsible sri }
    info b "Data pribadi" { holder kul }
    classify a as berkala
    classify b as dikecualikan { basis "Pasal 17 huruf h"; consequence "Data pribadi"; until 2029-12-31 }
    at 2024-04-01T09:00
    as sri
    start s as r1 for a, b
    complete r1
    request p1 { from "Budi Santoso"; asks "Laporan A"; purpose "Penelitian"; via email; about a }
    answer p1 grant { form softcopy; cost 0 }
    object p1 as k1 { ground d; reason "Tidak sesuai permintaan" }

    """

    @Test func everyRegisterHasOneSpec() {
        #expect(RegisterSpec.all.map(\.id) == RegisterKind.allCases)
        for spec in RegisterSpec.all {
            #expect(!spec.help.english.isEmpty && !spec.help.text(in: .id).isEmpty, "\(spec.name)")
            #expect(!spec.columns.isEmpty, "\(spec.name) shows no columns")
            for f in spec.fields {
                #expect(!f.help.english.isEmpty && f.help.text(in: .id) != f.help.english, "\(spec.name).\(f.name) has no help in both languages")
            }
        }
    }

    /// `REG where FIELD == r.FIELD` keeps row 1 (`r`): the field is a name inside `where`,
    /// reads the same through the row reference, and every row reads it.
    @Test(arguments: RegisterSpec.all.map(\.name))
    func everyFieldIsQueryableAndReadable(_ register: String) throws {
        let spec = try #require(RegisterSpec.named(register))
        var script = Self.fixture + "let r = \(register)[1]\n"
        for f in spec.fields {
            script += "assert count(\(register) where \(f.name) == r.\(f.name)) >= 1, \"\(f.name)\"\n"
            script += "assert count(\(register) where \(f.name) == \(f.name)) == count(\(register)), \"\(f.name) in every row\"\n"
        }
        var printed: [String] = []
        let rt = Interpreter(output: { printed.append($0) })
        do {
            _ = try rt.run(SourceFile(path: "<schema \(register)>", bytes: Array(script.utf8)))
        } catch {
            Issue.record("\(register): \(error.diagnostics.map(\.description))")
        }
    }

    @Test(arguments: RegisterSpec.all.map(\.name))
    func everyFieldCompletesAfterWhere(_ register: String) throws {
        let spec = try #require(RegisterSpec.named(register))
        for f in spec.fields {
            let typed = "show \(register) where " + f.name.prefix(2)
            #expect(Completer.complete(typed, in: CompletionContext()).candidates.contains(f.name), "\(typed)")
        }
    }

    @Test func everyFieldOfANamedEntityCompletesAfterTheDot() {
        var ctx = CompletionContext()
        ctx.items = ["lap"]
        ctx.runs = ["r1"]
        ctx.staff = ["sri"]
        ctx.roles = ["ppid"]
        ctx.units = ["kul"]
        ctx.sops = ["s"]
        for (name, reg) in [("lap", RegisterKind.info), ("r1", .runs), ("sri", .staff), ("ppid", .roles), ("kul", .units), ("s", .sops)] {
            for f in reg.spec.fields {
                #expect(Completer.complete("print \(name).\(f.name.prefix(2))", in: ctx).candidates.contains(f.name), "\(name).\(f.name)")
            }
        }
    }

    @Test func everyFieldIsInHelp() {
        let all = HelpTopics.text(for: "registers")
        for spec in RegisterSpec.all {
            let one = HelpTopics.register(spec)   // `:help runs`; `:help info` is the statement
            let satu = HelpTopics.register(spec, .id)
            for f in spec.fields {
                #expect(all.contains(" \(f.name)"), "\(spec.name).\(f.name) not in :help registers")
                #expect(one.contains(f.name + " ") && one.contains(f.help.english), "\(spec.name).\(f.name) not in :help \(spec.name)")
                #expect(satu.contains(f.help.text(in: .id)), "\(spec.name).\(f.name) not in Indonesian :help \(spec.name)")
            }
        }
    }

    /// docs/language.md §12 has a section per register (a `### ` heading naming it) whose
    /// text names every field in backquotes; in a table with a `register` column, the rows
    /// from the register's own row to the next register's.
    @Test func everyFieldIsDocumented() throws {
        let doc = String(decoding: FileSystem.read(Self.root + "/docs/language.md") ?? [], as: UTF8.self)
        let start = try #require(doc.firstRange(of: "## 12. Registers and queries"))
        let end = try #require(doc.firstRange(of: "## 13. "))
        let sections = doc[start.upperBound..<end.lowerBound].split(separator: "\n### ").dropFirst()
        for spec in RegisterSpec.all {
            let mine = sections.filter { s in
                let heading = s.prefix { $0 != "\n" }
                return heading.split(whereSeparator: { !$0.isLetter && $0 != "_" }).contains { $0 == spec.name }
            }
            #expect(!mine.isEmpty, "no section of language.md §12 is headed \(spec.name)")
            let text = mine.map { Self.ownRows(of: spec.name, in: String($0)) }.joined(separator: "\n")
            for f in spec.fields {
                #expect(text.contains("`\(f.name)`"), "language.md §12 does not document \(spec.name).\(f.name)")
            }
        }
    }

    /// The section's text, or in a table whose first column is `register`, only that register's rows.
    static func ownRows(of register: String, in section: String) -> String {
        let lines = section.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.contains(where: { $0.hasPrefix("| register |") }) else { return section }
        var out: [Substring] = []
        var inside = false
        for line in lines where line.hasPrefix("| ") {
            let first = line.dropFirst(2).prefix { $0 != "|" }.filter { $0 != " " }
            if !first.isEmpty { inside = first == "`\(register)`" }
            if inside { out.append(line) }
        }
        return out.joined(separator: "\n")
    }
}
