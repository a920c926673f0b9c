import PPIDSyntax
import PPIDRender
import PPIDRuntime
import PPIDText

extension REPLSession {
    /// Runs a colon command (`:help`, `:load`, `:save`, ...).
    func runColonCommand(_ name: String, _ argument: String) {
        if let delegate, delegate.session(self, runColonCommand: name, argument) { return }
        switch name {
        case "help", "h", "?": out(HelpTopics.text(for: argument, width: config.screenSize()?.columns ?? 100, language: rt.language))
        case "load": loadFile(argument)
        case "save": save(to: argument)
        case "mode": mode(argument)
        case "undo": undo()
        case "history": showHistory(argument)
        case "checkpoint": checkpoint()
        case "status": out(statusLine())
        case "quit", "q", "exit": quitRequested = true
        default:
            if let near = Completer.colonCommands.first(where: { $0.hasPrefix(String(name.prefix(2))) }) {
                err(Text(en: "unknown command :\(name) (did you mean :\(near)?); :help lists the commands",
                         id: "perintah :\(name) tidak dikenal (maksud Anda :\(near)?); :help menampilkan daftar perintah"))
            } else {
                err(Text(en: "unknown command :\(name); :help lists the commands",
                         id: "perintah :\(name) tidak dikenal; :help menampilkan daftar perintah"))
            }
        }
    }

    /// The folder relative file names of colon commands resolve against: the journal's, like `load`.
    var fileBase: String {
        if let journal = config.journalPath { return FileSystem.directory(of: journal) }
        return config.workingDirectory
    }

    /// `:load FILE`: the same as typing `load "FILE"` (and recorded as that).
    func loadFile(_ argument: String) {
        let path = Self.unquoted(argument)
        guard !path.isEmpty else {
            err(Text(en: "usage: :load FILE — runs a script in this session, e.g. :load \"../calendar/id-2025.ppid\"",
                     id: "cara pakai: :load BERKAS — menjalankan skrip di sesi ini, mis. :load \"../calendar/id-2025.ppid\""))
            return
        }
        runStatements("load \(Lexer.quote(path))\n")
    }

    /// `:save FILE`: the session so far as a script (for a workspace: the whole journal),
    /// ending with the `at`/`as` lines that bring a replay to the clock and actor of now.
    func save(to argument: String) {
        let path = Self.unquoted(argument)
        guard !path.isEmpty else {
            err(Text(en: "usage: :save FILE — writes this session as a script that `ppid run FILE` replays",
                     id: "cara pakai: :save BERKAS — menulis sesi ini sebagai skrip yang diputar ulang oleh `ppid run BERKAS`"))
            return
        }
        let full = FileSystem.join(fileBase, path)
        if let journal = config.journalPath, FileSystem.realPath(full) == FileSystem.realPath(journal) {
            err(Text(en: "\(path) is this session's journal, which is saved after every statement already",
                     id: "\(path) adalah jurnal sesi ini, yang sudah disimpan setelah setiap perintah"))
            return
        }
        var bytes: [UInt8]
        do {
            guard try lockRecord() else { return }
            defer { log.unlock() }
            guard mergeOtherSessions() else { return }
            bytes = try log.read(from: 0)
        } catch {
            errProgram(error.text)
            return
        }
        bytes.append(contentsOf: prefixLines(clock: rt.registry.clock, actor: rt.registry.actor).utf8)
        do {
            try FileSystem.writeAtomically(full, bytes)
        } catch {
            errProgram(error.text)
            return
        }
        let count = Parser.parse(SourceFile(path: path, bytes: bytes)).statements.count
        out(Text(en: "saved \(count: count, "statement") to \(path) (`ppid run \(path)` rebuilds this session)",
                 id: "\(count) perintah disimpan ke \(path) (`ppid run \(path)` membangun ulang sesi ini)"))
    }

