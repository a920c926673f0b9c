import PPIDModel
import PPIDSyntax

/// Writes registers back as ppid statements: the declarations one procedure run depends
/// on, and the run itself, so that `ppid run` of the result reproduces the run exactly
/// (`export run NAME to "file.ppid"`).
struct ScriptWriter {
    let registry: Registry
    var lines: [String] = []

    init(registry: Registry) { self.registry = registry }

    static func quote(_ s: String) -> String { Lexer.quote(s) }

    static func list(_ xs: [String]) -> String { xs.map(quote).joined(separator: ", ") }

    /// The whole script for one run.
    static func script(for runName: String, in r: Registry) -> String? {
        guard let run = r.run(named: runName), let sop = r.sop(named: run.sop) else { return nil }
        var w = ScriptWriter(registry: r)
        let records = r.steps.filter { $0.run == run.name }
        // Who and what the run needs.
        var staffNames: [String] = []
        for n in [run.startedBy] + records.map(\.actor) {
            if let n, r.staffMember(named: n) != nil, !staffNames.contains(n) { staffNames.append(n) }
        }
        var roleNames: [String] = []
        func addRole(_ n: String) { if r.role(named: n) != nil && !roleNames.contains(n) { roleNames.append(n) } }
        for st in sop.steps { st.by.forEach(addRole); st.to.forEach(addRole) }
        for n in [run.startedBy] + records.map(\.actor) { if let n { addRole(n) } }
        for s in staffNames { r.staffMember(named: s)?.roles.forEach(addRole) }
        var unitNames: [String] = []
        func addUnit(_ n: String?) { if let n, r.unit(named: n) != nil, !unitNames.contains(n) { unitNames.append(n) } }
        staffNames.forEach { addUnit(r.staffMember(named: $0)?.unit) }
        let items = run.subjects.compactMap { r.item(named: $0) }
        items.forEach { addUnit($0.holder) }
        for it in items { if let p = it.responsible, r.staffMember(named: p) != nil, !staffNames.contains(p) { staffNames.append(p); r.staffMember(named: p)?.roles.forEach(addRole); addUnit(r.staffMember(named: p)?.unit) } }

        w.lines.append("# The record of procedure run \(run.name) (SOP \(sop.name)), written by `export run`.")
        w.lines.append("# `ppid run` of this file reproduces the run: the same approvals log and run state.")
        w.calendar()
        if let o = r.office {
            let fields = o.fields.map { "\($0.key) \(quote($0.value))" }.joined(separator: "; ")
            w.lines.append("office \(quote(o.name))" + (fields.isEmpty ? "" : " { \(fields) }"))
        }
        for u in unitNames { if let x = r.unit(named: u) { w.lines.append("unit \(x.name) \(quote(x.title))") } }
        for n in roleNames { if let x = r.role(named: n) { w.lines.append("role \(x.name) \(quote(x.title))") } }
        for n in staffNames {
            guard let s = r.staffMember(named: n) else { continue }
            var f: [String] = []
            if !s.roles.isEmpty { f.append("roles " + s.roles.joined(separator: ", ")) }
            if let u = s.unit { f.append("unit \(u)") }
            if let l = s.login { f.append("login \(quote(l))") }
            w.lines.append("staff \(s.name) \(quote(s.fullName))" + (f.isEmpty ? "" : " { " + f.joined(separator: "; ") + " }"))
        }
        w.sop(sop)
        for it in items { w.item(it, staff: staffNames, units: unitNames) }
        w.runStatements(run, records)
        return w.lines.joined(separator: "\n") + "\n"
    }

    mutating func calendar() {
        let c = registry.calendar
        if c.workStart != TimeOfDay(minutes: 480) || c.workEnd != TimeOfDay(minutes: 960) {
            lines.append("option workhours \(c.workStart.iso)..\(c.workEnd.iso)")
        }
        if c.leaveIsWorkday { lines.append("option leave_is_workday true") }
        if c.unknownYears == .workdays { lines.append("option unknown_years workdays") }
        for e in c.entries {
            lines.append((e.isLeave ? "leave " : "holiday ") + e.date.iso + " " + ScriptWriter.quote(e.name))
        }
    }

