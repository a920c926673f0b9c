import Testing
@testable import PPIDRender

/// A filled consequence test of a KPU kabupaten office, still a proposal to the KPU RI.
enum ConsequenceFixtures {
    static let filled = ConsequenceTestDocument(
        officeName: "Komisi Pemilihan Umum Kabupaten Kudus",
        officeDetails: ["Jl. Simpang Tujuh No. 1, Kudus 59311", "Telp. (0291) 432100 · ppid@kpu-kuduskab.go.id"],
        number: "03/PP.06-UK/3319/2025",
        title: "Formulir B.1-KWK & dokumen dukungan", summary: "Salinan KTP-el dan surat dukungan bakal pasangan calon perseorangan",
        holder: "Subbagian Teknis Penyelenggaraan Pemilu",
        scope: "Nama, NIK, alamat dan tanda tangan pendukung dalam dokumen dukungan",
        harm: "Mengungkap data pribadi pendukung dan membuka peluang penyalahgunaan identitas",
        law: "Pasal 17 huruf h angka 2 UU 14/2008",
        publicInterest: "Publik berkepentingan mengetahui jumlah dukungan yang memenuhi syarat",
        balance: "Rekapitulasi jumlah dukungan dibuka; dokumen per orang tetap dikecualikan",
        conclusion: "Dikecualikan",
        period: "5 tahun (sampai 31 Desember 2029)", decree: "Keputusan KPU Nomor 1/2025",
        decided: "2025-01-06", place: "Kudus", signedBy: "Siti Aminah", signerID: "198203152006042001",
        proposed: true)
}

@Suite struct ConsequenceTestPageTests {
    let page = renderConsequenceTestHTML(ConsequenceFixtures.filled)

    @Test func isAPortraitA4Letter() {
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
        #expect(inOrder(["@page { size: A4 landscape;", "@page { size: A4 portrait;"], in: page))
        #expect(page.contains("<title>Lembar Pengujian Konsekuensi — Formulir B.1-KWK &amp; dokumen dukungan</title>"))
        #expect(!page.contains("<script") && !page.contains("<link"))
        #expect(page.hasSuffix("</html>\n"))
    }

