/// The written notice as a standalone HTML5 page, printable on A4 portrait.
///
/// The letterhead (kop), "PEMBERITAHUAN TERTULIS" and its number; the request it answers
/// (receipt date, registration number) and the applicant (Nama, Alamat, Nomor
/// Telepon/E-mail), what was asked and why; then exactly one of the form's two parts:
/// "A. Informasi Dapat Diberikan" (held by us or another body, form, cost and payment, when,
/// what was blacked out and on which Pasal 17 ground) or "B. Informasi Tidak Dapat Diberikan"
/// (exempt, not held, not yet documented). A refusal and a partial grant state the right to
/// object to the Atasan PPID within the objection period, with its last day. Last the
/// signature block. The same document always gives the same bytes.
public func renderRequestNoticeHTML(_ d: RequestNoticeDocument) -> String {
    var body = "<article class=\"letter\">\n"
    body += Letter.letterhead(office: d.officeName, details: d.officeDetails)
    body += Letter.title("PEMBERITAHUAN TERTULIS", number: d.number)
    body += "<p>Berdasarkan permohonan informasi yang kami terima pada tanggal <strong>\(escapeHTML(indonesianDate(d.received)))</strong>"
    body += " dengan nomor pendaftaran <strong>\(escapeHTML(d.registrationNumber))</strong>, kami menyampaikan kepada Saudara/i:</p>\n"
    body += Letter.fields([
        ("Nama", d.applicantName), ("Alamat", d.applicantAddress), ("Nomor Telepon/E-mail", d.applicantContact),
        ("Informasi yang Diminta", d.asks), ("Tujuan Penggunaan Informasi", d.purpose),
    ], class: "applicant")
    body += "<p>pemberitahuan sebagai berikut:</p>\n"
    switch d.outcome {
    case .given(let grant): body += partA(grant, d)
    default: body += partB(d)
    }
    body += "<p class=\"closing\">Demikian pemberitahuan ini kami sampaikan untuk dapat dipergunakan sebagaimana mestinya.</p>\n"
    body += Letter.signature(date: d.date, city: d.city, title: d.signerTitle, office: d.officeName,
                             name: d.signerName, id: d.signerID)
    body += "</article>\n"
    let title = "Pemberitahuan Tertulis" + (d.registrationNumber.isEmpty ? "" : " — \(d.registrationNumber)")
    return HTMLPage.page(title: title, css: letterCSS + noticeCSS, body: body)
}

private func partA(_ g: RequestNoticeGrant, _ d: RequestNoticeDocument) -> String {
    var out = "<section class=\"part part-a\">\n<h2>A. Informasi Dapat Diberikan</h2>\n"
    if g.isPartial {
        out += "<p class=\"partial\">Informasi diberikan <strong>sebagian</strong>: bagian yang dikecualikan dihitamkan"
        out += " sebagaimana dijelaskan pada angka 5.</p>\n"
    }
    var rows: [(String, String)] = []
    var held = "<div>" + Letter.box(g.heldBy.isEmpty, "Kami") + "</div>"
    held += "<div>" + Letter.box(!g.heldBy.isEmpty, "Badan Publik lain, yaitu: " + (g.heldBy.isEmpty ? Letter.blank : escapeHTML(g.heldBy))) + "</div>"
    rows.append(("Penguasaan Informasi Publik", held))
    rows.append(("Bentuk fisik yang tersedia", formOptions(g.form)))
    var cost = escapeHTML(rupiah(g.cost.isEmpty ? "0" : g.cost))
    if g.cost.isEmpty || rupiah(g.cost) == "Rp0" { cost += " (tidak dipungut biaya)" }
    if !g.payment.isEmpty { cost += "<div>Cara pembayaran: \(escapeHTMLMultiline(g.payment))</div>" }
    rows.append(("Biaya yang dibutuhkan", cost))
    rows.append(("Waktu penyediaan", g.provision.isEmpty ? "-" : escapeHTMLMultiline(indonesianDate(g.provision))))
    rows.append(("Penjelasan penghitaman/pengaburan informasi yang dimohon", withheldHTML(g.withheld)))
    if !g.note.isEmpty { rows.append(("Keterangan", escapeHTMLMultiline(g.note))) }

    out += "<table class=\"notice-table\">\n<colgroup><col class=\"c-no\"><col class=\"c-what\"><col></colgroup>\n"
    out += "<thead><tr><th scope=\"col\">No</th><th scope=\"col\">Hal-hal terkait Informasi Publik</th><th scope=\"col\">Keterangan</th></tr></thead>\n<tbody>\n"
    for (i, row) in rows.enumerated() {
        out += "<tr><td class=\"num\">\(i + 1).</td><td>\(escapeHTML(row.0))</td><td>\(row.1)</td></tr>\n"
    }
    out += "</tbody>\n</table>\n"
    if g.isPartial { out += objection(d) }
    return out + "</section>\n"
}

