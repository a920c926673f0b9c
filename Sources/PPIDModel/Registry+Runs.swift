import PPIDText

/// Procedure runs: approvals routed step by step through an SOP.
///
/// Every operation here is O(1) plus its subjects and marks: a run keeps its SOP's index and
/// its subjects' indices, so acting on it needs no scans.
extension Registry {
    /// `start SOP [as NAME] [for SUBJECTS]`: starts a run at step 1 and returns its name. An unnamed
    /// run is called `<sop>_1`, `<sop>_2`, ... (skipping names already taken).
    ///
    /// A subject is an information item or a request. A step's `marks` apply to the item
    /// subjects only; a request's own statutory due stays anchored at its receipt, whatever the
    /// run's step dues.
    @discardableResult
    public mutating func start(sop sopName: String, name: String? = nil, subjects: [String] = []) throws(ModelError) -> String {
        let s = try resolveSop(sopName)
        let now = try requireClock()
        var subjectNames: [String] = []
        var requestIndices: [Int] = []
        var seenItems = Set<Int>(), seenRequests = Set<Int>()
        for subject in subjects {
            if case .request(let q)? = lookupName(subject) {
                if seenRequests.insert(q).inserted {
                    subjectNames.append(subject)
                    requestIndices.append(q)
                }
                continue
            }
            let i = try resolveItem(subject)
            if seenItems.insert(i).inserted {
                subjectNames.append(subject)
            }
        }
        let first = sops[s].steps[0]
        var due: DateTime?
        if let t = first.takes { due = try calendar.due(from: now, after: t) }

        let runName: String
        if let given = name {
            try checkNewName(given, kind: .run)
            runName = given
        } else {
            // Bounded: each taken candidate is a distinct declared name.
            var k = sopRunCounts[s] + 1
            while lookupName("\(sopName)_\(k)") != nil { k += 1 }
            runName = "\(sopName)_\(k)"
            touchSopRunCount(s)
            sopRunCounts[s] = k
        }
        let stepCount = sops[s].steps.count
        addName(runName, .run(runs.count))
        runs.append(Run(name: runName, sop: sopName, subjects: subjectNames, step: 1, status: .active,
                        started: now, startedBy: actor, stepStarted: now, due: due, finished: nil,
                        cancelReason: nil, stepActors: Array(repeating: nil, count: stepCount),
                        sopIndex: s, requestIndices: requestIndices))
        var detail = sopName
        if !subjectNames.isEmpty { detail += " for " + subjectNames.joined(separator: ", ") }
        appendLog(.start, runName, detail)
        return runName
    }

    /// `complete RUN [note "..."]`: finishes the current (non-decision) step.
    @discardableResult
    public mutating func complete(_ run: String, note: String? = nil) throws(ModelError) -> StepRecord {
        try finishStep(run, outcome: .done, note: note)
    }

    /// `approve RUN [note "..."]`: the yes exit of the current decision step (applies its marks).
    @discardableResult
    public mutating func approve(_ run: String, note: String? = nil) throws(ModelError) -> StepRecord {
        try finishStep(run, outcome: .approved, note: note)
    }

    /// `reject RUN [note "..."]`: the no exit of the current decision step (marks are not applied).
    @discardableResult
    public mutating func reject(_ run: String, note: String? = nil) throws(ModelError) -> StepRecord {
        try finishStep(run, outcome: .rejected, note: note)
    }

    /// `cancel RUN ["reason"]`: stops an active run. Whoever started it, or whoever may do the
    /// current step, may cancel it.
    @discardableResult
    public mutating func cancel(_ runName: String, reason: String? = nil) throws(ModelError) -> StepRecord {
        let r = try resolveRun(runName)
        let (run, stepNo, step) = try activeStep(r)
        let now = try requireClock()
        let a = try requireActor(for: run, step: stepNo, roles: step.by)
        let role = step.by.first { holds(a, $0) }
        guard role != nil || run.startedBy == a else {
            var who = step.by
            if let s = run.startedBy { who.insert(s, at: 0) }
            throw ModelError(.runActor, Message.mayNotCancel(a, runName, ListPhrase.names(who), stepNo),
                             notes: holderNotes(step.by))
        }
        let record = StepRecord(run: runName, step: stepNo, activity: step.activity, actor: a, role: role,
                                started: run.stepStarted ?? run.started, done: now, due: run.due,
                                late: run.due.map { now > $0 } ?? false, outcome: .cancelled, note: reason)
        steps.append(record)
        touchRun(r)
        runs[r].status = .cancelled
        runs[r].step = nil
        runs[r].due = nil
        runs[r].stepStarted = nil
        runs[r].finished = now
        runs[r].cancelReason = reason
        appendLog(.cancel, runName, "step \(stepNo)" + (reason.map { ": " + $0 } ?? ""))
        return record
    }

