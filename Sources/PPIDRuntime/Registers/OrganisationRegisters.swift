import PPIDSyntax
import PPIDModel

/// `staff`, `roles`, `units` and `sops`: the office and its procedures.
enum OrganisationRegisters {
    /// A field of rows that are entities of one kind (`index` unpacks the kind).
    static func field(_ name: String, column: Bool = true, detail: Bool = true, _ help: String,
                      index: @escaping @Sendable (EntityRef) -> Int?,
                      _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        FieldSpec(name, column: column, detail: detail, help) { rt, v in
            guard case .entity(let e) = v, let i = index(e) else { return .null }
            return read(rt, i)
        }
    }

    static func staffField(_ name: String, column: Bool = true, detail: Bool = true, _ help: String,
                           _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        field(name, column: column, detail: detail, help, index: { if case .staff(let i) = $0 { i } else { nil } }, read)
    }

    static let staff = RegisterSpec(
        .staff, help: "the staff members",
        fields: [
            staffField("name", "the staff member's name") { rt, i in .string(rt.registry.staff[i].name) },
            staffField("full_name", "their full name") { rt, i in .string(rt.registry.staff[i].fullName) },
            staffField("roles", "the roles they hold") { rt, i in .list(rt.registry.staff[i].roles.map { rt.ref($0) }) },
            staffField("unit", "their unit, or null") { rt, i in rt.ref(rt.registry.staff[i].unit) },
            staffField("login", column: false, "the login that acts as them at the prompt, or null") { rt, i in rt.opt(rt.registry.staff[i].login) },
            staffField("title", column: false, detail: false, "the full name again (a unit and a role have a title)") { rt, i in
                .string(rt.registry.staff[i].fullName)
            },
        ],
        count: { rt in rt.registry.staff.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.staff.indices { if try !body(.entity(.staff(i))) { return } }
    }

    static func roleField(_ name: String, _ help: String, _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        field(name, help, index: { if case .role(let i) = $0 { i } else { nil } }, read)
    }

    static let roles = RegisterSpec(
        .roles, help: "the roles",
        fields: [
            roleField("name", "the role's name") { rt, i in .string(rt.registry.roles[i].name) },
            roleField("title", "its title") { rt, i in .string(rt.registry.roles[i].title) },
            roleField("holders", "the staff who hold it") { rt, i in
                let name = rt.registry.roles[i].name
                return .list(rt.registry.staff.indices.filter { rt.registry.staff[$0].roles.contains(name) }.map { .entity(.staff($0)) })
            },
        ],
        count: { rt in rt.registry.roles.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.roles.indices { if try !body(.entity(.role(i))) { return } }
    }

    static func unitField(_ name: String, _ help: String, _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        field(name, help, index: { if case .unit(let i) = $0 { i } else { nil } }, read)
    }

    static let units = RegisterSpec(
        .units, help: "the units of the office",
        fields: [
            unitField("name", "the unit's name") { rt, i in .string(rt.registry.units[i].name) },
            unitField("title", "its title") { rt, i in .string(rt.registry.units[i].title) },
        ],
        count: { rt in rt.registry.units.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.units.indices { if try !body(.entity(.unit(i))) { return } }
    }

    static func sopField(_ name: String, _ help: String, _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        field(name, help, index: { if case .sop(let i) = $0 { i } else { nil } }, read)
    }

    static let sops = RegisterSpec(
        .sops, help: "the SOPs",
        fields: [
            sopField("name", "the SOP's name") { rt, i in .string(rt.registry.sops[i].name) },
            sopField("title", "its title") { rt, i in .string(rt.registry.sops[i].title) },
            sopField("number", "its number, or null") { rt, i in rt.opt(rt.registry.sops[i].header.number) },
            sopField("steps", "the number of steps") { rt, i in .int(rt.registry.sops[i].steps.count) },
        ],
        count: { rt in rt.registry.sops.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.sops.indices { if try !body(.entity(.sop(i))) { return } }
    }
}
