import Testing
@testable import PPIDREPL

@Suite struct CompleterTests {
    static let context: CompletionContext = {
        var c = CompletionContext()
        c.items = ["lapkeu_2023", "lhkpn_2023", "dipa"]
        c.staff = ["sri", "budi"]
        c.roles = ["ppid", "atasan_ppid"]
        c.units = ["kul", "tph"]
        c.sops = ["maklumat", "penetapan_dip"]
        c.runs = ["mk2025", "mk2024", "dip2025"]
        c.actableRuns = ["mk2025"]
        c.activeRuns = ["mk2025", "dip2025"]
        c.variables = ["bagian"]
        c.functions = ["late_by"]
        c.listDirectory = { dir in
            switch dir {
            case ".": return [("out", true), ("kantor.ppid", false), ("kalender.ppid", false), (".hidden", false)]
            case "out/": return [("dip-2024.html", false), ("dik.csv", false)]
            default: return []
            }
        }
        return c
    }()

    func complete(_ text: String) -> Completion { Completer.complete(text, in: Self.context) }

    /// The exact candidates offered for the text before the cursor.
    @Test(arguments: [
        ("classify la", ["lapkeu_2023"]),
        ("classify l", ["lapkeu_2023", "lhkpn_2023"]),
        ("complete mk", ["mk2025"]),                    // only the runs the actor may act on
        ("approve ", ["mk2025"]),
        ("cancel ", ["dip2025", "mk2025"]),
        ("start ma", ["maklumat"]),
        ("show di", ["dik", "dip", "dip2025", "dipa"]), // registers and names
        ("count(d", ["dik", "dip"]),
        ("show runs where st", ["started", "started_by", "status", "step"]),
        ("show info where holder == kul order by ma", ["made"]),
        ("show info where holder == k", ["kul"]),
        ("mk2025.st", ["started", "started_by", "status", "step"]),
        ("lapkeu_2023.hol", ["holder"]),
        ("classify dipa as ", ["berkala", "dikecualikan", "serta_merta", "setiap_saat"]),
        ("as b", ["budi"]),
        ("as ", ["atasan_ppid", "budi", "ppid", "sri"]),
        ("export run m", ["mk2024", "mk2025"]),
        ("render sop p", ["penetapan_dip"]),
        ("info x \"T\" {\n  holder t", ["tph"]),
        ("info x \"T\" {\n  responsible s", ["sri"]),
        ("cla", ["classify"]),
        ("imp", ["import"]),
        ("import ", ["info"]),
        ("import info f", ["from"]),
        ("ba", ["bagian"]),
        ("print late", ["late_by"]),
        (":he", ["help"]),
        (":", ["checkpoint", "help", "history", "load", "mode", "quit", "save", "status", "undo"]),
        (":st", ["status"]),
        ("show info where withdrawn_", ["withdrawn_reason"]),
        (":mode c", ["csv"]),
        // xlsx is a file: export takes it, show and :mode do not.
        ("export dip to \"d.xlsx\" as x", ["xlsx"]),
        ("show dip as x", []),
        (":mode x", []),
        ("for i in info where class == berkala { classify i as s", ["serta_merta", "setiap_saat"]),
    ])
    func candidates(_ text: String, _ expected: [String]) {
        #expect(complete(text).candidates == expected, "\(text.debugDescription)")
    }

    @Test(arguments: [
        ("load \"ka", ["kalender.ppid", "kantor.ppid"]),
        ("load \"o", ["out/"]),
        ("export dip to \"out/d", ["out/dik.csv", "out/dip-2024.html"]),
        (":load kan", ["kantor.ppid"]),
        (":save \"out/di", ["out/dik.csv", "out/dip-2024.html"]),
        ("load \".h", [".hidden"]),
        ("import info from \"ka", ["kalender.ppid", "kantor.ppid"]),
        ("import info from \"out/dip", ["out/dip-2024.html"]),
    ])
    func fileNames(_ text: String, _ expected: [String]) {
        #expect(complete(text).candidates == expected, "\(text.debugDescription)")
    }

    @Test func noFileNamesInOrdinaryStrings() {
        #expect(complete("print \"ka").candidates.isEmpty)
        #expect(complete("info x \"Lap").candidates.isEmpty)
    }

    @Test func insertion() {
        #expect(complete("classify la").insertion == "pkeu_2023 ")
        #expect(complete("classify l").insertion == "")              // lapkeu/lhkpn share only "l"
        #expect(complete("show runs where sta").insertion == "")     // started/status
        #expect(complete("show runs where step ").candidates.contains("and"))
        #expect(complete("load \"kan").insertion == "tor.ppid\"")
        #expect(complete("load \"o").insertion == "ut/")             // a folder: no closing quote
        #expect(complete(":load kan").insertion == "tor.ppid")
        #expect(complete("mk2025.ste").insertion == "p")             // a field: no space after
        #expect(complete(":he").insertion == "lp ")
    }

