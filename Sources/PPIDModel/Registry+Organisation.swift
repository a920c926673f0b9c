/// The office, its units, roles and staff; the current actor and the `allow` rules.
extension Registry {
    /// `office NAME { key "value" ... }`. There is one office; a second declaration is an error.
    public mutating func declareOffice(name: String, fields: [OfficeField] = []) throws(ModelError) {
        if let existing = office {
            throw ModelError(.officeDuplicate, Message.officeDuplicate(existing.name))
        }
        guard !name.isEmpty else { throw ModelError(.nameEmpty, Message.officeNoName) }
        var seen = Set<String>()
        for f in fields where !seen.insert(f.key).inserted {
            throw ModelError(.officeField, Message.officeField(f.key))
        }
        office = Office(name: name, fields: fields)
        appendLog(.office, name, fields.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
    }

    /// `unit NAME "Title"`.
    public mutating func declareUnit(name: String, title: String) throws(ModelError) {
        try checkNewName(name, kind: "a unit")
        addName(name, .unit(units.count))
        units.append(Unit(name: name, title: title))
        appendLog(.unit, name, title)
    }

    /// `role NAME "Title"`.
    public mutating func declareRole(name: String, title: String) throws(ModelError) {
        try checkNewName(name, kind: "a role")
        addName(name, .role(roles.count))
        roles.append(Role(name: name, title: title))
        appendLog(.role, name, title)
    }

    /// `staff NAME "Full Name" { roles a, b; unit u }`. Roles and unit must be declared;
    /// a role listed twice counts once.
    public mutating func declareStaff(name: String, fullName: String, roles staffRoles: [String] = [],
                                      unit: String? = nil) throws(ModelError) {
        try checkNewName(name, kind: "a staff member")
        var distinct: [String] = []
        for r in staffRoles where !distinct.contains(r) {
            guard role(named: r) != nil else {
                throw unknown(r, code: .roleUnknown, kind: "role")
            }
            distinct.append(r)
        }
        if let u = unit, self.unit(named: u) == nil {
            throw unknown(u, code: .unitUnknown, kind: "unit")
        }
        addName(name, .staff(staff.count))
        staff.append(Staff(name: name, fullName: fullName, roles: distinct, unit: unit))
        var detail = fullName
        if !distinct.isEmpty { detail += "; roles " + distinct.joined(separator: ", ") }
        if let u = unit { detail += "; unit " + u }
        appendLog(.staff, name, detail)
    }

    /// `as NAME`: the current actor, a staff name or a role name. Not a change to the registers
    /// (so not logged); every later change is stamped with it.
    public mutating func setActor(_ name: String) throws(ModelError) {
        switch lookupName(name) {
        case .staff?, .role?:
            actor = name
        case let other?:
            throw ModelError(.actorUnknown, Message.actorWrongKind(name, other.kindName))
        case nil:
            throw ModelError(.actorUnknown, Message.noActor(name))
        }
    }

    /// True when the current actor holds `role` (a role actor holds itself; staff hold their roles).
    public func actorHolds(_ role: String) -> Bool {
        guard let a = actor else { return false }
        return holds(a, role)
    }

    /// True when `actorName` (staff or role) holds `role`.
    public func holds(_ actorName: String, _ role: String) -> Bool {
        switch lookupName(actorName) {
        case .role?: return actorName == role
        case .staff(let i)?: return staff[i].roles.contains(role)
        default: return false
        }
    }

    /// The staff who hold `role`, in declaration order (used for messages; scans staff).
    public func holders(of role: String) -> [String] {
        staff.filter { $0.roles.contains(role) }.map(\.name)
    }

    /// Notes saying who holds each role, for "who may" errors.
    func holderNotes(_ roleNames: [String]) -> [String] {
        roleNames.map { r in
            let h = holders(of: r)
            return h.isEmpty ? "no staff member holds `\(r)` (act `as \(r)` or give the role to someone)"
                : "`\(r)` is held by " + namesPhrase(h, conjunction: "and")
        }
    }

    /// `allow ROLES to ACTIONS`: from now on only actors holding one of `roles` may do `actions`.
    /// A later rule for the same action replaces the earlier one ("only these roles may").
    public mutating func allow(roles allowed: [String], actions: [Permission]) throws(ModelError) {
        guard !allowed.isEmpty else { throw ModelError(.allowEmpty, Message.allowNoRole) }
        guard !actions.isEmpty else { throw ModelError(.allowEmpty, Message.allowNoAction) }
        var distinct: [String] = []
        for r in allowed where !distinct.contains(r) {
            guard role(named: r) != nil else { throw unknown(r, code: .roleUnknown, kind: "role") }
            distinct.append(r)
        }
        var done = Set<Permission>()
        for a in actions where done.insert(a).inserted {
            allowRules[a] = distinct
            appendLog(.allow, a.rawValue, distinct.joined(separator: ", "))
        }
    }

    /// Checks that the current actor may do `action` under the `allow` rules.
    /// The model calls it for declare/classify/update/withdraw; the runtime calls it for export.
    public func authorize(_ action: Permission) throws(ModelError) {
        guard let allowed = allowRules[action] else { return }
        guard let a = actor else {
            throw ModelError(.actorUnset, Message.noActorFor(namesPhrase(allowed), action.rawValue),
                             notes: holderNotes(allowed))
        }
        for r in allowed where holds(a, r) { return }
        throw ModelError(.permissionDenied, Message.denied(a, action.rawValue, namesPhrase(allowed)),
                         notes: holderNotes(allowed))
    }
}

/// The messages of the rules above.
private enum Message {
    static func officeDuplicate(_ name: String) -> String { "the office is already declared as \"\(name)\"" }
    static let officeNoName = "the office needs a name"
    static func officeField(_ key: String) -> String { "the office field `\(key)` is given twice" }
    static func actorWrongKind(_ name: String, _ kind: String) -> String { "`\(name)` is \(kind): the actor must be a staff member or a role" }
    static func noActor(_ name: String) -> String { "there is no staff member or role named `\(name)`" }
    static let allowNoRole = "a permission rule needs at least one role"
    static let allowNoAction = "a permission rule needs at least one action"
    /// `roles` is a phrase ("`ppid` or `atasan_ppid`").
    static func noActorFor(_ roles: String, _ action: String) -> String { "only \(roles) may \(action), and no actor is set" }
    static func denied(_ actor: String, _ action: String, _ roles: String) -> String { "`\(actor)` may not \(action): only \(roles) may" }
}