    /// `:checkpoint`: records `assert digest() == "..."` with the registers' digest now, so a
    /// replay checks that it reached the same state.
    func checkpoint() {
        do {
            guard try lockRecord() else { return }
        } catch {
            errProgram(error.text)
            return
        }
        defer { log.unlock() }
        guard mergeOtherSessions() else { return }
        let digest = recordDigest()
        appendUnits(["assert digest() == \"\(digest)\""], prefix: prefixLines(clock: rt.registry.clock, actor: rt.registry.actor))
        out(Text(en: "checkpoint: assert digest() == \"\(digest)\"", id: "titik periksa: assert digest() == \"\(digest)\""))
    }

    /// `:mode [FORMAT]`, `:mode pager on|off`.
    func mode(_ argument: String) {
        let words = argument.split(separator: " ").map(String.init)
        if words.isEmpty {
            let (format, pager) = (rt.defaultFormat.rawValue, pagerOn ? "on" : "off")
            let formats = OutputFormat.allCases.filter(\.isText).map(\.rawValue).joined(separator: ", ")
            out(Text(en: "output: \(format); pager: \(pager) — :mode FORMAT (\(formats)), :mode pager on|off",
                     id: "keluaran: \(format); pager: \(pager) — :mode FORMAT (\(formats)), :mode pager on|off"))
            return
        }
        if words[0] == "pager" {
            guard words.count == 2, words[1] == "on" || words[1] == "off" else {
                err(Text(en: "usage: :mode pager on | :mode pager off", id: "cara pakai: :mode pager on | :mode pager off"))
                return
            }
            pagerOn = words[1] == "on"
            out(pagerOn
                ? Text(en: "pager: on (output longer than the screen goes through the pager)",
                       id: "pager: on (keluaran yang lebih panjang dari layar ditampilkan melalui pager)")
                : Text(en: "pager: off (all output is printed directly)",
                       id: "pager: off (semua keluaran langsung dicetak)"))
            return
        }
        guard words.count == 1, let format = OutputFormat(rawValue: words[0]), format.isText else {
            let formats = OutputFormat.allCases.filter(\.isText).map(\.rawValue).joined(separator: ", ")
            err(Text(en: "unknown output format \(argument); one of: \(formats)",
                     id: "format keluaran \(argument) tidak dikenal; pilih salah satu: \(formats)"))
            return
        }
        rt.defaultFormat = format
        let name = format.rawValue
        out(Text(en: "output: \(name)", id: "keluaran: \(name)"))
    }

    /// `:history [N]`: the last N entries (20 unless said), numbered.
    func showHistory(_ argument: String) {
        let count = Int(argument) ?? 20
        guard count > 0 else { return }
        let shown = historyEntries.suffix(count)
        let first = historyEntries.count - shown.count + 1
        for (i, entry) in shown.enumerated() {
            let number = String(first + i)
            let pad = String(repeating: " ", count: max(0, 5 - number.count))
            out(pad + number + "  " + entry.replacing("\n", with: "\n       "))
        }
    }

    /// Runs the init file (`~/.ppidrc`) as if typed; errors are reported and the session goes on.
    func runInitFile(_ path: String) {
        guard let bytes = FileSystem.read(path) else { return }
        var lines: [String] = []
        var firstLine = 1
        for (number, line) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if lines.isEmpty { firstLine = number + 1 }
            lines.append(String(line))
            let text = lines.map { $0 + "\n" }.joined()
            switch InputClassifier.classify(text) {
            case .needsMore: continue
            case .empty: break
            case .colonCommand(let name, let argument): runColonCommand(name, argument)
            case .complete: runStatements(text, path: path, firstLine: firstLine)
            }
            lines = []
        }
        if !lines.isEmpty {
            err(Text(en: "\(path):\(firstLine): the last statement is not finished; it was not run",
                     id: "\(path):\(firstLine): perintah terakhir belum selesai; perintah itu tidak dijalankan"))
        }
    }

    /// A file name typed with or without quotes.
    static func unquoted(_ s: String) -> String {
        var t = s.trimmingBlanks()
        if t.count >= 2, t.hasPrefix("\""), t.hasSuffix("\"") { t = String(t.dropFirst().dropLast()) }
        return t
    }
}