    @Test func statementStartOffersKeywordsAndNames() {
        let c = complete("")
        for word in ["show", "classify", "complete", "at", "as", "lapkeu_2023", "mk2025", "bagian", "count"] {
            #expect(c.candidates.contains(word), "\(word)")
        }
    }

    @Test func emptyStateOffersNoNames() {
        let c = Completer.complete("complete ", in: CompletionContext())
        #expect(c.candidates.isEmpty)
        #expect(c.insertion == "")
    }
}

@Suite struct HelpTopicsTests {
    /// Every statement form of docs/language.md §6–§13 and every colon command has a topic with an
    /// example and both languages.
    @Test(arguments: ["office", "unit", "role", "staff", "allow", "holiday", "leave", "option", "at", "wait", "as",
                      "info", "update", "classify", "withdraw", "sop", "step", "start", "complete", "approve",
                      "reject", "cancel", "show", "count", "export", "render", "let", "if", "for", "fn", "print",
                      "load", "assert", "digest", ":help", ":load", ":save", ":mode", ":undo", ":history", ":quit",
                      ":checkpoint", "request", "extend", "answer", "period", "object", "dispute", "ruling"])
    func everyStatementHasATopic(_ name: String) {
        let text = HelpTopics.text(for: name)
        #expect(text.hasPrefix(name + " — "), "\(text)")
        #expect(text.contains("\nexample:\n"))
        #expect(text.contains("\nEN  ") && text.contains("\nID  "))
    }

    @Test func unknownTopicsSuggest() {
        #expect(HelpTopics.text(for: "clasify").contains("did you mean: classify"))
        #expect(HelpTopics.text(for: "runs").contains("status"))
        #expect(HelpTopics.text(for: "save") == HelpTopics.text(for: ":save"))
    }

    /// The request statements (docs/language.md §19): a topic each in both languages, found by
    /// the Indonesian words an officer would type, and listed under the `requests` register.
    @Test("an Indonesian word finds a request topic", arguments: [
        ("permohonan", "request"), ("pemohon", "request"), ("perpanjangan", "extend"), ("perpanjang", "extend"),
        ("jawaban", "answer"), ("pemberitahuan tertulis", "answer"), ("periode", "period"), ("tahapan", "period"),
    ])
    func requestTopicsByIndonesianWord(_ word: String, _ topic: String) {
        #expect(HelpTopics.text(for: word).hasPrefix(topic + " — "), "\(word)")
        #expect(HelpTopics.text(for: word, language: .id) == HelpTopics.text(for: topic, language: .id))
    }

    @Test func requestTopicsSpeakBothLanguages() {
        let en = HelpTopics.text(for: "answer")
        #expect(en.hasPrefix("answer — give the written answer to a request or an objection\n"), "\(en)")
        #expect(en.contains("    answer REQUEST not_documented { ready DATE }\n"))
        #expect(en.firstRange(of: "\nEN  ")!.lowerBound < en.firstRange(of: "\nID  ")!.lowerBound)
        let id = HelpTopics.text(for: "jawaban", language: .id)
        #expect(id.hasPrefix("answer — berikan jawaban tertulis atas permohonan atau tanggapan atas keberatan\n"), "\(id)")
        #expect(id.contains("\ncontoh:\n") && id.contains("pemberitahuan tertulis"))
        #expect(id.firstRange(of: "\nID  ")!.lowerBound < id.firstRange(of: "\nEN  ")!.lowerBound)
        #expect(HelpTopics.text(for: "extend", language: .id).contains("hari kerja ke-17"))
        #expect(HelpTopics.text(for: "period").contains("answer 10, extension 7"))
        #expect(HelpTopics.text(for: "request").contains("10th working day"))
        // The overview has a line for them, and `:help statements` lists them.
        #expect(HelpTopics.text(for: "").contains("requests for information  request extend answer period\n"))
        #expect(HelpTopics.text(for: "", language: .id).contains("permohonan informasi    request extend answer period\n"))
        #expect(HelpTopics.text(for: "statements").contains("\nextend "))
        #expect(HelpTopics.names.contains("answer") && HelpTopics.names.contains("period"))
        // A near miss suggests the topic by its Indonesian word too.
        #expect(HelpTopics.text(for: "permohnan").contains("did you mean: request (permohonan)?"), "\(HelpTopics.text(for: "permohnan"))")
    }

    @Test func theRequestsRegisterNamesItsStatements() {
        let en = HelpTopics.text(for: "requests")
        #expect(en.hasPrefix("requests: a register, "), "\(en)")
        #expect(en.contains("\n    outcome "))
        #expect(en.hasSuffix("\nthe statements: :help request, :help extend, :help answer, :help period"), "\(en)")
        let id = HelpTopics.text(for: "register permohonan", language: .id)
        #expect(id.hasPrefix("requests: register, "), "\(id)")
        #expect(id.hasSuffix("\nperintahnya: :help request, :help extend, :help answer, :help period"), "\(id)")
        // Other registers have no such line.
        #expect(!HelpTopics.text(for: "runs").contains(":help request"))
    }

