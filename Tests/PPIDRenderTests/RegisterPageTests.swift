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

    static let decree = DIPDecree(number: "12/PP.06-Kpt/3313/2025", date: "2025-01-05", signerName: "Dwi Haryanto",
                                  signerTitle: "Ketua", place: "Karanganyar", signerID: "198001012005011001")

    @Test func noDecreeNoPenetapan() {
        #expect(Fixtures.dip.decree == nil)
        #expect(!page.contains("penetapan") && !page.contains("Ditetapkan") && !page.contains("class=\"signature\""))
        #expect(!page.contains(signatureCSS) && !page.contains(dipDecreeCSS))
    }

    @Test func decreeAddsOnlyThePenetapanBlock() {
        var d = Fixtures.dip
        d.decree = Self.decree
        let out = renderDIPHTML(d)
        // Without the block and its CSS the page is byte for byte the page without a decree.
        let block = slice(out, from: "<section class=\"penetapan\">", to: "</section>\n").map(String.init) ?? "?"
        let stripped = out.replacing(block, with: "")
            .replacing(signatureCSS + dipDecreeCSS, with: "")
        #expect(stripped == page)
        #expect(inOrder(["Jumlah informasi: 4", "<section class=\"penetapan\">"], in: out))
        #expect(block.contains("<p class=\"decree-line\">Ditetapkan dengan Keputusan Ketua KPU Kabupaten Karanganyar"
            + " Nomor 12/PP.06-Kpt/3313/2025, tanggal 5 Januari 2025.</p>"))
        #expect(inOrder(["<div class=\"signature\">", "<p>Karanganyar, 5 Januari 2025</p>",
                         "<p class=\"signer-title\">Ketua<br>KPU Kabupaten Karanganyar</p>",
                         "<p class=\"signer-name\">Dwi Haryanto</p>", "NIP 198001012005011001"], in: block))
        #expect(out.hasSuffix("</section>\n</body>\n</html>\n"))
    }

    @Test func decreeDefaultsAndBlanks() {
        let d = DIPDocument(officeName: "KPU <Kudus>", updated: "2025-01-05", items: [],
                            decree: DIPDecree(number: "", date: ""))
        let out = renderDIPHTML(d)
        #expect(out.contains("Ditetapkan dengan Keputusan Pejabat Pengelola Informasi dan Dokumentasi KPU &lt;Kudus&gt;"
            + " Nomor <span class=\"blank\"></span>, tanggal <span class=\"blank\"></span>.</p>"))
        #expect(out.contains("<p class=\"signer-name\"><span class=\"blank\"></span></p>"))
        #expect(!out.contains("NIP"))
    }

    @Test func decreeEscaped() {
        let h = "<script>alert('x') & \"y\"</script>"
        var d = Fixtures.dip
        d.decree = DIPDecree(number: h, date: h, signerName: h, signerTitle: h, place: h, signerID: h)
        let out = renderDIPHTML(d)
        #expect(!out.contains("<script"))
        // title in the decree line and the signature, the date twice, number, name, place, NIP.
        #expect(occurrences(of: "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;", in: out) == 8)
    }
}

@Suite struct DIKPageTests {
    let doc = DIKDocument(officeName: "KPU Kabupaten Karanganyar", updated: "2025-01-05", items: [
        DIKRow(title: "Formulir B.1-KWK", basis: "Pasal 17 huruf h", consequence: "Mengungkap data pribadi",
               publicInterest: "Melindungi data pribadi", period: "sampai 31 Desember 2029", holder: "Subbagian TPH",
               decree: "Keputusan KPU Nomor 1/2024"),
        DIKRow(title: "Hasil tes <kesehatan>", basis: "Pasal 17 huruf h angka 2", period: "sampai 31 Desember 2024",
               expired: true),
        DIKRow(title: "Rancangan keputusan penetapan pasangan calon", summary: "Draf sebelum rapat pleno",
               basis: "Pasal 17 huruf i", consequence: "Mengganggu proses pengambilan keputusan",
               period: "sampai ditetapkan", holder: "Subbagian Hukum", proposed: true),
    ])

