@testable import PPIDRender

/// A busy year and an empty one, for the service report's tests.
enum ServiceReportFixtures {
    static let busy = ServiceReportDocument(
        officeName: "KPU Kabupaten Karanganyar",
        officeDetails: ["Jl. Lawu No. 385, Karanganyar", "ppid@kpu-karanganyar.go.id"],
        period: "Tahun 2024", generated: "2025-01-15",
        requests: ServiceReportRequests(received: 143, granted: 98, partial: 17, refused: 9, notHeld: 11,
                                        notDocumented: 3, open: 5, late: 7),
        answerTime: ServiceReportAnswerTime(median: 4.5, minimum: 0, maximum: 16,
                                            distribution: [3, 12, 15, 18, 20, 16, 14, 11, 9, 6, 4, 3, 2, 2, 1, 0, 1]),
        refusalsByGround: [("Pasal 17 huruf h (rahasia pribadi)", 6), ("Pasal 17 huruf b (proses penegakan hukum)", 3)],
        byChannel: [("Datang langsung", 41), ("E-mail", 57), ("Laman e-PPID", 38), ("SP4N-LAPOR!", 7)],
        byMonth: [(1, 8), (2, 9), (3, 14), (4, 7), (5, 6), (6, 10), (7, 9), (8, 11), (9, 17), (10, 21), (11, 19), (12, 12)],
        objections: ServiceReportObjections(filed: 6, upheld: 3, granted: 1, partial: 1, open: 1,
                                            byGround: [("a", 4), ("g", 1), ("c", 1)]),
        disputes: ServiceReportDisputes(filed: 2, rulings: [("Permohonan ditolak", 1)], open: 1),
        dip: ServiceReportDIP(berkala: 42, sertaMerta: 6, setiapSaat: 58, exempt: 12, added: 9, changed: 14),
        sections: [
            ("Gambaran umum kebijakan", "PPID KPU Kabupaten Karanganyar ditetapkan dengan Keputusan Ketua.\n\nSOP layanan diperbarui pada bulan Maret."),
            ("Sumber daya: sarana dan prasarana", "Meja layanan, komputer, laman e-PPID."),
            ("Sumber daya: SDM", "Empat petugas layanan informasi."),
            ("Sumber daya: anggaran", ""),
            ("Kendala", "Jaringan internet sering terputus."),
            ("Rekomendasi dan tindak lanjut", ""),
        ])

    static let empty = ServiceReportDocument(
        officeName: "PPID Desa Sukamaju", period: "Semester II Tahun 2024", generated: "2024-12-31",
        byMonth: (7...12).map { ($0, 0) })

    /// One month with almost all requests: the other columns must still show.
    static let oneHugeMonth = ServiceReportDocument(
        officeName: "Dinas Kominfo", period: "Tahun 2024", generated: "2025-01-02",
        requests: ServiceReportRequests(received: 5002, granted: 5000, refused: 2),
        answerTime: ServiceReportAnswerTime(median: 2, minimum: 1, maximum: 45,
                                            distribution: [0, 1, 5000] + Array(repeating: 0, count: 42) + [1]),
        byMonth: (1...12).map { ($0, $0 == 5 ? 5000 : ($0 == 6 ? 2 : 0)) })
}
