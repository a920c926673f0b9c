@testable import PPIDRender

/// Test documents built from the seeds (seed items; seed 004's Maklumat SOP).
enum Fixtures {
    static let dip = DIPDocument(
        officeName: "KPU Kabupaten Karanganyar",
        officeDetails: ["Kode 3313", "Provinsi Jawa Tengah"],
        updated: "2025-01-05",
        items: [
            DIPRow(title: "Profil & struktur organisasi", summary: "Profil, struktur, tupoksi", holder: "Subbagian PHS",
                   responsible: "Kasubbag PHS", madeWhenWhere: "2 Januari 2024, Karanganyar",
                   formats: "softcopy, hardcopy", retention: "Selama berlaku", category: "berkala", status: "published"),
            DIPRow(title: "Kontrak pengadaan logistik", holder: "Subbagian KUL", responsible: "PPK",
                   madeWhenWhere: "2024, Karanganyar", formats: "hardcopy", retention: "10 tahun",
                   category: "setiap_saat", status: "published"),
            DIPRow(title: "LRA & Neraca 2023", summary: "Realisasi anggaran", holder: "Subbagian KUL",
                   responsible: "Sri Wahyuni", madeWhenWhere: "15 Januari 2024, Karanganyar",
                   formats: "softcopy, hardcopy", retention: "10 tahun", category: "berkala", status: "approved"),
            DIPRow(title: "Pengumuman perubahan lokasi TPS", holder: "Subbagian TPH", responsible: "Kasubbag TPH",
                   madeWhenWhere: "Sewaktu-waktu", formats: "softcopy", retention: "5 tahun",
                   category: "serta_merta", status: "published"),
        ])

    static let maklumat = SOPDocument(
        unitName: "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN KARANGANYAR",
        title: "Penyusunan Pengumuman Maklumat Pelayanan Informasi Publik",
        number: "58/PP.07-SOP/3313/2023", made: "2025-01-05", effective: "2023-01-05", enacted: "2023-01-05",
        enactedBy: "Sekretaris Komisi Pemilihan Umum Kabupaten Karanganyar", signerName: "Masykur",
        basis: ["Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
                "Peraturan KPU Nomor 1 Tahun 2015 tentang Pengelolaan dan Pelayanan Informasi Publik"],
        qualification: ["Memahami dasar-dasar pelayanan informasi publik", "Memahami standar pelayanan informasi publik"],
        related: ["Standar Operasional Prosedur Layanan dan Pengelolaan Informasi Publik"],
        equipment: ["Komputer", "Meja, kursi"],
        warning: ["Prosedur ini wajib dilaksanakan sesuai alur kegiatan"],
        records: ["Disimpan dalam bentuk dokumen tercetak dan elektronik"],
        actors: ["Atasan PPID", "PPID", "Komisioner", "Pelaksana", "E PPID"],
        steps: [
            SOPDocStep(number: 1, activity: "Atasan PPID dan PPID menyusun draft Maklumat Pelayanan Informasi Publik",
                       actorIndexes: [0, 1], needs: "Regulasi PPID", time: "1 hari", output: "Draft naskah"),
            SOPDocStep(number: 2, activity: "Menyampaikan draft Maklumat kepada Komisioner untuk mendapatkan persetujuan",
                       actorIndexes: [1], needs: "Draft naskah", time: "1 hari", output: "Nota Dinas"),
            SOPDocStep(number: 3, activity: "Memberikan arahan, koreksi dan persetujuan terhadap draft Maklumat",
                       actorIndexes: [2], needs: "Draft naskah", time: "1 hari", output: "Disposisi/arahan",
                       decision: SOPDocDecision(yes: 4, no: 1)),
            SOPDocStep(number: 4, activity: "Memerintahkan operator untuk mempublikasikan Maklumat",
                       actorIndexes: [1], needs: "Nota Dinas", time: "1 hari", output: "Disposisi/arahan"),
            SOPDocStep(number: 5, activity: "Mempublikasikan Maklumat pada laman E PPID", actorIndexes: [3],
                       needs: "Upload Maklumat pelayanan", time: "1 hari", output: "Maklumat pelayanan Terpublikasi"),
            SOPDocStep(number: 6, activity: "Maklumat Pelayanan Informasi Publik terpublikasi pada laman E PPID",
                       actorIndexes: [4], needs: "-", time: "-", output: "Maklumat pelayanan Terpublikasi"),
        ])

    /// A document with the awkward cases: several decisions, a jump forward, exits to the
    /// end and to a missing step, a step without an actor, seven actor columns.
    static let awkward = SOPDocument(
        unitName: "BIRO PARMAS", title: "Alur uji",
        actors: ["Ka Biro", "Ka Bag", "Ka Subbag", "Pelaksana", "TU Biro Umum", "Atasan PPID", "Tim Pertimbangan"],
        steps: [
            SOPDocStep(number: 1, activity: "Mulai", actorIndexes: [0]),
            SOPDocStep(number: 2, activity: "Disposisi", actorIndexes: [0, 2]),
            SOPDocStep(number: 3, activity: "Periksa", actorIndexes: [1], decision: SOPDocDecision(yes: 4, no: 2)),
            SOPDocStep(number: 4, activity: "Tanpa pelaksana", actorIndexes: []),
            SOPDocStep(number: 5, activity: "Verifikasi", actorIndexes: [5], decision: SOPDocDecision(yes: 8, no: 1)),
            SOPDocStep(number: 6, activity: "Kerjakan", actorIndexes: [3]),
            SOPDocStep(number: 7, activity: "Keputusan", actorIndexes: [4], decision: SOPDocDecision(yes: nil, no: 6)),
            SOPDocStep(number: 8, activity: "Pengesahan", actorIndexes: [6, 99], decision: SOPDocDecision(yes: nil, no: 99)),
        ])
}

/// How many times `needle` occurs in `text` (non-overlapping).
func occurrences(of needle: String, in text: String) -> Int {
    text.ranges(of: needle).count
}

/// The text between the first `start` and the next `end` after it.
func slice(_ text: String, from start: String, to end: String) -> Substring? {
    guard let a = text.firstRange(of: start) else { return nil }
    guard let b = text[a.upperBound...].firstRange(of: end) else { return nil }
    return text[a.lowerBound..<b.upperBound]
}

/// True when the strings occur in `text` in this order.
func inOrder(_ needles: [String], in text: String) -> Bool {
    var rest = text[...]
    for needle in needles {
        guard let r = rest.firstRange(of: needle) else { return false }
        rest = rest[r.upperBound...]
    }
    return true
}
