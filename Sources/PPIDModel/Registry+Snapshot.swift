/// The registers as a snapshot (journal snapshots, docs/language.md §17): written from what
/// the registers show (their public fields, the log's rows) and read back through the same
/// operations that build them (appending log rows, adding names), so the snapshot does not
/// depend on how they are stored; except the items' history, written as it is stored (a
/// table of entries each pointing at the one before), so that it can be read on another
/// thread while the items are (the format's version changes with that storage).
///
/// Indices the registers keep for speed (a run's SOP and subjects, a request's items, an
/// objection's request) are not written: they are looked up again by name when read, which
/// also checks them. `digest()` of what is read equals the digest of what was written.
extension Registry {
    /// Bumped whenever what is written changes.
    public static let snapshotVersion = 4

    public func writeSnapshot(to w: inout SnapshotWriter) {
        w.int(Registry.snapshotVersion)
        if let o = office {
            w.byte(1); w.str(o.name); w.int(o.fields.count)
            for f in o.fields { w.str(f.key); w.str(f.value) }
        } else {
            w.byte(0)
        }
        w.int(units.count)
        for u in units { w.str(u.name); w.str(u.title) }
        w.int(roles.count)
        for r in roles { w.str(r.name); w.str(r.title) }
        w.int(staff.count)
        for s in staff { w.str(s.name); w.str(s.fullName); w.strs(s.roles); w.str(s.unit); w.str(s.login) }

        // The log first: items' histories point into it. Its actions by their names, once,
        // then by number; a row's stamp, subject or detail that repeats the row before's is
        // a flag (they mostly do), which keeps the snapshot small and quick to read.
        let actions = LogAction.allCases.map(\.rawValue)
        w.strs(actions)
        // The rows in a field of their own, after their count: a reader decodes them on
        // another thread while it reads the items (which only need to know how many there are).
        w.int(log.count)
        var rows = SnapshotWriter()
        writeLogRows(actions, to: &rows)
        w.raw(rows.bytes)

        // The words items use, once; each item then names them by position (a varint, not a
        // text to match: a quarter of reading the items).
        let words = ItemWords()
        words.write(to: &w)
        // Every item's history in one field after its count, as it is stored (each entry points
        // at the entry before it of the same item): a reader decodes it on another thread with
        // the log while it reads the items, which only point at their newest entry.
        w.int(historyStore.entries.count)
        var changes = SnapshotWriter()
        historyStore.write(to: &changes, words: words)
        w.raw(changes.bytes)

        w.int(items.count)
        var previousItem: InfoItem?
        for item in items {
            write(item, after: previousItem, words: words, to: &w)
            previousItem = item
        }

        w.int(sops.count)
        for (i, sop) in sops.enumerated() { write(sop, to: &w); w.int(sopRunCounts[i]) }

        w.int(runs.count)
        for r in runs {
            w.str(r.name); w.str(r.sop); w.strs(r.subjects); w.int(r.step); w.str(r.status.rawValue)
            w.time(r.started); w.str(r.startedBy); w.time(r.stepStarted); w.time(r.due); w.time(r.finished)
            w.str(r.cancelReason); w.int(r.stepActors.count)
            for a in r.stepActors { w.str(a) }
        }
        w.int(steps.count)
        for s in steps {
            w.str(s.run); w.int(s.step); w.str(s.activity); w.str(s.actor); w.str(s.role)
            w.time(s.started); w.time(s.done); w.time(s.due); w.bool(s.late); w.str(s.outcome.rawValue); w.str(s.note)
        }

        let entries = calendar.entries
        w.int(entries.count)
        for e in entries { w.date(e.date); w.str(e.name); w.bool(e.isLeave) }
        w.int(calendar.workStart.minutes); w.int(calendar.workEnd.minutes)
        w.bool(calendar.leaveIsWorkday); w.str(calendar.unknownYears.rawValue)

        w.time(clock)
        w.str(actor)
        let rules = Permission.allCases.filter { allowRules[$0] != nil }
        w.int(rules.count)
        for p in rules { w.str(p.rawValue); w.strs(allowRules[p] ?? []) }

        w.str(requestNumberPattern.text)
        writeSequences(requestSequences, to: &w)
        w.int(periods.count)
        for p in periods { w.str(p.name); w.date(p.from); w.date(p.to); w.str(p.title); w.figures(p.figures) }
        w.int(requests.count)
        for q in requests { write(q, to: &w) }
        writeSequences(objectionSequences, to: &w)
        w.int(objections.count)
        for o in objections { write(o, to: &w) }
    }

