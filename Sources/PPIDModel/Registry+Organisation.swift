import PPIDText

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
        try checkNewName(name, kind: .unit)
        addName(name, .unit(units.count))
        units.append(Unit(name: name, title: title))
        appendLog(.unit, name, title)
    }

    /// `role NAME "Title"`.
    public mutating func declareRole(name: String, title: String) throws(ModelError) {
        try checkNewName(name, kind: .role)
        addName(name, .role(roles.count))
        roles.append(Role(name: name, title: title))
        appendLog(.role, name, title)
    }

    /// `staff NAME "Full Name" { roles a, b; unit u; login "sri" }`. Roles and unit must be
    /// declared; a role listed twice counts once; a login belongs to one staff member.
    public mutating func declareStaff(name: String, fullName: String, roles staffRoles: [String] = [],
                                      unit: String? = nil, login: String? = nil) throws(ModelError) {
        try checkNewName(name, kind: .staff)
        var distinct: [String] = []
        for r in staffRoles where !distinct.contains(r) {
            guard role(named: r) != nil else {
                throw unknown(r, code: .roleUnknown, kind: .role)
            }
            distinct.append(r)
        }
        if let u = unit, self.unit(named: u) == nil {
            throw unknown(u, code: .unitUnknown, kind: .unit)
        }
        if let login {
            guard !login.isEmpty, !login.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) else {
                throw ModelError(.staffLogin, Message.loginBlank(name), subject: name)
            }
            if let other = staffMember(withLogin: login) {
                throw ModelError(.staffLogin, Message.loginTaken(login, other.name), subject: name)
            }
        }
        addName(name, .staff(staff.count))
        staff.append(Staff(name: name, fullName: fullName, roles: distinct, unit: unit, login: login))
        var detail = fullName
        if !distinct.isEmpty { detail += "; roles " + distinct.joined(separator: ", ") }
        if let u = unit { detail += "; unit " + u }
        if let login { detail += "; login " + login }
        appendLog(.staff, name, detail)
    }

    /// `as NAME`: the current actor, always a person. A role name is accepted when exactly one
    /// staff member holds the role, and means that person: the registers record who acted,
    /// never a role. Not a change to the registers (so not logged); every later change is
    /// stamped with it.
    public mutating func setActor(_ name: String) throws(ModelError) {
        switch lookupName(name) {
        case .staff?:
            actor = name
        case .role?:
            let h = holders(of: name)
            if h.count == 1 {
                actor = h[0]
            } else if h.isEmpty {
                throw ModelError(.actorRoleUnheld, Message.roleUnheld(name), subject: name)
            } else {
                throw ModelError(.actorRoleShared, Message.roleShared(name, ListPhrase.names(h, .and)), subject: h[0])
            }
        case let other?:
            throw ModelError(.actorUnknown, Message.actorWrongKind(name, other.kindText))
        case nil:
            throw ModelError(.actorUnknown, Message.noActor(name))
        }
    }

    /// No current actor: a prompt session starts with none, whatever actor the journal it
    /// replayed ended with (the actor is never inherited).
    public mutating func clearActor() { actor = nil }

    /// True when a `log` row from `row` (0-based) on was stamped with no actor.
    public func loggedWithoutActor(since row: Int) -> Bool {
        var i = max(0, row)
        while i < log.count {
            if log.stamp(at: i).actor == nil { return true }
            i += 1
        }
        return false
    }

    /// The staff member whose `login` is `login` (scans staff).
    public func staffMember(withLogin login: String) -> Staff? {
        staff.first { $0.login == login }
    }

    /// True when the current actor holds `role`.
    public func actorHolds(_ role: String) -> Bool {
        guard let a = actor else { return false }
        return holds(a, role)
    }

    /// True when `actorName` holds `role` (a staff member holds their roles; a role name
    /// holds itself).
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
    func holderNotes(_ roleNames: [String]) -> [Text] {
        roleNames.map { r in
            let h = holders(of: r)
            return h.isEmpty ? Message.heldByNobody(r) : Message.heldBy(r, ListPhrase.names(h, .and))
        }
    }

    /// `allow ROLES to ACTIONS`: from now on only actors holding one of `roles` may do `actions`.
    /// A later rule for the same action replaces the earlier one ("only these roles may").
    public mutating func allow(roles allowed: [String], actions: [Permission]) throws(ModelError) {
        guard !allowed.isEmpty else { throw ModelError(.allowEmpty, Message.allowNoRole) }
        guard !actions.isEmpty else { throw ModelError(.allowEmpty, Message.allowNoAction) }
        var distinct: [String] = []
        for r in allowed where !distinct.contains(r) {
            guard role(named: r) != nil else { throw unknown(r, code: .roleUnknown, kind: .role) }
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
            throw ModelError(.actorUnset, Message.noActorFor(ListPhrase.names(allowed), action.verb),
                             notes: holderNotes(allowed))
        }
        for r in allowed where holds(a, r) { return }
        throw ModelError(.permissionDenied, Message.denied(a, action.verb, ListPhrase.names(allowed)),
                         notes: holderNotes(allowed))
    }
}

