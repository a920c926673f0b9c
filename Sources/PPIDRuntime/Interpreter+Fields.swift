import PPIDSyntax
import PPIDModel
import PPIDText

extension Interpreter {
    /// `value.name`: a field of an entity, a register row or a record. A field of null is
    /// null, so a query over a link that may be missing (`holder.title ~ "x"`) filters.
    func field(_ name: String, of v: Value, at range: SourceRange) throws(RuntimeError) -> Value {
        if let f = fieldIfAny(name, of: v) { return f }
        throw noField(name, of: v, at: range)
    }

    /// The error for a field `v` does not have.
    func noField(_ name: String, of v: Value, at range: SourceRange) -> RuntimeError {
        var known: [String] = []
        if let reg = RegisterKind.of(v) { known = reg.spec.fieldNames }
        if case .record(let r) = v { known = r.fields.map(\.0) }
        if known.isEmpty {
            return RuntimeError(.typeMismatch, Text(en: "\(v.typeName) has no fields; '.\(name)' needs an item, a run, a staff member or a row",
                                                    id: "\(v.typeName) tidak memiliki kolom; '.\(name)' memerlukan item, pelaksanaan SOP, pegawai, atau baris register"),
                                at: range)
        }
        let list = known.joined(separator: ", ")
        var notes = Suggest.notes(for: name, in: known)
        notes.append(.init(Text(en: "its fields are: \(list)", id: "kolomnya: \(list)")))
        return RuntimeError(.unknownField, Text(en: "\(v.typeName) has no field '\(name)'", id: "\(v.typeName) tidak memiliki kolom '\(name)'"),
                            at: range, notes: notes)
    }

    func fieldIfAny(_ name: String, of v: Value) -> Value? {
        switch v {
        case .entity, .row:
            guard let reg = RegisterKind.of(v), let f = reg.spec.field(named: name) else { return nil }
            return f.read(self, v)
        case .null:
            return .null
        case .record(let r):
            return r[name]
        case .dateTime(let d):
            switch name {
            case "date": return .date(d.date)
            case "time": return .time(d.timeOfDay)
            default: return nil
            }
        case .date(let d):
            switch name {
            case "year": return .int(d.year)
            case "month": return .int(d.month)
            case "day": return .int(d.day)
            case "weekday": return .int(d.weekday)
            default: return nil
            }
        default:
            return nil
        }
    }
}
