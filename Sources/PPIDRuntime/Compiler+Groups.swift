import PPIDSyntax
import PPIDModel
import PPIDText

/// Compiling `group by KEY with AGG(FIELD), ...` (docs/language.md §12, "group by"): the key
/// and the aggregates' fields are compiled in the row's scope; `order by` of a grouped query
/// names the group's columns.
extension Compiler {
    /// The aggregate functions `with` takes.
    static let aggregateFunctions = ["avg", "min", "max", "sum"]

    mutating func groupClause(_ g: GroupClause, register: RegisterKind) throws(Failure) -> GroupSpec {
        let key = try expr(g.key)
        let keyName: String
        switch g.key.kind {
        case .name(let n): keyName = n
        case .call(let f, _): keyName = f.text
        default: keyName = "group"
        }
        var aggregates: [GroupSpec.Aggregate] = []
        var columns = [keyName, "count"]
        for a in g.aggregates {
            guard case .call(let f, let args) = a.kind else {
                throw fail(.unknownFunction, Text(en: "`with` takes aggregates such as avg(days), min(days), max(days) or sum(cost)",
                                          id: "`with` memerlukan agregat, misalnya avg(days), min(days), max(days), atau sum(cost)"), a.range)
            }
            guard let fn = GroupSpec.Function(rawValue: f.text) else {
                let list = Compiler.aggregateFunctions.joined(separator: ", ")
                throw fail(.unknownFunction, Text(en: "'\(f.text)' is not an aggregate (\(list)); every group has its `count`",
                                                  id: "'\(f.text)' bukan agregat (\(list)); setiap kelompok sudah memiliki `count`"),
                           f.range, notes: Suggest.notes(for: f.text, in: Compiler.aggregateFunctions))
            }
            guard args.count == 1 else {
                throw fail(.wrongArgumentCount, Text(en: "\(f.text)() takes one field, given \(args.count)",
                                                     id: "\(f.text)() menerima satu kolom, tetapi diberi \(args.count)"), a.range)
            }
            let name: String
            if case .name(let n) = args[0].kind { name = "\(f.text)_\(n)" } else { name = f.text }
            aggregates.append(GroupSpec.Aggregate(function: fn, value: try expr(args[0]), column: name))
            columns.append(name)
        }
        return GroupSpec(key: key, columns: columns, aggregates: aggregates)
    }

    /// `order by` of a grouped query: each key is one of the group's columns.
    func groupOrder(_ keys: [OrderKey], columns: [String]) throws(Failure) -> [(column: Int, descending: Bool)] {
        var out: [(Int, Bool)] = []
        for k in keys {
            guard case .name(let n) = k.key.kind, let i = columns.firstIndex(of: n) else {
                let list = columns.joined(separator: ", ")
                var notes: [Diagnostic.Note] = []
                if case .name(let n) = k.key.kind { notes = Suggest.notes(for: n, in: columns) }
                throw fail(.unknownName, Text(en: "a grouped query is ordered by one of its columns (\(list))",
                                              id: "kueri berkelompok diurutkan menurut salah satu kolomnya (\(list))"),
                           k.key.range, notes: notes)
            }
            out.append((i, k.descending))
        }
        return out
    }
}

/// A compiled `group by`: the key, the column names (key, count, then the aggregates), and
/// the aggregates.
struct GroupSpec {
    enum Function: String {
        case avg, min, max, sum
    }
    struct Aggregate {
        let function: Function
        let value: ExprNode
        let column: String
    }
    let key: ExprNode
    let columns: [String]
    let aggregates: [Aggregate]
}