    @Test func headingAndKudusColumnsInOrder() {
        let page = renderDIKHTML(doc)
        #expect(page.contains("<h1>DAFTAR INFORMASI YANG DIKECUALIKAN</h1>"))
        #expect(page.contains("Pemutakhiran: 5 Januari 2025"))
        let headers = ["No", "Informasi", "Dasar Hukum", "Hasil Uji Konsekuensi", "Jangka Waktu", "Keterangan"]
        #expect(inOrder(headers.map { "<th scope=\"col\">\($0)</th>" }, in: page))
        #expect(occurrences(of: "<th scope=\"col\">", in: page) == 6)
        #expect(page.contains("<tr class=\"colnum\"><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th><th>6</th></tr>"))
        #expect(!page.contains("Kepentingan Publik / Manfaat jika Ditutup"))
    }

    @Test func cellsInColumnOrder() {
        let page = renderDIKHTML(doc)
        let row = slice(page, from: "<td class=\"num\">1</td>", to: "</tr>").map(String.init) ?? ""
        #expect(row == "<td class=\"num\">1</td><td><strong class=\"title\">Formulir B.1-KWK</strong></td>"
            + "<td>Pasal 17 huruf h</td>"
            + "<td>Mengungkap data pribadi<div class=\"interest\"><span class=\"label\">Kepentingan publik:</span> Melindungi data pribadi</div></td>"
            + "<td>sampai 31 Desember 2029</td>"
            + "<td><div class=\"decree\">Keputusan KPU Nomor 1/2024</div><div class=\"holder\"><span class=\"label\">Dikuasai:</span> Subbagian TPH</div></td></tr>")
    }

    @Test func rowsAndExpiry() {
        let page = renderDIKHTML(doc)
        #expect(occurrences(of: "<td class=\"num\">", in: page) == 3)
        #expect(occurrences(of: "<tr class=\"expired\">", in: page) == 1)
        #expect(page.contains("<td>sampai 31 Desember 2024<div class=\"note\">Jangka waktu pengecualian telah berakhir; perlu ditinjau ulang.</div></td>"))
        #expect(page.contains("Hasil tes &lt;kesehatan&gt;"))
        // A row without decree or holder leaves Keterangan empty.
        #expect(page.contains("<td>sampai 31 Desember 2024<div class=\"note\">Jangka waktu pengecualian telah berakhir; perlu ditinjau ulang.</div></td><td></td></tr>"))
    }

    @Test func proposedRowSaysSo() {
        let page = renderDIKHTML(doc)
        #expect(occurrences(of: "Usulan, belum ditetapkan.", in: page) == 1)
        #expect(page.contains("<tr class=\"proposed\"><td class=\"num\">3</td>"))
        #expect(page.contains("<span class=\"label\">Dikuasai:</span> Subbagian Hukum</div><div class=\"note proposed\">Usulan, belum ditetapkan.</div></td></tr>"))
        #expect(page.contains("Jumlah informasi yang dikecualikan: 3 (1 usulan, belum ditetapkan)."))
        let both = renderDIKHTML(DIKDocument(officeName: "KPU", updated: "", items: [
            DIKRow(title: "A", basis: "b", expired: true, proposed: true)]))
        #expect(both.contains("<tr class=\"expired proposed\">"))
    }

    @Test func everythingEscaped() {
        let h = "<script>alert('x') & \"y\"</script>"
        let out = renderDIKHTML(DIKDocument(officeName: h, officeDetails: [h], updated: h, items: [
            DIKRow(title: h, summary: h, basis: h, consequence: h, publicInterest: h, period: h, holder: h,
                   decree: h, expired: true, proposed: true)]))
        #expect(!out.contains("<script"))
        #expect(occurrences(of: "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;", in: out) == 12)
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
