import PPIDSyntax
import PPIDModel

extension Interpreter {
    /// `value.name`: a field of an entity, a register row or a record.
    func field(_ name: String, of v: Value, at range: SourceRange) throws(RuntimeError) -> Value {
        if let f = try fieldIfAny(name, of: v, at: range) { return f }
        var known: [String] = []
        if let reg = RegisterKind.of(v) { known = reg.fields }
        if case .record(let r) = v { known = r.fields.map(\.0) }
        let hint = Suggest.closest(to: name, in: known).map { " (did you mean '\($0)'?)" } ?? ""
        if known.isEmpty {
            throw RuntimeError(.typeMismatch, "\(v.typeName) has no fields; '.\(name)' needs an item, a run, a staff member or a row", at: range)
        }
        throw RuntimeError(.unknownField, "\(v.typeName) has no field '\(name)'\(hint)", at: range,
                           notes: [.init("its fields are: " + known.joined(separator: ", "))])
    }

    func fieldIfAny(_ name: String, of v: Value, at range: SourceRange) throws(RuntimeError) -> Value? {
        switch v {
        case .entity(let e):
            switch e {
            case .item(let i): return itemField(name, at: i)
            case .run(let i): return runField(name, registry.runs[i])
            case .staff(let i):
                let s = registry.staff[i]
                switch name {
                case "name": return .string(s.name)
                case "full_name", "title": return .string(s.fullName)
                case "roles": return .list(s.roles.map { ref($0) })
                case "unit": return ref(s.unit)
                case "login": return s.login.map { .string($0) } ?? .null
                default: return nil
                }
            case .role(let i):
                let r = registry.roles[i]
                switch name {
                case "name": return .string(r.name)
                case "title": return .string(r.title)
                case "holders": return .list(registry.staff.indices.filter { registry.staff[$0].roles.contains(r.name) }.map { .entity(.staff($0)) })
                default: return nil
                }
            case .unit(let i):
                let u = registry.units[i]
                switch name {
                case "name": return .string(u.name)
                case "title": return .string(u.title)
                default: return nil
                }
            case .sop(let i):
                let s = registry.sops[i]
                switch name {
                case "name": return .string(s.name)
                case "title": return .string(s.title)
                case "number": return s.header.number.map { .string($0) } ?? .null
                case "steps": return .int(s.steps.count)
                default: return nil
                }
            case .request(let i):
                // The `requests` register's fields come with the request statements; until then
                // only the name.
                return name == "name" ? .string(registry.requests[i].name) : nil
            }
        case .row(let r):
            switch r {
            case .step(let i): return stepField(name, registry.steps[i])
            case .log(let i):
                let l = registry.log[i]
                switch name {
                case "seq": return .int(l.seq)
                case "at": return l.clock.map { .dateTime($0) } ?? .null
                case "actor": return ref(l.actor)
                case "action": return .string(l.action)
                case "subject": return ref(l.subject)
                case "detail": return .string(l.detail)
                default: return nil
                }
            case .holiday(let i):
                let h = registry.calendar.entries[i]
                switch name {
                case "date": return .date(h.date)
                case "name": return .string(h.name)
                case "leave": return .bool(h.isLeave)
                default: return nil
                }
            }
        case .record(let r):
            return r[name]
        case .dateTime(let d):
            switch name {
            case "date": return .date(d.date)
            case "time": return .time(d.timeOfDay)
            default: return nil
            }
        case .date(let d):
            switch name {
            case "year": return .int(d.year)
            case "month": return .int(d.month)
            case "day": return .int(d.day)
            case "weekday": return .int(d.weekday)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// A field of item `i`, read in place: copying the whole item for one field costs more
    /// than the field (a `where` over 100k items reads several per row).
    func itemField(_ name: String, at i: Int) -> Value? {
        switch name {
        case "name": return .string(registry.items[i].name)
        case "title": return .string(registry.items[i].title)
        case "summary": return opt(registry.items[i].summary)
        case "holder": return ref(registry.items[i].holder)
        case "responsible": return ref(registry.items[i].responsible)
        case "made": return registry.items[i].made.map { .date($0) } ?? .null
        case "place": return opt(registry.items[i].place)
        case "formats": return .list(registry.items[i].formats.map { .string($0) })
        case "retention":
            switch registry.items[i].retention {
            case .duration(let d)?: return .duration(d)
            case .text(let s)?: return .string(s)
            case nil: return .null
            }
        case "media": return .list(registry.items[i].media.map { .string($0) })
        case "class": return registry.items[i].infoClass.map { .string($0.rawValue) } ?? .null
        case "status": return .string(registry.items[i].status.rawValue)
        case "documented": return .bool(registry.items[i].documented)
        case "basis": return opt(registry.items[i].exemption?.basis)
        case "consequence": return opt(registry.items[i].exemption?.consequence)
        case "public_interest": return opt(registry.items[i].exemption?.publicInterest)
        case "until": return registry.items[i].exemption.map { .date($0.until) } ?? .null
        case "decree": return opt(registry.items[i].exemption?.decree)
        case "expired": return .bool(registry.items[i].isExpired(today: registry.today))
        case "withdrawn_reason": return opt(registry.items[i].withdrawnReason)
        case "history":
            return .list(registry.history(ofItemAt: i).map { h in
                .record(Record([("seq", .int(h.seq)), ("at", h.clock.map { .dateTime($0) } ?? .null),
                                ("actor", ref(h.actor)), ("what", .string(h.what)),
                                ("old", opt(h.old)), ("new", opt(h.new))]))
            })
        default: return nil
        }
    }

    func runField(_ name: String, _ r: Run) -> Value? {
        switch name {
        case "name": return .string(r.name)
        case "sop": return ref(r.sop)
        case "subjects": return .list(r.subjects.map { ref($0) })
        case "step": return r.step.map { .int($0) } ?? .null
        case "status": return .string(r.status.rawValue)
        case "started": return .dateTime(r.started)
        case "due": return r.due.map { .dateTime($0) } ?? .null
        case "overdue": return .bool(r.isOverdue(at: registry.clock))
        case "finished": return r.finished.map { .dateTime($0) } ?? .null
        case "started_by": return ref(r.startedBy)
        default: return nil
        }
    }

    func stepField(_ name: String, _ s: StepRecord) -> Value? {
        switch name {
        case "run": return ref(s.run)
        case "step": return .int(s.step)
        case "activity": return .string(s.activity)
        case "actor": return ref(s.actor)
        case "role": return ref(s.role)
        case "started": return .dateTime(s.started)
        case "done": return .dateTime(s.done)
        case "due": return s.due.map { .dateTime($0) } ?? .null
        case "late": return .bool(s.late)
        case "outcome": return .string(s.outcome.rawValue)
        case "note": return opt(s.note)
        default: return nil
        }
    }

    @inline(__always) func opt(_ s: String?) -> Value { s.map { .string($0) } ?? .null }
}
