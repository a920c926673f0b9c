import PPIDSyntax
import PPIDText

extension Compiler {
    /// `import info from "dip.csv" { sheet "DIP"; title "Judul" }`: the block is checked here,
    /// the file is read when the statement runs (the units and staff it names must exist then).
    mutating func importInfo(_ path: String, _ pathRange: SourceRange, _ fields: [Field], _ range: SourceRange) throws(Failure) -> StmtNode {
        // At the top level only: at the prompt the journal records the statements an import
        // made in place of the import, which is one whole statement.
        guard scopes.isEmpty && function == nil else {
            throw fail(.nestedLoad, Text(en: "'import' can only be used at the top level of a script, not inside a block or a function",
                                         id: "'import' hanya dapat digunakan di tingkat teratas skrip, tidak di dalam blok atau fungsi"), range)
        }
        var sheet: String? = nil
        var maps: [(ImportColumns.Field, String)] = []
        for f in fields {
            let word = f.name.text
            guard word == "sheet" || ImportColumns.blockWords.contains(word) else {
                throw fail(.unknownField, Text(en: "an import block has no field '\(word)' (it takes sheet and \(ImportColumns.blockWords.joined(separator: ", ")))",
                                               id: "blok import tidak memiliki kolom '\(word)' (yang ada: sheet dan \(ImportColumns.blockWords.joined(separator: ", ")))"),
                           f.name.range, notes: Suggest.notes(for: word, in: ["sheet"] + ImportColumns.blockWords))
            }
            guard f.values.count == 1, case .literal(.string(let text)) = f.values[0].kind else {
                throw fail(.typeMismatch, word == "sheet"
                           ? Text(en: "'sheet' takes the sheet's name in quotes: sheet \"DIP\"", id: "'sheet' memerlukan nama lembar dalam tanda kutip: sheet \"DIP\"")
                           : Text(en: "'\(word)' takes the header of a column in quotes: \(word) \"Judul Informasi\"",
                                  id: "'\(word)' memerlukan judul kolom dalam tanda kutip: \(word) \"Judul Informasi\""), f.range)
            }
            if word == "sheet" {
                sheet = text
            } else if let field = ImportColumns.Field.allCases.first(where: { $0.word == word }) {
                if maps.contains(where: { $0.0 == field }) {
                    throw fail(.duplicateName, Text(en: "'\(word)' is mapped twice", id: "'\(word)' dipetakan dua kali"), f.name.range)
                }
                maps.append((field, text))
            }
        }
        return ImportNode(path: path, pathRange: pathRange, sheet: sheet, maps: maps, file: file, range)
    }
}
