/// The report as a flat list of headings, paragraphs and tables: what the Markdown file and
/// the terminal text both write (the HTML page lays out the same rows itself, with charts).
enum ReportBlock {
    case title(String)
    /// Lines under the title: office, details, period, date.
    case lines([String])
    case heading(level: Int, text: String)
    /// The office's text; a blank line separates paragraphs.
    case text(String)
    /// A sentence of our own (a count, a note).
    case sentence(String)
    case table(Table)
}

extension ServiceReportDocument {
    var blocks: [ReportBlock] {
        var out: [ReportBlock] = [.title("LAPORAN LAYANAN INFORMASI PUBLIK")]
        var head = [officeName] + officeDetails + ["Periode: " + period]
        if !generated.isEmpty { head.append("Disusun: " + indonesianDate(generated)) }
        out.append(.lines(head.filter { !$0.isEmpty }))
        let parts = textParts
        out += textBlocks(parts.standard[0]) + textBlocks(parts.standard[1])
        out += serviceBlocks + objectionBlocks + dipBlocks
        out += textBlocks(parts.standard[2]) + textBlocks(parts.standard[3])
        for part in parts.extra { out += textBlocks(part) }
        return out
    }

    private func textBlocks(_ part: TextPart) -> [ReportBlock] {
        var out: [ReportBlock] = [.heading(level: 2, text: "\(part.number). \(part.title)")]
        if part.entries.isEmpty { out.append(.sentence(notFilledIn)) }
        for entry in part.entries {
            if let subtitle = entry.subtitle { out.append(.heading(level: 3, text: subtitle)) }
            let text = trimmedWhitespace(entry.text)
            out.append(text.isEmpty ? .sentence(notFilledIn) : .text(text))
        }
        return out
    }

    private var serviceBlocks: [ReportBlock] {
        var out: [ReportBlock] = [
            .heading(level: 2, text: "III. Rincian Layanan Informasi Publik"),
            .heading(level: 3, text: "A. Jumlah dan Hasil Permohonan Informasi"),
            .sentence("Jumlah permohonan informasi publik yang diterima: \(reportNumber(requests.received))."),
        ]
        let outcomes = self.outcomes
        var rows = outcomes.enumerated().map { i, o in [Cell.int(i + 1), .text(o.label), .int(o.count), .text(o.share)] }
        let sum = outcomes.reduce(0) { $0 + $1.count }
        rows.append([.null, .text("Jumlah"), .int(sum), .text(shareText(sum, tenths: outcomes.reduce(0) { $0 + $1.tenths }, total: sum))])
        out.append(.table(Table(columns: ["No", "Hasil Permohonan", "Jumlah", "Persentase"], rows: rows)))
        if let note = outcomeMismatch { out.append(.sentence(note)) }
        let months = byMonth.enumerated().sorted { ($0.element.month, $0.offset) < ($1.element.month, $1.offset) }.map(\.element)
        if months.contains(where: { $0.count > 0 }) {
            out.append(.table(Table(columns: ["Bulan", "Jumlah"], rows: months.map { [.text(monthName($0.month)), .int($0.count)] })))
        } else {
            out.append(.sentence(noRequests))
        }

        out.append(.heading(level: 3, text: "B. Waktu Pemenuhan Permohonan Informasi"))
        out.append(.table(Table(columns: ["Uraian", "Keterangan"], rows: answerTimeRows.map { [.text($0.0), .text($0.1)] })))
        let limit = answerTime.statutoryDays
        let days = answerTime.distribution.enumerated().filter { $0.element > 0 }
        if days.isEmpty {
            out.append(.sentence(requests.received == 0 ? noRequests : "Belum ada permohonan yang selesai dijawab pada periode ini."))
        } else {
            out.append(.table(Table(columns: ["Hari Kerja", "Jumlah", "Keterangan"], rows: days.map { day, count in
                [.int(day), .int(count), .text(day > limit ? "melewati batas \(limit) hari kerja" : "")]
            })))
        }

        out.append(.heading(level: 3, text: "C. Alasan Penolakan Permohonan Informasi"))
        out.append(countBlock("Dasar Penolakan (Pasal 17 UU 14/2008)", refusalsByGround.map { ($0.ground, $0.count) },
                              empty: "Tidak ada permohonan yang ditolak."))
        out.append(.heading(level: 3, text: "D. Permohonan Menurut Saluran"))
        let shares = percentTenths(byChannel.map(\.count))
        let channelTotal = byChannel.reduce(0) { $0 + max($1.count, 0) }
        if byChannel.isEmpty {
            out.append(.sentence("Tidak ada data saluran permohonan."))
        } else {
            out.append(.table(Table(columns: ["No", "Saluran", "Jumlah", "Persentase"], rows: byChannel.enumerated().map { i, c in
                [.int(i + 1), .text(c.label), .int(c.count), .text(shareText(c.count, tenths: shares[i], total: channelTotal))]
            })))
        }
        return out
    }

    private var objectionBlocks: [ReportBlock] {
        [
            .heading(level: 2, text: "IV. Keberatan dan Sengketa"),
            .heading(level: 3, text: "A. Keberatan"),
            .sentence("Jumlah keberatan yang diajukan kepada Atasan PPID: \(reportNumber(objections.filed))."),
            countBlock("Hasil Keberatan", objectionOutcomeRows, empty: ""),
            countBlock("Alasan Keberatan (Pasal 35 ayat (1) UU 14/2008)", objectionGroundRows, empty: "Tidak ada keberatan."),
            .heading(level: 3, text: "B. Sengketa Informasi"),
            .sentence("Jumlah sengketa informasi yang diajukan ke Komisi Informasi: \(reportNumber(disputes.filed));"
                + " masih dalam proses: \(reportNumber(disputes.open))."),
            countBlock("Putusan Sengketa", disputes.rulings.map { ($0.outcome, $0.count) },
                       empty: "Tidak ada putusan sengketa informasi."),
        ]
    }

    private var dipBlocks: [ReportBlock] {
        [.heading(level: 2, text: "V. Daftar Informasi Publik"), countBlock("Jenis Informasi", dipRows, empty: "")]
    }

    private func countBlock(_ heading: String, _ rows: [(String, Int)], empty: String) -> ReportBlock {
        guard !rows.isEmpty else { return .sentence(empty) }
        return .table(Table(columns: ["No", heading, "Jumlah"], rows: rows.enumerated().map { [.int($0 + 1), .text($1.0), .int($1.1)] }))
    }
}
