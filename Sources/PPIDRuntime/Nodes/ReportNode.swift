import PPIDSyntax
import PPIDModel
import PPIDText
import PPIDRender

/// `report annual 2024 to "laporan.html" { policy "..." }` and `show report semester 2024-2`
/// (docs/language.md §21): the service report, computed from the registers.
final class ReportNode: StmtNode {
    let year: ExprNode
    let half: Int?
    let path: ExprNode?
    let fields: [FieldNode]
    init(year: ExprNode, half: Int?, path: ExprNode?, fields: [FieldNode], _ range: SourceRange) {
        self.year = year
        self.half = half
        self.path = path
        self.fields = fields
        super.init(range)
    }
    override var changesState: Bool { false }

    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let v = try year.eval(rt)
        guard case .int(let y) = v, (1900...9999).contains(y) else {
            throw RuntimeError(.typeMismatch, Text(en: "a report's year is a whole number such as 2024, found \(rt.display(v))",
                                                   id: "tahun laporan berupa bilangan bulat, misalnya 2024, tetapi yang ada \(rt.display(v))"), at: year.range)
        }
        var texts: [String: String] = [:]
        for f in fields { texts[f.name] = try rt.textList(f).joined(separator: "\n") }
        let doc = rt.serviceReport(year: y, half: half, sections: texts)
        guard let path else {
            var text = serviceReportText(doc)
            while text.hasSuffix("\n") { text.removeLast() }
            try rt.emit(text)
            return .normal
        }
        let target = try rt.writablePath(try path.eval(rt), at: path.range)
        let ext = (target.split(separator: ".").last.map(String.init) ?? "").lowercased()
        let text: String
        switch ext {
        case "html", "htm": text = renderServiceReportHTML(doc)
        case "md": text = renderServiceReportMarkdown(doc)
        case "txt": text = serviceReportText(doc) + "\n"
        default:
            throw RuntimeError(.badValue, Text(en: "a report is written as .html, .md or .txt, not '.\(ext)'",
                                              id: "laporan ditulis sebagai .html, .md, atau .txt, bukan '.\(ext)'"), at: path.range)
        }
        try rt.write(text, to: target, at: path.range)
        let shown = rt.text(try path.eval(rt)), n = doc.requests.received, k = doc.objections.filed
        try rt.emit(Text(en: "wrote \(shown): service report \(doc.period), \(count: n, "request"), \(count: k, "objection")",
                         id: "\(shown) ditulis: laporan layanan informasi publik \(doc.period), \(n) permohonan, \(k) keberatan"))
        return .normal
    }
}
