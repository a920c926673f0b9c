/// The fixed XML parts of a workbook (package, properties, workbook, styles), written by hand.
enum XLSXParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// The style indexes of `styles` (its cellXfs, in order).
    enum Style: Int {
        case normal = 0, header, text, date, dateTime
    }

    /// Number formats: dates in the Indonesian locale ([$-421]), so a spreadsheet shows
    /// "10 Desember 2024" and "10 Desember 2024 pukul 09.30" while the cell stays a date
    /// that sorts and filters.
    static let dateFormat = "[$-421]d mmmm yyyy"
    static let dateTimeFormat = "[$-421]d mmmm yyyy \"pukul\" hh\\.mm"

    static func contentTypes(sheetCount: Int) -> String {
        var s = declaration
        s += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        s += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        s += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        s += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for i in 0..<sheetCount {
            s += "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        s += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        s += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        s += "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        s += "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        return s + "</Types>"
    }

    static let rootRelationships = declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    static func core(_ w: XLSXWorkbook) -> String {
        var s = declaration
        s += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        s += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        s += " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        if !w.title.isEmpty { s += "<dc:title>\(XMLText.escape(w.title))</dc:title>" }
        s += "<dc:creator>\(XMLText.escape(w.creator))</dc:creator>"
        if let c = w.created {
            s += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(c.w3cdtf)</dcterms:created>"
            s += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(c.w3cdtf)</dcterms:modified>"
        }
        return s + "</cp:coreProperties>"
    }

    static func app(_ w: XLSXWorkbook, sheetNames: [String]) -> String {
        var s = declaration
        s += "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
        s += " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        s += "<Application>\(XMLText.escape(w.creator))</Application>"
        s += "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>"
        s += "<vt:variant><vt:i4>\(sheetNames.count)</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        s += "<TitlesOfParts><vt:vector size=\"\(sheetNames.count)\" baseType=\"lpstr\">"
        for n in sheetNames { s += "<vt:lpstr>\(XMLText.escape(n))</vt:lpstr>" }
        return s + "</vt:vector></TitlesOfParts></Properties>"
    }

    /// The workbook: its sheets, and for each the hidden name that holds its autofilter's
    /// range (Excel keeps one per filtered sheet and repairs a file without it) and the
    /// print titles: the header row printed again at the top of every page.
    static func workbook(sheetNames: [String], filterRanges: [String?]) -> String {
        var s = declaration
        s += "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        s += " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        s += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (i, n) in sheetNames.enumerated() {
            s += "<sheet name=\"\(XMLText.escape(n))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        s += "</sheets>"
        // Excel keeps defined names sorted by name: all filters, then all print titles.
        var names = filterRanges.enumerated().compactMap { i, r in
            r.map { "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(i)\" hidden=\"1\">\(XMLText.escape(quotedSheet(sheetNames[i])))!\(absolute($0))</definedName>" }
        }
        names += filterRanges.enumerated().compactMap { i, r in
            r.map { _ in "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(i)\">\(XMLText.escape(quotedSheet(sheetNames[i])))!$1:$1</definedName>" }
        }
        if !names.isEmpty { s += "<definedNames>" + names.joined() + "</definedNames>" }
        return s + "</workbook>"
    }

    /// `A1:J64` → `$A$1:$J$64`, as defined names hold ranges.
    static func absolute(_ range: String) -> String {
        range.split(separator: ":").map { ref -> String in
            let letters = ref.prefix { $0.isLetter }
            return "$" + letters + "$" + ref.dropFirst(letters.count)
        }.joined(separator: ":")
    }

    /// `'DIP'`, `'Register ''A'''`: a sheet name as a reference writes it.
    static func quotedSheet(_ name: String) -> String {
        "'" + String(name.flatMap { $0 == "'" ? ["'", "'"] : [$0] }) + "'"
    }

    static func workbookRelationships(sheetCount: Int) -> String {
        var s = declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for i in 0..<sheetCount {
            s += "<Relationship Id=\"rId\(i + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        s += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        s += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return s + "</Relationships>"
    }

    /// Two fonts (normal, bold), the two fills every file must have plus a grey one for the
    /// header, a thin border for the header, and the cell styles of `Style`: the header
    /// bold, grey and wrapped; body text wrapped and at the top of its cell; the two dates.
    static let styles: String = {
        var s = declaration
        s += "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        s += "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"\(XMLText.escape(dateFormat))\"/>"
        s += "<numFmt numFmtId=\"165\" formatCode=\"\(XMLText.escape(dateTimeFormat))\"/></numFmts>"
        s += "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        s += "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        s += "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        s += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9D9D9\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        s += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        s += "<border><left/><right/><top/><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border></borders>"
        s += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        s += "<cellXfs count=\"5\">"
        s += "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        s += "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\">"
        s += "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        s += "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        s += "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment horizontal=\"left\" vertical=\"top\"/></xf>"
        s += "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment horizontal=\"left\" vertical=\"top\"/></xf>"
        s += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return s + "</styleSheet>"
    }()
}
