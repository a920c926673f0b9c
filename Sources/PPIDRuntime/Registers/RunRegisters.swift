import PPIDSyntax
import PPIDModel
import PPIDText

/// `runs`, `steps` and `inbox`: the procedure runs, the approvals log, and the steps the
/// current actor may do now.
enum RunRegisters {
    static func run(_ name: String, _ type: FieldType, column: Bool = false, detail: Bool = true, _ help: Text,
                    _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        FieldSpec(name, type, column: column, detail: detail, help) { rt, v in
            guard case .entity(.run(let i)) = v else { return .null }
            return read(rt, i)
        }
    }

    static let runs = RegisterSpec(
        .runs, help: Text(en: "the procedure runs", id: "pelaksanaan SOP"),
        fields: [
            run("name", .text, column: true, Text(en: "the run's name", id: "nama pelaksanaan SOP")) { rt, i in .string(rt.registry.runs[i].name) },
            run("sop", .reference(.sops), column: true, Text(en: "the SOP", id: "SOP-nya")) { rt, i in rt.ref(rt.registry.runs[i].sop) },
            run("subjects", .list, Text(en: "the items it was started for", id: "item yang menjadi pokoknya")) { rt, i in .list(rt.registry.runs[i].subjects.map { rt.ref($0) }) },
            run("step", .integer, column: true, Text(en: "the current step's number (null when finished)", id: "nomor tahap saat ini (null bila selesai)")) { rt, i in rt.registry.runs[i].step.map { .int($0) } ?? .null },
            run("status", .text, column: true, Text(en: "active, done or cancelled", id: "active, done, atau cancelled")) { rt, i in .string(rt.registry.runs[i].status.rawValue) },
            run("started", .dateTime, Text(en: "when it started", id: "waktu dimulai")) { rt, i in .dateTime(rt.registry.runs[i].started) },
            run("due", .dateTime, column: true, Text(en: "the current step's due time (null without takes, or when finished)", id: "tenggat tahap saat ini (null tanpa takes, atau bila selesai)")) { rt, i in
                rt.registry.runs[i].due.map { .dateTime($0) } ?? .null
            },
            run("overdue", .bool, column: true, Text(en: "true when active and past due", id: "true bila berjalan dan melewati tenggat")) { rt, i in .bool(rt.registry.runs[i].isOverdue(at: rt.registry.clock)) },
            run("finished", .dateTime, Text(en: "when it finished or was cancelled", id: "waktu selesai atau dibatalkan")) { rt, i in rt.registry.runs[i].finished.map { .dateTime($0) } ?? .null },
            run("started_by", .reference(.staff), detail: false, Text(en: "who started it", id: "yang memulainya")) { rt, i in rt.ref(rt.registry.runs[i].startedBy) },
        ],
        count: { rt in rt.registry.runs.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.runs.indices { if try !body(.entity(.run(i))) { return } }
    }

    static func step(_ name: String, _ type: FieldType, column: Bool = true, _ help: Text,
                     _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        FieldSpec(name, type, column: column, help) { rt, v in
            guard case .row(.step(let i)) = v else { return .null }
            return read(rt, i)
        }
    }

    static let steps = RegisterSpec(
        .steps, help: Text(en: "the approvals log: every step done", id: "catatan persetujuan: setiap tahap yang dikerjakan"),
        fields: [
            step("run", .reference(.runs), Text(en: "the run", id: "pelaksanaan SOP")) { rt, i in rt.ref(rt.registry.steps[i].run) },
            step("step", .integer, Text(en: "the step's number", id: "nomor tahap")) { rt, i in .int(rt.registry.steps[i].step) },
            step("activity", .text, Text(en: "the step's activity", id: "kegiatan tahap")) { rt, i in .string(rt.registry.steps[i].activity) },
            step("actor", .reference(.staff), Text(en: "who did it", id: "yang mengerjakannya")) { rt, i in rt.ref(rt.registry.steps[i].actor) },
            step("role", .reference(.roles), Text(en: "in which of the step's roles", id: "dalam peran tahap yang mana")) { rt, i in rt.ref(rt.registry.steps[i].role) },
            step("started", .dateTime, column: false, Text(en: "when the step became current", id: "waktu tahap ini mulai berjalan")) { rt, i in .dateTime(rt.registry.steps[i].started) },
            step("done", .dateTime, Text(en: "when it was done", id: "waktu dikerjakan")) { rt, i in .dateTime(rt.registry.steps[i].done) },
            step("due", .dateTime, Text(en: "its due time, or null", id: "tenggatnya, atau null")) { rt, i in rt.registry.steps[i].due.map { .dateTime($0) } ?? .null },
            step("late", .bool, Text(en: "done after its due time", id: "dikerjakan setelah tenggat")) { rt, i in .bool(rt.registry.steps[i].late) },
            step("outcome", .text, Text(en: "done, approved, rejected or cancelled", id: "done, approved, rejected, atau cancelled")) { rt, i in .string(rt.registry.steps[i].outcome.rawValue) },
            step("note", .text, Text(en: "the note given, or null", id: "catatan yang diberikan, atau null")) { rt, i in rt.opt(rt.registry.steps[i].note) },
        ],
        count: { rt in rt.registry.steps.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.steps.indices { if try !body(.row(.step(i))) { return } }
    }

    /// Inbox rows are records built when the register is read (the inbox depends on the actor and the clock).
    static func entry(_ name: String, _ type: FieldType, column: Bool = false, _ help: Text) -> FieldSpec {
        FieldSpec(name, type, column: column, help) { _, v in
            guard case .record(let r) = v else { return .null }
            return r[name] ?? .null
        }
    }

    static let inbox = RegisterSpec(
        .inbox, help: Text(en: "the steps the current actor may do now, the oldest due first", id: "tahap yang dapat dikerjakan pelaku saat ini, tenggat terdekat lebih dulu"),
        fields: [
            entry("run", .reference(.runs), column: true, Text(en: "the run", id: "pelaksanaan SOP")),
            entry("step", .integer, column: true, Text(en: "the step's number", id: "nomor tahap")),
            entry("activity", .text, column: true, Text(en: "the step's activity", id: "kegiatan tahap")),
            entry("role", .reference(.roles), Text(en: "the role the actor would act in", id: "peran yang akan dipakai pelaku")),
            entry("due", .dateTime, column: true, Text(en: "the step's due time, or null", id: "tenggat tahap, atau null")),
            entry("overdue", .bool, column: true, Text(en: "true when past due", id: "true bila melewati tenggat")),
            entry("sop", .reference(.sops), Text(en: "the run's SOP", id: "SOP pelaksanaan ini")),
            entry("started", .dateTime, Text(en: "when the step became current", id: "waktu tahap ini mulai berjalan")),
            entry("decision", .bool, Text(en: "true at a decision step (approve or reject it)", id: "true pada tahap keputusan (approve atau reject)")),
            entry("request", .reference(.requests), Text(en: "the open request to answer, or null for a step", id: "permohonan yang harus dijawab, atau null untuk tahap SOP")),
            entry("objection", .reference(.objections), Text(en: "the open objection to answer, or null", id: "keberatan yang harus ditanggapi, atau null")),
        ]
    ) { rt, body throws(RuntimeError) in
        for r in rt.inboxRecords() { if try !body(.record(r)) { return } }
    }
}

extension Interpreter {
    /// The actor's inbox: the steps they may do and the open requests they should answer
    /// (docs/language.md §19), merged by due, earliest first; steps without a due last.
    /// Each list is already in that order, and a request always has a due, so a merge keeps
    /// both orders.
    func inboxRecords() -> [Record] {
        let steps = registry.inbox()
        var dated: [(due: DateTime, record: Record)] = registry.requestInbox().map { ($0.due, inboxRecord($0)) }
        let objections = registry.objectionInbox()
        if !objections.isEmpty {
            // Both lists are sorted by due; merging them by due keeps each list's own order.
            dated = (dated + objections.map { ($0.due, inboxRecord($0)) }).enumerated()
                .sorted { $0.element.due != $1.element.due ? $0.element.due < $1.element.due : $0.offset < $1.offset }
                .map(\.element)
        }
        let requests = dated
        guard !requests.isEmpty else { return steps.map(inboxRecord) }
        var out: [Record] = []
        out.reserveCapacity(steps.count + requests.count)
        var s = 0, q = 0
        while s < steps.count || q < requests.count {
            let takeStep: Bool
            if s == steps.count { takeStep = false }
            else if q == requests.count { takeStep = true }
            else if let d = steps[s].due { takeStep = d <= requests[q].due }
            else { takeStep = false }
            if takeStep { out.append(inboxRecord(steps[s])); s += 1 } else { out.append(requests[q].record); q += 1 }
        }
        return out
    }

    func inboxRecord(_ e: InboxEntry) -> Record {
        Record([
            ("run", ref(e.run)), ("step", .int(e.step)), ("activity", .string(e.activity)),
            ("role", ref(e.role)), ("due", e.due.map { .dateTime($0) } ?? .null), ("overdue", .bool(e.overdue)),
            ("sop", ref(e.sop)), ("started", .dateTime(e.started)), ("decision", .bool(e.isDecision)),
            ("request", .null), ("objection", .null),
        ])
    }

    /// An open request as an inbox row: its activity is to answer it in writing. Like an SOP
    /// step's activity it is data, in Indonesian whatever the session's language, so that a
    /// query on it gives the same rows in both.
    func inboxRecord(_ e: RequestInboxEntry) -> Record {
        let what = "Menjawab permohonan \(e.number) dari \(e.from)"
        return Record([
            ("run", .null), ("step", .null), ("activity", .string(what)),
            ("role", ref(e.role)), ("due", .dateTime(e.due)), ("overdue", .bool(e.overdue)),
            ("sop", .null), ("started", .dateTime(e.received)), ("decision", .bool(false)),
            ("request", ref(e.request)), ("objection", .null),
        ])
    }

    /// An open objection as an inbox row, for the Atasan PPID: its activity is the answer.
    func inboxRecord(_ o: Objection) -> Record {
        let number = registry.requestIndex(named: o.request).map { registry.requests[$0].number } ?? o.request
        return Record([
            ("run", .null), ("step", .null), ("activity", .string("Menanggapi keberatan \(o.number) atas permohonan \(number)")),
            ("role", registry.role(named: "atasan_ppid") != nil ? ref("atasan_ppid") : .null), ("due", .dateTime(o.due)),
            ("overdue", .bool(o.isOverdue(at: registry.clock))), ("sop", .null), ("started", .dateTime(o.received)),
            ("decision", .bool(false)), ("request", ref(o.request)), ("objection", ref(o.name)),
        ])
    }
}