/// The messages of the rules above.
private enum Message {
    static func officeDuplicate(_ name: String) -> Text {
        Text(en: "the office is already declared as \"\(name)\"", id: "kantor sudah dideklarasikan sebagai \"\(name)\"")
    }
    static let officeNoName = Text(en: "the office needs a name", id: "kantor memerlukan nama")
    static func officeField(_ key: String) -> Text {
        Text(en: "the office field `\(key)` is given twice", id: "kolom kantor `\(key)` diisi dua kali")
    }
    /// `kind` with its article ("a unit").
    static func actorWrongKind(_ name: String, _ kind: Text) -> Text {
        Text(en: "`\(name)` is \(kind): the actor must be a staff member (or a role one person holds)",
             id: "`\(name)` adalah \(kind): pelaku harus pegawai (atau peran yang dipegang satu orang)")
    }
    static func loginBlank(_ name: String) -> Text {
        Text(en: "the login of `\(name)` must be an operating-system user name, without spaces",
             id: "login `\(name)` harus nama pengguna sistem operasi, tanpa spasi")
    }
    static func loginTaken(_ login: String, _ owner: String) -> Text {
        Text(en: "the login \"\(login)\" is already `\(owner)`'s: a login names one staff member",
             id: "login \"\(login)\" sudah dipakai `\(owner)`: satu login hanya untuk satu pegawai")
    }
    static func roleUnheld(_ role: String) -> Text {
        Text(en: "no staff member holds the role `\(role)`, so it names nobody: the actor must be a person",
             id: "tidak ada pegawai yang memegang peran `\(role)`, jadi peran itu tidak menunjuk siapa pun: pelaku harus seorang pegawai")
    }
    static func roleShared(_ role: String, _ holders: ListPhrase) -> Text {
        Text(en: "the role `\(role)` is held by \(holders): name the person acting",
             id: "peran `\(role)` dipegang oleh \(holders): sebutkan siapa yang bertindak")
    }
    static func noActor(_ name: String) -> Text {
        Text(en: "there is no staff member or role named `\(name)`", id: "tidak ada pegawai atau peran bernama `\(name)`")
    }
    static let allowNoRole = Text(en: "a permission rule needs at least one role",
                                  id: "aturan kewenangan memerlukan sedikitnya satu peran")
    static let allowNoAction = Text(en: "a permission rule needs at least one action",
                                    id: "aturan kewenangan memerlukan sedikitnya satu tindakan")
    static func noActorFor(_ roles: ListPhrase, _ action: Text) -> Text {
        Text(en: "only \(roles) may \(action), and no actor is set",
             id: "hanya \(roles) yang berwenang \(action), dan pelaku belum ditetapkan")
    }
    static func denied(_ actor: String, _ action: Text, _ roles: ListPhrase) -> Text {
        Text(en: "`\(actor)` may not \(action): only \(roles) may",
             id: "`\(actor)` tidak berwenang \(action): hanya \(roles) yang berwenang")
    }
    static func heldByNobody(_ role: String) -> Text {
        Text(en: "no staff member holds `\(role)` (give the role to someone)",
             id: "tidak ada pegawai yang memegang `\(role)` (berikan peran itu kepada seseorang)")
    }
    static func heldBy(_ role: String, _ holders: ListPhrase) -> Text {
        Text(en: "`\(role)` is held by \(holders)", id: "`\(role)` dipegang oleh \(holders)")
    }
}
