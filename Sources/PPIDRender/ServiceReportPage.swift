/// The Laporan Layanan Informasi Publik as a standalone HTML5 page, printable on A4 portrait.
///
/// The letterhead (office and details), "LAPORAN LAYANAN INFORMASI PUBLIK", the period and
/// the date it was made; then the Perki outline in seven numbered parts: I. Gambaran Umum
/// Kebijakan, II. Sumber Daya, III. Rincian Layanan Informasi Publik (the Pasal 12 figures
/// with three inline SVG charts: requests per month, outcomes, answer time against the
/// statutory limit), IV. Keberatan dan Sengketa, V. Daftar Informasi Publik, VI. Kendala,
/// VII. Rekomendasi dan Tindak Lanjut; office sections under other titles follow as VIII….
/// No script; the charts print in black and white. The same document gives the same bytes.
public func renderServiceReportHTML(_ d: ServiceReportDocument) -> String {
    let parts = d.textParts
    var body = "<article class=\"report\">\n"
    body += reportHeading(d)
    body += textPartHTML(parts.standard[0])
    body += textPartHTML(parts.standard[1])
    body += servicePartHTML(d)
    body += objectionPartHTML(d)
    body += dipPartHTML(d)
    body += textPartHTML(parts.standard[2])
    body += textPartHTML(parts.standard[3])
    for part in parts.extra { body += textPartHTML(part) }
    body += "</article>\n"
    let title = "Laporan Layanan Informasi Publik — " + [d.officeName, d.period].filter { !$0.isEmpty }.joined(separator: ", ")
    return HTMLPage.page(title: title, css: serviceReportCSS, body: body)
}

private func reportHeading(_ d: ServiceReportDocument) -> String {
    var out = "<header class=\"kop\">\n"
    out += "<p class=\"kop-office\">\(escapeHTMLMultiline(d.officeName))</p>\n"
    for line in d.officeDetails where !line.isEmpty {
        out += "<p class=\"kop-details\">\(escapeHTMLMultiline(line))</p>\n"
    }
    out += "</header>\n<h1 class=\"report-title\">LAPORAN LAYANAN INFORMASI PUBLIK</h1>\n"
    out += "<p class=\"report-period\">\(escapeHTML(d.period))</p>\n"
    if !d.generated.isEmpty {
        out += "<p class=\"report-date\">Disusun: \(escapeHTML(indonesianDate(d.generated)))</p>\n"
    }
    return out
}

private func textPartHTML(_ part: ServiceReportDocument.TextPart) -> String {
    var out = "<section class=\"part\">\n<h2>\(part.number). \(escapeHTML(part.title))</h2>\n"
    if part.entries.isEmpty { out += "<p class=\"unfilled\">\(notFilledIn)</p>\n" }
    for entry in part.entries {
        if let subtitle = entry.subtitle { out += "<h3>\(escapeHTML(subtitle))</h3>\n" }
        out += paragraphsHTML(entry.text)
    }
    return out + "</section>\n"
}

/// The office's text: paragraphs at blank lines, line breaks kept inside a paragraph.
private func paragraphsHTML(_ text: String) -> String {
    let paragraphs = TextWrap.paragraphs(of: trimmedWhitespace(text)).split { trimmedWhitespace(String($0)).isEmpty }
    guard !paragraphs.isEmpty else { return "<p class=\"unfilled\">\(notFilledIn)</p>\n" }
    return paragraphs.map { lines in
        "<p>" + lines.map { escapeHTML(String($0)) }.joined(separator: "<br>") + "</p>\n"
    }.joined()
}

/// A table of labelled counts: No, the label, Jumlah and (when given) Persentase.
private func countTable(_ heading: String, _ rows: [(String, Int, String?)], total: (Int, String?)? = nil,
                        empty: String) -> String {
    let withShare = rows.contains { $0.2 != nil }
    var out = "<table class=\"figures\">\n<colgroup><col class=\"c-no\"><col><col class=\"c-count\">"
    out += (withShare ? "<col class=\"c-share\">" : "") + "</colgroup>\n<thead><tr><th scope=\"col\">No</th>"
    out += "<th scope=\"col\">\(escapeHTML(heading))</th><th scope=\"col\">Jumlah</th>"
    out += (withShare ? "<th scope=\"col\">Persentase</th>" : "") + "</tr></thead>\n<tbody>\n"
    if rows.isEmpty {
        out += "<tr class=\"empty\"><td colspan=\"3\">\(escapeHTML(empty))</td></tr>\n"
    }
    for (i, row) in rows.enumerated() {
        out += "<tr><td class=\"num\">\(i + 1)</td><td>\(escapeHTMLMultiline(row.0))</td>"
        out += "<td class=\"count\">\(reportNumber(row.1))</td>"
        if withShare { out += "<td class=\"count\">\(row.2 ?? "")</td>" }
        out += "</tr>\n"
    }
    out += "</tbody>\n"
    if let total {
        out += "<tfoot><tr><th colspan=\"2\" scope=\"row\">Jumlah</th><td class=\"count\">\(reportNumber(total.0))</td>"
        if withShare { out += "<td class=\"count\">\(total.1 ?? "")</td>" }
        out += "</tr></tfoot>\n"
    }
    return out + "</table>\n"
}

