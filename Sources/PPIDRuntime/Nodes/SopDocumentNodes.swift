import PPIDSyntax
import PPIDModel
import PPIDText
import PPIDRender

extension Interpreter {
    /// The SOP a `show sop` / `render sop` names: by name, or a variable holding one.
    func sop(_ node: ExprNode) throws(RuntimeError) -> Sop {
        let name = try entityName(of: try node.eval(self), expecting: Noun.sop, at: node.range)
        guard let sop = registry.sop(named: name) else {
            throw RuntimeError(registry.unknown(name, code: .sopUnknown, kind: .sop), at: node.range)
        }
        return sop
    }
}

final class ShowSopNode: StmtNode {
    let name: ExprNode
    let format: OutputFormat?
    init(_ name: ExprNode, _ format: OutputFormat?, _ range: SourceRange) {
        self.name = name
        self.format = format
        super.init(range)
    }
    override var changesState: Bool { false }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let sop = try rt.sop(name)
        try rt.emit(rt.sopText(sop))
        return .normal
    }
}

final class RenderSopNode: StmtNode {
    let name: ExprNode
    let path: ExprNode
    init(_ name: ExprNode, _ path: ExprNode, _ range: SourceRange) {
        self.name = name
        self.path = path
        super.init(range)
    }
    override var changesState: Bool { false }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let sop = try rt.sop(name)
        let target = try rt.writablePath(try path.eval(rt), at: path.range)
        let ext = (target.split(separator: ".").last.map(String.init) ?? "").lowercased()
        let doc = rt.sopDocument(sop)
        let text: String
        switch ext {
        case "html", "htm": text = renderSOPHTML(doc)
        case "md": text = renderSOPMarkdown(doc)
        case "txt": text = rt.sopText(sop) + "\n"
        default:
            throw RuntimeError(.badValue, Text(en: "an SOP document is written as .html, .md or .txt, not '.\(ext)'",
                                              id: "dokumen SOP ditulis sebagai .html, .md, atau .txt, bukan '.\(ext)'"), at: path.range)
        }
        try rt.write(text, to: target, at: path.range)
        let shown = rt.text(try path.eval(rt)), steps = sop.steps.count, actors = doc.actors.count
        try rt.emit(Text(en: "wrote \(shown): SOP \(sop.name), \(count: steps, "step"), \(count: actors, "actor")",
                         id: "\(shown) ditulis: SOP \(sop.name), \(steps) tahap, \(actors) pelaksana"))
        return .normal
    }
}

extension Interpreter {
    /// The SOP as readable text for the terminal (`show sop NAME`).
    func sopText(_ sop: Sop) -> String {
        var out = ["SOP \(sop.name): \(sop.title)"]
        let h = sop.header
        var ids: [String] = []
        if let n = h.number { ids.append("Nomor \(n)") }
        if let d = h.made { ids.append("dibuat \(d.iso)") }
        if let d = h.revised { ids.append("direvisi \(d.iso)") }
        if let d = h.enacted { ids.append("disahkan \(d.iso)") }
        if let d = h.effective { ids.append("efektif \(d.iso)") }
        if !ids.isEmpty { out.append(ids.joined(separator: " · ")) }
        if let b = h.enactedBy { out.append("Disahkan oleh: \(b)") }
        for (label, list) in [("Dasar hukum", h.basis), ("Kualifikasi pelaksana", h.qualification), ("Keterkaitan", h.related),
                              ("Peralatan/perlengkapan", h.equipment), ("Peringatan", h.warning), ("Pencatatan dan pendataan", h.records)]
            where !list.isEmpty {
            out.append("\(label):")
            for (i, x) in list.enumerated() { out.append("  \(i + 1). \(x)") }
        }
        out.append("Langkah:")
        for st in sop.steps {
            out.append(String(st.number).leftPadded(3) + ". " + st.activity)
            var parts = ["oleh " + st.by.map { roleTitle($0) }.joined(separator: ", ")]
            if !st.to.isEmpty { parts.append("kepada " + st.to.map { roleTitle($0) }.joined(separator: ", ")) }
            if !st.needs.isEmpty { parts.append("kelengkapan: " + st.needs.joined(separator: ", ")) }
            parts.append("waktu: " + (st.takes.map { indonesian($0) } ?? "-"))
            if !st.yields.isEmpty { parts.append("output: " + st.yields.joined(separator: ", ")) }
            out.append("     " + parts.joined(separator: " · "))
            if let d = st.decide {
                func target(_ t: StepTarget) -> String { if case .step(let n) = t { return "langkah \(n)" }; return "selesai" }
                out.append("     keputusan: ya → \(target(d.yes)), tidak → \(target(d.no))")
            }
            if !st.separateFrom.isEmpty { out.append("     bukan pelaksana langkah " + st.separateFrom.map(String.init).joined(separator: ", ")) }
            if !st.marks.isEmpty { out.append("     menandai informasi: " + st.marks.map(\.rawValue).joined(separator: ", ")) }
            if let n = st.note { out.append("     keterangan: \(n)") }
        }
        return out.joined(separator: "\n")
    }

    func roleTitle(_ name: String) -> String { registry.role(named: name)?.title ?? name }

    /// The SOP in the SOP AP layout's terms: one actor column per role, in order of first use.
    func sopDocument(_ sop: Sop) -> SOPDocument {
        var actors: [String] = []
        for st in sop.steps { for r in st.by where !actors.contains(r) { actors.append(r) } }
        let h = sop.header
        let steps = sop.steps.map { st in
            SOPDocStep(number: st.number, activity: st.activity,
                       actorIndexes: st.by.compactMap { actors.firstIndex(of: $0) },
                       needs: st.needs.joined(separator: "; "),
                       time: st.takes.map { indonesian($0) } ?? (st.number == sop.steps.count ? "-" : "Tentatif"),
                       output: st.yields.joined(separator: "; "), note: st.note ?? "",
                       decision: st.decide.map { d in
                           func n(_ t: StepTarget) -> Int? { if case .step(let x) = t { return x }; return nil }
                           return SOPDocDecision(yes: n(d.yes), no: n(d.no))
                       })
        }
        let unit = h.unitName ?? registry.office.map { $0.name.uppercased() } ?? ""
        return SOPDocument(unitName: unit, title: sop.title.uppercased(), number: h.number,
                           made: h.made.map { indonesianDate($0.iso) }, revised: h.revised.map { indonesianDate($0.iso) },
                           effective: h.effective.map { indonesianDate($0.iso) }, enacted: h.enacted.map { indonesianDate($0.iso) },
                           enactedBy: h.enactedBy, signerName: h.signer, basis: h.basis, qualification: h.qualification,
                           related: h.related, equipment: h.equipment, warning: h.warning, records: h.records,
                           actors: actors.map { roleTitle($0) }, steps: steps, flowTitle: h.flowTitle)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
