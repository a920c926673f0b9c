/// SOP declaration and validation.
extension Registry {
    /// Every problem in `sop`, each located by step index and field, in order. Empty when valid.
    /// Checks: at least one step; steps numbered 1...n in order; an activity and `by` roles on
    /// every step; roles in `by` and `to` declared; `takes` positive; decision targets exist;
    /// `separate from` names an earlier step; `staff_count` not negative.
    public func validate(_ sop: Sop) -> [SopProblem] {
        var problems: [SopProblem] = []
        let n = sop.steps.count
        if n == 0 {
            problems.append(SopProblem(stepIndex: nil, field: "steps", message: "SOP `\(sop.name)` needs at least one step"))
        }
        if let c = sop.header.staffCount, c < 0 {
            problems.append(SopProblem(stepIndex: nil, field: "staff_count", message: "`staff_count` cannot be negative"))
        }
        for (idx, step) in sop.steps.enumerated() {
            let position = idx + 1
            let label = "step \(step.number)"
            if step.number != position {
                problems.append(SopProblem(stepIndex: idx, field: "number",
                    message: "\(label) should be step \(position): steps are numbered 1, 2, 3, ... in order"))
            }
            if step.activity.isEmpty {
                problems.append(SopProblem(stepIndex: idx, field: "activity", message: "\(label) needs an activity"))
            }
            if step.by.isEmpty {
                problems.append(SopProblem(stepIndex: idx, field: "by", message: "\(label) needs `by ROLE`: the roles that may do it"))
            }
            for (k, r) in step.by.enumerated() where role(named: r) == nil {
                problems.append(SopProblem(stepIndex: idx, field: "by", element: k,
                    message: "\(label): " + unknown(r, code: .roleUnknown, kind: "role").message))
            }
            for (k, r) in step.to.enumerated() where role(named: r) == nil {
                problems.append(SopProblem(stepIndex: idx, field: "to", element: k,
                    message: "\(label): " + unknown(r, code: .roleUnknown, kind: "role").message))
            }
            if let t = step.takes, t.amount <= 0 {
                problems.append(SopProblem(stepIndex: idx, field: "takes",
                    message: "\(label): `takes` must be positive, got \(t) (omit it for no time standard)"))
            }
            if let d = step.decide {
                for (k, (exit, target)) in [("yes", d.yes), ("no", d.no)].enumerated() {
                    if case .step(let t) = target, t < 1 || t > n {
                        problems.append(SopProblem(stepIndex: idx, field: "decide", element: k,
                            message: "\(label): `\(exit) -> \(t)` leads to no step (the SOP has \(n) step\(n == 1 ? "" : "s"))"))
                    }
                }
            }
            for (k, s) in step.separateFrom.enumerated() where s < 1 || s >= position {
                problems.append(SopProblem(stepIndex: idx, field: "separate_from", element: k,
                    message: "\(label) can only be separated from an earlier step, not step \(s)"))
            }
        }
        return problems
    }

    /// `sop NAME "Title" { header; steps }`: declares a valid SOP. An invalid one is an error
    /// whose message is the first problem and whose notes are the rest (call `validate` first to
    /// point at each problem's position).
    public mutating func declareSop(_ sop: Sop) throws(ModelError) {
        try checkNewName(sop.name, kind: "an SOP")
        let problems = validate(sop)
        if let first = problems.first {
            throw ModelError(.sopInvalid, Message.invalid(sop.name, first.message),
                             notes: problems.dropFirst().map(\.message))
        }
        addName(sop.name, .sop(sops.count))
        sops.append(sop)
        sopRunCounts.append(0)
        appendLog(.sop, sop.name, sop.title + " (\(sop.steps.count) step\(sop.steps.count == 1 ? "" : "s"))")
    }
}

/// The messages of the rules above.
private enum Message {
    /// `problem` is one of `validate`'s messages.
    static func invalid(_ sop: String, _ problem: String) -> String { "SOP `\(sop)`: \(problem)" }
}
