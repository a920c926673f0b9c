/// A rectangular result ready for output: a register, a query result, the approvals log.
///
/// Rows shorter than `columns` are read as if padded with `.null`; cells beyond the last
/// column are ignored. Every writer in this module follows that rule.
public struct Table: Sendable {
    /// Shown above the terminal table, as a caption in HTML and as a bold line in Markdown;
    /// CSV, TSV and JSON have no place for it and leave it out.
    public var title: String?
    public var columns: [String]
    public var rows: [[Cell]]

    public init(title: String? = nil, columns: [String], rows: [[Cell]] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
    }

    /// The cell at `row`, `column`; `.null` where the row is too short.
    func cell(_ row: Int, _ column: Int) -> Cell {
        let cells = rows[row]
        return column < cells.count ? cells[column] : .null
    }

    /// A row's cells, cut or padded to exactly one per column.
    func normalizedRow(_ row: Int) -> [Cell] {
        (0..<columns.count).map { cell(row, $0) }
    }

    /// True when the column holds at least one number and nothing but numbers and nulls;
    /// such a column's header is aligned like its numbers.
    func isNumericColumn(_ column: Int) -> Bool {
        var sawNumber = false
        for r in rows.indices {
            let c = cell(r, column)
            if c == .null { continue }
            guard c.isNumber else { return false }
            sawNumber = true
        }
        return sawNumber
    }
}
