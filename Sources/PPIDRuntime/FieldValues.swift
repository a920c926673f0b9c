import PPIDSyntax

/// The compiled values of one field of a declaration block (`formats softcopy, hardcopy`).
///
/// Nearly every field has one value, and a replay compiles several fields a statement: an
/// array of its own for each would be an allocation to make and free per field (a tenth of
/// compiling and running an `info`). So one value is kept inline and only two or more go
/// into an array.
struct FieldValues: RandomAccessCollection {
    private enum Storage {
        case none
        case one(ExprNode)
        case many([ExprNode])
    }
    private let storage: Storage

    /// The values `compile` makes of a field's parsed values, in order.
    init<E: Error>(_ parsed: [Expr], _ compile: (Expr) throws(E) -> ExprNode) throws(E) {
        switch parsed.count {
        case 0: storage = .none
        case 1: storage = .one(try compile(parsed[0]))
        default:
            var all: [ExprNode] = []
            all.reserveCapacity(parsed.count)
            for e in parsed { all.append(try compile(e)) }
            storage = .many(all)
        }
    }

    var startIndex: Int { 0 }
    var endIndex: Int {
        switch storage {
        case .none: 0
        case .one: 1
        case .many(let all): all.count
        }
    }

    subscript(i: Int) -> ExprNode {
        switch storage {
        case .one(let v):
            precondition(i == 0, "FieldValues index out of range")
            return v
        case .many(let all): return all[i]
        case .none: preconditionFailure("FieldValues index out of range")
        }
    }
}
