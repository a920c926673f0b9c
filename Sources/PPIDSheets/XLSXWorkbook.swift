/// A workbook to write as an .xlsx file: its sheets and the few document properties a
/// spreadsheet shows under File ▸ Properties.
public struct XLSXWorkbook: Sendable, Equatable {
    public var sheets: [XLSXSheet]
    /// The document's title (docProps/core.xml), e.g. "Daftar Informasi Publik — KPU Kab. X".
    public var title: String
    /// Who made it (dc:creator and the application name).
    public var creator: String
    /// When it was made, from the registers' clock: the document's created/modified time and
    /// every ZIP entry's time stamp, so the same registers give the same bytes. Nil: no
    /// time in the properties and 1 January 1980 (the first time ZIP can hold) on the entries.
    public var created: SheetDate?

    public init(sheets: [XLSXSheet], title: String = "", creator: String = "ppid", created: SheetDate? = nil) {
        self.sheets = sheets
        self.title = title
        self.creator = creator
        self.created = created
    }
}

/// One worksheet: a header row (row 1: bold, frozen, with an autofilter) and the data rows
/// below it. No title row goes above the header, so that the sheet filters and imports as
/// it is.
public struct XLSXSheet: Sendable, Equatable {
    /// The tab's name; characters a sheet name may not hold (`[]:*?/\`) become spaces and
    /// it is cut to 31 characters.
    public var name: String
    public var header: [String]
    public var rows: [[SheetCell]]
    /// Column widths in characters; nil: from the longest text of each column (header
    /// included), between 6 and 60, longer text wrapping in its cell.
    public var columnWidths: [Int]?

    public init(name: String, header: [String], rows: [[SheetCell]], columnWidths: [Int]? = nil) {
        self.name = name
        self.header = header
        self.rows = rows
        self.columnWidths = columnWidths
    }

    /// The number of columns: the header's, or the widest row's when a row is longer.
    var columnCount: Int { rows.reduce(header.count) { max($0, $1.count) } }
}