    mutating func sop(_ s: Sop) {
        let q = ScriptWriter.quote
        var out = ["sop \(s.name) \(q(s.title)) {"]
        let h = s.header
        if let v = h.number { out.append("  number \(q(v))") }
        for (k, d) in [("made", h.made), ("revised", h.revised), ("enacted", h.enacted), ("effective", h.effective)] {
            if let d { out.append("  \(k) \(d.iso)") }
        }
        for (k, v) in [("enacted_by", h.enactedBy), ("signer", h.signer), ("unit_name", h.unitName), ("flow_title", h.flowTitle)] {
            if let v { out.append("  \(k) \(q(v))") }
        }
        for (k, l) in [("basis", h.basis), ("qualification", h.qualification), ("related", h.related),
                       ("equipment", h.equipment), ("warning", h.warning), ("records", h.records)] where !l.isEmpty {
            out.append("  \(k) \(ScriptWriter.list(l))")
        }
        if let n = h.staffCount { out.append("  staff_count \(n)") }
        for st in s.steps {
            var f: [String] = []
            if !st.by.isEmpty { f.append("by " + st.by.joined(separator: ", ")) }
            if !st.to.isEmpty { f.append("to " + st.to.joined(separator: ", ")) }
            if !st.needs.isEmpty { f.append("needs " + ScriptWriter.list(st.needs)) }
            if let t = st.takes { f.append("takes \(t)") }
            if !st.yields.isEmpty { f.append("yields " + ScriptWriter.list(st.yields)) }
            if let d = st.decide { f.append("decide yes -> \(d.yes), no -> \(d.no)") }
            if !st.separateFrom.isEmpty { f.append("separate from " + st.separateFrom.map(String.init).joined(separator: ", ")) }
            if !st.marks.isEmpty { f.append("marks " + st.marks.map(\.rawValue).joined(separator: ", ")) }
            if let n = st.note { f.append("note \(q(n))") }
            out.append("  step \(st.number) \(q(st.activity)) {")
            out.append(contentsOf: f.map { "    " + $0 })
            out.append("  }")
        }
        out.append("}")
        lines.append(contentsOf: out)
    }

    mutating func item(_ it: InfoItem, staff: [String], units: [String]) {
        let q = ScriptWriter.quote
        var f: [String] = []
        if let v = it.summary { f.append("summary \(q(v))") }
        if let v = it.holder, units.contains(v) { f.append("holder \(v)") }
        if let v = it.responsible, staff.contains(v) { f.append("responsible \(v)") }
        if let v = it.made { f.append("made \(v.iso)") }
        if let v = it.place { f.append("place \(q(v))") }
        if !it.formats.isEmpty { f.append("formats " + ScriptWriter.list(it.formats)) }
        switch it.retention {
        case .duration(let d)?: f.append("retention \(d)")
        case .text(let t)?: f.append("retention \(q(t))")
        case nil: break
        }
        if !it.media.isEmpty { f.append("media " + ScriptWriter.list(it.media)) }
        lines.append("info \(it.name) \(q(it.title))" + (f.isEmpty ? "" : " {\n" + f.map { "  " + $0 }.joined(separator: "\n") + "\n}"))
        guard let c = it.infoClass else { return }
        if let e = it.exemption, c == .dikecualikan {
            var x = ["basis \(q(e.basis))", "consequence \(q(e.consequence))",
                     e.until.map { "until \($0.iso)" } ?? "until condition \(q(e.condition ?? ""))"]
            if let p = e.publicInterest { x.append("public_interest \(q(p))") }
            if let d = e.decree { x.append("decree \(q(d))") }
            lines.append("classify \(it.name) as dikecualikan {\n" + x.map { "  " + $0 }.joined(separator: "\n") + "\n}")
        } else {
            lines.append("classify \(it.name) as \(c.rawValue)")
        }
    }

    mutating func runStatements(_ run: Run, _ records: [StepRecord]) {
        var actor: String? = nil
        func act(_ a: String?, at t: DateTime) {
            lines.append("at \(t.iso)")
            if let a, a != actor { lines.append("as \(a)"); actor = a }
        }
        act(run.startedBy, at: run.started)
        let subjects = run.subjects.isEmpty ? "" : " for " + run.subjects.joined(separator: ", ")
        lines.append("start \(run.sop) as \(run.name)" + subjects)
        for rec in records {
            act(rec.actor, at: rec.done)
            let verb: String
            switch rec.outcome {
            case .done: verb = "complete"
            case .approved: verb = "approve"
            case .rejected: verb = "reject"
            case .cancelled: verb = "cancel"
            }
            lines.append("\(verb) \(run.name)" + (rec.note.map { " note " + ScriptWriter.quote($0) } ?? ""))
        }
    }
}
