/// One table of an exported database: its name, typed columns, key and rows.
///
/// The runtime describes every register this way from its schema; PPIDDatabase turns the
/// descriptions into an SQLite file and knows nothing of registers.
public struct DatabaseTable: Sendable {
    /// The SQLite type a column is declared with.
    public enum ColumnType: String, Sendable {
        case text = "TEXT"
        case integer = "INTEGER"
        case real = "REAL"
    }

    /// A column: name, type, and whether it may hold NULL.
    public struct Column: Sendable {
        public var name: String
        public var type: ColumnType
        public var nullable: Bool

        public init(name: String, type: ColumnType, nullable: Bool = true) {
            self.name = name
            self.type = type
            self.nullable = nullable
        }
    }

    /// One cell's value: text, integer, real or NULL.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case integer(Int64)
        case real(Double)
        case null
    }

    public var name: String
    public var columns: [Column]
    /// The columns of the primary key, empty for none.
    public var primaryKey: [String]
    public var rows: [[Cell]]

    public init(name: String, columns: [Column], primaryKey: [String] = [], rows: [[Cell]] = []) {
        self.name = name
        self.columns = columns
        self.primaryKey = primaryKey
        self.rows = rows
    }
}
