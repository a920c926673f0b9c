import PPIDSyntax
import PPIDModel
import PPIDText

final class StartNode: StmtNode {
    let sop: Name
    let name: Name?
    let subjects: [ExprNode]
    init(_ sop: Name, _ name: Name?, _ subjects: [ExprNode], _ range: SourceRange) {
        self.sop = sop
        self.name = name
        self.subjects = subjects
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let items = try rt.entityNames(subjects, expecting: Noun.itemOrRequest)
        let runName: String
        if let n = name {
            var made = ""
            try rt.declare(n.text, n.range) { (r) throws(ModelError) in made = try r.start(sop: sop.text, name: n.text, subjects: items) }
            runName = made
        } else {
            runName = try rt.model(range) { (r) throws(ModelError) in try r.start(sop: sop.text, name: nil, subjects: items) }
        }
        if rt.verbose {
            try rt.emit(rt.describeCurrentStep(runName, prefix: Text(en: "\(runName): started", id: "\(runName): dimulai")))
        }
        return .normal
    }
}

final class RunActionNode: StmtNode {
    let action: RunAction
    let run: ExprNode
    let note: ExprNode?
    init(_ action: RunAction, _ run: ExprNode, _ note: ExprNode?, _ range: SourceRange) {
        self.action = action
        self.run = run
        self.note = note
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let v = try run.eval(rt)
        let name = try rt.entityName(of: v, expecting: Noun.run, at: run.range)
        let text = try note.map { (e) throws(RuntimeError) in rt.text(try e.eval(rt)) }
        let rec: StepRecord = try rt.model(range) { (r) throws(ModelError) in
            switch action {
            case .complete: return try r.complete(name, note: text)
            case .approve: return try r.approve(name, note: text)
            case .reject: return try r.reject(name, note: text)
            case .cancel: return try r.cancel(name, reason: text)
            }
        }
        if rt.verbose {
            var head = Text(en: "\(name): step \(rec.step) \(raw: rec.outcome.rawValue)",
                            id: "\(name): tahap \(rec.step) \(raw: rec.outcome.rawValue)")
            if rec.late, let due = rec.due {
                // A count the calendar cannot make (a year without holidays) just says "late".
                let days = (try? rt.registry.calendar.workdays(from: due.date, to: rec.done.date)) ?? 0
                head = head + (days > 0 ? Text(en: " (late by \(count: days, "working day"))", id: " (terlambat \(days) hari kerja)")
                                        : Text(en: " (late)", id: " (terlambat)"))
            }
            try rt.emit(rt.describeCurrentStep(name, prefix: head))
        }
        return .normal
    }
}

extension Interpreter {
    /// "mk2025: step 1 done → step 2 "…", for ppid, due 2025-03-04 16:00" (or "run finished").
    func describeCurrentStep(_ runName: String, prefix: Text) -> Text {
        guard let run = registry.run(named: runName) else { return prefix }
        switch run.status {
        case .done: return Text(en: "\(prefix) → run finished", id: "\(prefix) → pelaksanaan selesai")
        case .cancelled: return Text(en: "\(prefix) → run cancelled", id: "\(prefix) → pelaksanaan dibatalkan")
        case .active:
            guard let n = run.step, let sop = registry.sop(named: run.sop), let st = sop.step(n) else { return prefix }
            let by = st.by.joined(separator: ", ")
            let s = Text(en: "\(prefix) → step \(n) \"\(st.activity)\", for \(by)", id: "\(prefix) → tahap \(n) \"\(st.activity)\", untuk \(by)")
            guard let d = run.due else { return s }
            return s + Text(en: ", due \(d)", id: ", tenggat \(d)")
        }
    }
}
