import PPIDSyntax
import PPIDModel
import PPIDText

extension Interpreter {
    /// The DIP fields of an `info` or `update` block.
    func itemFields(_ fields: [FieldNode]) throws(RuntimeError) -> ItemFields {
        var out = ItemFields()
        for f in fields {
            switch f.name {
            case "title": out.title = try textField(f)
            case "summary": out.summary = try textField(f)
            case "holder": out.holder = try entityName(of: try single(f), expecting: Noun.unit, at: f.range)
            case "responsible": out.responsible = try entityName(of: try single(f), expecting: Noun.staff, at: f.range)
            case "made": out.made = try dateField(f)
            case "place": out.place = try textField(f)
            case "formats": out.formats = try textList(f)
            case "media": out.media = try textList(f)
            case "documented": out.documented = try boolField(f)
            case "retention":
                switch try single(f) {
                case .duration(let d): out.retention = .duration(d)
                case .string(let s): out.retention = .text(s)
                case let v: throw RuntimeError(.typeMismatch, Text(en: "'retention' needs a duration (10 years) or text (\"Permanen\"), found \(v.typeName)",
                                                                   id: "'retention' memerlukan durasi (10 years) atau teks (\"Permanen\"), tetapi yang ada \(v.typeName)"),
                                                   at: f.range)
                }
            default:
                throw RuntimeError(.unknownField, Text(en: "an information item has no field '\(f.name)'",
                                                       id: "item informasi tidak memiliki kolom '\(f.name)'"), at: f.nameRange)
            }
        }
        return out
    }

    /// The item a statement is about: a name, or a variable holding an item.
    func itemName(_ node: ExprNode) throws(RuntimeError) -> String {
        let v = try node.eval(self)
        if case .entity(.item(let i)) = v { return registry.items[i].name }
        if case .string(let s) = v { return s }
        throw RuntimeError(.typeMismatch, Value.expected(Noun.item, found: v), at: node.range)
    }
}

final class InfoNode: StmtNode {
    let name: Name
    let title: ExprNode?
    let fields: [FieldNode]
    init(_ name: Name, _ title: ExprNode?, _ fields: [FieldNode], _ range: SourceRange) {
        self.name = name
        self.title = title
        self.fields = fields
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        var f = try rt.itemFields(fields)
        let t = try title.map { (e) throws(RuntimeError) in rt.text(try e.eval(rt)) } ?? f.title ?? name.text
        f.title = nil
        try rt.declare(name.text, name.range) { (r) throws(ModelError) in try r.declareItem(name: name.text, title: t, fields: f) }
        return .normal
    }
}

final class UpdateNode: StmtNode {
    let target: ExprNode
    let fields: [FieldNode]
    init(_ target: ExprNode, _ fields: [FieldNode], _ range: SourceRange) {
        self.target = target
        self.fields = fields
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let n = try rt.itemName(target)
        let f = try rt.itemFields(fields)
        try rt.model(range) { (r) throws(ModelError) in try r.update(n, fields: f) }
        return .normal
    }
}

final class ClassifyNode: StmtNode {
    static let emptyInput = ExemptionInput()
    let target: ExprNode
    let infoClass: InfoClass
    let fields: [FieldNode]
    init(_ target: ExprNode, _ c: InfoClass, _ fields: [FieldNode], _ range: SourceRange) {
        self.target = target
        infoClass = c
        self.fields = fields
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let n = try rt.itemName(target)
        // A copy of one empty input: building it afresh cost a twentieth of a `classify`.
        var ex = ClassifyNode.emptyInput
        for f in fields {
            switch f.name {
            case "basis": ex.basis = try rt.textList(f).joined(separator: "; ")
            case "consequence": ex.consequence = try rt.textField(f)
            case "public_interest": ex.publicInterest = try rt.textField(f)
            case "until":
                if f.values.count == 2, case .string(let w) = try f.values[0].eval(rt), w == "consent" || w == "condition" {
                    let text = rt.text(try f.values[1].eval(rt))
                    ex.condition = text
                } else {
                    ex.until = try rt.dateField(f)
                }
            case "for": ex.period = try rt.durationField(f)
            case "decree": ex.decree = try rt.textField(f)
            case "ground": ex.ground = try rt.textField(f)
            case "withhold":
                let part = rt.text(try f.values[0].eval(rt))
                var basis = ""
                if f.values.count == 3, case .string("basis") = try f.values[1].eval(rt) { basis = rt.text(try f.values[2].eval(rt)) }
                ex.withheld.append(WithheldPart(part: part, basis: basis))
            case "scope": ex.test.scope = try rt.textField(f)
            case "law": ex.test.law = try rt.textField(f)
            case "balance": ex.test.balance = try rt.textField(f)
            case "conclusion": ex.test.conclusion = try rt.textField(f)
            case "decided": ex.test.decided = try rt.dateField(f)
            case "signed_by": ex.test.signedBy = try rt.entityName(of: try rt.single(f), expecting: Noun.staff, at: f.range)
            default:
                throw RuntimeError(.unknownField, Text(en: "an exemption has no field '\(f.name)'",
                                                       id: "pengecualian tidak memiliki kolom '\(f.name)'"), at: f.nameRange)
            }
        }
        try rt.model(range) { (r) throws(ModelError) in try r.classify(n, as: infoClass, exemption: ex) }
        return .normal
    }
}

final class WithdrawNode: StmtNode {
    let target: ExprNode
    let reason: ExprNode?
    init(_ target: ExprNode, _ reason: ExprNode?, _ range: SourceRange) {
        self.target = target
        self.reason = reason
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let n = try rt.itemName(target)
        let why = try reason.map { (e) throws(RuntimeError) in rt.text(try e.eval(rt)) } ?? ""
        try rt.model(range) { (r) throws(ModelError) in try r.withdraw(n, reason: why) }
        return .normal
    }
}