    /// The log's rows; a row's stamp, subject or detail that repeats the row before's is a flag.
    private func writeLogRows(_ actions: [String], to w: inout SnapshotWriter) {
        var previous: LogEntry?
        for i in log.indices {
            let e = log[i]
            var flags: UInt8 = 0
            if let p = previous {
                if p.clock == e.clock && p.actor == e.actor { flags |= 1 }
                if p.subject == e.subject { flags |= 2 }
                if p.detail == e.detail { flags |= 4 }
            }
            w.byte(flags)
            if flags & 1 == 0 { w.time(e.clock); w.str(e.actor) }
            w.int(actions.firstIndex(of: e.action) ?? -1)
            if flags & 2 == 0 { w.str(e.subject) }
            if flags & 4 == 0 { w.str(e.detail) }
            previous = e
        }
    }

    private func writeSequences(_ s: [Int: Int], to w: inout SnapshotWriter) {
        let years = s.keys.sorted()
        w.int(years.count)
        for y in years { w.int(y); w.int(s[y] ?? 0) }
    }

    /// An item. Its holder, responsible, place, formats and media are one flag when they are
    /// the item before's (consecutive declarations mostly share them, and share their storage).
    private func write(_ item: InfoItem, after previous: InfoItem?, words: ItemWords, to w: inout SnapshotWriter) {
        w.str(item.name); w.str(item.title); w.str(item.summary); w.date(item.made)
        switch item.retention {
        case nil: w.byte(0)
        case .duration(let d)?: w.byte(1); w.int(d.amount); w.int(words.position(of: d.unit))
        case .text(let t)?: w.byte(2); w.str(t)
        }
        if let previous, item.sharesAttributes(with: previous) {
            w.byte(1)
        } else {
            w.byte(0); w.str(item.holder); w.str(item.responsible); w.str(item.place); w.strs(item.formats); w.strs(item.media)
        }
        w.int(item.infoClass.map { words.position(of: $0) + 1 } ?? 0); w.int(words.position(of: item.status)); w.bool(item.documented)
        if let e = item.exemption {
            w.byte(1)
            w.str(e.basis); w.str(e.consequence); w.str(e.publicInterest); w.date(e.until); w.str(e.condition)
            w.duration(e.period); w.str(e.decree)
            if let t = e.test {
                w.byte(1); w.str(t.scope); w.str(t.law); w.str(t.balance); w.str(t.conclusion); w.date(t.decided); w.str(t.signedBy)
            } else {
                w.byte(0)
            }
        } else {
            w.byte(0)
        }
        w.int(item.withheld.count)
        for p in item.withheld { w.str(p.part); w.str(p.basis) }
        w.str(item.withdrawnReason)
        // The declaration's log row (its `declared` history entry) and its newest later entry.
        w.int(Int(item.declaredRow))
        w.int(item.lastChange == HistoryStore.none ? 0 : Int(item.lastChange) + 1)
    }

    private func write(_ sop: Sop, to w: inout SnapshotWriter) {
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
                w.byte(1); write(d.yes, to: &w); write(d.no, to: &w)
            } else {
                w.byte(0)
            }
            w.int(s.separateFrom.count)
            for n in s.separateFrom { w.int(n) }
            w.strs(s.marks.map(\.rawValue))
            w.str(s.note)
        }
    }

    private func write(_ t: StepTarget, to w: inout SnapshotWriter) {
        switch t {
        case .step(let n): w.byte(1); w.int(n)
        case .end: w.byte(0)
        }
    }
}
