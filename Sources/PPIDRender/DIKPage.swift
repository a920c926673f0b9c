/// The DIK page: a standalone HTML5 page like the DIP's, in the layout of the KPU Kabupaten
/// Kudus list: No, Informasi (title, summary under it), Dasar Hukum, Hasil Uji Konsekuensi (the harm
/// if opened, then the public interest weighed), Jangka Waktu, Keterangan (the decree, the
/// holder, and "usulan, belum ditetapkan" for a proposed exemption). Expired exemptions are
/// marked for review in the period column.
public func renderDIKHTML(_ d: DIKDocument) -> String {
    let columns = ["No", "Informasi", "Dasar Hukum", "Hasil Uji Konsekuensi", "Jangka Waktu", "Keterangan"]
    let widths = ["4%", "24%", "14%", "26%", "14%", "18%"]
    var body = HTMLPage.heading(title: "DAFTAR INFORMASI YANG DIKECUALIKAN", office: d.officeName,
                                details: d.officeDetails, updated: d.updated)
    body += "<table class=\"register dik\">\n<colgroup>"
    body += widths.map { "<col style=\"width:\($0)\">" }.joined() + "</colgroup>\n"
    body += "<thead>\n<tr>" + columns.map { "<th scope=\"col\">\(escapeHTML($0))</th>" }.joined() + "</tr>\n"
    body += "<tr class=\"colnum\">" + columns.indices.map { "<th>\($0 + 1)</th>" }.joined() + "</tr>\n</thead>\n<tbody>\n"
    if d.items.isEmpty {
        body += "<tr class=\"empty\"><td colspan=\"\(columns.count)\">Tidak ada informasi yang dikecualikan.</td></tr>\n"
    }
    for (i, row) in d.items.enumerated() {
        var classes: [String] = []
        if row.expired { classes.append("expired") }
        if row.proposed { classes.append("proposed") }
        body += classes.isEmpty ? "<tr>" : "<tr class=\"\(classes.joined(separator: " "))\">"
        body += "<td class=\"num\">\(i + 1)</td>"
        body += "<td><strong class=\"title\">\(escapeHTMLMultiline(row.title))</strong>"
        if !row.summary.isEmpty { body += "<div class=\"summary\">\(escapeHTMLMultiline(row.summary))</div>" }
        body += "</td>"
        body += "<td>\(escapeHTMLMultiline(row.basis))</td>"
        body += "<td>\(consequenceCell(row))</td>"
        body += "<td>\(escapeHTMLMultiline(row.period))"
        if row.expired {
            body += "<div class=\"note\">Jangka waktu pengecualian telah berakhir; perlu ditinjau ulang.</div>"
        }
        body += "</td>"
        body += "<td>\(remarksCell(row))</td></tr>\n"
    }
    body += "</tbody>\n</table>\n"
    body += "<p class=\"summary-line\">Jumlah informasi yang dikecualikan: \(d.items.count)"
    let proposed = d.items.filter(\.proposed).count
    if proposed > 0 { body += " (\(proposed) usulan, belum ditetapkan)" }
    body += ".</p>\n"
    return HTMLPage.page(title: "Daftar Informasi yang Dikecualikan — \(d.officeName)",
                         css: HTMLPage.headingCSS + registerCSS + dikCSS, body: body)
}

/// The harm if opened, then the public interest it was weighed against: the two halves of
/// the consequence test the column reports.
private func consequenceCell(_ row: DIKRow) -> String {
    var out = escapeHTMLMultiline(row.consequence)
    if !row.publicInterest.isEmpty {
        out += "<div class=\"interest\"><span class=\"label\">Kepentingan publik:</span> "
        out += "\(escapeHTMLMultiline(row.publicInterest))</div>"
    }
    return out
}

/// Keterangan: the decree, who holds the information, and whether the exemption is still a
/// proposal; each on its own line, nothing when none is known.
private func remarksCell(_ row: DIKRow) -> String {
    var lines: [String] = []
    if !row.decree.isEmpty { lines.append("<div class=\"decree\">\(escapeHTMLMultiline(row.decree))</div>") }
    if !row.holder.isEmpty {
        lines.append("<div class=\"holder\"><span class=\"label\">Dikuasai:</span> \(escapeHTMLMultiline(row.holder))</div>")
    }
    if row.proposed { lines.append("<div class=\"note proposed\">Usulan, belum ditetapkan.</div>") }
    return lines.joined()
}

/// CSS for the DIK page, after `registerCSS`.
let dikCSS = """
.dik td > div + div, .dik .interest { margin-top: 3px; }
.dik .label { font-style: italic; }
.register tr.proposed td:last-child { background: #eef3fb; }

"""
