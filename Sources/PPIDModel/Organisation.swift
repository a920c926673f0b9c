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

    /// The kind in the officer's words, for messages.
    public var kindName: String {
        switch self {
        case .unit: "a unit"
        case .role: "a role"
        case .staff: "a staff member"
        case .item: "an information item"
        case .sop: "an SOP"
        case .run: "a run"
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

    public var description: String { rawValue }
}
