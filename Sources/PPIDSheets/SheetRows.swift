/// A sheet read from a CSV or XLSX file: its rows of text cells, as the spreadsheet shows them.
///
/// Row and column numbers are the spreadsheet's own (row 1 is the first row, column 1 is "A"),
/// so an error can name the cell the officer sees.
public struct SheetRows: Sendable, Equatable {
    /// The sheet's name ("Sheet1", "DIP"); the file's name for a CSV.
    public var name: String
    /// Each row's cells, in column order; a missing cell is the empty text.
    public var rows: [[String]]

    public init(name: String, rows: [[String]]) {
        self.name = name
        self.rows = rows
    }

    /// The letters of a column as a spreadsheet names it: 1 → "A", 27 → "AA".
    public static func columnLetters(_ column: Int) -> String {
        var n = column
        var letters: [Character] = []
        while n > 0 {
            let digit = (n - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + digit))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }
}
