import ArgumentParser
import PPIDSyntax
import PPIDRuntime
import PPIDREPL
import PPIDText

/// `ppid repair FILE`: moves a torn last statement (a crash while appending) to FILE.torn.
struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: Console.say(Text(en: "Move a torn last statement of a journal (a crash while writing) to FILE.torn.",
                                   id: "Memindahkan perintah terakhir jurnal yang terpotong (program terhenti saat menulis) ke BERKAS.torn.")),
        discussion: Console.say(Text(en: "Every whole statement before the torn one is kept; the torn text is appended to FILE.torn. A last statement that is whole and replays but lacks its line break is kept and the line break added. Exit code 0 when the journal then replays.",
                                     id: "Setiap perintah utuh sebelum yang terpotong tetap disimpan; teks yang terpotong ditambahkan ke BERKAS.torn. Perintah terakhir yang utuh dan dapat dijalankan ulang tetapi tanpa pindah baris tetap disimpan dan pindah barisnya ditambahkan. Kode keluar 0 jika jurnal kemudian dapat dijalankan ulang."))
    )

    @Argument(help: ArgumentHelp(Console.say(Text(en: "The journal to repair.", id: "Jurnal yang diperbaiki."))))
    var file: String

    @OptionGroup var language: LanguageOption

    func run() throws {
        guard FileSystem.exists(file) else {
            Console.err(Console.say(Text(en: "ppid: cannot read \(file): no such file", id: "ppid: tidak dapat membaca \(file): berkas tidak ada")))
            throw ExitCode(66)
        }
        let outcome: JournalTail.RepairOutcome
        do {
            outcome = try JournalTail.repair(path: file)
        } catch {
            Console.err("ppid: " + Console.say(error.text))
            throw ExitCode(74)
        }
        switch outcome {
        case .nothingToRepair:
            Console.out(Console.say(Text(en: "\(file): nothing to repair (it ends with complete statements)",
                                         id: "\(file): tidak ada yang perlu diperbaiki (jurnal diakhiri perintah yang utuh)")))
        case .moved(let torn, let tornPath):
            let n = torn.text.count
            Console.out(Console.say(Text(en: "\(file): moved the torn text from line \(torn.line), column \(torn.column) (\(count: n, "byte"); \(torn.reason)) to \(tornPath)",
                                         id: "\(file): teks yang terpotong dari baris \(torn.line), kolom \(torn.column) (\(n) bita; \(torn.reason)) dipindahkan ke \(tornPath)")))
        case .lineBreakAdded(let line):
            Console.out(Console.say(Text(en: "\(file): the statement ending on line \(line) is whole but had no line break after it; added one (check that it is what was meant)",
                                         id: "\(file): perintah yang berakhir di baris \(line) utuh tetapi tidak diikuti pindah baris; pindah baris ditambahkan (periksa bahwa itu yang dimaksud)")))
        }
        // Say whether what is left replays.
        let source = try ScriptLoading.source(file)
        let rt = Interpreter(workingDirectory: FileSystem.currentDirectory(), output: { _ in })
        rt.language = Console.language
        do {
            try rt.run(source)
            let n = Parser.parse(source).statements.count
            Console.out(Console.say(Text(en: "\(file): replays (\(count: n, "statement"))", id: "\(file): dapat dijalankan ulang (\(n) perintah)")))
        } catch {
            Console.report(error, language: rt.language)
            Console.err(Text(en: "\(file): does not replay; fix the statement above", id: "\(file): tidak dapat dijalankan ulang; perbaiki perintah di atas").text(in: rt.language))
            throw ExitCode(error.exitCode)
        }
    }
}
