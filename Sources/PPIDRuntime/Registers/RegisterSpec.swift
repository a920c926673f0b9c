import PPIDSyntax
import PPIDModel
import PPIDText

/// The schema of one register (docs/language.md §12): its name, how to walk its rows and
/// every field a row has. Everything that knows registers reads it: queries, `item.field`,
/// `show` and `export`, the compiler's field names, completion and `:help registers`.
///
/// A new register is a `RegisterKind` case, a spec (one file per register or family, in this
/// folder) and its place in `all`.
public struct RegisterSpec: Sendable {
    /// Walks the rows, calling `body` for each until it returns false. Rows are references
    /// (`.entity`, `.row`) or, for registers with no rows of their own, records.
    typealias Walk = @Sendable (Interpreter, (Value) throws(RuntimeError) -> Bool) throws(RuntimeError) -> Void

    public let id: RegisterKind
    /// What the register is, one line (`:help registers`).
    public let help: Text
    /// Every field, in the order `show` prints them.
    public let fields: [FieldSpec]
    let walk: Walk
    /// The number of rows without walking them, when the register is a whole Model array.
    let quickCount: (@Sendable (Interpreter) -> Int)?
    /// Field name → position in `fields`.
    let positions: [String: Int]

    init(_ id: RegisterKind, help: Text, fields: [FieldSpec], count: (@Sendable (Interpreter) -> Int)? = nil, walk: @escaping Walk) {
        self.id = id
        self.help = help
        self.fields = fields
        self.walk = walk
        self.quickCount = count
        var p: [String: Int] = [:]
        for (i, f) in fields.enumerated() {
            precondition(p[f.name] == nil, "register \(id) has two fields named \(f.name)")
            p[f.name] = i
        }
        positions = p
    }

    /// The register's name as a script writes it.
    public var name: String { id.rawValue }

    /// The names of all fields.
    public var fieldNames: [String] { fields.map(\.name) }

    /// The columns `show REG` prints.
    public var columns: [FieldSpec] { fields.filter(\.inDefaultColumns) }

    /// The fields `show` of one row and the data formats of `export` write.
    public var detailFields: [FieldSpec] { fields.filter(\.inDetail) }

    public func field(named name: String) -> FieldSpec? {
        positions[name].map { fields[$0] }
    }

    /// Every register, in the order `:help registers` lists them.
    public static let all: [RegisterSpec] = [
        InfoRegisters.info, InfoRegisters.dip, InfoRegisters.dik,
        RunRegisters.runs, RunRegisters.steps, RunRegisters.inbox,
        OrganisationRegisters.staff, OrganisationRegisters.roles, OrganisationRegisters.units, OrganisationRegisters.sops,
        HolidayRegister.holidays, ChangeLogRegister.log, RequestRegister.requests, ObjectionRegister.objections,
    ]

    /// `all` by `RegisterKind.index`.
    static let byKind: [RegisterSpec] = RegisterKind.allCases.map { k in
        guard let s = all.first(where: { $0.id == k }) else { preconditionFailure("no RegisterSpec for \(k)") }
        return s
    }

    /// The register called `name`, if there is one.
    public static func named(_ name: String) -> RegisterSpec? {
        RegisterKind(rawValue: name)?.spec
    }
}
