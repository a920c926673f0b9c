import PPIDText

/// The public body whose registers these are (`office "KPU ..." { code "3313" }`).
public struct Office: Hashable, Sendable {
    public let name: String
    /// Further fields (code, province, ...) in the order given.
    public let fields: [OfficeField]

    public init(name: String, fields: [OfficeField] = []) {
        self.name = name
        self.fields = fields
    }

    /// The value of a field by key, if given.
    public func field(_ key: String) -> String? {
        for f in fields where f.key == key { return f.value }
        return nil
    }
}

/// One `key "value"` of an office declaration.
public struct OfficeField: Hashable, Sendable {
    public let key: String
    public let value: String
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// A work unit (subbagian, biro) that holds information.
public struct Unit: Hashable, Sendable {
    public let name: String
    public let title: String
}

/// A role in the PPID structure (`ppid`, `atasan_ppid`, `komisioner`, ...).
public struct Role: Hashable, Sendable {
    public let name: String
    public let title: String
}

/// A member of staff with the roles they hold.
public struct Staff: Hashable, Sendable {
    public let name: String
    public let fullName: String
    public let roles: [String]
    public let unit: String?
    /// The operating-system user name a prompt session started by them acts as them
    /// (`login "sri"`); nil when not given.
    public let login: String?
}

/// What a declared name refers to. Every declared name lives in one namespace, so a bare
/// name always means one thing (the interpreter resolves `kul`, `sri`, `mk2025` with one lookup).
public enum EntityRef: Hashable, Sendable {
    case unit(Int), role(Int), staff(Int), item(Int), sop(Int), run(Int)
    /// A request for information (index in `Registry.requests`).
    case request(Int)
    /// An objection (index in `Registry.objections`).
    case objection(Int)

    /// What kind of thing the name refers to.
    public var kind: EntityKind {
        switch self {
        case .unit: .unit
        case .role: .role
        case .staff: .staff
        case .item: .item
        case .sop: .sop
        case .run: .run
        case .request: .request
        case .objection: .objection
        }
    }

    /// The kind in the officer's words, with its article: "a unit" / "unit kerja".
    public var kindText: Text { kind.withArticle }

    /// The English of `kindText` ("an information item"), for the runtime's messages that
    /// are not yet in both languages.
    public var kindName: String { kindText.english }
}

/// The kinds of declared things, named in messages (docs/errors.md, E401–E403, E413–E415,
/// E441, E461, E463, E471). The raw value is the English name without an article. A period
/// has a name in the same namespace but no `EntityRef`: it is looked up among the periods.
public enum EntityKind: String, Sendable, Hashable, CaseIterable {
    case unit, role, staff = "staff member", item = "information item", sop = "SOP", run, request, period, objection

    /// "unit" / "unit kerja": after "there is no" / "tidak ada".
    public var name: Text {
        switch self {
        case .unit: Text(en: "unit", id: "unit kerja")
        case .role: Text(en: "role", id: "peran")
        case .staff: Text(en: "staff member", id: "pegawai")
        case .item: Text(en: "information item", id: "item informasi")
        case .sop: Text(verbatim: "SOP")
        case .run: Text(en: "run", id: "pelaksanaan SOP")
        case .request: Text(en: "request", id: "permohonan informasi")
        case .period: Text(en: "period", id: "periode")
        case .objection: Text(en: "objection", id: "keberatan")
        }
    }

    /// "a unit" / "unit kerja": English needs the article (the vowel sound decides: "an SOP"),
    /// Indonesian has none.
    public var withArticle: Text {
        switch self {
        case .unit: Text(en: "a unit", id: "unit kerja")
        case .role: Text(en: "a role", id: "peran")
        case .staff: Text(en: "a staff member", id: "pegawai")
        case .item: Text(en: "an information item", id: "item informasi")
        case .sop: Text(en: "an SOP", id: "SOP")
        case .run: Text(en: "a run", id: "pelaksanaan SOP")
        case .request: Text(en: "a request", id: "permohonan informasi")
        case .period: Text(en: "a period", id: "periode")
        case .objection: Text(en: "an objection", id: "keberatan")
        }
    }
}

/// The actions `allow` can restrict to roles.
public enum Permission: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Declaring information items.
    case declare
    /// Classifying items (including exemptions).
    case classify
    /// Updating an item's fields.
    case update
    /// Withdrawing an item.
    case withdraw
    /// Exporting registers (checked by the runtime through `authorize(.export)`).
    case export
    /// Answering requests for information (the written notice).
    case answer
    /// Extending requests for information.
    case extend

    public var description: String { rawValue }

    /// The action after "may" / "berwenang": `classify` in English (the keyword), a verb
    /// phrase in Indonesian.
    public var verb: Text {
        switch self {
        case .declare: Text(en: "declare", id: "mendeklarasikan informasi")
        case .classify: Text(en: "classify", id: "mengklasifikasikan informasi")
        case .update: Text(en: "update", id: "memperbarui informasi")
        case .withdraw: Text(en: "withdraw", id: "menarik informasi")
        case .export: Text(en: "export", id: "mengekspor register")
        case .answer: Text(en: "answer", id: "menjawab permohonan informasi")
        case .extend: Text(en: "extend", id: "memperpanjang jangka waktu permohonan informasi")
        }
    }
}
