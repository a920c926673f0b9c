#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import PPIDSyntax
import PPIDRuntime
import PPIDREPL
import PPIDText

/// `ppid [FILE.ppid]` and `ppid -e STATEMENT`: the prompt, or statements from the command line.
struct PromptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prompt",
        abstract: Console.say(Text(en: "The interactive prompt (the default): ppid, or ppid FILE.ppid for a workspace journal.",
                                   id: "Prompt interaktif (bawaan): ppid, atau ppid BERKAS.ppid untuk jurnal ruang kerja.")),
        discussion: Console.say(Text(en: """
        With FILE.ppid the journal is replayed (it is not opened when it does not replay), then every \
        statement that changes something is appended to it, with `at`/`as` lines. With -e, run the \
        statements given on the command line and exit. When standard input is not a terminal, or with \
        FILE `-`, statements are read from it without a prompt (colon commands such as :help and :save \
        work there too) and the first error ends the run with its exit code. --load files run first in \
        every case; one that is missing ends the run (66). --allow-write DIR lets export and render \
        write there, as in ppid run.
        History: ~/.ppid_history (PPID_HISTORY_SIZE entries, 1000 unless set; 0 keeps none). \
        Long output goes through $PAGER (less -FRX unless set).
        """, id: """
        Dengan BERKAS.ppid, jurnal dijalankan ulang (jurnal tidak dibuka jika tidak dapat dijalankan \
        ulang), lalu setiap perintah yang mengubah sesuatu ditambahkan ke jurnal, dengan baris `at`/`as`. \
        Dengan -e, perintah yang diberikan di baris perintah dijalankan, lalu program selesai. Jika \
        masukan standar bukan terminal, atau dengan BERKAS `-`, perintah dibaca dari masukan standar tanpa \
        prompt (perintah titik dua seperti :help dan :save juga berlaku) dan kesalahan pertama mengakhiri \
        pelaksanaan dengan kode keluarnya. Berkas --load selalu dijalankan lebih dahulu; berkas yang tidak \
        ada mengakhiri pelaksanaan (66). --allow-write FOLDER mengizinkan export dan render menulis ke \
        folder itu, seperti pada ppid run.
        Riwayat: ~/.ppid_history (PPID_HISTORY_SIZE entri, 1000 jika tidak ditetapkan; 0 tidak menyimpan \
        apa pun). Keluaran panjang ditampilkan melalui $PAGER (less -FRX jika tidak ditetapkan).
        """))
    )

    @Option(name: .customShort("e"), help: ArgumentHelp(Console.say(Text(en: "Run these statements and exit (repeatable).",
                                                                          id: "Jalankan perintah ini lalu selesai (dapat diulang)."))))
    var statements: [String] = []

    @Argument(help: ArgumentHelp(Console.say(Text(en: "A workspace journal: replayed, then appended to (- reads statements from standard input).",
                                                  id: "Jurnal ruang kerja: dijalankan ulang, lalu ditambah (- membaca perintah dari masukan standar)."))))
    var journal: String?

    @Flag(name: .customLong("no-init"), help: ArgumentHelp(Console.say(Text(en: "Do not run ~/.ppidrc first.", id: "Jangan menjalankan ~/.ppidrc lebih dahulu."))))
    var noInit = false

    @Flag(name: .customLong("no-snapshot"), help: ArgumentHelp(Console.say(Text(en: "Replay the whole journal: neither read nor write its snapshot (FILE.ppid.snapshot).",
                                                                              id: "Putar ulang seluruh jurnal: jangan membaca atau menulis snapshot-nya (FILE.ppid.snapshot)."))))
    var noSnapshot = false

    @Option(name: .customLong("load"), help: ArgumentHelp(Console.say(Text(en: "Load this script first: before the first prompt (as :load does) or before the -e or piped statements (repeatable).",
                                                                           id: "Muat skrip ini lebih dahulu: sebelum prompt pertama (seperti :load) atau sebelum perintah -e atau perintah dari pipa (dapat diulang)."))))
    var load: [String] = []

    @Option(name: .customLong("allow-write"), help: ArgumentHelp(Console.say(Text(en: "Also allow export and render to write into this folder (repeatable), as in ppid run.",
                                                                                  id: "Izinkan juga export dan render menulis ke folder ini (dapat diulang), seperti pada ppid run."))))
    var allowWrite: [String] = []

    @Option(name: .customLong("as"), help: ArgumentHelp(Console.say(Text(en: "Act as this staff member (or the one person holding this role) at the prompt.",
                                                                         id: "Bertindak sebagai pegawai ini (atau satu-satunya pemegang peran ini) di prompt.")),
                                                        discussion: Console.say(Text(en: "Without it the prompt acts as the staff member whose `login` is your user name, else as nobody until `as NAME`.",
                                                                                     id: "Tanpa opsi ini, prompt bertindak sebagai pegawai yang `login`-nya sama dengan nama pengguna Anda, atau tanpa pelaku sampai `as NAMA`.")),
                                                        valueName: "NAME"))
    var actAs: String?

    @Option(name: .customLong("history-size"), help: ArgumentHelp(Console.say(Text(en: "The most entries kept in ~/.ppid_history (default: PPID_HISTORY_SIZE or 1000).",
                                                                                   id: "Jumlah entri terbanyak yang disimpan di ~/.ppid_history (bawaan: PPID_HISTORY_SIZE atau 1000)."))))
    var historySize: Int?

    @OptionGroup var memory: MemoryOption

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if actAs != nil && (!statements.isEmpty || (journal == nil && !Terminal.isTerminal(0))) {
            throw ValidationError(Console.say(Text(en: "--as sets the actor of the prompt; in a script or with -e, write `as NAME` in it",
                                                   id: "--as menetapkan pelaku di prompt; dalam skrip atau dengan -e, tulis `as NAMA` di dalamnya")))
        }
    }

    func run() throws {
        // Every --load file must be there, whatever runs next.
        for path in load { try ScriptLoading.requireLoad(path) }
        if !statements.isEmpty { return try runCommandLine() }
        let interactive = Terminal.isTerminal(0)
        // `ppid -` reads a script from standard input, as `ppid run -` does.
        if journal == "-" || (!interactive && journal == nil) { return try runStandardInput() }
        let session = REPLSession(config: configuration(interactive: interactive), reader: reader(interactive: interactive))
        let code = session.run()
        // Piped input: end the process with the session still alive (ExitWithoutTeardown).
        // At a terminal the line editor is let go first, which gives the terminal back.
        if !interactive { ExitWithoutTeardown.exit(code, keeping: session) }
        if code != 0 { throw ExitCode(code) }
    }

    /// Runs the --load files, in order, into `rt`.
    func runLoads(_ rt: Interpreter) throws {
        for path in load {
            let file = try ScriptLoading.source(path)
            do { try rt.run(file) } catch {
                Console.report(error, language: rt.language)
                throw ExitCode(error.exitCode)
            }
        }
    }

    /// `-e`: the statements given, after replaying the journal if one is named (read only)
    /// and running the --load files.
    func runCommandLine() throws {
        let rt = interpreter()
        if let j = journal {
            do { try rt.run(try ScriptLoading.source(j)) } catch let e as ScriptFailure { Console.report(e, language: rt.language); throw ExitCode(e.exitCode) }
        }
        try runLoads(rt)
        for (i, s) in statements.enumerated() {
            let file = SourceFile(path: statements.count == 1 ? "<command line>" : "<command line \(i + 1)>", text: s)
            do {
                try rt.run(file)
            } catch {
                Console.report(error, language: rt.language)
                throw ExitCode(error.exitCode)
            }
        }
    }

    /// Not a terminal and no journal, or `ppid -`: standard input is a script run after the
    /// --load files, or, when a line of it is a colon command (`:help`, `:load`, `:save`),
    /// entries read as the prompt reads them.
    func runStandardInput() throws {
        let file = try ScriptLoading.source("-")
        if Self.hasColonCommandLine(file.bytes.array) {
            var config = configuration(interactive: false)
            config.inputName = file.path
            let code = REPLSession(config: config, reader: ScriptedLineReader(Self.lines(file.bytes.array))).run()
            if code != 0 { throw ExitCode(code) }
            return
        }
        let rt = interpreter()
        try runLoads(rt)
        do {
            try rt.run(file)
        } catch {
            Console.report(error, language: rt.language)
            throw ExitCode(error.exitCode)
        }
    }

    /// An interpreter for `-e` and piped scripts, with this command's write permissions.
    func interpreter() -> Interpreter {
        let rt = Session.interpreter()
        rt.allowedWriteDirectories = allowWrite
        if let m = memory.bytes { rt.maxValueBytes = m }
        rt.writeAllowanceHint = .prompt
        return rt
    }

    /// True when a line starts (after blanks) with `:`, as a colon command does.
    static func hasColonCommandLine(_ bytes: [UInt8]) -> Bool {
        var lineStart = true
        for b in bytes {
            if b == 10 { lineStart = true } else if lineStart && b != 32 && b != 9 {
                if b == 58 { return true }
                lineStart = false
            }
        }
        return false
    }

    /// The lines of piped input, as a plain reader gives them (without line breaks or a CR before them).
    static func lines(_ bytes: [UInt8]) -> [String] {
        var parts = bytes.split(separator: 10, omittingEmptySubsequences: false)
        if bytes.last == 10 { parts.removeLast() }
        return parts.map { part in String(decoding: part.last == 13 ? part.dropLast() : part, as: UTF8.self) }
    }

    /// The prompt's settings from the terminal, the environment and the options.
    func configuration(interactive: Bool) -> REPLConfiguration {
        var c = REPLConfiguration()
        c.version = PPIDCommand.configuration.version
        c.workingDirectory = FileSystem.currentDirectory()
        c.journalPath = journal
        c.snapshots = !noSnapshot
        c.language = Console.language
        // A path on the command line is the shell's, relative to this folder; the prompt
        // resolves `load` against the journal's folder.
        let cwd = c.workingDirectory
        let journalFolder = journal.map { FileSystem.directory(of: $0) } ?? "."
        c.startupLoads = load.map { $0.hasPrefix("/") || journalFolder == "." ? $0 : FileSystem.join(cwd, $0) }
        c.allowedWriteDirectories = allowWrite
        c.maxValueBytes = memory.bytes
        c.actor = actAs
        c.userName = Self.userName()
        c.interactive = interactive
        c.color = interactive && Console.colorOnStderr
        let home = Self.environment("HOME").flatMap { $0.isEmpty ? nil : $0 }
        if interactive, let home {
            c.historyPath = FileSystem.join(home, ".ppid_history")
            if !noInit { c.initFile = FileSystem.join(home, ".ppidrc") }
        }
        c.historyLimit = historySize ?? Self.environment("PPID_HISTORY_SIZE").flatMap { Int($0) } ?? 1000
        if interactive && Terminal.isTerminal(1) {
            let pager = Self.environment("PAGER") ?? ""
            c.pager = pager.isEmpty ? "less -FRX" : pager
            c.screenSize = { Terminal.size(1) }
            c.wallClock = { WallClock.localNow() }
        }
        c.monotonicNanoseconds = { WallClock.monotonicNanoseconds() }
        c.writeOut = { _ = FileSystem.writeAll(1, Array($0.utf8)) }
        c.writeErr = { _ = FileSystem.writeAll(2, Array($0.utf8)) }
        return c
    }

    /// libedit on a terminal, plain reads otherwise.
    func reader(interactive: Bool) -> LineReader {
        guard interactive else { return PlainLineReader() }
        Terminal.installInterruptHandler()
        let limit = historySize ?? Self.environment("PPID_HISTORY_SIZE").flatMap { Int($0) } ?? 1000
        return EditLineReader(historyLimit: limit) ?? PlainLineReader()
    }

    /// The operating-system user's name, for matching the staff's `login`: the password
    /// entry of the effective user, else $USER or $LOGNAME.
    static func userName() -> String? {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            let s = String(cString: name)
            if !s.isEmpty { return s }
        }
        for variable in ["USER", "LOGNAME"] {
            if let s = environment(variable), !s.isEmpty { return s }
        }
        return nil
    }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
