import PPIDSyntax
import PPIDModel

/// `runs`, `steps` and `inbox`: the procedure runs, the approvals log, and the steps the
/// current actor may do now.
enum RunRegisters {
    static func run(_ name: String, column: Bool = false, detail: Bool = true, _ help: String,
                    _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        FieldSpec(name, column: column, detail: detail, help) { rt, v in
            guard case .entity(.run(let i)) = v else { return .null }
            return read(rt, i)
        }
    }

    static let runs = RegisterSpec(
        .runs, help: "the procedure runs",
        fields: [
            run("name", column: true, "the run's name") { rt, i in .string(rt.registry.runs[i].name) },
            run("sop", column: true, "the SOP") { rt, i in rt.ref(rt.registry.runs[i].sop) },
            run("subjects", "the items it was started for") { rt, i in .list(rt.registry.runs[i].subjects.map { rt.ref($0) }) },
            run("step", column: true, "the current step's number (null when finished)") { rt, i in rt.registry.runs[i].step.map { .int($0) } ?? .null },
            run("status", column: true, "active, done or cancelled") { rt, i in .string(rt.registry.runs[i].status.rawValue) },
            run("started", "when it started") { rt, i in .dateTime(rt.registry.runs[i].started) },
            run("due", column: true, "the current step's due time (null without takes, or when finished)") { rt, i in
                rt.registry.runs[i].due.map { .dateTime($0) } ?? .null
            },
            run("overdue", column: true, "true when active and past due") { rt, i in .bool(rt.registry.runs[i].isOverdue(at: rt.registry.clock)) },
            run("finished", "when it finished or was cancelled") { rt, i in rt.registry.runs[i].finished.map { .dateTime($0) } ?? .null },
            run("started_by", detail: false, "who started it") { rt, i in rt.ref(rt.registry.runs[i].startedBy) },
        ],
        count: { rt in rt.registry.runs.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.runs.indices { if try !body(.entity(.run(i))) { return } }
    }

    static func step(_ name: String, column: Bool = true, _ help: String,
                     _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        FieldSpec(name, column: column, help) { rt, v in
            guard case .row(.step(let i)) = v else { return .null }
            return read(rt, i)
        }
    }

    static let steps = RegisterSpec(
        .steps, help: "the approvals log: every step done",
        fields: [
            step("run", "the run") { rt, i in rt.ref(rt.registry.steps[i].run) },
            step("step", "the step's number") { rt, i in .int(rt.registry.steps[i].step) },
            step("activity", "the step's activity") { rt, i in .string(rt.registry.steps[i].activity) },
            step("actor", "who did it") { rt, i in rt.ref(rt.registry.steps[i].actor) },
            step("role", "in which of the step's roles") { rt, i in rt.ref(rt.registry.steps[i].role) },
            step("started", column: false, "when the step became current") { rt, i in .dateTime(rt.registry.steps[i].started) },
            step("done", "when it was done") { rt, i in .dateTime(rt.registry.steps[i].done) },
            step("due", "its due time, or null") { rt, i in rt.registry.steps[i].due.map { .dateTime($0) } ?? .null },
            step("late", "done after its due time") { rt, i in .bool(rt.registry.steps[i].late) },
            step("outcome", "done, approved, rejected or cancelled") { rt, i in .string(rt.registry.steps[i].outcome.rawValue) },
            step("note", "the note given, or null") { rt, i in rt.opt(rt.registry.steps[i].note) },
        ],
        count: { rt in rt.registry.steps.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.steps.indices { if try !body(.row(.step(i))) { return } }
    }

    /// Inbox rows are records built when the register is read (the inbox depends on the actor and the clock).
    static func entry(_ name: String, column: Bool = false, _ help: String) -> FieldSpec {
        FieldSpec(name, column: column, help) { _, v in
            guard case .record(let r) = v else { return .null }
            return r[name] ?? .null
        }
    }

    static let inbox = RegisterSpec(
        .inbox, help: "the steps the current actor may do now, the oldest due first",
        fields: [
            entry("run", column: true, "the run"),
            entry("step", column: true, "the step's number"),
            entry("activity", column: true, "the step's activity"),
            entry("role", "the role the actor would act in"),
            entry("due", column: true, "the step's due time, or null"),
            entry("overdue", column: true, "true when past due"),
            entry("sop", "the run's SOP"),
            entry("started", "when the step became current"),
            entry("decision", "true at a decision step (approve or reject it)"),
        ]
    ) { rt, body throws(RuntimeError) in
        for e in rt.registry.inbox() { if try !body(.record(rt.inboxRecord(e))) { return } }
    }
}

extension Interpreter {
    func inboxRecord(_ e: InboxEntry) -> Record {
        Record([
            ("run", ref(e.run)), ("step", .int(e.step)), ("activity", .string(e.activity)),
            ("role", ref(e.role)), ("due", e.due.map { .dateTime($0) } ?? .null), ("overdue", .bool(e.overdue)),
            ("sop", ref(e.sop)), ("started", .dateTime(e.started)), ("decision", .bool(e.isDecision)),
        ])
    }
}
