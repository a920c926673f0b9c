import PPIDSyntax
import PPIDModel
import PPIDText

/// `staff`, `roles`, `units` and `sops`: the office and its procedures.
enum OrganisationRegisters {
    /// A field of rows that are entities of one kind (`index` unpacks the kind).
    static func field(_ name: String, _ type: FieldType, column: Bool = true, detail: Bool = true, _ help: Text,
                      index: @escaping @Sendable (EntityRef) -> Int?,
                      _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        FieldSpec(name, type, column: column, detail: detail, help) { rt, v in
            guard case .entity(let e) = v, let i = index(e) else { return .null }
            return read(rt, i)
        }
    }

    static func staffField(_ name: String, _ type: FieldType, column: Bool = true, detail: Bool = true, _ help: Text,
                           _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        field(name, type, column: column, detail: detail, help, index: { if case .staff(let i) = $0 { i } else { nil } }, read)
    }

    static let staff = RegisterSpec(
        .staff, help: Text(en: "the staff members", id: "para pegawai"),
        fields: [
            staffField("name", .text, Text(en: "the staff member's name", id: "nama pegawai")) { rt, i in .string(rt.registry.staff[i].name) },
            staffField("full_name", .text, Text(en: "their full name", id: "nama lengkapnya")) { rt, i in .string(rt.registry.staff[i].fullName) },
            staffField("roles", .list, Text(en: "the roles they hold", id: "peran yang dipegangnya")) { rt, i in .list(rt.registry.staff[i].roles.map { rt.ref($0) }) },
            staffField("unit", .reference(.units), Text(en: "their unit, or null", id: "unit kerjanya, atau null")) { rt, i in rt.ref(rt.registry.staff[i].unit) },
            staffField("login", .text, column: false, Text(en: "the login that acts as them at the prompt, or null", id: "login yang bertindak sebagai pegawai ini di prompt, atau null")) { rt, i in rt.opt(rt.registry.staff[i].login) },
            staffField("title", .omitted, column: false, detail: false, Text(en: "the full name again (a unit and a role have a title)", id: "nama lengkap lagi (unit kerja dan peran memiliki judul)")) { rt, i in
                .string(rt.registry.staff[i].fullName)
            },
        ],
        count: { rt in rt.registry.staff.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.staff.indices { if try !body(.entity(.staff(i))) { return } }
    }

    static func roleField(_ name: String, _ type: FieldType, _ help: Text, _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        field(name, type, help, index: { if case .role(let i) = $0 { i } else { nil } }, read)
    }

    static let roles = RegisterSpec(
        .roles, help: Text(en: "the roles", id: "peran-peran"),
        fields: [
            roleField("name", .text, Text(en: "the role's name", id: "nama peran")) { rt, i in .string(rt.registry.roles[i].name) },
            roleField("title", .text, Text(en: "its title", id: "judulnya")) { rt, i in .string(rt.registry.roles[i].title) },
            roleField("holders", .list, Text(en: "the staff who hold it", id: "pegawai yang memegangnya")) { rt, i in
                let name = rt.registry.roles[i].name
                return .list(rt.registry.staff.indices.filter { rt.registry.staff[$0].roles.contains(name) }.map { .entity(.staff($0)) })
            },
        ],
        count: { rt in rt.registry.roles.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.roles.indices { if try !body(.entity(.role(i))) { return } }
    }

    static func unitField(_ name: String, _ type: FieldType, _ help: Text, _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        field(name, type, help, index: { if case .unit(let i) = $0 { i } else { nil } }, read)
    }

    static let units = RegisterSpec(
        .units, help: Text(en: "the units of the office", id: "unit kerja kantor"),
        fields: [
            unitField("name", .text, Text(en: "the unit's name", id: "nama unit kerja")) { rt, i in .string(rt.registry.units[i].name) },
            unitField("title", .text, Text(en: "its title", id: "judulnya")) { rt, i in .string(rt.registry.units[i].title) },
        ],
        count: { rt in rt.registry.units.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.units.indices { if try !body(.entity(.unit(i))) { return } }
    }

    static func sopField(_ name: String, _ type: FieldType, _ help: Text, _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        field(name, type, help, index: { if case .sop(let i) = $0 { i } else { nil } }, read)
    }

    static let sops = RegisterSpec(
        .sops, help: Text(en: "the SOPs", id: "SOP-SOP"),
        fields: [
            sopField("name", .text, Text(en: "the SOP's name", id: "nama SOP")) { rt, i in .string(rt.registry.sops[i].name) },
            sopField("title", .text, Text(en: "its title", id: "judulnya")) { rt, i in .string(rt.registry.sops[i].title) },
            sopField("number", .text, Text(en: "its number, or null", id: "nomornya, atau null")) { rt, i in rt.opt(rt.registry.sops[i].header.number) },
            sopField("steps", .integer, Text(en: "the number of steps", id: "jumlah tahap")) { rt, i in .int(rt.registry.sops[i].steps.count) },
        ],
        count: { rt in rt.registry.sops.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.sops.indices { if try !body(.entity(.sop(i))) { return } }
    }
}
