/// The DIP page an office uploads to its e-PPID site: a standalone HTML5 page.
///
/// Heading "DAFTAR INFORMASI PUBLIK", the office, its details and "Pemutakhiran: <date>";
/// then one table with the Perki 1/2010 Lampiran II columns, its rows grouped under the three
/// headings of UU 14/2008 (berkala, serta merta, setiap saat) in that order. The three groups
/// always appear, an empty one saying so; items with an unknown category follow under
/// "Informasi Lainnya". Numbering runs on through the groups (1…N), so every item has
/// one number in the whole list that can be cited.
public func renderDIPHTML(_ d: DIPDocument) -> String {
    let columns = [
        "No", "Ringkasan Isi Informasi", "Pejabat/Unit/Satuan Kerja yang Menguasai Informasi",
        "Penanggung Jawab Pembuatan atau Penerbitan Informasi", "Waktu dan Tempat Pembuatan Informasi",
        "Bentuk Informasi yang Tersedia", "Jangka Waktu Penyimpanan atau Retensi Arsip",
    ]
    let widths = ["4%", "30%", "14%", "14%", "13%", "11%", "14%"]

    var groups: [DIPGroup: [DIPRow]] = [:]
    for item in d.items { groups[DIPGroup(category: item.category), default: []].append(item) }

    var body = HTMLPage.heading(title: "DAFTAR INFORMASI PUBLIK", office: d.officeName,
                                details: d.officeDetails, updated: d.updated)
    body += "<table class=\"register dip\">\n<colgroup>"
    body += widths.map { "<col style=\"width:\($0)\">" }.joined() + "</colgroup>\n"
    body += "<thead>\n<tr>" + columns.map { "<th scope=\"col\">\(escapeHTML($0))</th>" }.joined() + "</tr>\n"
    body += "<tr class=\"colnum\">" + columns.indices.map { "<th>\($0 + 1)</th>" }.joined() + "</tr>\n</thead>\n"

    var number = 0
    var letter = 0
    for group in DIPGroup.allCases {
        let rows = groups[group] ?? []
        if group == .other, rows.isEmpty { continue }
        body += "<tbody class=\"group-\(group.rawValue)\">\n"
        body += "<tr class=\"group\"><th colspan=\"\(columns.count)\" scope=\"colgroup\">"
        body += "<span class=\"group-letter\">\(groupLetter(letter)).</span> "
        body += "<span class=\"group-title\">\(escapeHTML(group.heading))</span></th></tr>\n"
        letter += 1
        if rows.isEmpty {
            body += "<tr class=\"empty\"><td colspan=\"\(columns.count)\">Tidak ada informasi dalam kelompok ini.</td></tr>\n"
        }
        for row in rows {
            number += 1
            body += dipRow(row, number: number)
        }
        body += "</tbody>\n"
    }
    body += "</table>\n"
    body += dipSummary(groups, total: number)
    var css = HTMLPage.headingCSS + registerCSS
    if let decree = d.decree {
        body += dipDecree(decree, office: d.officeName)
        css += signatureCSS + dipDecreeCSS
    }
    return HTMLPage.page(title: "Daftar Informasi Publik — \(d.officeName)", css: css, body: body)
}

/// The penetapan: "Ditetapkan dengan Keputusan <signer's office> <office> Nomor …, tanggal …",
/// then the signature block. An empty number or date leaves a dotted line.
private func dipDecree(_ k: DIPDecree, office: String) -> String {
    let by = k.signerTitle + (office.isEmpty ? "" : " " + office)
    var out = "<section class=\"penetapan\">\n<p class=\"decree-line\">Ditetapkan dengan Keputusan \(escapeHTML(by))"
    out += " Nomor " + (k.number.isEmpty ? Letter.blank : escapeHTML(k.number))
    out += ", tanggal " + (k.date.isEmpty ? Letter.blank : escapeHTML(indonesianDate(k.date))) + ".</p>\n"
    out += Letter.signature(date: k.date, city: k.place, title: k.signerTitle, office: office,
                            name: k.signerName, id: k.signerID)
    return out + "</section>\n"
}

private func dipRow(_ row: DIPRow, number: Int) -> String {
    var out = "<tr"
    if !row.status.isEmpty { out += " data-status=\"\(escapeHTML(row.status))\"" }
    out += "><td class=\"num\">\(number)</td>"
    out += "<td><strong class=\"title\">\(escapeHTMLMultiline(row.title))</strong>"
    if !row.summary.isEmpty { out += "<div class=\"summary\">\(escapeHTMLMultiline(row.summary))</div>" }
    out += "</td>"
    for text in [row.holder, row.responsible, row.madeWhenWhere, row.formats, row.retention] {
        out += "<td>\(escapeHTMLMultiline(text))</td>"
    }
    return out + "</tr>\n"
}

private func dipSummary(_ groups: [DIPGroup: [DIPRow]], total: Int) -> String {
    var parts = [
        "berkala \(groups[.berkala]?.count ?? 0)",
        "serta merta \(groups[.sertaMerta]?.count ?? 0)",
        "setiap saat \(groups[.setiapSaat]?.count ?? 0)",
    ]
    if let other = groups[.other], !other.isEmpty { parts.append("lainnya \(other.count)") }
    return "<p class=\"summary-line\">Jumlah informasi: \(total) (" + parts.joined(separator: ", ") + ").</p>\n"
}

/// A, B, C, ... for the group headings (Z and beyond never happen: there are four groups).
func groupLetter(_ index: Int) -> String {
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return index < letters.count ? String(letters[index]) : String(index + 1)
}

/// CSS for the DIP's penetapan block, after `signatureCSS`.
let dipDecreeCSS = """
.penetapan { margin-top: 14px; break-inside: avoid; page-break-inside: avoid; }
.penetapan .decree-line { margin: 0; }
.penetapan .signature { margin-right: 10mm; }

"""

/// CSS for the register pages (DIP and DIK).
let registerCSS = """
.register { table-layout: fixed; }
.register td { word-wrap: break-word; overflow-wrap: break-word; }
.register thead tr:first-child th { font-size: 9pt; }
.register tr.group th { background: #d9d9d9; text-align: left; font-size: 10.5pt; padding: 5px 6px; }
.register tr.empty td { font-style: italic; color: #444; text-align: center; }
.register .title { display: block; }
.register .summary { margin-top: 2px; }
.register .note { margin-top: 3px; font-style: italic; font-size: 9pt; }
.register tr.expired td { background: #fff4e0; }
.summary-line { margin-top: 8px; font-size: 9pt; }

"""
