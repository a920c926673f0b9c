import PPIDSyntax
import PPIDModel
import PPIDRender

/// The Laporan Layanan Informasi Publik (docs/language.md §21), counted from the registers
/// alone: the same script gives the same report. A request or an objection belongs to the
/// period it was received in; its outcome is the one on record now.
extension Interpreter {
    /// The first and last day of the year, or of its half (1: January–June, 2: July–December).
    /// `year` is one ReportNode accepts (1900–9999), so both days exist.
    static func reportDays(year: Int, half: Int?) -> (CivilDate, CivilDate) {
        let (m1, m2) = half == 1 ? (1, 6) : half == 2 ? (7, 12) : (1, 12)
        guard let from = CivilDate(year: year, month: m1, day: 1),
              let to = CivilDate(year: year, month: m2, day: m2 == 6 ? 30 : 31) else {
            preconditionFailure("a report year outside 1900...9999")
        }
        return (from, to)
    }

    func serviceReport(year: Int, half: Int?, sections texts: [String: String]) -> ServiceReportDocument {
        let (name, details) = officeHeader
        let (from, to) = Interpreter.reportDays(year: year, half: half)
        func inPeriod(_ t: DateTime) -> Bool { t.date >= from && t.date <= to }
        let title = half.map { "Semester \($0 == 1 ? "I" : "II") Tahun \(year)" } ?? "Tahun \(year)"

        let requests = registry.requests.filter { inPeriod($0.received) }
        var figures = ServiceReportRequests(received: requests.count)
        var days: [Int] = []
        var grounds: [String: Int] = [:]
        var channels: [String: Int] = [:]
        var months: [Int: Int] = [:]
        for q in requests {
            months[q.received.date.month, default: 0] += 1
            channels[Interpreter.channelLabel(q.via), default: 0] += 1
            guard let a = q.answer else { figures.open += 1; continue }
            days.append(a.days)
            if a.late { figures.late += 1 }
            switch a.outcome {
            case .grant: figures.granted += 1
            case .partial: figures.partial += 1
            case .refuse:
                figures.refused += 1
                grounds[Interpreter.pasal17Ground(a.basis ?? ""), default: 0] += 1
            case .not_held: figures.notHeld += 1
            case .not_documented: figures.notDocumented += 1
            }
        }
        let objections = registry.objections.filter { inPeriod($0.received) }
        var obj = ServiceReportObjections(filed: objections.count)
        var byLetter: [String: Int] = [:]
        for o in objections {
            for g in o.grounds { byLetter[g.rawValue, default: 0] += 1 }
            switch o.outcome {
            case .uphold?: obj.upheld += 1
            case .grant?: obj.granted += 1
            case .partial?: obj.partial += 1
            case nil: obj.open += 1
            }
        }
        obj.byGround = byLetter.keys.sorted().map { ($0, byLetter[$0] ?? 0) }
        let disputed = registry.objections.filter { $0.dispute.map { inPeriod($0.at) } ?? false }
        var rulings: [String: Int] = [:]
        for o in disputed { if let r = o.ruling { rulings[Interpreter.rulingLabel(r.outcome), default: 0] += 1 } }
        let disputes = ServiceReportDisputes(filed: disputed.count, rulings: rulings.keys.sorted().map { ($0, rulings[$0] ?? 0) },
                                             open: disputed.filter { $0.ruling == nil }.count)

        let channelOrder = RequestChannel.allCases.map { Interpreter.channelLabel($0) } + [Interpreter.channelLabel(nil)]
        let byMonth = Array(from.month...to.month).map { ($0, months[$0] ?? 0) }
        return ServiceReportDocument(
            officeName: name, officeDetails: details, period: title, generated: documentDate,
            requests: figures, answerTime: Interpreter.answerTime(days),
            refusalsByGround: grounds.keys.sorted().map { ($0, grounds[$0] ?? 0) },
            byChannel: channelOrder.compactMap { c in channels[c].map { (c, $0) } },
            byMonth: byMonth, objections: obj, disputes: disputes, dip: dipFigures(from: from, to: to),
            sections: zip(ServiceReportDocument.textSections, Compiler.reportFieldNames).map { ($0, texts[$1] ?? "") })
    }

    /// Median, least, most and the distribution of the working days taken to answer.
    static func answerTime(_ days: [Int]) -> ServiceReportAnswerTime {
        guard !days.isEmpty else { return ServiceReportAnswerTime(distribution: [], statutoryDays: DeadlineFigures.standard.answer) }
        let s = days.sorted()
        let mid = s.count / 2
        let median = s.count % 2 == 1 ? Double(s[mid]) : Double(s[mid - 1] + s[mid]) / 2
        var distribution = Array(repeating: 0, count: (s.last ?? 0) + 1)
        for d in s where d >= 0 { distribution[d] += 1 }
        return ServiceReportAnswerTime(median: median, minimum: s.first, maximum: s.last, distribution: distribution,
                                       statutoryDays: DeadlineFigures.standard.answer)
    }

    /// The DIP now, by class, and the items declared and changed in the period.
    func dipFigures(from: CivilDate, to: CivilDate) -> ServiceReportDIP {
        var d = ServiceReportDIP()
        for (i, it) in registry.items.enumerated() {
            if it.isInDIP {
                switch it.infoClass {
                case .berkala?: d.berkala += 1
                case .serta_merta?: d.sertaMerta += 1
                case .setiap_saat?: d.setiapSaat += 1
                default: break
                }
            }
            if it.isInDIK { d.exempt += 1 }
            let history = registry.history(ofItemAt: i)
            if let declared = history.first?.clock?.date, declared >= from, declared <= to { d.added += 1 }
            if history.dropFirst().contains(where: { c in c.clock.map { $0.date >= from && $0.date <= to } ?? false }) { d.changed += 1 }
        }
        return d
    }

    /// "Pasal 17 huruf h angka 3" → "Pasal 17 huruf h": refusals counted by letter.
    static func pasal17Ground(_ basis: String) -> String {
        if let c = Pasal17.letter(in: basis) { return "Pasal 17 huruf \(c)" }
        return basis.isEmpty ? "(tanpa dasar)" : basis
    }

    static func channelLabel(_ c: RequestChannel?) -> String {
        switch c {
        case .desk?: "Datang langsung"
        case .e_ppid?: "e-PPID"
        case .email?: "Surel"
        case .letter?: "Surat"
        case .fax?: "Faksimile"
        case .phone?: "Telepon"
        case nil: "Tidak dicatat"
        }
    }

    static func rulingLabel(_ r: RulingOutcome) -> String {
        switch r {
        case .open: "Terbuka"
        case .closed: "Tertutup"
        case .partly_open: "Terbuka sebagian"
        }
    }
}
