import PPIDSyntax
import PPIDModel
import PPIDRender

/// The documents of the objections register (docs/language.md §20): the Register Keberatan
/// (`export objections to …`) and the Atasan PPID's written answer (`render notice k1 to …`),
/// filled from the Model in the Indonesian words of the forms.
extension Interpreter {
    func objectionRegisterDocument(_ rows: [Value]) -> ObjectionRegisterDocument {
        let (name, details) = officeHeader
        var out: [ObjectionRegisterRow] = []
        for case .entity(.objection(let i)) in rows { out.append(objectionRegisterRow(registry.objections[i])) }
        return ObjectionRegisterDocument(officeName: name, officeDetails: details, updated: documentDate, rows: out)
    }

    /// The request an objection is about (always declared: an objection names one).
    func request(of o: Objection) -> Request? {
        registry.requestIndex(named: o.request).map { registry.requests[$0] }
    }

    func objectionRegisterRow(_ o: Objection) -> ObjectionRegisterRow {
        let q = request(of: o)
        var grounds = o.grounds.map { "\($0.rawValue). " + objectionGroundText($0.rawValue) }.joined(separator: "; ")
        if let r = o.reason { grounds += ": " + r }
        var row = ObjectionRegisterRow(number: o.number, received: o.received.iso, name: q?.from ?? "",
                                       address: q?.address ?? "", contact: q?.contact ?? "", job: q?.job ?? "",
                                       requestNumber: q?.number ?? o.request, asks: q?.asks ?? "", purpose: q?.purpose ?? "",
                                       grounds: grounds)
        if let a = o.answer {
            row.decision = Interpreter.objectionDecision(a, o, q).phrase
            row.answered = a.at.date.iso
            row.atasanPPID = [staffTitle(a.by), roleTitle("atasan_ppid")].filter { !$0.isEmpty }.joined(separator: ", ")
        }
        if let d = o.dispute { row.dispute = d.commission + (d.number.map { " (" + $0 + ")" } ?? "") }
        if let r = o.ruling { row.ruling = Interpreter.rulingLabel(r.outcome) + (r.number.map { " (" + $0 + ")" } ?? "") }
        return row
    }

    static func objectionDecision(_ a: ObjectionAnswer, _ o: Objection, _ q: Request?) -> ObjectionDecision {
        let form = (q?.answer?.form ?? q?.wants)?.rawValue ?? ""
        switch a.outcome {
        case .uphold: return .uphold
        case .grant: return .grant(ObjectionRelease(form: form))
        case .partial:
            let given = Set(a.given)
            let kept = (q?.about ?? []).filter { !given.contains($0) }
            return .partial(ObjectionRelease(form: form, withheld: kept.joined(separator: ", ")))
        }
    }

    /// The Atasan PPID's written answer to `o`, which must be answered (the caller checks).
    func objectionAnswer(_ o: Objection, _ a: ObjectionAnswer, at range: SourceRange) throws(RuntimeError) -> ObjectionAnswerDocument {
        let (name, details) = officeHeader
        let q = request(of: o)
        let lastDay = try model(range) { (reg) throws(ModelError) in
            try reg.calendar.workingDay(o.figures.dispute, after: a.at.date).iso
        }
        return ObjectionAnswerDocument(
            officeName: name, officeDetails: details, date: a.at.date.iso, city: registry.office?.field("city") ?? "",
            objectionNumber: o.number, objectionReceived: o.received.iso,
            applicantName: q?.from ?? "", applicantAddress: q?.address ?? "", applicantContact: q?.contact ?? "",
            requestNumber: q?.number ?? o.request, asks: q?.asks ?? "", purpose: q?.purpose ?? "",
            grounds: o.grounds.map(\.rawValue), objectionReason: o.reason ?? "",
            decision: Interpreter.objectionDecision(a, o, q), reasons: a.reason ?? a.note ?? "",
            commission: o.dispute?.commission ?? "", disputeDays: o.figures.dispute, disputeDeadline: lastDay,
            signerName: staffTitle(a.by))
    }
}
