import PPIDSyntax
import PPIDModel
import PPIDRender

final class ShowSopNode: StmtNode {
    let name: Name
    let format: OutputFormat?
    init(_ name: Name, _ format: OutputFormat?, _ range: SourceRange) {
        self.name = name
        self.format = format
        super.init(range)
    }
    override var changesState: Bool { false }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        guard let sop = rt.registry.sop(named: name.text) else {
            throw RuntimeError(.rule, "there is no SOP named `\(name.text)`", at: name.range)
        }
        rt.output(rt.sopText(sop))
        return .normal
    }
}

final class RenderSopNode: StmtNode {
    let name: Name
    let path: ExprNode
    init(_ name: Name, _ path: ExprNode, _ range: SourceRange) {
        self.name = name
        self.path = path
        super.init(range)
    }
    override var changesState: Bool { false }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        throw RuntimeError(.notYetSupported, "`render sop` is not yet supported in this version of ppid", at: range)
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
            if let d = st.decide { out.append("     keputusan: ya → \(d.yes), tidak → \(d.no)") }
            if !st.separateFrom.isEmpty { out.append("     bukan pelaksana langkah " + st.separateFrom.map(String.init).joined(separator: ", ")) }
            if !st.marks.isEmpty { out.append("     menandai informasi: " + st.marks.map(\.rawValue).joined(separator: ", ")) }
            if let n = st.note { out.append("     keterangan: \(n)") }
        }
        return out.joined(separator: "\n")
    }

    func roleTitle(_ name: String) -> String { registry.role(named: name)?.title ?? name }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
