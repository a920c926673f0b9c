import PPIDSyntax
import PPIDModel

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
        let items = try rt.entityNames(subjects, expecting: "an information item")
        let runName: String
        if let n = name {
            var made = ""
            try rt.declare(n.text, n.range) { (r) throws(ModelError) in made = try r.start(sop: sop.text, name: n.text, subjects: items) }
            runName = made
        } else {
            runName = try rt.model(range) { (r) throws(ModelError) in try r.start(sop: sop.text, name: nil, subjects: items) }
        }
        if rt.verbose { try rt.emit(rt.describeCurrentStep(runName, prefix: "\(runName): started")) }
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
        let name = try rt.entityName(of: v, expecting: "a run", at: run.range)
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
            var head = "\(name): step \(rec.step) \(rec.outcome.rawValue)"
            if rec.late, let due = rec.due {
                // A count the calendar cannot make (a year without holidays) just says "late".
                let days = (try? rt.registry.calendar.workdays(from: due.date, to: rec.done.date)) ?? 0
                head += days > 0 ? " (late by \(days) working day\(days == 1 ? "" : "s"))" : " (late)"
            }
            try rt.emit(rt.describeCurrentStep(name, prefix: head))
        }
        return .normal
    }
}

extension Interpreter {
    /// "mk2025: step 1 done → step 2 "…", for ppid, due 2025-03-04 16:00" (or "run finished").
    func describeCurrentStep(_ runName: String, prefix: String) -> String {
        guard let run = registry.run(named: runName) else { return prefix }
        switch run.status {
        case .done: return prefix + " → run finished"
        case .cancelled: return prefix + " → run cancelled"
        case .active:
            guard let n = run.step, let sop = registry.sop(named: run.sop), let st = sop.step(n) else { return prefix }
            var s = prefix + " → step \(n) \"\(st.activity)\", for " + st.by.joined(separator: ", ")
            if let d = run.due { s += ", due " + d.display }
            return s
        }
    }
}
