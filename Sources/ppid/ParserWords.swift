import PPIDText

/// The words swift-argument-parser writes around ppid's own help texts and usage errors
/// (`USAGE:`, `OPTIONS:`, `Show help information.`, `Error:`), in the command line's
/// language. ppid's texts are written in both languages where they are declared; these
/// come from the parser, so its output is translated as a whole before it is printed.
enum ParserWords {
    /// Each English phrase of the parser with its Indonesian text, longest first so that a
    /// phrase is replaced before any shorter phrase inside it.
    static let phrases: [Text] = [
        Text(en: "See 'ppid help <subcommand>' for detailed help.", id: "Lihat 'ppid help <subperintah>' untuk bantuan lengkap."),
        Text(en: "Show help information.", id: "Menampilkan bantuan ini."),
        Text(en: "Show the version.", id: "Menampilkan versi."),
        Text(en: "for more information.", id: "untuk keterangan lebih lanjut."),
        Text(en: "Missing expected argument", id: "Argumen yang diperlukan tidak ada:"),
        Text(en: "Missing value for", id: "Nilai tidak ada untuk"),
        Text(en: "Unknown option", id: "Opsi tidak dikenal:"),
        Text(en: "Unexpected argument", id: "Argumen yang tidak diharapkan:"),
        Text(en: "unexpected arguments:", id: "argumen yang tidak diharapkan:"),
        Text(en: "is invalid for", id: "tidak sah untuk"),
        Text(en: "The value", id: "Nilai"),
        Text(en: "Did you mean", id: "Maksud Anda"),
        Text(en: "SUBCOMMANDS:", id: "SUBPERINTAH:"),
        Text(en: "ARGUMENTS:", id: "ARGUMEN:"),
        Text(en: "OVERVIEW:", id: "IKHTISAR:"),
        Text(en: "OPTIONS:", id: "OPSI:"),
        Text(en: "USAGE:", id: "PENGGUNAAN:"),
        Text(en: "Usage:", id: "Penggunaan:"),
        Text(en: "Error:", id: "Kesalahan:"),
        Text(en: "Help:", id: "Bantuan:"),
        Text(en: "(default: ", id: "(bawaan: "),
        Text(en: "(values: ", id: "(nilai: "),
        // The same width, so the column after it stays aligned.
        Text(en: " (default) ", id: " (bawaan)  "),
        Text(en: "  See '", id: "  Lihat '"),
        Text(en: "<subcommand>", id: "<subperintah>"),
    ]

    /// The parser's `message` (help, usage or a usage error) in `language`.
    static func translate(_ message: String, to language: Language) -> String {
        guard language != .en else { return message }
        var out = message
        for p in phrases { out = out.replacing(p.english, with: p.text(in: language)) }
        return out
    }
}
