import PPIDText

/// The output formats of `show ... as FORMAT` and `export ... to FILE`.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// The box-drawn terminal table.
    case table
    case csv, tsv, json, md, html
    /// An Excel workbook: a file only (binary), written by the runtime with PPIDSheets.
    case xlsx

    /// True for the formats that are text and can be printed; `.xlsx` is a file only.
    public var isText: Bool { self != .xlsx }

    /// The format for a file name's extension, with or without the dot, in any case:
    /// `txt` → `.table`, `csv`, `tsv`, `json`, `md` (also `markdown`), `html`/`htm`, `xlsx`.
    /// Nil for anything else.
    public init?(fileExtension: String) {
        var ext = fileExtension.lowercased()
        if ext.hasPrefix(".") { ext.removeFirst() }
        switch ext {
        case "txt", "text": self = .table
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "json": self = .json
        case "md", "markdown": self = .md
        case "html", "htm": self = .html
        case "xlsx": self = .xlsx
        default: return nil
        }
    }
}

/// Renders a table in one of the output formats; the single entry point of the table writers.
///
/// - Parameters:
///   - table: the rows to write.
///   - format: the output format.
///   - width: the terminal width in columns, used only by `.table`; 0 or less means no limit.
///   - language: the language of the `.table` footer ("2 rows", "2 baris"); the other
///     formats are data and have none.
/// - Returns: the complete text, ending with a newline (CSV lines end with CRLF).
///   `.html` is a `<table>` fragment; use `renderHTMLDocument(_:)` for a standalone page.
///   `.xlsx` is not text: the runtime writes it as a workbook and never asks for it here
///   (`show` refuses it); should it be asked for, it gets the same cells as CSV.
public func renderTable(_ table: Table, as format: OutputFormat, width: Int = 0, language: Language = .en) -> String {
    switch format {
    case .table: return renderTerminalTable(table, width: width, language: language)
    case .csv, .xlsx: return renderCSV(table)
    case .tsv: return renderTSV(table)
    case .json: return renderJSON(table)
    case .md: return renderMarkdown(table)
    case .html: return renderHTMLTable(table)
    }
}
