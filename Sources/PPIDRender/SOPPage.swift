/// The SOP as its official document (Permenpan RB 35/2012 "SOP AP"): a standalone,
/// printable (A4 landscape) HTML5 page.
///
/// First the identity table: a logo placeholder and the unit name on the left; Nomor SOP,
/// Tgl Pembuatan, Tgl Revisi, Tgl Efektif, (Tgl Pengesahan,) Disahkan oleh and Nama SOP on
/// the right; then the blocks DASAR HUKUM | KUALIFIKASI PELAKSANA, KETERKAITAN |
/// PERALATAN/PERLENGKAPAN, PERINGATAN | PENCATATAN DAN PENDATAAN, lists numbered. On a new
/// printed page, the flow table: No · Kegiatan · one Pelaksana column per actor · Mutu Baku
/// (Kelengkapan, Waktu, Output) · Keterangan, one row per step, with the flowchart drawn
/// over the Pelaksana columns (see `FlowLayout`). The same document always gives the same
/// bytes.
public func renderSOPHTML(_ d: SOPDocument) -> String {
    var body = "<section class=\"sop-identity\">\n" + identityTable(d) + "</section>\n"
    body += "<section class=\"sop-flow\">\n"
    body += "<h2 class=\"flow-title\">\(escapeHTML(d.flowTitle ?? "BAGAN ALUR " + d.title.uppercased()))</h2>\n"
    body += flowTable(d)
    body += "</section>\n"
    let geometry = FlowGeometry(actorCount: d.actors.count)
    return HTMLPage.page(title: "SOP — \(d.title)", css: sopCSS(geometry), body: body)
}

private func identityTable(_ d: SOPDocument) -> String {
    var fields: [(String, String)] = [
        ("Nomor SOP", escapeHTML(d.number ?? "")),
        ("Tgl Pembuatan", escapeHTML(indonesianDate(d.made ?? ""))),
        ("Tgl Revisi", escapeHTML(indonesianDate(d.revised ?? ""))),
        ("Tgl Efektif", escapeHTML(indonesianDate(d.effective ?? ""))),
    ]
    if let enacted = d.enacted { fields.append(("Tgl Pengesahan", escapeHTML(indonesianDate(enacted)))) }
    var signed = "<div class=\"signer-office\">\(escapeHTMLMultiline(d.enactedBy ?? ""))</div>"
    signed += "<div class=\"signature-space\"></div>"
    if let signer = d.signerName, !signer.isEmpty {
        signed += "<div class=\"signer-name\">\(escapeHTML(signer))</div>"
    }
    fields.append(("Disahkan oleh", signed))
    fields.append(("Nama SOP", "<span class=\"sop-name\">\(escapeHTMLMultiline(d.title))</span>"))

    var out = "<table class=\"identity\">\n<colgroup><col style=\"width:46%\"><col style=\"width:15%\"><col style=\"width:39%\"></colgroup>\n"
    for (i, field) in fields.enumerated() {
        out += "<tr>"
        if i == 0 {
            out += "<td class=\"unit\" rowspan=\"\(fields.count)\"><div class=\"logo\">LOGO</div>"
            out += "<div class=\"unit-name\">\(escapeHTMLMultiline(d.unitName))</div></td>"
        }
        out += "<th scope=\"row\">\(field.0)</th><td>\(field.1)</td></tr>\n"
    }
    let blocks: [(String, [String], String, [String])] = [
        ("DASAR HUKUM", d.basis, "KUALIFIKASI PELAKSANA", d.qualification),
        ("KETERKAITAN", d.related, "PERALATAN/PERLENGKAPAN", d.equipment),
        ("PERINGATAN", d.warning, "PENCATATAN DAN PENDATAAN", d.records),
    ]
    for (leftTitle, left, rightTitle, right) in blocks {
        out += "<tr class=\"block-head\"><th>\(leftTitle)</th><th colspan=\"2\">\(rightTitle)</th></tr>\n"
        out += "<tr class=\"block\"><td>\(listHTML(left))</td><td colspan=\"2\">\(listHTML(right))</td></tr>\n"
    }
    return out + "</table>\n"
}

/// A numbered list; a single entry as a plain paragraph (as the seeds write it); none as "-".
func listHTML(_ items: [String]) -> String {
    let shown = items.filter { !$0.isEmpty }
    switch shown.count {
    case 0: return "<p>-</p>"
    case 1: return "<p>\(escapeHTMLMultiline(shown[0]))</p>"
    default: return "<ol>" + shown.map { "<li>\(escapeHTMLMultiline($0))</li>" }.joined() + "</ol>"
    }
}

