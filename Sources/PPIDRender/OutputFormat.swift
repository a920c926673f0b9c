import PPIDText

/// The output formats of `show ... as FORMAT` and `export ... to FILE`.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// The box-drawn terminal table.
    case table
    case csv, tsv, json, md, html

    /// The format for a file name's extension, with or without the dot, in any case:
    /// `txt` → `.table`, `csv`, `tsv`, `json`, `md` (also `markdown`), `html`/`htm`.
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
public func renderTable(_ table: Table, as format: OutputFormat, width: Int = 0, language: Language = .en) -> String {
    switch format {
    case .table: return renderTerminalTable(table, width: width, language: language)
    case .csv: return renderCSV(table)
    case .tsv: return renderTSV(table)
    case .json: return renderJSON(table)
    case .md: return renderMarkdown(table)
    case .html: return renderHTMLTable(table)
    }
}
