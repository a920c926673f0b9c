import PPIDRuntime

/// `:help [topic]`: every statement with its form and an example, explained in English
/// and in Indonesian, plus the colon commands, registers and line-editing keys.
enum HelpTopics {
    /// One topic of `:help`.
    struct Topic {
        let name: String
        /// What it is, in a few words.
        let title: String
        /// The form(s), one per line.
        let form: String
        let example: String
        let english: String
        let indonesian: String
    }

    /// Topic names, for completion after `:help`.
    static var names: [String] { all.map(\.name) + ["registers", "keys", "statements", "commands"] }

    static var all: [Topic] { statements + scripting + commands }

    /// The text `:help argument` prints, its explanations wrapped to `width` columns.
    static func text(for argument: String, width: Int) -> String {
        text(for: argument).split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrap(String($0), width: max(40, min(width, 100))) }.joined(separator: "\n")
    }

    /// One line wrapped at spaces to `width`, continuation lines indented like its text.
    static func wrap(_ line: String, width: Int) -> String {
        guard line.count > width else { return line }
        // "EN  text" and "ID  text" hang under their text; other lines under their indentation.
        let indent = line.prefix { $0 == " " }
        let hang = (line.hasPrefix("EN  ") || line.hasPrefix("ID  ")) ? 4 : indent.count
        var out: [String] = []
        var current = String(indent)
        var hasWord = false
        for word in line.dropFirst(indent.count).split(separator: " ") {
            if hasWord && current.count + 1 + word.count > width {
                out.append(current)
                current = String(repeating: " ", count: hang) + word
            } else {
                current += (hasWord ? " " : "") + word
            }
            hasWord = true
        }
        out.append(current)
        return out.joined(separator: "\n")
    }

    /// The text `:help argument` prints.
    static func text(for argument: String) -> String {
        let key = argument.trimmingBlanks().lowercased()
        if key.isEmpty { return overview }
        if key == "registers" || key == "register" || key == "fields" { return registers }
        if key == "keys" || key == "editing" { return keys }
        if key == "statements" { return list(statements + scripting) }
        if key == "commands" { return list(commands) }
        let bare = key.hasPrefix(":") ? String(key.dropFirst()) : key
        if let t = all.first(where: { $0.name == key }) ?? all.first(where: { $0.name == bare || $0.name == ":" + bare }) {
            return render(t)
        }
        if let r = RegisterSpec.named(key) { return register(r) }
        let near = all.map(\.name).filter { $0.hasPrefix(String(bare.prefix(2))) }
        return "no help on \"\(argument)\"" + (near.isEmpty ? "" : "; did you mean: " + near.joined(separator: ", ")) + "? (:help lists the topics)"
    }

    static func render(_ t: Topic) -> String {
        var out = "\(t.name) — \(t.title)\n"
        for line in t.form.split(separator: "\n") { out += "    \(line)\n" }
        out += "example:\n"
        for line in t.example.split(separator: "\n", omittingEmptySubsequences: false) { out += "    \(line)\n" }
        out += "EN  \(t.english)\n"
        out += "ID  \(t.indonesian)"
        return out
    }

    static func list(_ topics: [Topic]) -> String {
        let width = (topics.map(\.name.count).max() ?? 0) + 2
        return topics.map { $0.name + String(repeating: " ", count: width - $0.name.count) + $0.title }.joined(separator: "\n")
    }

    static var overview: String {
        let groups: [(String, [String])] = [
            ("organisation", ["office", "unit", "role", "staff", "allow"]),
            ("calendar and clock", ["holiday", "leave", "option", "at", "wait", "as"]),
            ("information items", ["info", "update", "classify", "withdraw"]),
            ("SOPs and runs", ["sop", "step", "start", "complete", "approve", "reject", "cancel"]),
            ("queries and output", ["show", "count", "export", "render"]),
            ("scripting", ["let", "if", "for", "fn", "print", "load", "assert", "digest"]),
            ("the prompt", commands.map(\.name)),
        ]
        var out = "ppid — registers, SOPs and approvals for a PPID office (UU 14/2008).\n"
        out += "Type a statement and press Enter; an unfinished block continues on the next line (...>).\n"
        out += "Ketik pernyataan lalu Enter; blok yang belum ditutup berlanjut ke baris berikutnya (...>).\n\n"
        for (group, names) in groups {
            out += "  " + group + String(repeating: " ", count: max(1, 20 - group.count)) + names.joined(separator: " ") + "\n"
        }
        out += "\n:help TOPIC shows a form with an example (English and Indonesian), e.g. :help classify\n"
        out += ":help registers lists the registers and their fields; :help keys the editing keys."
        return out
    }

    static var registers: String {
        var out = "Registers (show REGISTER [where CONDITION] [order by FIELD [desc]] [limit N] [as FORMAT]):\n"
        out += "Daftar yang dapat ditampilkan dan disaring:\n"
        for r in RegisterSpec.all {
            out += "  " + r.name + String(repeating: " ", count: 10 - r.name.count) + r.fieldNames.joined(separator: " ") + "\n"
        }
        out += "Formats / format: " + Vocabulary.formats.joined(separator: " ")
        return out
    }

    /// `:help REGISTER`: what it holds and each field with its help text.
    static func register(_ r: RegisterSpec) -> String {
        let width = (r.fields.map(\.name.count).max() ?? 0) + 2
        var out = "\(r.name): a register, \(r.help); its fields:\n"
        for f in r.fields { out += "    " + f.name + String(repeating: " ", count: width - f.name.count) + f.help + "\n" }
        return out + "example:\n    show \(r.name)\n    count(\(r.name))"
    }

    static let keys = """
    Line editing (emacs keys) / penyuntingan baris:
      Tab             complete a keyword, name, field or file name / lengkapi kata
      Up, Down        earlier and later entries (a multi-line statement is one entry) / riwayat
      Ctrl-R          search the history / cari riwayat
      Ctrl-A, Ctrl-E  start and end of the line / awal dan akhir baris
      Ctrl-U, Ctrl-K  delete to the start / to the end of the line / hapus
      Ctrl-C          drop what is typed, or stop a running statement (it changes nothing)
                      batalkan ketikan, atau hentikan pernyataan yang berjalan (tidak ada yang berubah)
      Ctrl-D          leave (on an empty line) / keluar
    History is kept in ~/.ppid_history (PPID_HISTORY_SIZE entries, 1000 unless set).
    """
}
