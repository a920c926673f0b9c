import PPIDModel
import PPIDRuntime
import PPIDText

extension REPLSession {
    /// The opening lines: what was loaded and from where, then the clock and the actor.
    func printBanner() {
        let bold = config.color ? "\u{1B}[1m" : "", reset = config.color ? "\u{1B}[0m" : ""
        let office = rt.registry.office.map { Text(verbatim: $0.name) }
            ?? Text(en: "no office declared yet", id: "belum ada kantor yang dideklarasikan")
        let source: Text
        if let path = config.journalPath {
            let n = openedStatements, count = Grouped(n), elapsed = Elapsed(openedMilliseconds)
            if journalIsNew {
                source = Text(en: "journal: \(path) (new)", id: "jurnal: \(path) (baru)")
            } else if n == 1 {
                source = Text(en: "journal: 1 statement, replayed in \(elapsed)", id: "jurnal: 1 perintah, diputar ulang dalam \(elapsed)")
            } else {
                source = Text(en: "journal: \(count) statements, replayed in \(elapsed)", id: "jurnal: \(count) perintah, diputar ulang dalam \(elapsed)")
            }
        } else {
            source = Text(en: "scratch session (:save FILE keeps it)", id: "sesi sementara (:save BERKAS menyimpannya)")
        }
        let program = Text(verbatim: "ppid " + config.version)
        out(bold + Text(en: "\(program) — \(office) — \(source)", id: "\(program) — \(office) — \(source)").text(in: rt.language) + reset)
        let status = statusLine()
        out(Text(en: "\(status)   :help for help", id: "\(status)   :help untuk bantuan"))
    }

    /// `clock: ... (wall clock)   actor: ... — from login`.
    func statusLine() -> Text {
        // Following the wall clock, the clock moves to it before the next entry.
        var shown = rt.registry.clock
        if followWall, let wall = config.wallClock?(), shown.map({ wall > $0 }) ?? true { shown = wall }
        let clock: Text
        if let shown {
            let time = shown
            clock = followWall
                ? Text(en: "clock: \(time) (wall clock)", id: "waktu: \(time) (jam dinding)")
                : Text(en: "clock: \(time) (manual; `at now` follows the wall clock)",
                       id: "waktu: \(time) (ditetapkan manual; `at now` mengikuti jam dinding)")
        } else if let wall = config.wallClock?() {
            let time = wall
            clock = Text(en: "clock: not set — `at now` sets it to the wall clock (\(time)), or `at 2025-03-03T08:00`",
                         id: "waktu belum ditetapkan — `at now` menetapkannya ke jam dinding (\(time)), atau `at 2025-03-03T08:00`")
        } else {
            clock = Text(en: "clock: not set — use `at 2025-03-03T08:00` or `at now`",
                         id: "waktu belum ditetapkan — gunakan `at 2025-03-03T08:00` atau `at now`")
        }
        let actor = actorDescription()
        return Text(en: "\(clock)   \(actor)", id: "\(clock)   \(actor)")
    }

    /// 1284 as "1,284".
    static func grouped(_ n: Int) -> String { Grouped(n).text(in: .en) }

    static func milliseconds(_ ms: Double) -> String { Elapsed(ms).text(in: .en) }

    /// The live state completion draws from.
    func completionContext() -> CompletionContext {
        let r = rt.registry
        var c = CompletionContext()
        c.items = r.items.map(\.name)
        c.staff = r.staff.map(\.name)
        c.roles = r.roles.map(\.name)
        c.units = r.units.map(\.name)
        c.sops = r.sops.map(\.name)
        c.runs = r.runs.map(\.name)
        c.actableRuns = r.runs.filter { r.canAct(on: $0.name) }.map(\.name)
        c.activeRuns = r.runs.filter(\.isActive).map(\.name)
        c.requests = r.requests.map(\.name)
        c.openRequests = r.requests.filter(\.isOpen).map(\.name)
        // As `extend` checks them: answered, extended once, or past the due is an error.
        c.extendableRequests = r.requests.filter { q in
            q.isOpen && q.extended == nil && (r.clock.map { $0 <= q.due } ?? true)
        }.map(\.name)
        // As `object`, `answer`, `dispute` and `ruling` check them (the windows aside).
        let objected = Set(r.objections.map(\.request))
        c.objectableRequests = r.requests.filter { q in
            !objected.contains(q.name) && (q.answer != nil || (r.clock.map { $0 > q.due } ?? false))
        }.map(\.name)
        c.objections = r.objections.map(\.name)
        c.openObjections = r.objections.filter(\.isOpen).map(\.name)
        c.disputableObjections = r.objections.filter { o in
            o.dispute == nil && (o.answer != nil || o.isOverdue(at: r.clock))
        }.map(\.name)
        c.rulableObjections = r.objections.filter { $0.dispute != nil && $0.ruling == nil }.map(\.name)
        c.variables = rt.variableNames
        c.functions = rt.functionNames
        let base = fileBase
        c.listDirectory = { dir in DirectoryListing.entries(FileSystem.join(base, dir)) }
        return c
    }
}
