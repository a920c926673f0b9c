import PPIDSyntax
import PPIDModel
import PPIDText

/// The request statements (docs/language.md §19). Each reads its fields, then makes one
/// Model call, so a statement that fails changes nothing.
extension Interpreter {
    /// The fields of a `request` block.
    func requestFields(_ fields: [FieldNode]) throws(RuntimeError) -> RequestFields {
        var out = RequestFields()
        for f in fields {
            switch f.name {
            case "from": out.from = try textField(f)
            case "address": out.address = try textField(f)
            case "contact": out.contact = try textField(f)
            case "job": out.job = try textField(f)
            case "identity": out.identity = try textField(f)
            case "asks": out.asks = try textField(f)
            case "purpose": out.purpose = try textField(f)
            case "via": out.via = try word(f, RequestChannel.self)
            case "wants": out.wants = try word(f, RequestForm.self)
            case "delivery": out.delivery = try word(f, RequestDelivery.self)
            case "about": out.about = try entityNames(f.values, expecting: Noun.item)
            default: break   // the compiler admits only the fields above
            }
        }
        return out
    }

    /// The fields of an `answer` block.
    func answerDetails(_ fields: [FieldNode]) throws(RuntimeError) -> AnswerDetails {
        var out = AnswerDetails()
        for f in fields {
            switch f.name {
            case "form": out.form = try word(f, RequestForm.self)
            case "cost": out.cost = try rupiah(f)
            case "note": out.note = try textField(f)
            case "given": out.given = try entityNames(f.values, expecting: Noun.item)
            case "withheld": out.withheld = try textList(f).joined(separator: "; ")
            case "basis": out.basis = try textList(f).joined(separator: "; ")
            case "reason": out.reason = try textField(f)
            case "holder": out.holder = try textField(f)
            case "ready": out.ready = try dateField(f)
            default: break   // the compiler admits only the fields above
            }
        }
        return out
    }

