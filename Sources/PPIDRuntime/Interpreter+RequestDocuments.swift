import PPIDSyntax
import PPIDModel
import PPIDRender

/// The documents of the requests register (docs/language.md §19): the Register Permohonan
/// (`export requests to …`) and the written notice (`render notice p1 to …`). Both are filled
/// here from the Model, in the Indonesian words of the Perki forms; Render only lays them out.
extension Interpreter {
    /// The register permohonan of `rows` (requests, a query over them), in their order.
    func requestRegisterDocument(_ rows: [Value]) -> RequestRegisterDocument {
        let (name, details) = officeHeader
        var out: [RequestRegisterRow] = []
        for case .entity(.request(let i)) in rows { out.append(requestRegisterRow(registry.requests[i])) }
        return RequestRegisterDocument(officeName: name, officeDetails: details, updated: documentDate, rows: out)
    }

    func requestRegisterRow(_ r: Request) -> RequestRegisterRow {
        let a = r.answer
        var row = RequestRegisterRow(number: r.number, received: r.received.iso, name: r.from,
                                     address: r.address ?? "", contact: r.contact ?? "", job: r.job ?? "",
                                     asks: r.asks, purpose: r.purpose, kind: r.wants.map(Interpreter.requestKind) ?? "")
        guard let a else { return row }
        switch a.outcome {
        case .grant, .partial, .refuse: row.infoStatus = "Dikuasai"
        case .not_held: row.infoStatus = a.holder.map { "Tidak dikuasai (dikuasai oleh \($0))" } ?? "Tidak dikuasai"
        case .not_documented: row.infoStatus = "Belum didokumentasikan"
        }
        row.form = a.form?.rawValue ?? ""
        row.decision = Interpreter.decision(a.outcome)
        if a.outcome == .refuse || a.outcome == .partial {
            row.refusalReason = [a.basis, a.reason].compactMap { $0 }.joined(separator: ": ")
        }
        row.noticeDate = a.at.date.iso
        row.cost = a.cost.map(String.init) ?? (a.outcome.gives ? "0" : "")
        return row
    }

    /// Jenis Permohonan, as the register form words it.
    static func requestKind(_ f: RequestForm) -> String {
        switch f {
        case .view: "Melihat/membaca"
        case .softcopy: "Salinan (softcopy)"
        case .hardcopy: "Salinan (hardcopy)"
        }
    }

    /// Keputusan, as the register form words it.
    static func decision(_ o: RequestOutcome) -> String {
        switch o {
        case .grant: "Diterima seluruhnya"
        case .partial: "Diterima sebagian"
        case .refuse: "Ditolak"
        case .not_held: "Informasi tidak dikuasai"
        case .not_documented: "Informasi belum didokumentasikan"
        }
    }

    /// The written notice answering `r`, which must be answered (the caller checks).
    func requestNotice(_ r: Request, _ a: RequestAnswer, at range: SourceRange) throws(RuntimeError) -> RequestNoticeDocument {
        let (name, details) = officeHeader
        let outcome: RequestNoticeOutcome
        switch a.outcome {
        case .grant, .partial:
            var withheld: [RequestNoticeWithheld] = []
            if a.outcome == .partial {
                withheld.append(RequestNoticeWithheld(part: a.withheld ?? "", basis: a.basis ?? "", reason: a.reason ?? ""))
            }
            let form = (a.form ?? r.wants)?.rawValue ?? ""
            outcome = .given(RequestNoticeGrant(form: form, cost: String(a.cost ?? 0), withheld: withheld, note: a.note ?? ""))
        case .refuse:
            // The harm of opening it: the reason given, else the exempt item's own consequence.
            let exempt = r.about.lazy.compactMap { self.registry.item(named: $0)?.exemption }.first
            outcome = .refused(basis: a.basis ?? "", consequence: a.reason ?? exempt?.consequence ?? "")
        case .not_held:
            outcome = .notHeld(holder: a.holder ?? "")
        case .not_documented:
            outcome = .notDocumented(ready: a.ready?.iso ?? "")
        }
        // The right to object runs from the notice (Pasal 36(1)); a grant in full has no
        // ground, so the letter states the deadline only where there is one to state.
        var objectionDeadline = ""
        if a.outcome != .grant {
            objectionDeadline = try model(range) { (reg) throws(ModelError) in
                try reg.calendar.workingDay(r.figures.objection, after: a.at.date).iso
            }
        }
        let atasan = registry.holders(of: "atasan_ppid")
        return RequestNoticeDocument(
            officeName: name, officeDetails: details, date: a.at.date.iso, city: registry.office?.field("city") ?? "",
            applicantName: r.from, applicantAddress: r.address ?? "", applicantContact: r.contact ?? "",
            registrationNumber: r.number, received: r.received.iso, asks: r.asks, purpose: r.purpose,
            outcome: outcome, objectionDeadline: objectionDeadline, objectionDays: r.figures.objection,
            atasanPPID: atasan.count == 1 ? staffTitle(atasan[0]) : "",
            signerName: staffTitle(a.by))
    }
}
