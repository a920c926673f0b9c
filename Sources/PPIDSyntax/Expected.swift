import PPIDText

/// What the parser was looking for, as the `X` of "expected X, found Y" (Indonesian
/// "seharusnya X, tetapi yang ada Y"): a fragment in both languages, never glued English.
/// Fragments used by one rule only are written at that rule.
enum Expected {
    static let value = Text(en: "a value", id: "nilai")
    static let number = Text(en: "a number", id: "angka")
    static let openBrace = Text(verbatim: "'{'")
    static let closeBlock = Text(en: "'}' to close the block", id: "'}' untuk menutup blok")
    static let lineEnd = Text(en: "the end of the line", id: "akhir baris")
    static let fieldEnd = Text(en: "the end of the field (a new line, ';' or '}')", id: "akhir kolom (baris baru, ';' atau '}')")
    static let fieldName = Text(en: "a field name", id: "nama kolom")
    static let roleName = Text(en: "a role name", id: "nama peran")
    static let sopName = Text(en: "an SOP name", id: "nama SOP")
    static let stepNumber = Text(en: "a step number", id: "nomor tahap")
    static let variableName = Text(en: "a variable name", id: "nama variabel")
    static let parameterName = Text(en: "a parameter name", id: "nama parameter")
    static let outputFormat = Text(en: "an output format (table, csv, tsv, json, md, html, xlsx)",
                                   id: "format keluaran (table, csv, tsv, json, md, html, xlsx)")
}
