/// The register keberatan as an office prints and publishes it: a standalone HTML5 page,
/// A4 landscape, like the register permohonan.
///
/// Heading "REGISTER KEBERATAN INFORMASI PUBLIK", the office, its details and
/// "Pemutakhiran: <date>"; then one table with the sixteen columns of
/// `ObjectionRegisterDocument.columns`, one row per objection in the given order, dates as
/// Indonesian dates; then the number of objections.
public func renderObjectionRegisterHTML(_ d: ObjectionRegisterDocument) -> String {
    let columns = ObjectionRegisterDocument.columns
    // Sixteen columns on 277 mm: the grounds, the information and the answer get the room.
    let widths = ["5.5%", "5.5%", "6%", "6%", "5%", "6%", "6%", "7%", "6.5%", "8.5%", "6.5%", "5.5%",
                  "7%", "6.5%", "7%", "6%"]
    var body = HTMLPage.heading(title: "REGISTER KEBERATAN INFORMASI PUBLIK", office: d.officeName,
                                details: d.officeDetails, updated: d.updated)
    body += "<table class=\"register objections\">\n<colgroup>"
    body += widths.map { "<col style=\"width:\($0)\">" }.joined() + "</colgroup>\n"
    body += "<thead>\n<tr>" + columns.map { "<th scope=\"col\">\(escapeHTML($0))</th>" }.joined() + "</tr>\n"
    body += "<tr class=\"colnum\">" + columns.indices.map { "<th>\($0 + 1)</th>" }.joined() + "</tr>\n</thead>\n<tbody>\n"
    if d.rows.isEmpty {
        body += "<tr class=\"empty\"><td colspan=\"\(columns.count)\">Belum ada keberatan informasi publik.</td></tr>\n"
    }
    for (i, row) in d.rows.enumerated() {
        body += objectionRow(row, position: i + 1)
    }
    body += "</tbody>\n</table>\n"
    body += "<p class=\"summary-line\">Jumlah keberatan: \(d.rows.count).</p>\n"
    return HTMLPage.page(title: "Register Keberatan Informasi Publik — \(d.officeName)",
                         css: HTMLPage.headingCSS + registerCSS + objectionRegisterCSS, body: body)
}

private func objectionRow(_ row: ObjectionRegisterRow, position: Int) -> String {
    var out = "<tr>"
    out += "<td class=\"num\">\(registerNumberHTML(row.number, position: position))</td>"
    for (c, text) in row.fields.enumerated() {
        let column = c + 1
        if ObjectionRegisterRow.dateColumns.contains(column) {
            out += "<td class=\"date\">\(escapeHTMLMultiline(indonesianDate(text)))</td>"
        } else if column == 2 {
            out += "<td><strong>\(escapeHTMLMultiline(text))</strong></td>"
        } else if column == 14 || column == 15 {
            // The dispute's register number and the ruling's number may break after a slash.
            out += "<td>\(text.split(separator: "/", omittingEmptySubsequences: false).map { escapeHTMLMultiline(String($0)) }.joined(separator: "/<wbr>"))</td>"
        } else if column == 6 {
            // The request's number breaks after its slashes, as No does; an empty one stays empty.
            out += "<td class=\"num\">\(text.isEmpty ? "" : registerNumberHTML(text, position: 0))</td>"
        } else {
            out += "<td>\(escapeHTMLMultiline(text))</td>"
        }
    }
    return out + "</tr>\n"
}

/// Sixteen columns need a smaller type than the DIP's seven, as the register permohonan.
let objectionRegisterCSS = """
.objections { font-size: 7.5pt; }
.objections thead tr:first-child th { font-size: 7pt; padding: 3px 1px; }
.objections td { padding: 3px 3px; }
.objections td.num { font-size: 7pt; }

"""