    @Test func kopTitleStatusAndInformation() {
        #expect(inOrder([
            "<p class=\"kop-office\">Komisi Pemilihan Umum Kabupaten Kudus</p>",
            "<h1 class=\"notice-title\">LEMBAR PENGUJIAN KONSEKUENSI</h1>", "Nomor: 03/PP.06-UK/3319/2025",
            "<p class=\"status proposed\">Usulan — belum ditetapkan</p>",
            "<th scope=\"row\">Judul Informasi</th><td class=\"colon\">:</td><td>Formulir B.1-KWK &amp; dokumen dukungan</td>",
            "<th scope=\"row\">Ringkasan Isi Informasi</th><td class=\"colon\">:</td><td>Salinan KTP-el",
            "<th scope=\"row\">Pejabat/Unit yang Menguasai</th><td class=\"colon\">:</td><td>Subbagian Teknis",
        ], in: page))
    }

    @Test func sixStepsNumberedInOrder() {
        #expect(inOrder([
            "<td class=\"num\">1.</td><td>Identifikasi materi informasi dan ruang lingkupnya</td><td>Nama, NIK",
            "<td class=\"num\">2.</td><td>Identifikasi dampak/konsekuensi bila informasi dibuka</td><td>Mengungkap data pribadi",
            "<td class=\"num\">3.</td><td>Dasar hukum pengecualian</td><td>Pasal 17 huruf h angka 2 UU 14/2008</td>",
            "<td class=\"num\">4.</td><td>Kepentingan publik</td><td>Publik berkepentingan",
            "<td class=\"num\">5.</td><td>Pertimbangan/penimbangan</td><td>Rekapitulasi jumlah dukungan dibuka; dokumen",
            "<tr class=\"conclusion\"><td class=\"num\">6.</td><td>Kesimpulan</td>",
        ], in: page))
        #expect(occurrences(of: "<td class=\"num\">", in: page) == 6)
        // The conclusion ticks its box.
        #expect(page.contains("<span class=\"box checked\" aria-label=\"dipilih\">X</span><span class=\"option\"><strong>Dikecualikan</strong></span>"))
        #expect(page.contains("<span class=\"box\"></span><span class=\"option\">Terbuka</span>"))
    }

    @Test func periodDecreeAndSignature() {
        #expect(inOrder([
            "<th scope=\"row\">Jangka Waktu Pengecualian</th><td class=\"colon\">:</td><td>5 tahun (sampai 31 Desember 2029)</td>",
            "<th scope=\"row\">Ditetapkan dengan Keputusan</th><td class=\"colon\">:</td><td>Keputusan KPU Nomor 1/2025</td>",
            "<div class=\"signature\">", "<p>Kudus, 6 Januari 2025</p>",
            "Pejabat Pengelola Informasi dan Dokumentasi<br>Komisi Pemilihan Umum Kabupaten Kudus",
            "<p class=\"signer-name\">Siti Aminah</p>", "NIP 198203152006042001",
        ], in: page))
    }

    @Test func decidedTestHasNoProposalLine() {
        var d = ConsequenceFixtures.filled
        d.proposed = false
        d.conclusion = "terbuka"
        d.signerTitle = "Atasan PPID"
        let out = renderConsequenceTestHTML(d)
        #expect(!out.contains("belum ditetapkan"))
        #expect(out.contains("<span class=\"box checked\" aria-label=\"dipilih\">X</span><span class=\"option\"><strong>Terbuka</strong></span>"))
        #expect(out.contains("<p class=\"signer-title\">Atasan PPID<br>"))
    }

    @Test func otherConclusionTextShownAsItIs() {
        var d = ConsequenceFixtures.filled
        d.conclusion = "Dikecualikan sebagian"
        let out = renderConsequenceTestHTML(d)
        #expect(out.contains("<td>Kesimpulan</td><td><strong>Dikecualikan sebagian</strong></td>"))
        #expect(!out.contains("class=\"box"))
    }

    @Test func blankSheetLeavesDottedLinesToFill() {
        let out = renderConsequenceTestHTML(ConsequenceTestDocument(officeName: "KPU Kabupaten Kudus", title: ""))
        let fill = "<div class=\"fill\"><span class=\"blank\"></span><span class=\"blank\"></span></div>"
        #expect(occurrences(of: fill, in: out) == 5)          // steps 1–5
        #expect(out.contains("<span class=\"box\"></span><span class=\"option\">Dikecualikan</span>"))
        #expect(!out.contains("box checked"))
        #expect(out.contains("Nomor: <span class=\"blank\"></span>"))
        #expect(out.contains("<th scope=\"row\">Judul Informasi</th><td class=\"colon\">:</td><td><span class=\"blank\"></span></td>"))
        #expect(out.contains("<div class=\"signature\">\n<p><span class=\"blank\"></span></p>"))
        #expect(out.contains("<p class=\"signer-name\"><span class=\"blank\"></span></p>"))
        #expect(out.contains("<title>Lembar Pengujian Konsekuensi</title>"))
    }

    @Test func everythingEscaped() {
        let h = "<script>alert('x') & \"y\"</script>"
        let d = ConsequenceTestDocument(officeName: h, officeDetails: [h], number: h, title: h, summary: h, holder: h,
                                        scope: h, harm: h, law: h, publicInterest: h, balance: h, conclusion: h,
                                        period: h, decree: h, decided: h, place: h, signedBy: h, signerTitle: h,
                                        signerID: h, proposed: true)
        let out = renderConsequenceTestHTML(d)
        #expect(!out.contains("<script"))
        #expect(!out.contains("alert('x')"))
        // The 19 fields once each, the office again in the signature and the title in <title>.
        #expect(occurrences(of: "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;", in: out) == 21)
    }

    @Test func deterministic() {
        #expect(renderConsequenceTestHTML(ConsequenceFixtures.filled) == page)
    }
}
