import PPIDSyntax
import PPIDModel
import PPIDText

/// A compiled `step N "..." { ... }`.
struct StepNode {
    let decl: StepDecl
    let fields: [FieldNode]
}

final class SopNode: StmtNode {
    let name: Name
    let title: ExprNode?
    let fields: [FieldNode]
    let steps: [StepNode]
    init(_ name: Name, _ title: ExprNode?, _ fields: [FieldNode], _ steps: [StepNode], _ range: SourceRange) {
        self.name = name
        self.title = title
        self.fields = fields
        self.steps = steps
        super.init(range)
    }

    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let t = try title.map { (e) throws(RuntimeError) in rt.text(try e.eval(rt)) } ?? name.text
        var h = SopHeader()
        for f in fields {
            switch f.name {
            case "number": h.number = try rt.textField(f)
            case "made": h.made = try rt.dateField(f)
            case "revised": h.revised = try rt.dateField(f)
            case "enacted": h.enacted = try rt.dateField(f)
            case "effective": h.effective = try rt.dateField(f)
            case "enacted_by": h.enactedBy = try rt.textField(f)
            case "signer": h.signer = try rt.textField(f)
            case "unit_name": h.unitName = try rt.textField(f)
            case "flow_title": h.flowTitle = try rt.textField(f)
            case "basis": h.basis = try rt.textList(f)
            case "qualification": h.qualification = try rt.textList(f)
            case "related": h.related = try rt.textList(f)
            case "equipment": h.equipment = try rt.textList(f)
            case "warning": h.warning = try rt.textList(f)
            case "records": h.records = try rt.textList(f)
            case "staff_count": h.staffCount = try rt.intField(f)
            default:
                throw RuntimeError(.unknownField, Text(en: "an SOP has no header field '\(f.name)'",
                                                       id: "SOP tidak memiliki kolom kepala '\(f.name)'"), at: f.nameRange)
            }
        }
        var built: [SopStep] = []
        for s in steps { built.append(try step(s, rt)) }
        let sop = Sop(name: name.text, title: t, header: h, steps: built)
        let problems = rt.registry.validate(sop)
        if let p = problems.first {
            var e = RuntimeError(.sopInvalid, p.text, at: position(of: p))
            for q in problems.dropFirst() {
                e.notes.append(.init(q.text, file: rt.currentFile, range: position(of: q)))
            }
            throw e
        }
        try rt.declare(name.text, name.range) { (r) throws(ModelError) in try r.declareSop(sop) }
        return .normal
    }

    func step(_ s: StepNode, _ rt: Interpreter) throws(RuntimeError) -> SopStep {
        var st = SopStep(number: s.decl.number, activity: s.decl.activity)
        for f in s.fields {
            switch f.name {
            case "by": st.by = try rt.entityNames(f.values, expecting: Noun.role)
            case "to": st.to = try rt.entityNames(f.values, expecting: Noun.role)
            case "needs": st.needs = try rt.textList(f)
            case "takes": st.takes = try rt.durationField(f)
            case "yields": st.yields = try rt.textList(f)
            case "note": st.note = try rt.textList(f).joined(separator: "; ")
            case "marks":
                for w in try rt.textList(f) {
                    guard let m = MarkState(rawValue: w) else {
                        throw RuntimeError(.unknownWord, Text(en: "'\(w)' is not a state a step can mark (proposed, approved, published, documented)",
                                                          id: "'\(w)' bukan status yang dapat ditandai oleh tahap (proposed, approved, published, documented)"),
                                           at: f.range)
                    }
                    st.marks.append(m)
                }
            default:
                throw RuntimeError(.unknownField, Text(en: "an SOP step has no field '\(f.name)'",
                                                       id: "tahap SOP tidak memiliki kolom '\(f.name)'"), at: f.nameRange)
            }
        }
        if let d = s.decl.decide {
            st.decide = PPIDModel.Decision(yes: d.yes.map { .step($0) } ?? .end, no: d.no.map { .step($0) } ?? .end)
        }
        st.separateFrom = s.decl.separateFrom.map(\.0)
        return st
    }

    /// Where a problem the model found is written.
    func position(of p: SopProblem) -> SourceRange {
        guard let i = p.stepIndex, i >= 0, i < steps.count else { return name.range }
        let s = steps[i]
        switch p.field {
        case "number": return s.decl.numberRange
        case "decide":
            guard let d = s.decl.decide else { return s.decl.range }
            return p.element == 1 ? d.noRange : (p.element == 0 ? d.yesRange : d.range)
        case "separate_from":
            if let e = p.element, e >= 0, e < s.decl.separateFrom.count { return s.decl.separateFrom[e].1 }
            return s.decl.range
        default:
            guard let f = s.fields.first(where: { $0.name == p.field }) else { return s.decl.numberRange }
            if let e = p.element, e >= 0, e < f.values.count { return f.values[e].range }
            return f.range
        }
    }
}