    /// True when the run is active and its current step's due time is before the clock.
    public func isOverdue(_ run: Run) -> Bool { run.isOverdue(at: clock) }

    /// The steps `actorName` (default: the current actor) may do now, oldest due first
    /// (steps without a due time last), then in run order. Scans the runs.
    public func inbox(for actorName: String? = nil, now: DateTime? = nil) -> [InboxEntry] {
        guard let a = actorName ?? actor else { return [] }
        let t = now ?? clock
        var found: [(index: Int, entry: InboxEntry)] = []
        for (index, run) in runs.enumerated() where run.status == .active {
            guard let n = run.step, let step = sops[run.sopIndex].step(n),
                  let role = step.by.first(where: { holds(a, $0) }) else { continue }
            if step.separateFrom.contains(where: { run.stepActors[$0 - 1] == a }) { continue }
            found.append((index, InboxEntry(run: run.name, sop: run.sop, step: n, activity: step.activity,
                                            role: role, isDecision: step.isDecision,
                                            started: run.stepStarted ?? run.started, due: run.due,
                                            overdue: run.isOverdue(at: t))))
        }
        found.sort { x, y in
            switch (x.entry.due, y.entry.due) {
            case let (dx?, dy?) where dx != dy: return dx < dy
            case (.some, nil): return true
            case (nil, .some): return false
            default: return x.index < y.index
            }
        }
        return found.map(\.entry)
    }

    /// True when `actorName` (default: the current actor) may act on the run's current step now.
    public func canAct(on runName: String, as actorName: String? = nil) -> Bool {
        guard let a = actorName ?? actor, let r = runIndex(named: runName) else { return false }
        let run = runs[r]
        guard run.status == .active, let n = run.step, let step = sops[run.sopIndex].step(n) else { return false }
        guard step.by.contains(where: { holds(a, $0) }) else { return false }
        return !step.separateFrom.contains { run.stepActors[$0 - 1] == a }
    }

    // MARK: - Internals

    /// The run, its current step number and step, or an error when the run is finished.
    func activeStep(_ r: Int) throws(ModelError) -> (Run, Int, SopStep) {
        let run = runs[r]
        guard run.status == .active, let n = run.step, let step = sops[run.sopIndex].step(n) else {
            throw ModelError(.runFinished, Message.finished(run.name, Message.status(run.status)))
        }
        return (run, n, step)
    }

    func requireActor(for run: Run, step n: Int, roles: [String]) throws(ModelError) -> String {
        guard let a = actor else {
            throw ModelError(.actorUnset, Message.noActor(n, run.name, ListPhrase.names(roles)),
                             notes: holderNotes(roles))
        }
        return a
    }

