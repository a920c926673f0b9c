import PPIDSyntax
import PPIDModel

extension Interpreter {
    /// The rows of a register, as references (nothing is copied).
    func rows(of reg: RegisterKind, at range: SourceRange) throws(RuntimeError) -> [Value] {
        var out: [Value] = []
        try forEachRow(of: reg, at: range) { v throws(RuntimeError) in
            out.append(v)
            return true
        }
        return out
    }

    /// Calls `body` for each row of `reg` until it returns false.
    func forEachRow(of reg: RegisterKind, at range: SourceRange, _ body: (Value) throws(RuntimeError) -> Bool) throws(RuntimeError) {
        let r = registry
        switch reg {
        case .info:
            for i in r.items.indices { if try !body(.entity(.item(i))) { return } }
        case .dip:
            for i in r.items.indices where r.items[i].isInDIP { if try !body(.entity(.item(i))) { return } }
        case .dik:
            for i in r.items.indices where r.items[i].isInDIK { if try !body(.entity(.item(i))) { return } }
        case .runs:
            for i in r.runs.indices { if try !body(.entity(.run(i))) { return } }
        case .steps:
            for i in r.steps.indices { if try !body(.row(.step(i))) { return } }
        case .inbox:
            for e in r.inbox() { if try !body(.record(inboxRecord(e))) { return } }
        case .staff:
            for i in r.staff.indices { if try !body(.entity(.staff(i))) { return } }
        case .roles:
            for i in r.roles.indices { if try !body(.entity(.role(i))) { return } }
        case .units:
            for i in r.units.indices { if try !body(.entity(.unit(i))) { return } }
        case .sops:
            for i in r.sops.indices { if try !body(.entity(.sop(i))) { return } }
        case .holidays:
            for i in r.calendar.entries.indices { if try !body(.row(.holiday(i))) { return } }
        case .log:
            for i in r.log.indices { if try !body(.row(.log(i))) { return } }
        }
    }

    func inboxRecord(_ e: InboxEntry) -> Record {
        let run: Value = entity(named: e.run).map { .entity($0) } ?? .string(e.run)
        return Record([
            ("run", run), ("step", .int(e.step)), ("activity", .string(e.activity)),
            ("role", entity(named: e.role).map { .entity($0) } ?? .string(e.role)),
            ("due", e.due.map { .dateTime($0) } ?? .null), ("overdue", .bool(e.overdue)),
            ("sop", entity(named: e.sop).map { .entity($0) } ?? .string(e.sop)),
            ("started", .dateTime(e.started)), ("decision", .bool(e.isDecision)),
        ])
    }

    /// An entity by name as a value, or the name as text when it no longer exists.
    @inline(__always)
    func ref(_ name: String?) -> Value {
        guard let name else { return .null }
        if let e = entity(named: name) { return .entity(e) }
        return .string(name)
    }
}

extension Registry {
    /// Every declared name, for suggestions.
    var allNames: [String] {
        units.map(\.name) + roles.map(\.name) + staff.map(\.name) + items.map(\.name) + sops.map(\.name) + runs.map(\.name)
            + requests.map(\.name) + periods.map(\.name)
    }
}
