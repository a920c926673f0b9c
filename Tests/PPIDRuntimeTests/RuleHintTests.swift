import Testing
import PPIDSyntax
import PPIDRuntime

/// The Model states a rule without syntax; the runtime adds the statement that puts it right
/// as a `help:` line, filled in with the item, run or year the rule is about.
struct RuleHintTests {
    static func rendered(_ text: String) -> String {
        let rt = Interpreter(workingDirectory: GoldenTests.root, output: { _ in })
        do {
            try rt.run(SourceFile(path: "t.ppid", text: text))
            return ""
        } catch {
            return error.diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    static let run = """
        role ppid "PPID"
        staff sri "Sri" { roles ppid }
        sop s "Contoh" { step 1 "Menyusun" { by ppid }; step 2 "Memutuskan" { by ppid; decide yes -> end, no -> end } }
        at 2024-04-01T09:00
        as sri
        start s as r1

        """

    @Test("a broken rule ends with the statement to type", arguments: [
        ("print today", "[E431]", "help: use `at DATE` first"),
        ("role ppid \"PPID\"\nallow ppid to classify\ninfo a \"L\"\nclassify a as berkala", "[E422]", "help: use `as NAME` first"),
        ("info a \"L\"\nwithdraw a \"\"", "say why `a` is withdrawn [E443]", "help: `withdraw a \"reason\"`"),
        (run + "approve r1", "is not a decision [E466]", "help: use `complete r1`"),
        (run + "complete r1\ncomplete r1", "is a decision [E465]", "help: use `approve r1` or `reject r1`"),
        ("holiday 2024-12-25 \"Natal\"\nprint 2024-12-20 + 10 workdays", "(the calendar has 2024) [E438]",
         "help: load \"scripts/calendar/id-2025.ppid\" or declare its holidays, or use `option unknown_years workdays` to count Monday–Friday"),
        ("info a \"L\"\nclassify a as dikecualikan { basis \"Pasal 17 huruf h\" }", "[E447]",
         "help: in the block: `basis \"Pasal 17 huruf h\"`, `consequence \"...\"` and `until DATE` or `for DURATION`"),
    ])
    func hint(script: String, error: String, help: String) {
        let out = Self.rendered(script)
        #expect(out.contains(error), "\(out)")
        #expect(out.hasSuffix("\n" + help), "\(out)")
    }

    static func renderedIndonesian(_ text: String) -> String {
        let rt = Interpreter(workingDirectory: GoldenTests.root, output: { _ in })
        do {
            try rt.run(SourceFile(path: "t.ppid", text: text))
            return ""
        } catch {
            return error.diagnostics.map { $0.rendered(color: false, language: .id) }.joined(separator: "\n")
        }
    }

    @Test("in Indonesian, the rule and the statement to type", arguments: [
        ("print today", "waktu belum ditetapkan [E431]", "saran: gunakan `at TANGGAL` terlebih dahulu"),
        ("info a \"L\"\nwithdraw a \"\"", "sebutkan alasan `a` ditarik [E443]", "saran: `withdraw a \"alasan\"`"),
        (run + "approve r1", "tahap 1 \"Menyusun\" pada `r1` bukan tahap keputusan [E466]", "saran: gunakan `complete r1`"),
        ("holiday 2024-12-25 \"Natal\"\nprint 2024-12-20 + 10 workdays",
         "tahun 2025 belum memiliki hari libur yang dideklarasikan (kalender memuat tahun 2024) [E438]",
         "saran: muat kalender dengan `load \"scripts/calendar/id-2025.ppid\"` atau deklarasikan hari liburnya, atau gunakan `option unknown_years workdays` agar Senin–Jumat dihitung sebagai hari kerja"),
        ("info a \"L\"\nclassify a as dikecualikan { basis \"Pasal 17 huruf h\" }", "[E447]",
         "saran: di dalam blok: `basis \"Pasal 17 huruf h\"`, `consequence \"...\"`, dan `until TANGGAL` atau `for DURASI`"),
    ])
    func hintInIndonesian(script: String, error: String, help: String) {
        let out = Self.renderedIndonesian(script)
        #expect(out.contains(error), "\(out)")
        #expect(out.hasSuffix("\n" + help), "\(out)")
    }

    @Test("a rule with nothing to type has no help line")
    func noHint() {
        let out = Self.rendered("at 2024-04-02\nat 2024-04-01")
        #expect(out.contains("[E432]"))
        #expect(!out.contains("help:"))
    }
}
