/// The DIP and the DIK as spreadsheets: one row per item under one header row, in the
/// public words of their pages (titles, names, Indonesian dates, "Setiap Saat"). The CSV,
/// TSV, Markdown and XLSX exports write these; JSON keeps the registers' codes.
///
/// Row 1 is the header and nothing goes above it, so that a spreadsheet filters the list
/// and `import` reads it back (the DIP layout is the one import reads, docs/language.md §13).
public enum PublicListColumns {
    /// The DIP's columns: the Perki 1/2010 Lampiran II columns with Kode (the item's name,
    /// the key import matches on) after No and Jenis Informasi (the page's groups) last.
    public static let dip = [
        "No", "Kode", "Judul Informasi", "Ringkasan Isi Informasi",
        "Pejabat/Unit/Satuan Kerja yang Menguasai Informasi",
        "Penanggung Jawab Pembuatan atau Penerbitan Informasi",
        "Waktu dan Tempat Pembuatan Informasi", "Bentuk Informasi yang Tersedia",
        "Jangka Waktu Penyimpanan atau Retensi Arsip", "Jenis Informasi",
    ]

    /// The DIK's columns: the page's six, each part of a two-part cell in a column of its
    /// own (Informasi: title and summary; Hasil Uji Konsekuensi: the harm and the public
    /// interest; Keterangan: the decree, the holder and the remark), with Kode after No.
    public static let dik = [
        "No", "Kode", "Informasi yang Dikecualikan", "Ringkasan Isi Informasi", "Dasar Hukum",
        "Hasil Uji Konsekuensi", "Kepentingan Publik", "Jangka Waktu Pengecualian",
        "Keputusan Penetapan", "Pejabat/Unit yang Menguasai Informasi", "Keterangan",
    ]
}

/// The DIP as a table in `PublicListColumns.dip`, its items in the order given.
public func dipTable(_ d: DIPDocument) -> Table {
    let rows = d.items.enumerated().map { i, it -> [Cell] in
        [.int(i + 1)] + [it.name, it.title, it.summary, it.holder, it.responsible, it.madeWhenWhere,
                         it.formats, it.retention, dipCategoryName(it.category)].map(publicCell)
    }
    return Table(title: titled("Daftar Informasi Publik", d.officeName), columns: PublicListColumns.dip, rows: rows)
}

/// The DIK as a table in `PublicListColumns.dik`: Keterangan says when an exemption is
/// still a proposal or its period has passed.
public func dikTable(_ d: DIKDocument) -> Table {
    let rows = d.items.enumerated().map { i, it -> [Cell] in
        var remarks: [String] = []
        if it.proposed { remarks.append("Usulan, belum ditetapkan.") }
        if it.expired { remarks.append("Jangka waktu pengecualian telah berakhir; perlu ditinjau ulang.") }
        return [.int(i + 1)] + [it.name, it.title, it.summary, it.basis, it.consequence, it.publicInterest,
                                it.period, it.decree, it.holder, remarks.joined(separator: " ")].map(publicCell)
    }
    return Table(title: titled("Daftar Informasi yang Dikecualikan", d.officeName), columns: PublicListColumns.dik, rows: rows)
}

/// Jenis Informasi as the DIP names it: `setiap_saat` → "Setiap Saat"; a category the DIP
/// has no group for is written as it is.
public func dipCategoryName(_ category: String) -> String {
    switch DIPGroup(category: category) {
    case .berkala: return "Berkala"
    case .sertaMerta: return "Serta Merta"
    case .setiapSaat: return "Setiap Saat"
    case .other: return category
    }
}

private func publicCell(_ text: String) -> Cell { text.isEmpty ? .null : .text(text) }

private func titled(_ title: String, _ office: String) -> String {
    office.isEmpty ? title : "\(title) — \(office)"
}
