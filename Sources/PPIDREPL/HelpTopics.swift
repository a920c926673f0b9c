import PPIDRuntime
import PPIDText

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

    static var all: [Topic] { statements + requestStatements + objectionStatements + scripting + commands }

    /// Every Indonesian word that finds a topic.
    static var topicWords: [String: String] {
        indonesianWords.merging(requestWords) { first, _ in first }.merging(objectionWords) { first, _ in first }
    }

    /// A topic's title in `language`.
    static func title(of t: Topic, _ language: Language) -> String {
        language == .id ? indonesianTitles[t.name] ?? requestTitles[t.name] ?? objectionTitles[t.name] ?? t.title : t.title
    }

    /// The text `:help argument` prints in `language` (the other language's explanation
    /// follows), its explanations wrapped to `width` columns.
    static func text(for argument: String, width: Int, language: Language = .en) -> String {
        text(for: argument, language: language).split(separator: "\n", omittingEmptySubsequences: false)
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

    /// The text `:help argument` prints. A topic is found by its name, with or without the
    /// colon, or by an Indonesian word for it (`klasifikasi`); an unknown one suggests the
    /// closest names and words.
    static func text(for argument: String, language: Language = .en) -> String {
        let key = argument.trimmingBlanks().lowercased().replacing(" ", with: "_")
        if key.isEmpty { return overview(language) }
        if ["registers", "register", "fields", "daftar", "kolom"].contains(key) { return registers }
        if ["keys", "editing", "tombol", "penyuntingan"].contains(key) { return keys }
        if key == "statements" || key == "pernyataan" {
            return list(statements + requestStatements + objectionStatements + scripting, language)
        }
        if key == "commands" || key == "perintah" { return list(commands, language) }
        let bare = key.hasPrefix(":") ? String(key.dropFirst()) : key
        if let t = topic(named: key) ?? topic(named: bare) ?? topicWords[bare].flatMap(topic(named:)) {
            return render(t, language)
        }
        let registerWord = registerWords[bare] ?? objectionRegisterWords[bare]
        if let r = RegisterSpec.named(key) ?? registerWord.flatMap(RegisterSpec.named) { return register(r, language) }
        if let g = groups.first(where: { $0.key == bare || indonesianGroupWords[bare] == $0.key }) {
            return list(g.names.compactMap(topic(named:)), language)
        }
        let near = suggestions(for: bare)
        let shown = Text(verbatim: near.joined(separator: ", "))
        if near.isEmpty {
            return Text(en: "no help on \"\(argument)\"? (:help lists the topics)",
                        id: "tidak ada bantuan tentang \"\(argument)\" (:help menampilkan daftar topik)").text(in: language)
        }
        return Text(en: "no help on \"\(argument)\"; did you mean: \(shown)? (:help lists the topics)",
                    id: "tidak ada bantuan tentang \"\(argument)\"; maksud Anda: \(shown)? (:help menampilkan daftar topik)").text(in: language)
    }

    /// The topic called `name` (`save` finds `:save`).
    static func topic(named name: String) -> Topic? {
        all.first { $0.name == name } ?? all.first { $0.name == ":" + name }
    }

    /// The topics whose name, or Indonesian word, shares the longest beginning with `word`
    /// (at least two letters): `clasify` → `classify`, `klasifkasi` → `classify (klasifikasi)`.
    static func suggestions(for word: String) -> [String] {
        func shared(_ a: String, _ b: String) -> Int { zip(a, b).prefix { $0.0 == $0.1 }.count }
        var scored: [(shown: String, topic: String, score: Int)] = []
        for t in all {
            let name = t.name.hasPrefix(":") ? String(t.name.dropFirst()) : t.name
            scored.append((t.name, t.name, shared(word, name)))
        }
        for (w, t) in topicWords.sorted(by: { $0.key < $1.key }) {
            scored.append(("\(t) (\(w.replacing("_", with: " ")))", t, shared(word, w)))
        }
        guard let best = scored.map(\.score).max(), best >= 2 else { return [] }
        var seen: Set<String> = [], out: [String] = []
        for s in scored where s.score == best && !seen.contains(s.topic) {
            seen.insert(s.topic)
            out.append(s.shown)
        }
        return out
    }

    static func render(_ t: Topic, _ language: Language = .en) -> String {
        var out = "\(t.name) — \(title(of: t, language))\n"
        for line in t.form.split(separator: "\n") { out += "    \(line)\n" }
        out += Text(en: "example:", id: "contoh:").text(in: language) + "\n"
        for line in t.example.split(separator: "\n", omittingEmptySubsequences: false) { out += "    \(line)\n" }
        if language == .id {
            out += "ID  \(t.indonesian)\n"
            out += "EN  \(t.english)"
        } else {
            out += "EN  \(t.english)\n"
            out += "ID  \(t.indonesian)"
        }
        return out
    }

    static func list(_ topics: [Topic], _ language: Language = .en) -> String {
        let width = (topics.map(\.name.count).max() ?? 0) + 2
        return topics.map { t in
            return t.name + String(repeating: " ", count: width - t.name.count) + title(of: t, language)
        }.joined(separator: "\n")
    }

    /// The groups of the overview: a word to ask for one (`:help calendar`), its title in
    /// both languages, and its topics.
    static var groups: [(key: String, title: Text, names: [String])] {
        [
            ("organisation", Text(en: "organisation", id: "organisasi"), ["office", "unit", "role", "staff", "allow"]),
            ("calendar", Text(en: "calendar and clock", id: "kalender dan waktu"), ["holiday", "leave", "option", "at", "wait", "as"]),
            ("information", Text(en: "information items", id: "item informasi"), ["info", "update", "classify", "withdraw", "import"]),
            ("sops", Text(en: "SOPs and runs", id: "SOP dan pelaksanaan"), ["sop", "step", "start", "complete", "approve", "reject", "cancel"]),
            ("requests", Text(en: "requests for information", id: "permohonan informasi"), requestStatements.map(\.name)),
            // `answer` is also the Atasan PPID's answer to an objection.
            ("objections", Text(en: "objections and disputes", id: "keberatan dan sengketa"), ["object", "answer", "dispute", "ruling"]),
            ("queries", Text(en: "queries and output", id: "kueri dan keluaran"), ["show", "count", "export", "database", "render"]),
            ("scripting", Text(en: "scripting", id: "skrip"), ["let", "if", "for", "fn", "print", "load", "assert", "digest"]),
            ("prompt", Text(en: "the prompt", id: "prompt ppid"), commands.map(\.name)),
        ]
    }

    static func overview(_ language: Language) -> String {
        let english = "Type a statement and press Enter; an unfinished block continues on the next line (...>).\n"
        let indonesian = "Ketik pernyataan lalu Enter; blok yang belum ditutup berlanjut ke baris berikutnya (...>).\n"
        var out = Text(en: "ppid — registers, SOPs and approvals for a PPID office (UU 14/2008).",
                       id: "ppid — register, SOP dan persetujuan untuk kantor PPID (UU 14/2008).").text(in: language) + "\n"
        out += language == .id ? indonesian + english + "\n" : english + indonesian + "\n"
        let titles = groups.map { $0.title.text(in: language) }
        let width = (titles.map(\.count).max() ?? 0) + 2
        for (g, group) in zip(groups, titles) {
            out += "  " + group + String(repeating: " ", count: width - group.count) + g.names.joined(separator: " ") + "\n"
        }
        out += "\n" + Text(en: ":help TOPIC shows a form with an example (English and Indonesian), e.g. :help classify",
                           id: ":help TOPIK menampilkan bentuk perintah dengan contoh (bahasa Indonesia dan Inggris), mis. :help classify atau :help klasifikasi")
            .text(in: language) + "\n"
        out += Text(en: ":help registers lists the registers and their fields; :help keys the editing keys.",
                    id: ":help registers menampilkan register dan kolomnya; :help keys tombol penyuntingan baris.").text(in: language)
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
    static func register(_ r: RegisterSpec, _ language: Language = .en) -> String {
        let width = (r.fields.map(\.name.count).max() ?? 0) + 2
        let name = r.name, help = r.help
        var out = Text(en: "\(name): a register, \(help); its fields:", id: "\(name): register, \(help); kolomnya:").text(in: language) + "\n"
        for f in r.fields { out += "    " + f.name + String(repeating: " ", count: width - f.name.count) + f.help.text(in: language) + "\n" }
        out += Text(en: "example:", id: "contoh:").text(in: language) + "\n    show \(r.name)\n    count(\(r.name))"
        if let names = registerStatements[r.name] {
            let topics = Text(verbatim: names.map { ":help " + $0 }.joined(separator: ", "))
            out += "\n" + Text(en: "the statements: \(topics)", id: "perintahnya: \(topics)").text(in: language)
        }
        return out
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
