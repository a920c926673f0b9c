import PPIDText

extension Parser {
    /// import_stmt = "import" "info" "from" STRING [ field_block ] ;
    mutating func importStmt() throws(Failure) -> Stmt {
        let kw = advance()
        guard at(.info) else {
            throw expected(Text(en: "'info' after 'import' (import info from \"dip.csv\")",
                                id: "'info' setelah 'import' (import info from \"dip.csv\")"))
        }
        skip()
        try skip(expecting: .from)
        let path = try expect(.string, Text(en: "a file name in quotes after 'from' (\"dip.csv\" or \"dip.xlsx\")",
                                            id: "nama berkas dalam tanda kutip setelah 'from' (\"dip.csv\" atau \"dip.xlsx\")"))
        let fields = kind == .lBrace ? try fieldBlock() : []
        return Stmt(.importInfo(path: path.text, pathRange: path.range, fields: fields), SourceRange(kw.range.start, lastEnd))
    }
}