    /// complete / approve / reject: checks everything first, then changes state, so a failure
    /// (wrong actor, four eyes, an exempt item marked published) leaves the run where it was.
    mutating func finishStep(_ runName: String, outcome: StepOutcome, note: String?) throws(ModelError) -> StepRecord {
        let r = try resolveRun(runName)
        let (run, stepNo, step) = try activeStep(r)
        let now = try requireClock()
        let label = Message.stepLabel(stepNo, step.activity, runName)
        let target: StepTarget
        switch (step.decide, outcome) {
        case (let d?, .approved): target = d.yes
        case (let d?, .rejected): target = d.no
        case (.some, _):
            throw ModelError(.runDecision, Message.isDecision(label), subject: runName)
        case (nil, .done):
            target = stepNo < sops[run.sopIndex].steps.count ? .step(stepNo + 1) : .end
        case (nil, _):
            throw ModelError(.runNotDecision, Message.notDecision(label), subject: runName)
        }
        let a = try requireActor(for: run, step: stepNo, roles: step.by)
        guard let role = step.by.first(where: { holds(a, $0) }) else {
            throw ModelError(.runActor, Message.mayNotDo(a, label, ListPhrase.names(step.by)),
                             notes: holderNotes(step.by))
        }
        for s in step.separateFrom {
            if let previous = run.stepActors[s - 1], previous == a {
                throw ModelError(.runSeparation, Message.separate(a, s, runName, label),
                                 notes: holderNotes(step.by))
            }
        }
        let marks = outcome == .rejected ? [] : step.marks
        // The subjects were resolved when the run started; a step without marks looks up none.
        let itemSubjects = marks.isEmpty ? [] : run.subjects.compactMap { itemIndex(named: $0) }
        for i in itemSubjects { for m in marks { try checkMark(i, m) } }
        var nextDue: DateTime?
        if case .step(let next) = target, let t = sops[run.sopIndex].steps[next - 1].takes {
            nextDue = try calendar.due(from: now, after: t)
        }

        // Nothing below throws.
        let context = "run \(runName) step \(stepNo)"
        // The log's detail is the same for every subject: written once, not once an item.
        let details = marks.map { Registry.markDetail($0, context: context) }
        for i in itemSubjects { for (m, d) in zip(marks, details) { applyMark(i, m, detail: d) } }
        let record = StepRecord(run: runName, step: stepNo, activity: step.activity, actor: a, role: role,
                                started: run.stepStarted ?? run.started, done: now, due: run.due,
                                late: run.due.map { now > $0 } ?? false, outcome: outcome, note: note)
        steps.append(record)
        touchRun(r)
        runs[r].stepActors[stepNo - 1] = a
        switch target {
        case .step(let next):
            runs[r].step = next
            runs[r].stepStarted = now
            runs[r].due = nextDue
        case .end:
            runs[r].status = .done
            runs[r].step = nil
            runs[r].stepStarted = nil
            runs[r].due = nil
            runs[r].finished = now
        }
        let verb: LogAction = outcome == .done ? .complete : outcome == .approved ? .approve : .reject
        var detail = "step \(stepNo) -> \(target)"
        if let n = note { detail += ": " + n }
        appendLog(verb, runName, detail)
        return record
    }
}

/// The messages of the rules above.
private enum Message {
    static func mayNotCancel(_ actor: String, _ run: String, _ who: ListPhrase, _ step: Int) -> Text {
        Text(en: "`\(actor)` may not cancel `\(run)`: only \(who) may (who started it or who may do step \(step))",
             id: "`\(actor)` tidak berwenang membatalkan `\(run)`: hanya \(who) yang berwenang (yang memulainya atau yang berwenang mengerjakan tahap \(step))")
    }
    /// A finished run's status: `done` or `cancelled` in English, as the `runs` register shows it.
    static func status(_ s: RunStatus) -> Text {
        switch s {
        case .active: Text(en: "active", id: "berjalan")
        case .done: Text(en: "done", id: "selesai")
        case .cancelled: Text(en: "cancelled", id: "dibatalkan")
        }
    }
    static func finished(_ run: String, _ status: Text) -> Text {
        Text(en: "run `\(run)` is already \(status)", id: "pelaksanaan `\(run)` sudah \(status)")
    }
    static func noActor(_ step: Int, _ run: String, _ roles: ListPhrase) -> Text {
        Text(en: "no actor is set (step \(step) of `\(run)` is for \(roles))",
             id: "pelaku belum ditetapkan (tahap \(step) pada `\(run)` adalah tugas \(roles))")
    }
    static func stepLabel(_ step: Int, _ activity: String, _ run: String) -> Text {
        Text(en: "step \(step) \"\(activity)\" of `\(run)`", id: "tahap \(step) \"\(activity)\" pada `\(run)`")
    }
    static func isDecision(_ label: Text) -> Text { Text(en: "\(label) is a decision", id: "\(label) adalah tahap keputusan") }
    static func notDecision(_ label: Text) -> Text { Text(en: "\(label) is not a decision", id: "\(label) bukan tahap keputusan") }
    static func mayNotDo(_ actor: String, _ label: Text, _ roles: ListPhrase) -> Text {
        Text(en: "`\(actor)` may not do \(label): it is for \(roles)",
             id: "`\(actor)` tidak berwenang mengerjakan \(label): tahap ini adalah tugas \(roles)")
    }
    static func separate(_ actor: String, _ step: Int, _ run: String, _ label: Text) -> Text {
        Text(en: "`\(actor)` did step \(step) of `\(run)`, so someone else must do \(label) (separate from step \(step))",
             id: "`\(actor)` sudah mengerjakan tahap \(step) pada `\(run)`, jadi \(label) harus dikerjakan orang lain (terpisah dari tahap \(step))")
    }
}
