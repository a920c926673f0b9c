import PPIDModel
import PPIDRuntime

extension REPLSession {
    /// The opening lines: what was loaded and from where, then the clock and the actor.
    func printBanner() {
        let bold = config.color ? "\u{1B}[1m" : "", reset = config.color ? "\u{1B}[0m" : ""
        var first = "ppid \(config.version) — "
        first += rt.registry.office?.name ?? "no office declared yet"
        if let path = config.journalPath {
            if journalIsNew {
                first += " — journal: \(path) (new)"
            } else {
                first += " — journal: \(Self.grouped(openedStatements)) statement\(openedStatements == 1 ? "" : "s"), "
                    + "replayed in \(Self.milliseconds(openedMilliseconds))"
            }
        } else {
            first += " — scratch session (:save FILE keeps it)"
        }
        out(bold + first + reset)
        out(statusLine() + "   :help for help")
    }

    /// `clock: ... (wall clock)   actor: ... — from login`.
    func statusLine() -> String {
        // Following the wall clock, the clock moves to it before the next entry.
        var shown = rt.registry.clock
        if followWall, let wall = config.wallClock?(), shown.map({ wall > $0 }) ?? true { shown = wall }
        var clock: String
        if let shown {
            clock = "clock: " + shown.display
        } else if let wall = config.wallClock?() {
            clock = "clock: not set — `at now` sets it to the wall clock (\(wall.display)), or `at 2025-03-03T08:00`"
        } else {
            clock = "clock: not set — use `at 2025-03-03T08:00` or `at now`"
        }
        if shown != nil { clock += followWall ? " (wall clock)" : " (manual; `at now` follows the wall clock)" }
        return clock + "   " + actorDescription()
    }

    /// 1284 as "1,284".
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    static func milliseconds(_ ms: Double) -> String {
        if ms < 10 { return "\(Int((ms * 10).rounded()) / 10).\(Int((ms * 10).rounded()) % 10) ms" }
        if ms < 10_000 { return "\(Int(ms.rounded())) ms" }
        return "\(Int((ms / 1000).rounded())) s"
    }

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
        c.variables = rt.variableNames
        c.functions = rt.functionNames
        let base = fileBase
        c.listDirectory = { dir in DirectoryListing.entries(FileSystem.join(base, dir)) }
        return c
    }
}
