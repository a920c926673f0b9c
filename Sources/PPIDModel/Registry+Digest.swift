/// `digest()`: the SHA-256 of a canonical, versioned serialisation of every register.
///
/// Everything is written in declaration (array) order; dictionaries are never iterated
/// (`allowRules` is written in `Permission.allCases` order, the calendar's entries are sorted).
/// Change `version` whenever the layout changes, so old checkpoints fail loudly rather than
/// match by accident.
extension Registry {
    /// The serialisation's version tag.
    public static let digestVersion = "ppid-registry-v1"

    /// Lowercase hex SHA-256 of every register (64 characters). The same state always gives the
    /// same digest; any change to a register gives a different one.
    public func digest() -> String {
        var w = DigestWriter()
        w.str(Registry.digestVersion)

        w.section("office")
        if let o = office {
            w.tag(1)
            w.str(o.name)
            w.int(o.fields.count)
            for f in o.fields { w.str(f.key); w.str(f.value) }
        } else {
            w.tag(0)
        }

        w.section("units")
        w.int(units.count)
        for u in units { w.str(u.name); w.str(u.title) }

        w.section("roles")
        w.int(roles.count)
        for r in roles { w.str(r.name); w.str(r.title) }

        w.section("staff")
        w.int(staff.count)
        for s in staff { w.str(s.name); w.str(s.fullName); w.strs(s.roles); w.str(s.unit) }
        // Logins came later: written only when some staff member has one, so the digests of
        // registers without logins stay what they were (the section name cannot be "items").
        if staff.contains(where: { $0.login != nil }) {
            w.section("logins")
            for s in staff { w.str(s.login) }
        }

        w.section("items")
        w.int(items.count)
        var chain: [UInt32] = []
        for item in items { write(item, to: &w, chain: &chain) }

        w.section("sops")
        w.int(sops.count)
        for (i, sop) in sops.enumerated() {
            write(sop, to: &w)
            w.int(sopRunCounts[i])
        }

        w.section("runs")
        w.int(runs.count)
        for run in runs { write(run, to: &w) }

        w.section("steps")
        w.int(steps.count)
        for s in steps {
            w.str(s.run); w.int(s.step); w.str(s.activity); w.str(s.actor); w.str(s.role)
            w.time(s.started); w.time(s.done); w.time(s.due); w.bool(s.late)
            w.str(s.outcome.rawValue); w.str(s.note)
        }

        w.section("log")
        w.int(log.count)
        for e in log {
            w.int(e.seq); w.time(e.clock); w.str(e.actor); w.str(e.action); w.str(e.subject); w.str(e.detail)
        }

        w.section("calendar")
        let entries = calendar.entries
        w.int(entries.count)
        for e in entries { w.date(e.date); w.str(e.name); w.bool(e.isLeave) }
        w.int(calendar.workStart.minutes)
        w.int(calendar.workEnd.minutes)
        w.bool(calendar.leaveIsWorkday)
        // Written only when set, so that a script without the option keeps its digest; the
        // next bytes are otherwise the "clock" section marker, so this cannot be confused.
        if calendar.unknownYears != .error {
            w.section("unknown_years")
            w.str(calendar.unknownYears.rawValue)
        }

        w.section("clock")
        w.time(clock)
        w.section("actor")
        w.str(actor)

        w.section("allow")
        for p in Permission.allCases {
            // The request permissions came later: written only when restricted, so registers
            // without such a rule keep their digests (a written one starts with its name).
            if Registry.laterPermissions.contains(p), allowRules[p] == nil { continue }
            w.str(p.rawValue)
            if let roles = allowRules[p] { w.tag(1); w.strs(roles) } else { w.tag(0) }
        }

        // Requests came later too: written only when there is something to write, so older
        // registers keep their digests. Nothing follows, so the section cannot be confused.
        if !requests.isEmpty || !periods.isEmpty || !requestSequences.isEmpty
            || requestNumberPattern != .standard {
            writeRequests(to: &w)
        }
        // Objections came after requests: the same rule keeps older digests.
        if !objections.isEmpty || !objectionSequences.isEmpty {
            w.section("objection_numbers")
            let years = objectionSequences.keys.sorted()
            w.int(years.count)
            for y in years { w.int(y); w.int(objectionSequences[y]) }
            w.section("objections")
            w.int(objections.count)
            for o in objections { write(o, to: &w) }
        }
        return w.finish()
    }

    /// The permissions added with requests (see the `allow` section).
    static let laterPermissions: Set<Permission> = [.answer, .extend]

