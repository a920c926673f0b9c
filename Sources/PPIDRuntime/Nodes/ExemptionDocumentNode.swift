import PPIDSyntax
import PPIDModel
import PPIDText
import PPIDRender

/// `render exemption ITEM to "x.html"`: the lembar pengujian konsekuensi of an exempt item
/// (PKPU 22/2023 Pasal 25 ayat (3); docs/language.md §9).
final class RenderExemptionNode: StmtNode {
    let item: ExprNode
    let path: ExprNode
    init(_ item: ExprNode, _ path: ExprNode, _ range: SourceRange) {
        self.item = item
        self.path = path
        super.init(range)
    }
    override var changesState: Bool { false }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let name = try rt.entityName(of: try item.eval(rt), expecting: Noun.item, at: item.range)
        let (it, e) = try rt.model(item.range) { (reg) throws(ModelError) in try reg.exemption(of: name) }
        let target = try rt.writableHTMLPath(try path.eval(rt), at: path.range,
                                             document: Text(en: "a lembar pengujian konsekuensi", id: "lembar pengujian konsekuensi"))
        try rt.write(renderConsequenceTestHTML(rt.consequenceTest(it, e)), to: target, at: path.range)
        let shown = rt.text(try path.eval(rt))
        try rt.emit(e.isProposed
            ? Text(en: "wrote \(shown): consequence test of \(it.name) (proposed)", id: "\(shown) ditulis: lembar pengujian konsekuensi \(it.name) (usulan)")
            : Text(en: "wrote \(shown): consequence test of \(it.name) (decided)", id: "\(shown) ditulis: lembar pengujian konsekuensi \(it.name) (ditetapkan)"))
        return .normal
    }
}

extension Interpreter {
    func consequenceTest(_ it: InfoItem, _ e: Exemption) -> ConsequenceTestDocument {
        let (name, details) = officeHeader
        let t = e.test
        var period = e.until.map { "sampai " + indonesianDate($0.iso) } ?? e.condition.map { "sampai " + $0 } ?? ""
        if let p = e.period { period = indonesian(p) + " (" + period + ")" }
        return ConsequenceTestDocument(
            officeName: name, officeDetails: details, title: it.title, summary: it.summary ?? "",
            holder: unitTitle(it.holder), scope: t?.scope ?? "", harm: e.consequence,
            law: [e.basis, t?.law].compactMap { $0 }.joined(separator: "; "), publicInterest: e.publicInterest ?? "",
            balance: t?.balance ?? "", conclusion: t?.conclusion ?? "Dikecualikan", period: period,
            decree: e.decree ?? "", decided: t?.decided?.iso ?? "", place: registry.office?.field("city") ?? "",
            signedBy: staffTitle(t?.signedBy), proposed: e.isProposed)
    }
}