    /// The objection statements (docs/language.md §20): a topic each in both languages, the
    /// Atasan PPID's answer in `:help answer`, found by the Indonesian words an officer would
    /// type, and listed under the `objections` register.
    @Test("an Indonesian word finds an objection topic", arguments: [
        ("keberatan", "object"), ("ajukan keberatan", "object"), ("atasan", "answer"), ("atasan ppid", "answer"),
        ("tanggapan", "answer"), ("sengketa", "dispute"), ("komisi informasi", "dispute"), ("Komisi Informasi", "dispute"),
        ("putusan", "ruling"),
    ])
    func objectionTopicsByIndonesianWord(_ word: String, _ topic: String) {
        #expect(HelpTopics.text(for: word).hasPrefix(topic + " — "), "\(word)")
        #expect(HelpTopics.text(for: word, language: .id) == HelpTopics.text(for: topic, language: .id))
    }

    @Test func objectionTopicsSpeakBothLanguages() {
        let object = HelpTopics.text(for: "object")
        #expect(object.hasPrefix("object — file an objection to the Atasan PPID\n"), "\(object)")
        #expect(object.contains("    object REQUEST as NAME { ground LETTER, ...; reason \"...\" }\n"))
        #expect(object.contains("a: refused under Pasal 17") && object.contains("g: late"))
        #expect(object.firstRange(of: "\nEN  ")!.lowerBound < object.firstRange(of: "\nID  ")!.lowerBound)
        let keberatan = HelpTopics.text(for: "keberatan", language: .id)
        #expect(keberatan.hasPrefix("object — ajukan keberatan kepada Atasan PPID\n"), "\(keberatan)")
        #expect(keberatan.contains("hari kerja ke-30") && keberatan.contains("Pasal 35 ayat (1)"))
        #expect(keberatan.firstRange(of: "\nID  ")!.lowerBound < keberatan.firstRange(of: "\nEN  ")!.lowerBound)
        #expect(HelpTopics.text(for: "dispute").contains("within 14 working days"))
        #expect(HelpTopics.text(for: "sengketa", language: .id).hasPrefix("dispute — catat sengketa di Komisi Informasi\n"))
        let ruling = HelpTopics.text(for: "ruling")
        #expect(ruling.contains("    ruling OBJECTION partly_open { given ITEM, ...; number \"...\"; note \"...\" }\n"), "\(ruling)")
        #expect(HelpTopics.text(for: "putusan", language: .id).hasPrefix("ruling — catat putusan Komisi Informasi\n"))
        // The answer topic has the objection's answer too, with the different-person rule.
        let answer = HelpTopics.text(for: "answer")
        #expect(answer.contains("    answer OBJECTION uphold { reason \"...\"; note \"...\" }\n"), "\(answer)")
        #expect(answer.contains("    answer OBJECTION partial { given ITEM, ...; reason \"...\"; note \"...\" }\n"))
        #expect(answer.contains("    answer k1 uphold { reason "))
        #expect(answer.contains("The person who answered the request may not answer its objection"))
        #expect(HelpTopics.text(for: "tanggapan", language: .id).contains("Orang yang menjawab permohonan tidak dapat menanggapi keberatannya"))
        // The overview has a line for them, and `:help statements` lists them.
        #expect(HelpTopics.text(for: "").contains("objections and disputes   object answer dispute ruling\n"), "\(HelpTopics.text(for: ""))")
        #expect(HelpTopics.text(for: "", language: .id).contains("keberatan dan sengketa  object answer dispute ruling\n"))
        let statements = HelpTopics.text(for: "statements")
        #expect(statements.contains("\nobject ") && statements.contains("\ndispute ") && statements.contains("\nruling "))
        #expect(HelpTopics.text(for: "keberatan dan sengketa").contains("\nruling "))
        #expect(["object", "dispute", "ruling"].allSatisfy(HelpTopics.names.contains))
        #expect(HelpTopics.text(for: "keberatn").contains("did you mean: object (keberatan)?"), "\(HelpTopics.text(for: "keberatn"))")
    }

    @Test func theObjectionsRegisterNamesItsStatements() {
        let en = HelpTopics.text(for: "objections")
        #expect(en.hasPrefix("objections: a register, "), "\(en)")
        #expect(en.contains("\n    ruling_number "))
        #expect(en.hasSuffix("\nthe statements: :help object, :help answer, :help dispute, :help ruling"), "\(en)")
        let id = HelpTopics.text(for: "register keberatan", language: .id)
        #expect(id.hasPrefix("objections: register, "), "\(id)")
        #expect(id.hasSuffix("\nperintahnya: :help object, :help answer, :help dispute, :help ruling"), "\(id)")
        #expect(!HelpTopics.text(for: "requests").contains(":help ruling"))
    }

    @Test func longLinesAreWrappedUnderTheirText() {
        let wrapped = HelpTopics.wrap("EN  " + String(repeating: "kata ", count: 30), width: 40)
        let lines = wrapped.split(separator: "\n")
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    kata") })
    }
}
