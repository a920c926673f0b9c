/// The SOP as Markdown (GitHub-flavoured): the identity fields as a two-column table, the
/// header lists as numbered lists, and the flow table with the step's symbol as a character
/// in its actor columns (⬭ first/last step, ▭ activity, ◇ decision, with the decision's exits
/// spelled out under Keterangan). For reading and review in plain text; the signed document
/// is the HTML.
public func renderSOPMarkdown(_ d: SOPDocument) -> String {
    var out = "# " + markdownCell(d.title) + "\n\n"
    out += "| | |\n| --- | --- |\n"
    var fields: [(String, String)] = [
        ("Unit", d.unitName),
        ("Nomor SOP", d.number ?? ""),
        ("Tgl Pembuatan", indonesianDate(d.made ?? "")),
        ("Tgl Revisi", indonesianDate(d.revised ?? "")),
        ("Tgl Efektif", indonesianDate(d.effective ?? "")),
    ]
    if let enacted = d.enacted { fields.append(("Tgl Pengesahan", indonesianDate(enacted))) }
    var signed = d.enactedBy ?? ""
    if let signer = d.signerName, !signer.isEmpty { signed += signed.isEmpty ? signer : " (\(signer))" }
    fields.append(("Disahkan oleh", signed))
    fields.append(("Nama SOP", d.title))
    for (label, value) in fields { out += "| \(label) | \(markdownCell(value)) |\n" }

    let sections: [(String, [String])] = [
        ("Dasar Hukum", d.basis), ("Kualifikasi Pelaksana", d.qualification),
        ("Keterkaitan", d.related), ("Peralatan/Perlengkapan", d.equipment),
        ("Peringatan", d.warning), ("Pencatatan dan Pendataan", d.records),
    ]
    for (heading, items) in sections {
        out += "\n## \(heading)\n\n"
        let shown = items.filter { !$0.isEmpty }
        if shown.isEmpty { out += "-\n" }
        for (i, item) in shown.enumerated() { out += "\(i + 1). \(markdownCell(item))\n" }
    }

    out += "\n## " + markdownCell(d.flowTitle ?? "Bagan Alur") + "\n\n"
    let actors = d.actors.isEmpty ? [""] : d.actors
    let header = ["No", "Kegiatan"] + actors + ["Kelengkapan", "Waktu", "Output", "Keterangan"]
    out += "| " + header.map(markdownCell).joined(separator: " | ") + " |\n"
    let rules = ["---:", "---"] + actors.map { _ in ":---:" } + ["---", "---", "---", "---"]
    out += "| " + rules.joined(separator: " | ") + " |\n"
    for (i, step) in d.steps.enumerated() {
        let symbol: String
        if step.decision != nil {
            symbol = "◇"
        } else if i == 0 || i == d.steps.count - 1 {
            symbol = "⬭"
        } else {
            symbol = "▭"
        }
        let marked = Set(step.actorIndexes)
        var note = step.note
        if let decision = step.decision {
            note += (note.isEmpty ? "" : "\n") + decisionSummary(decision, from: step.number)
        }
        var cells = [String(step.number), step.activity]
        cells += actors.indices.map { marked.contains($0) ? symbol : "" }
        cells += [step.needs, step.time, step.output, note]
        out += "| " + cells.map(markdownCell).joined(separator: " | ") + " |\n"
    }
    out += "\nSimbol: ⬭ mulai/selesai, ▭ kegiatan, ◇ keputusan (Ya/Tidak).\n"
    return out
}