    private func writeRequests(to w: inout DigestWriter) {
        w.section("request_number")
        w.str(requestNumberPattern.text)
        let years = requestSequences.keys.sorted()
        w.int(years.count)
        for y in years { w.int(y); w.int(requestSequences[y]) }

        w.section("periods")
        w.int(periods.count)
        for p in periods {
            w.str(p.name); w.date(p.from); w.date(p.to); w.str(p.title)
            w.figures(p.figures)
        }

        w.section("requests")
        w.int(requests.count)
        for q in requests { write(q, to: &w) }
    }

    /// `chain` is scratch space for the item's history entries, reused from item to item.
    private func write(_ item: InfoItem, to w: inout DigestWriter, chain: inout [UInt32]) {
        w.str(item.name); w.str(item.title); w.str(item.summary); w.str(item.holder)
        w.str(item.responsible); w.date(item.made); w.str(item.place); w.strs(item.formats)
        switch item.retention {
        case nil: w.tag(0)
        case .duration(let d)?: w.tag(1); w.duration(d)
        case .text(let t)?: w.tag(2); w.str(t)
        }
        w.strs(item.media)
        w.str(item.infoClass?.rawValue)
        w.str(item.status.rawValue)
        w.bool(item.documented)
        if let e = item.exemption {
            w.tag(1)
            w.str(e.basis); w.str(e.consequence); w.str(e.publicInterest)
            // A dated period is written as it always was, so its digest stays; a period with
            // no date writes a day number no date has, then its condition.
            if let u = e.until { w.date(u) } else { w.int(Int.min); w.str(e.condition) }
            w.duration(e.period)
            // The consequence test came later: its presence turns the decree's tag into 2, so
            // exemptions without one keep their digests.
            if let t = e.test {
                w.tag(2); w.str(e.decree)
                w.str(t.scope); w.str(t.law); w.str(t.balance); w.str(t.conclusion); w.date(t.decided); w.str(t.signedBy)
            } else {
                w.str(e.decree)
            }
        } else if !item.withheld.isEmpty {
            // Only a public item has withheld parts, and only an exempt one an exemption.
            w.tag(2)
            w.strs(item.withheld.map(\.part)); w.strs(item.withheld.map(\.basis))
        } else {
            w.tag(0)
        }
        w.str(item.withdrawnReason)
        // The history, oldest first: the declaration, then the stored entries.
        collectChain(from: item.lastChange, into: &chain)
        w.int(chain.count + 1)
        write(declaredChange(item), to: &w)
        for e in chain.reversed() { write(change(historyStore.entries[Int(e)]), to: &w) }
    }

    private func write(_ h: ItemChange, to w: inout DigestWriter) {
        w.int(h.seq); w.time(h.clock); w.str(h.actor); w.str(h.what); w.str(h.old); w.str(h.new)
    }

    private func write(_ sop: Sop, to w: inout DigestWriter) {
        w.str(sop.name); w.str(sop.title)
        let h = sop.header
        w.str(h.number); w.date(h.made); w.date(h.revised); w.date(h.enacted); w.date(h.effective)
        w.str(h.enactedBy); w.strs(h.basis); w.strs(h.qualification); w.strs(h.related)
        w.strs(h.equipment); w.strs(h.warning); w.strs(h.records); w.int(h.staffCount)
        w.str(h.signer); w.str(h.unitName); w.str(h.flowTitle)
        w.int(sop.steps.count)
        for s in sop.steps {
            w.int(s.number); w.str(s.activity); w.strs(s.by); w.strs(s.to); w.strs(s.needs)
            w.duration(s.takes); w.strs(s.yields)
            if let d = s.decide {
                w.tag(1); write(d.yes, to: &w); write(d.no, to: &w)
            } else {
                w.tag(0)
            }
            w.int(s.separateFrom.count)
            for n in s.separateFrom { w.int(n) }
            w.strs(s.marks.map(\.rawValue))
            w.str(s.note)
        }
    }

    private func write(_ t: StepTarget, to w: inout DigestWriter) {
        switch t {
        case .step(let n): w.tag(1); w.int(n)
        case .end: w.tag(0)
        }
    }

    private func write(_ run: Run, to w: inout DigestWriter) {
        w.str(run.name); w.str(run.sop); w.strs(run.subjects); w.int(run.step)
        w.str(run.status.rawValue); w.time(run.started); w.str(run.startedBy)
        w.time(run.stepStarted); w.time(run.due); w.time(run.finished); w.str(run.cancelReason)
        w.int(run.stepActors.count)
        for a in run.stepActors { w.str(a) }
    }
}
