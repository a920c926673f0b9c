/// The answer to an objection as a standalone HTML5 page, printable on A4 portrait, in the
/// style of the written notice (`renderRequestNoticeHTML`).
///
/// The letterhead (kop), "TANGGAPAN ATAS KEBERATAN INFORMASI PUBLIK" and its number; the
/// objection answered (its registration number and receipt date), the applicant (Nama,
/// Alamat, Nomor Telepon/E-mail), the request objected to, what was asked, the grounds of
/// Pasal 35 ayat (1) written out and the applicant's account; then the decision, one of three
/// ticked boxes, with how the information is given or, when the PPID's decision is upheld,
/// the written reasons; then the right to bring a dispute before the Komisi Informasi
/// within the period, with its last day. Last the signature block of the Atasan PPID.
/// The same document always gives the same bytes.
public func renderObjectionAnswerHTML(_ d: ObjectionAnswerDocument) -> String {
    var body = "<article class=\"letter answer\">\n"
    body += Letter.letterhead(office: d.officeName, details: d.officeDetails)
    body += Letter.title("TANGGAPAN ATAS KEBERATAN INFORMASI PUBLIK", number: d.number)
    body += "<p>Menindaklanjuti keberatan atas permohonan informasi publik yang Saudara/i ajukan dan kami terima pada"
    body += " tanggal <strong>\(escapeHTML(indonesianDate(d.objectionReceived)))</strong> dengan nomor registrasi keberatan"
    body += " <strong>\(escapeHTML(d.objectionNumber))</strong>, dengan ini Atasan PPID"
    body += d.officeName.isEmpty ? "" : " \(escapeHTML(d.officeName))"
    body += " menyampaikan tanggapan sebagai berikut.</p>\n"
    body += objectionPart(d)
    body += decisionPart(d)
    body += disputeRight(d)
    body += "<p class=\"closing\">Demikian tanggapan atas keberatan ini kami sampaikan untuk dapat dipergunakan sebagaimana mestinya.</p>\n"
    body += Letter.signature(date: d.date, city: d.city, title: d.signerTitle, office: d.officeName,
                             name: d.signerName, id: d.signerID)
    body += "</article>\n"
    let title = "Tanggapan atas Keberatan" + (d.objectionNumber.isEmpty ? "" : " — \(d.objectionNumber)")
    return HTMLPage.page(title: title, css: letterCSS + answerCSS, body: body)
}

/// Part A: who objected, to which request, and on which grounds.
private func objectionPart(_ d: ObjectionAnswerDocument) -> String {
    var out = "<section class=\"part part-objection\">\n<h2>A. Keberatan yang Diajukan</h2>\n"
    var rows = [("Nama", d.applicantName), ("Alamat", d.applicantAddress), ("Nomor Telepon/E-mail", d.applicantContact),
                ("Nomor Pendaftaran Permohonan", d.requestNumber), ("Informasi yang Diminta", d.asks)]
    if !d.purpose.isEmpty { rows.append(("Tujuan Penggunaan Informasi", d.purpose)) }
    var html = [("Alasan Keberatan", groundsHTML(d.grounds))]
    if !d.objectionReason.isEmpty { html.append(("Uraian Keberatan", escapeHTMLMultiline(d.objectionReason))) }
    out += Letter.fields(rows, html: html, class: "applicant")
    return out + "</section>\n"
}

/// Each ground as the statute words it: "Pasal 35 ayat (1) huruf a: penolakan atas …".
private func groundsHTML(_ grounds: [String]) -> String {
    let shown = grounds.filter { !$0.isEmpty }
    guard !shown.isEmpty else { return "-" }
    return shown.map { ground in
        guard let letter = objectionGroundLetter(ground) else {
            return "<div class=\"ground\">\(escapeHTMLMultiline(ground))</div>"
        }
        return "<div class=\"ground\">Pasal 35 ayat (1) huruf \(letter): \(escapeHTML(objectionGroundText(letter)))</div>"
    }.joined()
}