/// The form's boxes for the known form words (`softcopy`, `hardcopy`, `view`, with commas);
/// any other text is shown as it is. The answer to an objection shows its form the same way.
func formOptions(_ form: String) -> String {
    let options = [("softcopy", "Softcopy (termasuk rekaman)"), ("hardcopy", "Hardcopy/salinan tertulis"),
                   ("view", "Melihat/membaca langsung")]
    let words = form.lowercased().split(separator: ",").map { $0.trimmingSpaces }
    guard !words.isEmpty, words.allSatisfy({ w in options.contains { $0.0 == w } }) else {
        return form.isEmpty ? "-" : escapeHTMLMultiline(form)
    }
    return options.map { "<div>" + Letter.box(words.contains($0.0), $0.1) + "</div>" }.joined()
}

private func withheldHTML(_ parts: [RequestNoticeWithheld]) -> String {
    guard !parts.isEmpty else { return "Tidak ada; informasi diberikan seluruhnya." }
    var out = "<p>Bagian berikut dihitamkan karena merupakan informasi yang dikecualikan berdasarkan"
    out += " Pasal 17 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik:</p>"
    out += "<table class=\"withheld\"><thead><tr><th scope=\"col\">Bagian yang dihitamkan</th>"
    out += "<th scope=\"col\">Dasar pengecualian</th><th scope=\"col\">Alasan</th></tr></thead><tbody>"
    for p in parts {
        out += "<tr><td>\(escapeHTMLMultiline(p.part))</td><td>\(escapeHTMLMultiline(p.basis))</td>"
        out += "<td>\(p.reason.isEmpty ? "-" : escapeHTMLMultiline(p.reason))</td></tr>"
    }
    return out + "</tbody></table>"
}

private func partB(_ d: RequestNoticeDocument) -> String {
    var out = "<section class=\"part part-b\">\n<h2>B. Informasi Tidak Dapat Diberikan</h2>\n"
    switch d.outcome {
    case .given:
        break
    case .refused(let basis, let consequence):
        out += "<div class=\"reason reason-exempt\">\n"
        out += "<p>Informasi yang Saudara/i minta merupakan <strong>informasi yang dikecualikan</strong> berdasarkan"
        out += " Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik:</p>\n"
        out += Letter.fields([("Dasar pengecualian", basis),
                            ("Konsekuensi apabila informasi dibuka", consequence.isEmpty ? "-" : consequence)],
                           class: "grounds")
        out += "<p>Dengan demikian, permohonan informasi Saudara/i <strong>ditolak</strong>.</p>\n"
        out += "</div>\n"
        out += objection(d)
    case .notHeld(let holder):
        out += "<div class=\"reason reason-not-held\">\n"
        out += "<p>Informasi yang diminta <strong>tidak dikuasai</strong> oleh \(escapeHTML(d.officeName.isEmpty ? "kami" : d.officeName)).</p>\n"
        if holder.isEmpty {
            out += "<p>Badan publik yang menguasai informasi tersebut tidak kami ketahui.</p>\n"
        } else {
            out += "<p>Informasi tersebut dikuasai oleh <strong>\(escapeHTML(holder))</strong>; Saudara/i dapat mengajukan"
            out += " permohonan informasi kepada badan publik tersebut.</p>\n"
        }
        out += "</div>\n"
    case .notDocumented(let ready):
        out += "<div class=\"reason reason-not-documented\">\n"
        out += "<p>Informasi yang diminta <strong>belum didokumentasikan</strong>.</p>\n"
        if ready.isEmpty {
            out += "<p>Waktu penyediaan informasi tersebut akan kami beritahukan kemudian.</p>\n"
        } else {
            out += "<p>Penyediaan informasi tersebut dilakukan paling lambat tanggal"
            out += " <strong>\(escapeHTML(indonesianDate(ready)))</strong>.</p>\n"
        }
        out += "</div>\n"
    }
    return out + "</section>\n"
}

/// The right to object (Pasal 35 ayat (1) huruf a, Pasal 36 ayat (1) UU 14/2008), counted
/// from the date of this notice; the runtime gives the last day.
private func objection(_ d: RequestNoticeDocument) -> String {
    let days = Letter.days(d.objectionDays)
    var out = "<p class=\"objection\">Apabila Saudara/i keberatan atas keputusan ini, Saudara/i dapat mengajukan"
    out += " <strong>keberatan</strong> secara tertulis kepada Atasan PPID"
    if !d.atasanPPID.isEmpty { out += " (\(escapeHTML(d.atasanPPID)))" }
    out += " paling lambat \(days) hari kerja sejak tanggal pemberitahuan ini"
    if !d.objectionDeadline.isEmpty {
        out += ", yaitu sampai dengan tanggal <strong class=\"deadline\">\(escapeHTML(indonesianDate(d.objectionDeadline)))</strong>"
    }
    out += " (Pasal 35 ayat (1) huruf a dan Pasal 36 ayat (1) Undang-Undang Nomor 14 Tahun 2008).</p>\n"
    return out
}

private extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
