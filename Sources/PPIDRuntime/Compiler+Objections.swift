import PPIDSyntax
import PPIDModel
import PPIDText

/// Compiling the objection and dispute statements (docs/language.md §20): field names, the
/// ground letters and the ruling's word are checked before anything runs; the rules that need
/// the registers (windows, fitting grounds, who answers) are the Model's.
extension Compiler {
    static let objectionFieldNames = ["ground", "reason"]
    static let disputeFieldNames = ["commission", "number"]
    static let rulingFieldNames = ["number", "note", "given"]

    /// Compiles an objection statement; nil when `s` is not one.
    mutating func objectionStmt(_ s: Stmt) throws(Failure) -> StmtNode? {
        let r = s.range
        switch s.kind {
        case .object(let target, let name, let fs):
            return ObjectNode(try expr(target), name, try requestFields(fs, allowed: Compiler.objectionFieldNames, what: Noun.objection), r)
        case .dispute(let target, let fs):
            return DisputeNode(try expr(target), try requestFields(fs, allowed: Compiler.disputeFieldNames, what: Noun.dispute), r)
        case .ruling(let target, let outcome, let fs):
            guard let o = RulingOutcome(rawValue: outcome.text) else {
                let all = RulingOutcome.allCases.map(\.rawValue)
                let list = all.joined(separator: ", ")
                throw fail(.unknownWord, Text(en: "'\(outcome.text)' is not a ruling of the Komisi Informasi (\(list))",
                                              id: "'\(outcome.text)' bukan putusan Komisi Informasi (\(list))"),
                           outcome.range, notes: Suggest.notes(for: outcome.text, in: all))
            }
            return RulingNode(try expr(target), o, try requestFields(fs, allowed: Compiler.rulingFieldNames, what: Noun.ruling), r)
        default:
            return nil
        }
    }
}
