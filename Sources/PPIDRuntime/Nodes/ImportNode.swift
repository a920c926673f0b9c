import PPIDSyntax

/// `import info from "FILE"`: reads a sheet, turns its rows into `info` and `classify`
/// statements, checks them all and runs them as this one statement (Interpreter+Import.swift).
final class ImportNode: StmtNode {
    let path: String
    let pathRange: SourceRange
    let sheet: String?
    let maps: [(ImportColumns.Field, String)]
    /// The file the statement is in: a relative path is read from its folder, as `load` does.
    let file: SourceFile
    /// The statements the last run made, one per line: the journal keeps them instead of the
    /// `import` line, so a journal replays without the spreadsheet.
    var generated: String = ""

    init(path: String, pathRange: SourceRange, sheet: String?, maps: [(ImportColumns.Field, String)], file: SourceFile, _ range: SourceRange) {
        self.path = path
        self.pathRange = pathRange
        self.sheet = sheet
        self.maps = maps
        self.file = file
        super.init(range)
    }

    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        generated = try rt.importInfo(self)
        return .normal
    }
}