private func figure(_ number: Int, _ caption: String, svg: String?, empty: String) -> String {
    var out = "<figure class=\"chart\" id=\"grafik-\(number)\">\n"
    out += svg.map { $0 + "\n" } ?? "<p class=\"chart-empty\">\(escapeHTML(empty))</p>\n"
    return out + "<figcaption>Grafik \(number). \(escapeHTML(caption))</figcaption>\n</figure>\n"
}

let noRequests = "Tidak ada permohonan pada periode ini."

private func servicePartHTML(_ d: ServiceReportDocument) -> String {
    var out = "<section class=\"part\">\n<h2>III. Rincian Layanan Informasi Publik</h2>\n"
    out += "<h3>A. Jumlah dan Hasil Permohonan Informasi</h3>\n"
    out += "<p>Jumlah permohonan informasi publik yang diterima: <strong class=\"received\">\(reportNumber(d.requests.received))</strong>.</p>\n"
    let outcomes = d.outcomes
    let sum = outcomes.reduce(0) { $0 + $1.count }
    out += countTable("Hasil Permohonan", outcomes.map { ($0.label, $0.count, $0.share) },
                      total: (sum, shareText(sum, tenths: outcomes.reduce(0) { $0 + $1.tenths }, total: sum)), empty: noRequests)
    if let note = d.outcomeMismatch { out += "<p class=\"note\">\(escapeHTML(note))</p>\n" }
    out += figure(1, "Jumlah permohonan informasi per bulan", svg: monthChart(d), empty: noRequests)
    out += figure(2, "Hasil penyelesaian permohonan informasi", svg: outcomeChart(d), empty: noRequests)

    out += "<h3>B. Waktu Pemenuhan Permohonan Informasi</h3>\n<table class=\"fields\">\n"
    for (label, value) in d.answerTimeRows {
        out += "<tr><th scope=\"row\">\(escapeHTML(label))</th><td>\(escapeHTML(value))</td></tr>\n"
    }
    out += "</table>\n"
    let time = AnswerTimeChart(distribution: d.answerTime.distribution, statutoryDays: d.answerTime.statutoryDays)
    let noAnswers = d.requests.received == 0 ? noRequests : "Belum ada permohonan yang selesai dijawab pada periode ini."
    out += figure(3, "Lama menjawab permohonan (hari kerja)", svg: time.isEmpty ? nil : time.svg(period: d.period), empty: noAnswers)

    out += "<h3>C. Alasan Penolakan Permohonan Informasi</h3>\n"
    out += countTable("Dasar Penolakan (Pasal 17 UU 14/2008)", d.refusalsByGround.map { ($0.ground, $0.count, nil) },
                      empty: "Tidak ada permohonan yang ditolak.")
    out += "<h3>D. Permohonan Menurut Saluran</h3>\n"
    let channelShares = percentTenths(d.byChannel.map(\.count))
    let channelTotal = d.byChannel.reduce(0) { $0 + max($1.count, 0) }
    out += countTable("Saluran", d.byChannel.enumerated().map {
        ($1.label, $1.count, shareText($1.count, tenths: channelShares[$0], total: channelTotal))
    },
                      empty: "Tidak ada data saluran permohonan.")
    return out + "</section>\n"
}

private func objectionPartHTML(_ d: ServiceReportDocument) -> String {
    var out = "<section class=\"part\">\n<h2>IV. Keberatan dan Sengketa</h2>\n<h3>A. Keberatan</h3>\n"
    out += "<p>Jumlah keberatan yang diajukan kepada Atasan PPID: <strong class=\"objections\">\(reportNumber(d.objections.filed))</strong>.</p>\n"
    out += countTable("Hasil Keberatan", d.objectionOutcomeRows.map { ($0.0, $0.1, nil) }, empty: "")
    out += countTable("Alasan Keberatan (Pasal 35 ayat (1) UU 14/2008)", d.objectionGroundRows.map { ($0.0, $0.1, nil) },
                      empty: "Tidak ada keberatan.")
    out += "<h3>B. Sengketa Informasi</h3>\n"
    out += "<p>Jumlah sengketa informasi yang diajukan ke Komisi Informasi: <strong class=\"disputes\">\(reportNumber(d.disputes.filed))</strong>"
    out += "; masih dalam proses: \(reportNumber(d.disputes.open)).</p>\n"
    out += countTable("Putusan Sengketa", d.disputes.rulings.map { ($0.outcome, $0.count, nil) },
                      empty: "Tidak ada putusan sengketa informasi.")
    return out + "</section>\n"
}

private func dipPartHTML(_ d: ServiceReportDocument) -> String {
    var out = "<section class=\"part\">\n<h2>V. Daftar Informasi Publik</h2>\n"
    out += countTable("Jenis Informasi", d.dipRows.map { ($0.0, $0.1, nil) }, empty: "")
    return out + "</section>\n"
}
