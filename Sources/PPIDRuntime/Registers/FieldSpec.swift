import PPIDModel
import PPIDText

/// A field of a register's rows.
public struct FieldSpec: Sendable {
    /// Reads the field of a row of its register.
    typealias Reader = @Sendable (Interpreter, Value) -> Value

    public let name: String
    /// Printed by `show REG` (the register's main columns).
    public let inDefaultColumns: Bool
    /// Printed by `show` of one row and written by `export` to data formats; false for a
    /// field that is only read by name (an item's `history`, `withdrawn_reason`).
    public let inDetail: Bool
    /// What the field holds, one line (`:help REGISTER`).
    public let help: Text
    /// The kind of value it holds: its column type in `export registers`.
    public let type: FieldType
    let read: Reader

    init(_ name: String, _ type: FieldType, column: Bool = false, detail: Bool = true, _ help: Text, read: @escaping Reader) {
        self.name = name
        self.type = type
        self.inDefaultColumns = column
        self.inDetail = detail
        self.help = help
        self.read = read
    }
}
