/// One table of an exported database: its name, typed columns, keys and rows.
///
/// The runtime describes every register this way from its schema; PPIDDatabase turns the
/// descriptions into an SQLite file and knows nothing of registers.
public struct DatabaseTable: Sendable {
    /// The type a column is declared with, and the storage class its values have.
    ///
    /// SQLite has no date or boolean storage: dates are ISO text and booleans 0/1, as the
    /// SQLite manual advises. Their columns are still declared DATE, DATETIME and BOOLEAN,
    /// so that `.schema`, DB Browser and ODBC drivers (Excel) tell what the text or number
    /// is. Those names have NUMERIC affinity, which leaves ISO text and 0/1 as they are.
    public enum ColumnType: String, Sendable, CaseIterable {
        case text = "TEXT"
        case integer = "INTEGER"
        case real = "REAL"
        /// `2024-12-10` (TEXT).
        case date = "DATE"
        /// `2024-12-10 08:00` (TEXT; the form SQLite's date functions read).
        case dateTime = "DATETIME"
        /// 0 or 1 (INTEGER).
        case boolean = "BOOLEAN"

        /// The storage class (`typeof()`) of this column's non-null values.
        public var storage: String {
            switch self {
            case .text, .date, .dateTime: return "text"
            case .integer, .boolean: return "integer"
            case .real: return "real"
            }
        }
    }

    /// A column: name, type, whether it may hold NULL, and the row of another table its
    /// value names (a foreign key), if any.
    public struct Column: Sendable {
        public var name: String
        public var type: ColumnType
        public var nullable: Bool
        /// `(table, column)` this column refers to.
        public var references: (table: String, column: String)?

        public init(name: String, type: ColumnType, nullable: Bool = true, references: (table: String, column: String)? = nil) {
            self.name = name
            self.type = type
            self.nullable = nullable
            self.references = references
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
    /// The columns of the primary key, empty for none (the table's rowid is its key).
    public var primaryKey: [String]
    /// Further (non-unique) indexes, each a list of columns, for joins and lookups.
    public var indexes: [[String]]
    public var rows: [[Cell]]

    public init(name: String, columns: [Column], primaryKey: [String] = [], indexes: [[String]] = [], rows: [[Cell]] = []) {
        self.name = name
        self.columns = columns
        self.primaryKey = primaryKey
        self.indexes = indexes
        self.rows = rows
    }
}
