#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import PPIDText

/// How the command line picks its language (docs/language.md, "Language"): `--lang id|en`
/// among the arguments, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
/// A script's `option language` then changes the language of its own messages.
enum LanguageChoice {
    /// The language `arguments` (without the program name) and `environment` ask for. The
    /// last `--lang` wins, as it does for the argument parser; the value of `-e` is a
    /// statement, not an option, and `--` ends the options.
    static func from(arguments: [String], environment: [String: String]) -> Language {
        scan(arguments).language ?? Language.fromLocale(environment)
    }

    /// `arguments` without the `--lang` options that name a language: the subcommands then
    /// need not know the option wherever it stands (`ppid --lang id run FILE`). A wrong value
    /// is left for the argument parser to report as a usage error.
    static func withoutLanguage(_ arguments: [String]) -> [String] {
        scan(arguments).rest
    }

    private static func scan(_ arguments: [String]) -> (language: Language?, rest: [String]) {
        var chosen: Language?
        var rest: [String] = []
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" {
                rest += arguments[i...]
                break
            }
            if a == "-e", i + 1 < arguments.count {
                rest += [a, arguments[i + 1]]
                i += 2
                continue
            }
            if a == "--lang", i + 1 < arguments.count, let l = Language(word: arguments[i + 1]) {
                chosen = l
                i += 2
                continue
            }
            if a.hasPrefix("--lang="), let l = Language(word: String(a.dropFirst("--lang=".count))) {
                chosen = l
                i += 1
                continue
            }
            rest.append(a)
            i += 1
        }
        return (chosen, rest)
    }

    /// The process's locale variables (the only ones `Language.fromLocale` reads).
    static func localeEnvironment() -> [String: String] {
        var env: [String: String] = [:]
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = getenv(key) { env[key] = String(cString: v) }
        }
        return env
    }
}

extension Language: ExpressibleByArgument {
    public init?(argument: String) { self.init(word: argument) }
    /// The help lists the values itself.
    public static var allValueStrings: [String] { [] }
}

/// `--max-memory MIB`: the budget of texts and lists (docs/language.md §16).
struct MemoryOption: ParsableArguments {
    @Option(name: .customLong("max-memory"),
            help: ArgumentHelp(Console.say(Text(en: "The most memory texts and lists may take, in MiB (default 768); a statement that would take more fails (E313) and changes nothing.",
                                                id: "Memori terbanyak yang boleh dipakai teks dan daftar, dalam MiB (bawaan 768); perintah yang memerlukan lebih gagal (E313) dan tidak mengubah apa pun.")),
                               valueName: "MIB"))
    var maxMemory: Int?

    /// The budget in bytes, nil for the default.
    var bytes: Int? { maxMemory.map { max(1, min($0, 1 << 40)) << 20 } }
}

/// `--lang id|en` in every subcommand's help. A valid one has been read and taken out of the
/// arguments already (the help texts are written in it); a wrong value reaches the parser
/// here and is a usage error.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"),
            help: ArgumentHelp(Console.say(Text(en: "The language of messages and help, id (Bahasa Indonesia) or en (English); without it, the locale's (LC_ALL, LC_MESSAGES, LANG).",
                                                id: "Bahasa pesan dan bantuan, id (Bahasa Indonesia) atau en (bahasa Inggris); tanpa opsi ini, bahasa lokal sistem (LC_ALL, LC_MESSAGES, LANG).")),
                               valueName: "id|en"))
    var lang: Language?
}
