import Testing
@testable import PPIDRender

@Suite struct DIPPageTests {
    let page = renderDIPHTML(Fixtures.dip)

    @Test func isAStandaloneHTML5Page() {
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
        #expect(page.contains("<meta charset=\"utf-8\">"))
        #expect(page.contains("@page { size: A4 landscape;"))
        #expect(page.hasSuffix("</html>\n"))
        #expect(!page.contains("<link") && !page.contains("<script"))
    }

    @Test func heading() {
        #expect(page.contains("<h1>DAFTAR INFORMASI PUBLIK</h1>"))
        #expect(page.contains("<p class=\"office\">KPU Kabupaten Karanganyar</p>"))
        #expect(page.contains("Kode 3313 &middot; Provinsi Jawa Tengah"))
        #expect(page.contains("Pemutakhiran: 5 Januari 2025"))
    }

    @Test func perkiColumnsInOrder() {
        let headers = [
            "No", "Ringkasan Isi Informasi", "Pejabat/Unit/Satuan Kerja yang Menguasai Informasi",
            "Penanggung Jawab Pembuatan atau Penerbitan Informasi", "Waktu dan Tempat Pembuatan Informasi",
            "Bentuk Informasi yang Tersedia", "Jangka Waktu Penyimpanan atau Retensi Arsip",
        ]
        #expect(inOrder(headers.map { "<th scope=\"col\">\($0)</th>" }, in: page))
    }

    @Test func groupsWithExactHeadingsInLegalOrder() {
        let headings = [
            "<span class=\"group-title\">Informasi yang Wajib Disediakan dan Diumumkan Secara Berkala</span>",
            "<span class=\"group-title\">Informasi yang Wajib Diumumkan Secara Serta Merta</span>",
            "<span class=\"group-title\">Informasi yang Wajib Tersedia Setiap Saat</span>",
        ]
        #expect(inOrder(headings, in: page))
        #expect(!page.contains("Informasi Lainnya"))
        // Each item under its own group, in the given order within the group.
        #expect(inOrder(["Berkala", "Profil &amp; struktur", "LRA &amp; Neraca 2023", "Serta Merta",
                         "Pengumuman perubahan", "Setiap Saat", "Kontrak pengadaan"], in: page))
    }

    @Test func numberingRunsOnThroughGroups() {
        #expect(occurrences(of: "<td class=\"num\">", in: page) == 4)
        #expect(inOrder((1...4).map { "<td class=\"num\">\($0)</td><td><strong class=\"title\">" }, in: page))
        #expect(page.contains("<td class=\"num\">3</td><td><strong class=\"title\">Pengumuman perubahan"))
    }

    @Test func titleBoldAndSummaryBelow() {
        #expect(page.contains("<strong class=\"title\">Profil &amp; struktur organisasi</strong><div class=\"summary\">Profil, struktur, tupoksi</div>"))
        #expect(page.contains("<strong class=\"title\">Kontrak pengadaan logistik</strong></td>"))
        #expect(page.contains("data-status=\"approved\""))
    }

    @Test func everythingEscaped() {
        let hostile = "<script>alert('x') & \"y\"</script>"
        let d = DIPDocument(officeName: hostile, officeDetails: [hostile], updated: hostile,
                            items: [DIPRow(title: hostile, summary: hostile, holder: hostile, responsible: hostile,
                                           madeWhenWhere: hostile, formats: hostile, retention: hostile,
                                           category: "berkala", status: hostile)])
        let out = renderDIPHTML(d)
        #expect(!out.contains("<script"))
        #expect(!out.contains("alert('x')"))
        #expect(occurrences(of: "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;", in: out) == 12)
    }

    @Test func emptyGroupsSaySoAndUnknownCategoriesComeLast() {
        let d = DIPDocument(officeName: "KPU", updated: "2025-01-05",
                            items: [DIPRow(title: "Aneh", category: "lainnya"), DIPRow(title: "B", category: "Berkala")])
        let out = renderDIPHTML(d)
        #expect(occurrences(of: "Tidak ada informasi dalam kelompok ini.", in: out) == 2)
        #expect(inOrder(["Secara Berkala", ">B<", "Setiap Saat", "Informasi Lainnya", ">Aneh<"], in: out))
        #expect(out.contains("Jumlah informasi: 2 (berkala 1, serta merta 0, setiap saat 0, lainnya 1)."))
    }

    @Test(arguments: [
        ("berkala", DIPGroup.berkala), ("Berkala", .berkala), ("serta_merta", .sertaMerta),
        ("serta merta", .sertaMerta), ("SETIAP SAAT", .setiapSaat), ("setiap-saat", .setiapSaat),
        ("dikecualikan", .other), ("", .other), ("other", .other),
    ])
    func categoryWords(word: String, group: DIPGroup) {
        #expect(DIPGroup(category: word) == group)
    }

    @Test func deterministic() {
        #expect(renderDIPHTML(Fixtures.dip) == page)
    }
}

