import PPIDSyntax
import PPIDModel

extension Interpreter {
    /// The rows of a register, as references (nothing is copied).
    func rows(of reg: RegisterKind, at range: SourceRange) throws(RuntimeError) -> [Value] {
        var out: [Value] = []
        try forEachRow(of: reg, at: range) { v throws(RuntimeError) in
            out.append(v)
            return true
        }
        return out
    }

    /// Calls `body` for each row of `reg` until it returns false.
    @inline(__always)
    func forEachRow(of reg: RegisterKind, at range: SourceRange, _ body: (Value) throws(RuntimeError) -> Bool) throws(RuntimeError) {
        try reg.spec.walk(self, body)
    }

    /// The number of rows of `reg`.
    func rowCount(of reg: RegisterKind, at range: SourceRange) throws(RuntimeError) -> Int {
        let spec = reg.spec
        if let quick = spec.quickCount { return quick(self) }
        var n = 0
        try spec.walk(self) { _ throws(RuntimeError) in n += 1; return true }
        return n
    }

    /// An entity by name as a value, or the name as text when it no longer exists.
    @inline(__always)
    func ref(_ name: String?) -> Value {
        guard let name else { return .null }
        if let e = entity(named: name) { return .entity(e) }
        return .string(name)
    }

    @inline(__always) func opt(_ s: String?) -> Value { s.map { .string($0) } ?? .null }
}

extension Registry {
    /// Every declared name, for suggestions.
    var allNames: [String] {
        units.map(\.name) + roles.map(\.name) + staff.map(\.name) + items.map(\.name) + sops.map(\.name) + runs.map(\.name)
            + requests.map(\.name) + periods.map(\.name)
    }
}