private func flowTable(_ d: SOPDocument) -> String {
    let layout = FlowLayout(d)
    let actors = d.actors.isEmpty ? [""] : d.actors
    var out = "<table class=\"flow\">\n<colgroup><col class=\"c-no\"><col class=\"c-activity\">"
    out += String(repeating: "<col class=\"c-actor\">", count: actors.count)
    out += "<col class=\"c-needs\"><col class=\"c-time\"><col class=\"c-output\"><col class=\"c-note\"></colgroup>\n"
    out += "<thead>\n<tr><th rowspan=\"2\">No</th><th rowspan=\"2\">Kegiatan</th>"
    out += "<th colspan=\"\(actors.count)\">Pelaksana</th><th colspan=\"3\">Mutu Baku</th>"
    out += "<th rowspan=\"2\">Keterangan</th></tr>\n<tr>"
    for actor in actors { out += "<th class=\"actor-head\">\(escapeHTMLMultiline(actor))</th>" }
    out += "<th>Kelengkapan</th><th>Waktu</th><th>Output</th></tr>\n</thead>\n<tbody>\n"
    if d.steps.isEmpty {
        out += "<tr class=\"empty\"><td colspan=\"\(actors.count + 6)\">Belum ada langkah.</td></tr>\n"
    }
    for (i, step) in d.steps.enumerated() {
        out += "<tr class=\"step\" data-step=\"\(step.number)\">"
        out += "<td class=\"num\">\(step.number).</td>"
        out += "<td class=\"activity\">\(escapeHTMLMultiline(step.activity))</td>"
        out += "<td class=\"actor flowcell\">" + layout.svg(row: i) + "</td>"
        out += String(repeating: "<td class=\"actor\"></td>", count: actors.count - 1)
        out += "<td>\(escapeHTMLMultiline(step.needs))</td>"
        out += "<td class=\"time\">\(escapeHTMLMultiline(step.time))</td>"
        out += "<td>\(escapeHTMLMultiline(step.output))</td>"
        out += "<td>\(escapeHTMLMultiline(step.note))"
        if let decision = step.decision {
            out += "<div class=\"decision-note\">\(escapeHTML(decisionSummary(decision, from: step.number)))</div>"
        }
        out += "</td></tr>\n"
    }
    return out + "</tbody>\n</table>\n"
}

/// "Ya: lanjut ke langkah 4; Tidak: kembali ke langkah 1", for the Keterangan column and
/// the Markdown document.
func decisionSummary(_ decision: SOPDocDecision, from number: Int) -> String {
    func describe(_ target: Int?) -> String {
        guard let target else { return "selesai" }
        return target <= number ? "kembali ke langkah \(target)" : "lanjut ke langkah \(target)"
    }
    return "Ya: \(describe(decision.yes)); Tidak: \(describe(decision.no))"
}

private func sopCSS(_ g: FlowGeometry) -> String {
    """
    .identity { table-layout: fixed; margin-bottom: 14px; }
    .identity td.unit { text-align: center; vertical-align: middle; padding: 10px; }
    .identity .logo { width: 72px; height: 72px; margin: 0 auto 8px; border: 1px dashed #777; color: #777;
      font-size: 8pt; display: flex; align-items: center; justify-content: center; }
    .identity .unit-name { font-weight: bold; font-size: 11pt; text-transform: uppercase; }
    .identity th[scope=row] { font-weight: normal; background: none; white-space: nowrap; }
    .identity .signature-space { height: 36px; }
    .identity .signer-name { font-weight: bold; text-decoration: underline; }
    .identity .sop-name { font-weight: bold; text-transform: uppercase; }
    .identity tr.block-head th { background: #e6e6e6; text-align: left; }
    .identity tr.block td { padding-bottom: 8px; }
    .identity ol { margin: 0; padding-left: 18px; }
    .identity p { margin: 0; }
    .sop-flow { margin-top: 8px; }
    @media print { .sop-flow { break-before: page; page-break-before: always; } }
    .flow-title { font-size: 11pt; text-align: center; margin: 6px 0 8px; }
    .flow { table-layout: fixed; font-size: 9pt; }
    .flow col.c-no { width: 34px; }
    .flow col.c-actor { width: \(g.columnWidth)px; }
    .flow col.c-needs { width: 110px; }
    .flow col.c-time { width: 64px; }
    .flow col.c-output { width: 110px; }
    .flow col.c-note { width: 96px; }
    .flow thead th { font-size: 8.5pt; padding: 3px 2px; }
    .flow th.actor-head { overflow-wrap: break-word; }
    .flow tr.step > td { height: \(g.minRowHeight)px; overflow-wrap: break-word; }
    .flow td.num { text-align: center; }
    .flow td.time { text-align: center; }
    .flow td.actor { padding: 0; }
    .flow td.flowcell { position: relative; }
    .flow svg.flow-svg { position: absolute; left: 0; top: 0; height: 100%; overflow: visible; z-index: 1; }
    .flow .decision-note { margin-top: 3px; font-style: italic; font-size: 8pt; }
    .flow tr.empty td { text-align: center; font-style: italic; }

    """
}