@Suite struct DIKPageTests {
    let doc = DIKDocument(officeName: "KPU Kabupaten Karanganyar", updated: "2025-01-05", items: [
        DIKRow(title: "Formulir B.1-KWK", basis: "Pasal 17 huruf h", consequence: "Mengungkap data pribadi",
               publicInterest: "Melindungi data pribadi", period: "sampai 31 Desember 2029", holder: "Subbagian TPH",
               decree: "Keputusan KPU Nomor 1/2024"),
        DIKRow(title: "Hasil tes <kesehatan>", basis: "Pasal 17 huruf h angka 2", period: "sampai 31 Desember 2024",
               expired: true),
    ])

    @Test func headingAndColumns() {
        let page = renderDIKHTML(doc)
        #expect(page.contains("<h1>DAFTAR INFORMASI YANG DIKECUALIKAN</h1>"))
        #expect(page.contains("Pemutakhiran: 5 Januari 2025"))
        let headers = ["No", "Informasi yang Dikecualikan", "Dasar Hukum", "Konsekuensi jika Dibuka",
                       "Kepentingan Publik / Manfaat jika Ditutup", "Jangka Waktu Pengecualian",
                       "Pejabat/Unit yang Menguasai", "Keputusan"]
        #expect(inOrder(headers.map { "<th scope=\"col\">\($0)</th>" }, in: page))
    }

    @Test func rowsAndExpiry() {
        let page = renderDIKHTML(doc)
        #expect(occurrences(of: "<td class=\"num\">", in: page) == 2)
        #expect(occurrences(of: "<tr class=\"expired\">", in: page) == 1)
        #expect(page.contains("perlu ditinjau ulang"))
        #expect(page.contains("Hasil tes &lt;kesehatan&gt;"))
        #expect(page.contains("<td>Keputusan KPU Nomor 1/2024</td></tr>"))
    }

    @Test func emptyList() {
        let page = renderDIKHTML(DIKDocument(officeName: "KPU", updated: "", items: []))
        #expect(page.contains("Tidak ada informasi yang dikecualikan."))
        #expect(!page.contains("Pemutakhiran"))
    }
}

@Suite struct IndonesianDateTests {
    @Test(arguments: [
        ("2025-01-05", "5 Januari 2025"),
        ("2024-02-29", "29 Februari 2024"),
        ("2023-12-31", "31 Desember 2023"),
        ("2024-04-01 09:30", "1 April 2024 pukul 09.30"),
        ("2024-04-01T16:00", "1 April 2024 pukul 16.00"),
        ("2023-02-29", "2023-02-29"),          // not a day: unchanged
        ("2024-13-01", "2024-13-01"),
        ("2024-04-01 25:00", "2024-04-01 25:00"),
        ("Januari 2023", "Januari 2023"),
        ("2024", "2024"),
        ("", ""),
    ])
    func format(input: String, expected: String) {
        #expect(indonesianDate(input) == expected)
    }
}
