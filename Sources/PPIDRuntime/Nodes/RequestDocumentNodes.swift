import PPIDSyntax
import PPIDModel
import PPIDText
import PPIDRender

extension Interpreter {
    /// The absolute path a printable letter (`document`) may be written to: writable, and .html.
    func writableHTMLPath(_ v: Value, at range: SourceRange, document: Text) throws(RuntimeError) -> String {
        let target = try writablePath(v, at: range)
        let ext = (target.split(separator: ".").last.map(String.init) ?? "").lowercased()
        guard ext == "html" || ext == "htm" else {
            throw RuntimeError(.badValue, Text(en: "\(document) is written as .html (printable A4), not '.\(ext)'",
                                              id: "\(document) ditulis sebagai .html (siap cetak A4), bukan '.\(ext)'"), at: range)
        }
        return target
    }
}

/// `render notice REQUEST to "p1.html"`: the written notice (pemberitahuan tertulis) of an
/// answered request, as a printable A4 letter (docs/language.md §19).
final class RenderNoticeNode: StmtNode {
    let request: ExprNode
    let path: ExprNode
    init(_ request: ExprNode, _ path: ExprNode, _ range: SourceRange) {
        self.request = request
        self.path = path
        super.init(range)
    }
    override var changesState: Bool { false }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let (name, isObjection) = try rt.answerTarget(request)
        if isObjection { return try objectionAnswer(name, rt) }
        let (r, a) = try rt.model(request.range) { (reg) throws(ModelError) in try reg.notice(of: name) }
        let target = try htmlTarget(rt)
        let doc = try rt.requestNotice(r, a, at: request.range)
        try rt.write(renderRequestNoticeHTML(doc), to: target, at: path.range)
        let shown = rt.text(try path.eval(rt))
        try rt.emit(Text(en: "wrote \(shown): written notice for request \(r.name) (\(r.number)), \(raw: a.outcome.rawValue)",
                         id: "\(shown) ditulis: pemberitahuan tertulis permohonan \(r.name) (\(r.number)), \(raw: a.outcome.rawValue)"))
        return .normal
    }

    /// The path to write, which must be .html.
    func htmlTarget(_ rt: Interpreter) throws(RuntimeError) -> String {
        try rt.writableHTMLPath(try path.eval(rt), at: path.range,
                                document: Text(en: "a written notice", id: "pemberitahuan tertulis"))
    }

    /// `render notice k1 to …` for an objection: the Atasan PPID's written answer.
    func objectionAnswer(_ name: String, _ rt: Interpreter) throws(RuntimeError) -> Flow {
        let (o, a) = try rt.model(request.range) { (reg) throws(ModelError) in try reg.objectionNotice(of: name) }
        let target = try htmlTarget(rt)
        let doc = try rt.objectionAnswer(o, a, at: request.range)
        try rt.write(renderObjectionAnswerHTML(doc), to: target, at: path.range)
        let shown = rt.text(try path.eval(rt))
        try rt.emit(Text(en: "wrote \(shown): the Atasan PPID's answer to objection \(o.name) (\(o.number)), \(raw: a.outcome.rawValue)",
                         id: "\(shown) ditulis: tanggapan Atasan PPID atas keberatan \(o.name) (\(o.number)), \(raw: a.outcome.rawValue)"))
        return .normal
    }
}
