import PPIDSyntax
import PPIDModel
import PPIDText

/// The objection and dispute statements (docs/language.md §20). Each reads its fields, then
/// makes one Model call, so a statement that fails changes nothing.
extension Interpreter {
    /// The objection a statement is about: a name, or a variable holding an objection.
    func objectionName(_ node: ExprNode) throws(RuntimeError) -> String {
        let v = try node.eval(self)
        if case .entity(.objection(let i)) = v { return registry.objections[i].name }
        if case .string(let s) = v { return s }
        throw RuntimeError(.typeMismatch, Value.expected(Noun.objection, found: v), at: node.range)
    }

    /// An optional text field of a block.
    func optionalText(_ fields: [FieldNode], _ name: String) throws(RuntimeError) -> String? {
        guard let f = fields.first(where: { $0.name == name }) else { return nil }
        return try textField(f)
    }
}

/// `object REQUEST as NAME { ground a; reason "..." }`.
final class ObjectNode: StmtNode {
    let request: ExprNode
    let name: Name
    let fields: [FieldNode]
    init(_ request: ExprNode, _ name: Name, _ fields: [FieldNode], _ range: SourceRange) {
        self.request = request
        self.name = name
        self.fields = fields
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let q = try rt.requestName(request)
        var grounds: [ObjectionGround] = []
        for f in fields where f.name == "ground" {
            for v in f.values {
                let x = try v.eval(rt)
                for w in x.elements ?? [x] {
                    guard case .string(let s) = w, let g = ObjectionGround(rawValue: s.lowercased()) else {
                        throw RuntimeError(.badValue, Text(en: "a ground is a letter of Pasal 35(1), a to g, not \(rt.text(w))",
                                                           id: "alasan keberatan berupa huruf Pasal 35 ayat (1), a sampai g, bukan \(rt.text(w))"),
                                           at: v.range)
                    }
                    grounds.append(g)
                }
            }
        }
        let reason = try rt.optionalText(fields, "reason")
        try rt.declare(name.text, name.range) { (r) throws(ModelError) in
            try r.fileObjection(name: name.text, request: q, grounds: grounds, reason: reason)
        }
        return .normal
    }
}

/// `dispute OBJECTION { commission "..."; number "..." }`.
final class DisputeNode: StmtNode {
    let target: ExprNode
    let fields: [FieldNode]
    init(_ target: ExprNode, _ fields: [FieldNode], _ range: SourceRange) {
        self.target = target
        self.fields = fields
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let n = try rt.objectionName(target)
        let commission = try rt.optionalText(fields, "commission")
        let number = try rt.optionalText(fields, "number")
        try rt.model(range) { (r) throws(ModelError) in try r.dispute(n, commission: commission, number: number) }
        return .normal
    }
}

/// `ruling OBJECTION open | closed | partly_open { number "..."; note "..."; given ... }`.
final class RulingNode: StmtNode {
    let target: ExprNode
    let outcome: RulingOutcome
    let fields: [FieldNode]
    init(_ target: ExprNode, _ outcome: RulingOutcome, _ fields: [FieldNode], _ range: SourceRange) {
        self.target = target
        self.outcome = outcome
        self.fields = fields
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let n = try rt.objectionName(target)
        let number = try rt.optionalText(fields, "number")
        let note = try rt.optionalText(fields, "note")
        var given: [String] = []
        for f in fields where f.name == "given" { given += try rt.entityNames(f.values, expecting: Noun.item) }
        try rt.model(range) { (r) throws(ModelError) in
            try r.ruling(n, outcome: outcome, number: number, note: note, given: given)
        }
        return .normal
    }
}
