import PPIDSyntax
import PPIDModel
import PPIDText

/// A compiled `name value, value` of a declaration block.
struct FieldNode {
    let name: String
    let nameRange: SourceRange
    let values: FieldValues
    let range: SourceRange
}

extension Interpreter {
    /// Text from a value: text itself, an entity's name, anything else as displayed.
    func text(_ v: Value) -> String {
        if case .string(let s) = v { return s }
        return display(v)
    }

    /// The one value of a field that takes one.
    func single(_ f: FieldNode) throws(RuntimeError) -> Value {
        guard f.values.count == 1 else {
            throw RuntimeError(.badValue, Text(en: "'\(f.name)' takes one value, given \(f.values.count)",
                                              id: "'\(f.name)' hanya menerima satu nilai, tetapi diberi \(f.values.count)"), at: f.range)
        }
        return try f.values[0].eval(rt: self)
    }

    func textField(_ f: FieldNode) throws(RuntimeError) -> String {
        let v = try single(f)
        switch v {
        case .string(let s): return s
        case .null: throw RuntimeError(.typeMismatch, Text(en: "'\(f.name)' needs text, found null",
                                                         id: "'\(f.name)' memerlukan teks, tetapi yang ada null"), at: f.range)
        default: return display(v)
        }
    }

    /// Every value of a list field, lists flattened, as text.
    func textList(_ f: FieldNode) throws(RuntimeError) -> [String] {
        var out: [String] = []
        for n in f.values {
            let v = try n.eval(self)
            if let l = v.elements { out.append(contentsOf: l.map { text($0) }) } else { out.append(text(v)) }
        }
        return out
    }

    func dateField(_ f: FieldNode) throws(RuntimeError) -> CivilDate {
        let v = try single(f)
        guard let d = dateOf(v) else {
            throw RuntimeError(.typeMismatch, Text(en: "'\(f.name)' needs a date such as 2024-01-15, found \(v.typeName)",
                                                  id: "'\(f.name)' memerlukan tanggal, misalnya 2024-01-15, tetapi yang ada \(v.typeName)"), at: f.range)
        }
        return d
    }

    func durationField(_ f: FieldNode) throws(RuntimeError) -> Duration {
        let v = try single(f)
        guard case .duration(let d) = v else {
            throw RuntimeError(.typeMismatch, Text(en: "'\(f.name)' needs a duration such as 5 workdays, found \(v.typeName)",
                                                  id: "'\(f.name)' memerlukan durasi, misalnya 5 workdays, tetapi yang ada \(v.typeName)"), at: f.range)
        }
        return d
    }

    func intField(_ f: FieldNode) throws(RuntimeError) -> Int {
        let v = try single(f)
        guard case .int(let i) = v else {
            throw RuntimeError(.typeMismatch, Text(en: "'\(f.name)' needs a whole number, found \(v.typeName)",
                                                  id: "'\(f.name)' memerlukan bilangan bulat, tetapi yang ada \(v.typeName)"), at: f.range)
        }
        return i
    }

    func boolField(_ f: FieldNode) throws(RuntimeError) -> Bool {
        if f.values.isEmpty { return true }
        let v = try single(f)
        guard case .bool(let b) = v else {
            throw RuntimeError(.typeMismatch, Text(en: "'\(f.name)' needs true or false, found \(v.typeName)",
                                                  id: "'\(f.name)' memerlukan true atau false, tetapi yang ada \(v.typeName)"), at: f.range)
        }
        return b
    }

    /// The name of the entity a value refers to (an entity, or its name as text).
    func entityName(of v: Value, expecting: Text, at range: SourceRange) throws(RuntimeError) -> String {
        switch v {
        case .entity(let e): return entityName(e)
        case .string(let s): return s
        default: throw RuntimeError(.typeMismatch, Value.expected(expecting, found: v), at: range)
        }
    }

    /// The names of the entities a list of expressions refers to, lists flattened.
    func entityNames(_ nodes: some Collection<ExprNode>, expecting: Text) throws(RuntimeError) -> [String] {
        var out: [String] = []
        for n in nodes {
            let v = try n.eval(self)
            if let l = v.elements {
                for x in l { out.append(try entityName(of: x, expecting: expecting, at: n.range)) }
            } else {
                out.append(try entityName(of: v, expecting: expecting, at: n.range))
            }
        }
        return out
    }

    /// Runs a model operation, turning its error into a diagnostic at `range`.
    @inline(__always)
    func model<T>(_ range: SourceRange, _ body: (inout Registry) throws(ModelError) -> T) throws(RuntimeError) -> T {
        do {
            return try body(&registry)
        } catch {
            throw RuntimeError(error, at: range)
        }
    }
}

extension ExprNode {
    @inline(__always) func eval(rt: Interpreter) throws(RuntimeError) -> Value { try eval(rt) }
}