    /// A word field given as text (`via "e-PPID"`): written as officers write it, with
    /// capitals, spaces or hyphens, it is the word with underscores.
    func word<W: RawRepresentable & CaseIterable>(_ f: FieldNode, _: W.Type) throws(RuntimeError) -> W where W.RawValue == String {
        let written = try textField(f)
        let normal = String(written.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
        if let w = W(rawValue: normal) { return w }
        let words = W.allCases.map(\.rawValue)
        let list = words.joined(separator: ", ")
        throw RuntimeError(.badValue, Text(en: "'\(f.name)' is one of \(list), not \"\(written)\"",
                                           id: "'\(f.name)' bernilai salah satu dari \(list), bukan \"\(written)\""),
                           at: f.range, notes: Suggest.notes(for: normal, in: words))
    }

    /// A cost in whole rupiah: a whole number, or a decimal with no fraction.
    func rupiah(_ f: FieldNode) throws(RuntimeError) -> Int {
        let v = try single(f)
        switch v {
        case .int(let i): return i
        case .decimal(let d) where d.units % Decimal6.scale == 0: return d.units / Decimal6.scale
        default:
            throw RuntimeError(.typeMismatch, Text(en: "'cost' is whole rupiah (such as 5000), found \(v.typeName)",
                                                   id: "'cost' ditulis dalam rupiah tanpa sen (misalnya 5000), tetapi yang ada \(v.typeName)"),
                               at: f.range)
        }
    }

    /// The request a statement is about: a name, or a variable holding a request.
    func requestName(_ node: ExprNode) throws(RuntimeError) -> String {
        let v = try node.eval(self)
        if case .entity(.request(let i)) = v { return registry.requests[i].name }
        if case .string(let s) = v { return s }
        throw RuntimeError(.typeMismatch, Value.expected(Noun.request, found: v), at: node.range)
    }
}

/// `request NAME { ... }`: receipt, numbering and the statutory due.
final class RequestNode: StmtNode {
    let name: Name
    let fields: [FieldNode]
    init(_ name: Name, _ fields: [FieldNode], _ range: SourceRange) {
        self.name = name
        self.fields = fields
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let f = try rt.requestFields(fields)
        try rt.declare(name.text, name.range) { (r) throws(ModelError) in try r.receiveRequest(name: name.text, fields: f) }
        return .normal
    }
}

/// `extend REQUEST "reason"`.
final class ExtendNode: StmtNode {
    let target: ExprNode
    let reason: ExprNode?
    init(_ target: ExprNode, _ reason: ExprNode?, _ range: SourceRange) {
        self.target = target
        self.reason = reason
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let n = try rt.requestName(target)
        let why = try reason.map { (e) throws(RuntimeError) in rt.text(try e.eval(rt)) } ?? ""
        try rt.model(range) { (r) throws(ModelError) in try r.extend(n, reason: why) }
        return .normal
    }
}

/// `answer REQUEST OUTCOME { ... }`: the written notice; `answer OBJECTION OUTCOME { ... }`:
/// the Atasan PPID's answer to an objection (docs/language.md §20).
final class AnswerNode: StmtNode {
    let target: ExprNode
    /// The outcome word, checked by the compiler to be a request's or an objection's.
    let outcome: String
    let fields: [FieldNode]
    init(_ target: ExprNode, _ outcome: String, _ fields: [FieldNode], _ range: SourceRange) {
        self.target = target
        self.outcome = outcome
        self.fields = fields
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let (n, isObjection) = try rt.answerTarget(target)
        let d = try rt.answerDetails(fields)
        if isObjection {
            guard let o = ObjectionOutcome(rawValue: outcome) else {
                throw RuntimeError(Registry.answerOutcomeMismatch(n, isObjection: true, outcome: outcome), at: range)
            }
            try rt.model(range) { (r) throws(ModelError) in _ = try r.answerObjection(n, outcome: o, details: d) }
        } else {
            guard let o = RequestOutcome(rawValue: outcome) else {
                throw RuntimeError(Registry.answerOutcomeMismatch(n, isObjection: false, outcome: outcome), at: range)
            }
            try rt.model(range) { (r) throws(ModelError) in try r.answer(n, outcome: o, details: d) }
        }
        return .normal
    }
}

extension Interpreter {
    /// What an `answer` is about: a request or an objection, by name or a variable holding one.
    /// An unknown name is taken as a request's (E471).
    func answerTarget(_ node: ExprNode) throws(RuntimeError) -> (String, isObjection: Bool) {
        let v = try node.eval(self)
        switch v {
        case .entity(.objection(let i)): return (registry.objections[i].name, true)
        case .entity(.request(let i)): return (registry.requests[i].name, false)
        case .string(let s):
            if case .objection? = registry.entity(named: s) { return (s, true) }
            return (s, false)
        default:
            throw RuntimeError(.typeMismatch, Value.expected(Noun.requestOrObjection, found: v), at: node.range)
        }
    }
}

/// `period NAME FROM..TO "title" { answer N workdays; ... }`.
final class PeriodNode: StmtNode {
    let name: Name
    let days: ExprNode
    let title: ExprNode?
    let fields: [FieldNode]
    init(_ name: Name, _ days: ExprNode, _ title: ExprNode?, _ fields: [FieldNode], _ range: SourceRange) {
        self.name = name
        self.days = days
        self.title = title
        self.fields = fields
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let from: CivilDate, to: CivilDate
        switch try days.eval(rt) {
        case .date(let d): (from, to) = (d, d)
        case .dateRange(let a, let b): (from, to) = (a, b)
        case let v:
            throw RuntimeError(.typeMismatch, Text(en: "a period's days are a date range such as 2024-05-27..2024-11-27, found \(v.typeName)",
                                                   id: "hari-hari periode ditulis sebagai rentang tanggal, misalnya 2024-05-27..2024-11-27, tetapi yang ada \(v.typeName)"),
                               at: days.range)
        }
        let t = try title.map { (e) throws(RuntimeError) in rt.text(try e.eval(rt)) } ?? name.text
        var figures: [String: Int] = [:]
        for f in fields { figures[f.name] = try rt.workdayFigure(f) }
        try rt.declare(name.text, name.range) { (r) throws(ModelError) in
            try r.definePeriod(name: name.text, from: from, to: to, title: t, answer: figures["answer"],
                               extension: figures["extension"], objection: figures["objection"],
                               objectionAnswer: figures["objection_answer"], dispute: figures["dispute"])
        }
        return .normal
    }
}

extension Interpreter {
    /// A period's figure: `3 workdays` (or a bare whole number of working days).
    func workdayFigure(_ f: FieldNode) throws(RuntimeError) -> Int {
        let v = try single(f)
        if case .int(let i) = v { return i }
        if case .duration(let d) = v, d.unit == .workday || d.unit == .day { return d.amount }
        throw RuntimeError(.typeMismatch, Text(en: "'\(f.name)' is a number of working days such as 3 workdays, found \(v.typeName)",
                                               id: "'\(f.name)' berupa jumlah hari kerja, misalnya 3 workdays, tetapi yang ada \(v.typeName)"),
                           at: f.range)
    }
}

/// `option request_number "{seq}/PPID/{month_roman}/{year}"`: the pattern of the numbers
/// issued from now on (docs/language.md §19).
final class RequestNumberOptionNode: StmtNode {
    let value: ExprNode
    init(_ value: ExprNode, _ range: SourceRange) {
        self.value = value
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let v = try value.eval(rt)
        guard case .string(let pattern) = v else {
            throw RuntimeError(.typeMismatch, Text(en: "option request_number needs a pattern in quotes such as \"{seq}/PPID/{month_roman}/{year}\", found \(v.typeName)",
                                                   id: "option request_number memerlukan pola dalam tanda kutip, misalnya \"{seq}/PPID/{month_roman}/{year}\", tetapi yang ada \(v.typeName)"),
                               at: value.range)
        }
        try rt.model(range) { (r) throws(ModelError) in try r.setRequestNumberPattern(pattern) }
        return .normal
    }
}
