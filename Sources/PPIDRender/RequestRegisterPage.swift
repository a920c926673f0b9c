/// The register permohonan as an office prints and publishes it: a standalone HTML5 page,
/// A4 landscape, like the DIP's.
///
/// Heading "REGISTER PERMOHONAN INFORMASI PUBLIK", the office, its details and
/// "Pemutakhiran: <date>"; then one table with the fifteen columns of
/// `RequestRegisterDocument.columns`, one row per request in the given order, dates as
/// Indonesian dates, costs in rupiah; then the number of requests.
public func renderRequestRegisterHTML(_ d: RequestRegisterDocument) -> String {
    let columns = RequestRegisterDocument.columns
    // Fifteen columns on 277 mm: the free-text columns get the room, the short ones just enough.
    let widths = ["7%", "6.5%", "6.5%", "7.5%", "6%", "6%", "9.5%", "7.5%", "6.5%", "5.5%", "6%", "6%", "7%", "7%", "5.5%"]
    var body = HTMLPage.heading(title: "REGISTER PERMOHONAN INFORMASI PUBLIK", office: d.officeName,
                                details: d.officeDetails, updated: d.updated)
    body += "<table class=\"register requests\">\n<colgroup>"
    body += widths.map { "<col style=\"width:\($0)\">" }.joined() + "</colgroup>\n"
    body += "<thead>\n<tr>" + columns.map { "<th scope=\"col\">\(escapeHTML($0))</th>" }.joined() + "</tr>\n"
    body += "<tr class=\"colnum\">" + columns.indices.map { "<th>\($0 + 1)</th>" }.joined() + "</tr>\n</thead>\n<tbody>\n"
    if d.rows.isEmpty {
        body += "<tr class=\"empty\"><td colspan=\"\(columns.count)\">Belum ada permohonan informasi.</td></tr>\n"
    }
    for (i, row) in d.rows.enumerated() {
        body += requestRow(row, position: i + 1)
    }
    body += "</tbody>\n</table>\n"
    body += "<p class=\"summary-line\">Jumlah permohonan: \(d.rows.count).</p>\n"
    return HTMLPage.page(title: "Register Permohonan Informasi Publik — \(d.officeName)",
                         css: HTMLPage.headingCSS + registerCSS + requestRegisterCSS, body: body)
}

private func requestRow(_ row: RequestRegisterRow, position: Int) -> String {
    var out = "<tr>"
    out += "<td class=\"num\">\(registerNumberHTML(row.number, position: position))</td>"
    out += "<td class=\"date\">\(escapeHTMLMultiline(indonesianDate(row.received)))</td>"
    out += "<td><strong>\(escapeHTMLMultiline(row.name))</strong></td>"
    for text in [row.address, row.contact, row.job, row.asks, row.purpose, row.infoStatus, row.form,
                 row.kind, row.decision, row.refusalReason] {
        out += "<td>\(escapeHTMLMultiline(text))</td>"
    }
    out += "<td class=\"date\">\(escapeHTMLMultiline(indonesianDate(row.noticeDate)))</td>"
    out += "<td class=\"cost\">\(escapeHTMLMultiline(rupiah(row.cost)))</td>"
    return out + "</tr>\n"
}

/// The No cell of a register: the registration number, which may break after its slashes
/// but never inside a part; empty: the row's position.
func registerNumberHTML(_ number: String, position: Int) -> String {
    number.isEmpty ? String(position)
        : number.split(separator: "/", omittingEmptySubsequences: false).map { escapeHTML(String($0)) }.joined(separator: "/<wbr>")
}

/// Fifteen columns need a smaller type than the DIP's seven.
let requestRegisterCSS = """
.requests { font-size: 8pt; }
.requests thead tr:first-child th { font-size: 7pt; padding: 3px 1px; }
.requests td { padding: 3px 4px; }
.requests td.num { font-size: 7.5pt; }
.requests td.cost { white-space: nowrap; }

"""
