#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import PPIDText
import PPIDRuntime

/// `ppid`: the language and the prompt for PPID offices.
@main
struct PPIDCommand: ParsableCommand {
    /// `-e` statements start without the argument parser (see FastPath); the rest as usual.
    static func main() {
        // Past the file-size limit (`ulimit -f`) a write must fail with EFBIG, reported as an
        // I/O failure with the statement taken back, rather than the signal killing the process
        // in the middle of an append.
        signal(SIGXFSZ, SIG_IGN)
        let arguments = LanguageChoice.withoutLanguage(Array(CommandLine.arguments.dropFirst()))
        if let code = FastPath.run(arguments) { Glibc.exit(code) }
        // As ParsableCommand.main does, but with the parser's own words (USAGE:, Error:) in
        // the command line's language.
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = ParserWords.translate(fullMessage(for: error), to: Console.language)
            if !message.isEmpty {
                if code == .success { Console.out(message) } else { Console.err(message) }
            }
            Glibc.exit(code.rawValue)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "ppid",
        abstract: Console.say(Text(en: "Registers, SOPs and approvals for PPID offices (UU 14/2008), as a small language with a prompt.",
                                   id: "Register, SOP, dan persetujuan untuk PPID (UU 14/2008), sebagai bahasa kecil dengan prompt.")),
        discussion: Console.say(Text(en: """
        Exit codes: 0 ok; 1 an assert failed; 64 usage; 65 syntax or name error;
        66 input not found; 70 runtime error; 74 I/O error.
        Language: --lang id|en, else the locale (LC_ALL, LC_MESSAGES, LANG; e.g. LANG=id_ID.UTF-8).
        """, id: """
        Kode keluar: 0 berhasil; 1 sebuah assert gagal; 64 cara pemakaian salah; 65 kesalahan sintaks \
        atau nama; 66 masukan tidak ditemukan; 70 kesalahan saat berjalan; 74 kesalahan I/O.
        Bahasa: --lang id|en, atau lokal sistem (LC_ALL, LC_MESSAGES, LANG; misalnya LANG=id_ID.UTF-8).
        """)),
        version: PPIDVersion.current,
        subcommands: [RunCommand.self, CheckCommand.self, VerifyCommand.self, RepairCommand.self, TrainCommand.self, PromptCommand.self],
        defaultSubcommand: PromptCommand.self
    )
}