/// Part B: the three decisions as boxes, the chosen one ticked, then what follows from it.
private func decisionPart(_ d: ObjectionAnswerDocument) -> String {
    let office = d.officeName.isEmpty ? "" : " \(escapeHTML(d.officeName))"
    var out = "<section class=\"part part-decision\">\n<h2>B. Keputusan Atasan PPID</h2>\n<div class=\"decisions\">\n"
    let chosen: Int
    switch d.decision {
    case .uphold: chosen = 0
    case .grant: chosen = 1
    case .partial: chosen = 2
    }
    let options = ["Menguatkan keputusan PPID", "Menerima keberatan", "Menerima sebagian keberatan"]
    for (i, option) in options.enumerated() {
        out += "<div>" + Letter.box(i == chosen, option) + "</div>\n"
    }
    out += "</div>\n"
    switch d.decision {
    case .uphold:
        out += "<p>Setelah memeriksa keberatan Saudara/i, Atasan PPID <strong>menguatkan keputusan PPID</strong>\(office);"
        out += " dengan demikian keberatan Saudara/i <strong>ditolak</strong>, dengan alasan tertulis sebagai berikut"
        out += " (Pasal 36 ayat (3) Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik):</p>\n"
        out += reasonsHTML(d.reasons)
    case .grant(let release):
        out += "<p>Setelah memeriksa keberatan Saudara/i, Atasan PPID <strong>menerima keberatan</strong> Saudara/i."
        out += " PPID\(office) memberikan informasi yang Saudara/i minta sebagai berikut:</p>\n"
        out += releaseHTML(release, partial: false, reasons: d.reasons)
    case .partial(let release):
        out += "<p>Setelah memeriksa keberatan Saudara/i, Atasan PPID <strong>menerima sebagian keberatan</strong> Saudara/i."
        out += " PPID\(office) memberikan <strong>sebagian</strong> informasi yang Saudara/i minta sebagai berikut:</p>\n"
        out += releaseHTML(release, partial: true, reasons: d.reasons)
    }
    return out + "</section>\n"
}

/// The form, the time, for a partial acceptance what stays exempt, and the reasons when given.
private func releaseHTML(_ r: ObjectionRelease, partial: Bool, reasons: String) -> String {
    var html = [("Bentuk informasi", formOptions(r.form)),
                ("Waktu penyediaan", r.provision.isEmpty ? "-" : escapeHTMLMultiline(indonesianDate(r.provision)))]
    if partial {
        html.append(("Informasi yang dikecualikan", r.withheld.isEmpty ? "-" : escapeHTMLMultiline(r.withheld)))
    }
    if !reasons.isEmpty { html.append(("Pertimbangan", escapeHTMLMultiline(reasons))) }
    return Letter.fields([], html: html, class: "applicant release")
}

/// The written reasons for upholding, paragraph by paragraph; none given: dotted lines to
/// write them on by hand, since the law requires them.
private func reasonsHTML(_ reasons: String) -> String {
    guard !reasons.isEmpty else {
        return "<div class=\"reasons lines\">" + String(repeating: Letter.blank, count: 3) + "</div>\n"
    }
    return "<div class=\"reasons\">" + TextWrap.paragraphs(of: reasons).map { "<p>\(escapeHTML(String($0)))</p>" }.joined() + "</div>\n"
}

/// The right to bring a dispute (sengketa informasi publik) before the Komisi Informasi,
/// counted from the receipt of this answer (Pasal 37 ayat (2) UU 14/2008); the runtime gives
/// the last day.
private func disputeRight(_ d: ObjectionAnswerDocument) -> String {
    let commission = d.commission.isEmpty ? "Komisi Informasi" : d.commission
    var out = "<p class=\"dispute\">Apabila Saudara/i tidak puas dengan tanggapan ini, Saudara/i dapat mengajukan"
    out += " permohonan penyelesaian <strong>sengketa informasi publik</strong> kepada \(escapeHTML(commission))"
    out += " paling lambat \(Letter.days(d.disputeDays)) hari kerja setelah diterimanya tanggapan ini"
    if !d.disputeDeadline.isEmpty {
        out += ", yaitu sampai dengan tanggal <strong class=\"deadline\">\(escapeHTML(indonesianDate(d.disputeDeadline)))</strong>"
    }
    out += " (Pasal 37 ayat (2) Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik).</p>\n"
    return out
}

/// CSS for the answer, after the shared `letterCSS`.
let answerCSS = """
.answer table.fields th { width: 58mm; }
.answer .ground + .ground { margin-top: 2px; }
.answer .decisions { margin: 0 0 6px 6mm; display: flex; flex-wrap: wrap; gap: 2px 5mm; }
.answer table.release td div + div { margin-top: 1px; }
.answer .reasons { margin: 0 0 6px 6mm; }
.answer .reasons p { margin: 0 0 4px; text-align: justify; }
.answer .reasons.lines .blank { display: block; width: 100%; height: 7mm; }
.dispute { border: 1px solid #000; padding: 5px 8px; margin-top: 8px; }

"""
