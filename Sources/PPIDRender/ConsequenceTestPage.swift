/// The Lembar Pengujian Konsekuensi as a standalone HTML5 page, printable on one A4 portrait
/// sheet for ordinary text, in the style of the written notice (`renderRequestNoticeHTML`).
///
/// The letterhead (kop), "LEMBAR PENGUJIAN KONSEKUENSI" and its number; "Usulan — belum
/// ditetapkan" under it while the test is only proposed; the information tested (title,
/// summary, holder); the six steps of PKPU 22/2023 Pasal 25 ayat (3) as a numbered table,
/// an empty step leaving dotted lines to write on and an empty conclusion leaving the two
/// boxes to tick; the exemption period and the decree; last the signature block.
/// The same document always gives the same bytes.
public func renderConsequenceTestHTML(_ d: ConsequenceTestDocument) -> String {
    var body = "<article class=\"letter consequence-test\">\n"
    body += Letter.letterhead(office: d.officeName, details: d.officeDetails)
    body += Letter.title("LEMBAR PENGUJIAN KONSEKUENSI", number: d.number)
    if d.proposed {
        body += "<p class=\"status proposed\">Usulan — belum ditetapkan</p>\n"
    }
    body += "<section class=\"part part-info\">\n<h2>A. Informasi yang Diuji</h2>\n"
    body += Letter.fields([], html: [
        ("Judul Informasi", filled(d.title)), ("Ringkasan Isi Informasi", filled(d.summary)),
        ("Pejabat/Unit yang Menguasai", filled(d.holder)),
    ], class: "tested")
    body += "</section>\n"

    body += "<section class=\"part part-steps\">\n<h2>B. Tahapan Pengujian Konsekuensi</h2>\n"
    body += "<table class=\"steps\">\n<colgroup><col class=\"c-no\"><col class=\"c-step\"><col></colgroup>\n"
    body += "<thead><tr><th scope=\"col\">No</th><th scope=\"col\">Tahapan Pengujian</th><th scope=\"col\">Uraian</th></tr></thead>\n<tbody>\n"
    for (i, step) in d.steps.enumerated() {
        let last = i == d.steps.count - 1
        let text = last ? conclusionHTML(step.text) : filledLines(step.text)
        body += "<tr\(last ? " class=\"conclusion\"" : "")><td class=\"num\">\(i + 1).</td>"
        body += "<td>\(escapeHTML(step.heading))</td><td>\(text)</td></tr>\n"
    }
    body += "</tbody>\n</table>\n</section>\n"

    body += "<section class=\"part part-decree\">\n"
    body += Letter.fields([], html: [
        ("Jangka Waktu Pengecualian", filled(d.period)), ("Ditetapkan dengan Keputusan", filled(d.decree)),
    ], class: "decree")
    body += "</section>\n"
    body += "<p class=\"closing\">Demikian lembar pengujian konsekuensi ini dibuat dengan sebenarnya"
    body += " untuk dipergunakan sebagaimana mestinya.</p>\n"
    body += Letter.signature(date: d.decided, city: d.place, title: d.signerTitle, office: d.officeName,
                             name: d.signedBy, id: d.signerID)
    body += "</article>\n"
    let title = "Lembar Pengujian Konsekuensi" + (d.title.isEmpty ? "" : " — \(d.title)")
    return HTMLPage.page(title: title, css: letterCSS + consequenceTestCSS, body: body)
}

/// The text escaped, or a dotted line to write on when it is empty.
private func filled(_ text: String) -> String {
    text.isEmpty ? Letter.blank : escapeHTMLMultiline(text)
}

/// A step's text, or two dotted lines across the cell: room to write a sentence by hand.
private func filledLines(_ text: String) -> String {
    text.isEmpty ? "<div class=\"fill\">\(Letter.blank)\(Letter.blank)</div>" : escapeHTMLMultiline(text)
}

/// The conclusion in bold; empty, the two outcomes as boxes to tick; "Dikecualikan" or
/// "Terbuka" (any case) ticks its box, so the sheet reads the same printed or filled in.
private func conclusionHTML(_ text: String) -> String {
    let options = ["Dikecualikan", "Terbuka"]
    let word = text.lowercased()
    if text.isEmpty || options.contains(where: { $0.lowercased() == word }) {
        return "<div class=\"outcomes\">" + options.map { option in
            let checked = option.lowercased() == word
            return Letter.box(checked, checked ? "<strong>\(option)</strong>" : option)
        }.joined(separator: " ") + "</div>"
    }
    return "<strong>\(escapeHTMLMultiline(text))</strong>"
}

/// CSS for the consequence test, after the shared `letterCSS`.
let consequenceTestCSS = """
.consequence-test .status { text-align: center; font-weight: bold; font-style: italic; margin: -4px 0 10px; }
table.tested th, table.decree th { width: 55mm; }
table.steps { table-layout: fixed; margin-bottom: 8px; }
table.steps col.c-no { width: 11mm; }
table.steps col.c-step { width: 58mm; }
table.steps td { padding: 5px 6px; }
table.steps tr.conclusion td { background: #f3f3f3; }
.fill .blank { display: block; width: 100%; height: 1.5em; }
.outcomes .option { margin-right: 12mm; }
table.fields .blank { min-width: 80mm; }

"""
