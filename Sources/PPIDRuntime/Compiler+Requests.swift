import PPIDSyntax
import PPIDModel
import PPIDText

/// Compiling the request statements (docs/language.md §19): field names, channel and form
/// words and the answer's outcome are checked here, before anything runs, with suggestions;
/// the rules that need the registers (required fields, due, exemptions) are the Model's.
extension Compiler {
    static let requestFieldNames = ["from", "address", "contact", "job", "identity", "asks", "purpose",
                                    "via", "wants", "delivery", "about"]
    /// Every field an answer may have; which apply to which outcome is the Model's rule (E482).
    static let answerFieldNames = ["form", "cost", "note", "given", "withheld", "basis", "reason", "holder", "ready"]
    static let periodFieldNames = DeadlineFigures.standard.named.map(\.name)

    /// The words a word field of a request or an answer takes, with what they are for messages.
    static func requestWords(ofField field: String) -> (words: [String], what: Text)? {
        switch field {
        case "via": (RequestChannel.allCases.map(\.rawValue), Text(en: "a channel", id: "saluran permohonan"))
        case "wants", "form": (RequestForm.allCases.map(\.rawValue), Text(en: "a form of information", id: "bentuk informasi"))
        case "delivery": (RequestDelivery.allCases.map(\.rawValue), Text(en: "a way of delivery", id: "cara pengiriman"))
        case "ground": (ObjectionGround.allCases.map(\.rawValue), Text(en: "a ground of Pasal 35(1)", id: "alasan keberatan menurut Pasal 35 ayat (1)"))
        default: nil
        }
    }

    /// Compiles a request statement; nil when `s` is not one.
    mutating func requestStmt(_ s: Stmt) throws(Failure) -> StmtNode? {
        let r = s.range
        switch s.kind {
        case .request(let name, let fs):
            return RequestNode(name, try requestFields(fs, allowed: Compiler.requestFieldNames, what: Noun.request), r)
        case .extend(let target, let reason):
            return ExtendNode(try expr(target), try optional(reason), r)
        case .answer(let target, let outcome, let fs):
            // The target's kind is known when it runs: a request takes the request outcomes,
            // an objection the Atasan PPID's (uphold, grant, partial).
            let requestWords = RequestOutcome.allCases.map(\.rawValue)
            let objectionWords = ObjectionOutcome.allCases.map(\.rawValue)
            guard requestWords.contains(outcome.text) || objectionWords.contains(outcome.text) else {
                let list = requestWords.joined(separator: ", ")
                let list2 = objectionWords.joined(separator: ", ")
                throw fail(.unknownWord, Text(en: "'\(outcome.text)' is not an answer to a request (\(list)) or to an objection (\(list2))",
                                              id: "'\(outcome.text)' bukan jawaban atas permohonan (\(list)) atau tanggapan atas keberatan (\(list2))"),
                           outcome.range, notes: Suggest.notes(for: outcome.text, in: requestWords + objectionWords.filter { !requestWords.contains($0) }))
            }
            return AnswerNode(try expr(target), outcome.text, try requestFields(fs, allowed: Compiler.answerFieldNames, what: Noun.answer), r)
        case .period(let name, let days, let title, let fs):
            let f = try fields(fs, allowed: Compiler.periodFieldNames, what: Noun.period)
            return PeriodNode(name, try expr(days), try optional(title), f, r)
        default:
            return nil
        }
    }

    /// The fields of a request or an answer block: word fields are checked against their
    /// words, item fields (`about`, `given`) against the declared items.
    mutating func requestFields(_ fs: [Field], allowed: [String], what: Text) throws(Failure) -> [FieldNode] {
        var out: [FieldNode] = []
        for f in fs {
            guard allowed.contains(f.name.text) else {
                _ = try fields([f], allowed: allowed, what: what)
                continue
            }
            let values = try FieldValues(f.values) { (v) throws(Failure) in try requestFieldValue(v, field: f.name.text) }
            out.append(FieldNode(name: f.name.text, nameRange: f.name.range, values: values, range: f.range))
        }
        return out
    }

    mutating func requestFieldValue(_ e: Expr, field: String) throws(Failure) -> ExprNode {
        guard case .name(let n) = e.kind, lookupVariable(n) == nil else { return try expr(e) }
        if let (words, what) = Compiler.requestWords(ofField: field) {
            guard words.contains(n) else {
                let list = words.joined(separator: ", ")
                throw fail(.unknownWord, Text(en: "'\(n)' is not \(what) (\(list))", id: "'\(n)' bukan \(what) (\(list))"),
                           e.range, notes: Suggest.notes(for: n, in: words))
            }
            return ConstNode(.string(n), e.range)
        }
        if field == "about" || field == "given" {
            if !isEntity(n) { try unresolved(n, e.range, expecting: Noun.item) }
            return ConstNode(.string(n), e.range)
        }
        return try expr(e)
    }
}
