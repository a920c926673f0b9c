import PPIDText

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
            problems.append(SopProblem(stepIndex: nil, field: "steps", text: Message.noSteps(sop.name)))
        }
        if let c = sop.header.staffCount, c < 0 {
            problems.append(SopProblem(stepIndex: nil, field: "staff_count", text: Message.staffCount))
        }
        for (idx, step) in sop.steps.enumerated() {
            let position = idx + 1
            let label = Message.step(step.number)
            if step.number != position {
                problems.append(SopProblem(stepIndex: idx, field: "number", text: Message.misnumbered(label, position)))
            }
            if step.activity.isEmpty {
                problems.append(SopProblem(stepIndex: idx, field: "activity", text: Message.noActivity(label)))
            }
            if step.by.isEmpty {
                problems.append(SopProblem(stepIndex: idx, field: "by", text: Message.noRoles(label)))
            }
            for (k, r) in step.by.enumerated() where role(named: r) == nil {
                problems.append(SopProblem(stepIndex: idx, field: "by", element: k,
                    text: Message.inStep(label, unknown(r, code: .roleUnknown, kind: .role).text)))
            }
            for (k, r) in step.to.enumerated() where role(named: r) == nil {
                problems.append(SopProblem(stepIndex: idx, field: "to", element: k,
                    text: Message.inStep(label, unknown(r, code: .roleUnknown, kind: .role).text)))
            }
            if let t = step.takes, t.amount <= 0 {
                problems.append(SopProblem(stepIndex: idx, field: "takes", text: Message.takesNotPositive(label, t)))
            }
            if let d = step.decide {
                for (k, (exit, target)) in [("yes", d.yes), ("no", d.no)].enumerated() {
                    if case .step(let t) = target, t < 1 || t > n {
                        problems.append(SopProblem(stepIndex: idx, field: "decide", element: k,
                                                   text: Message.noTarget(label, exit, t, n)))
                    }
                }
            }
            for (k, s) in step.separateFrom.enumerated() where s < 1 || s >= position {
                problems.append(SopProblem(stepIndex: idx, field: "separate_from", element: k,
                                           text: Message.separateLater(label, s)))
            }
        }
        return problems
    }

    /// `sop NAME "Title" { header; steps }`: declares a valid SOP. An invalid one is an error
    /// whose message is the first problem and whose notes are the rest (call `validate` first to
    /// point at each problem's position).
    public mutating func declareSop(_ sop: Sop) throws(ModelError) {
        try checkNewName(sop.name, kind: .sop)
        let problems = validate(sop)
        if let first = problems.first {
            throw ModelError(.sopInvalid, Message.invalid(sop.name, first.text),
                             notes: problems.dropFirst().map(\.text))
        }
        addName(sop.name, .sop(sops.count))
        sops.append(sop)
        sopRunCounts.append(0)
        appendLog(.sop, sop.name, sop.title + " (\(sop.steps.count) step\(sop.steps.count == 1 ? "" : "s"))")
    }
}

/// The messages of the rules above. `label` is `step(n)`.
private enum Message {
    static func noSteps(_ sop: String) -> Text {
        Text(en: "SOP `\(sop)` needs at least one step", id: "SOP `\(sop)` memerlukan sedikitnya satu tahap")
    }
    static let staffCount = Text(en: "`staff_count` cannot be negative", id: "`staff_count` tidak boleh negatif")
    static func step(_ n: Int) -> Text { Text(en: "step \(n)", id: "tahap \(n)") }
    static func misnumbered(_ label: Text, _ position: Int) -> Text {
        Text(en: "\(label) should be step \(position): steps are numbered 1, 2, 3, ... in order",
             id: "\(label) seharusnya tahap \(position): tahap diberi nomor urut 1, 2, 3, ...")
    }
    static func noActivity(_ label: Text) -> Text { Text(en: "\(label) needs an activity", id: "\(label) memerlukan kegiatan") }
    static func noRoles(_ label: Text) -> Text {
        Text(en: "\(label) needs `by ROLE`: the roles that may do it",
             id: "\(label) memerlukan `by PERAN`: peran yang berwenang mengerjakannya")
    }
    /// A problem of one step: "step 2: there is no role named `x`".
    static func inStep(_ label: Text, _ problem: Text) -> Text { Text(en: "\(label): \(problem)", id: "\(label): \(problem)") }
    static func takesNotPositive(_ label: Text, _ t: Duration) -> Text {
        Text(en: "\(label): `takes` must be positive, got \(t) (omit it for no time standard)",
             id: "\(label): `takes` harus positif, tertulis \(t) (hapus jika tidak ada standar waktu)")
    }
    /// `exit` is the keyword `yes` or `no`; `count` the SOP's number of steps.
    static func noTarget(_ label: Text, _ exit: String, _ target: Int, _ count: Int) -> Text {
        Text(en: "\(label): `\(raw: exit) -> \(target)` leads to no step (the SOP has \(count: count, "step"))",
             id: "\(label): `\(raw: exit) -> \(target)` tidak menuju tahap mana pun (SOP ini memiliki \(count) tahap)")
    }
    static func separateLater(_ label: Text, _ s: Int) -> Text {
        Text(en: "\(label) can only be separated from an earlier step, not step \(s)",
             id: "\(label) hanya dapat dipisahkan dari tahap sebelumnya, bukan tahap \(s)")
    }
    /// `problem` is one of `validate`'s messages.
    static func invalid(_ sop: String, _ problem: Text) -> Text { Text(en: "SOP `\(sop)`: \(problem)", id: "pada SOP `\(sop)`: \(problem)") }
}
