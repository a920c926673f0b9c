import Testing
@testable import PPIDRender

@Suite struct RequestNoticePageTests {
    static let partA = "<h2>A. Informasi Dapat Diberikan</h2>"
    static let partB = "<h2>B. Informasi Tidak Dapat Diberikan</h2>"
    static let objection = "kepada Atasan PPID"

    @Test func isAPortraitA4Letter() {
        let page = renderRequestNoticeHTML(RequestFixtures.grant)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
        // The portrait rule comes after the shared landscape one, so it wins.
        #expect(inOrder(["@page { size: A4 landscape;", "@page { size: A4 portrait;"], in: page))
        #expect(page.contains("<title>Pemberitahuan Tertulis — 001/PPID/IV/2024</title>"))
        #expect(!page.contains("<script") && !page.contains("<link"))
    }

    @Test func letterheadRequestAndApplicant() {
        let page = renderRequestNoticeHTML(RequestFixtures.grant)
        #expect(inOrder([
            "<p class=\"kop-office\">KPU Kabupaten Karanganyar</p>", "<p class=\"kop-details\">Jl. Lawu No. 45",
            "<h1 class=\"notice-title\">PEMBERITAHUAN TERTULIS</h1>", "Nomor: 015/PP.06-Pb/3313/2024",
            "pada tanggal <strong>1 April 2024 pukul 09.30</strong>", "nomor pendaftaran <strong>001/PPID/IV/2024</strong>",
            "<th scope=\"row\">Nama</th><td class=\"colon\">:</td><td>Budi Santoso</td>",
            "<th scope=\"row\">Alamat</th><td class=\"colon\">:</td><td>Jl. Lawu 12, Karanganyar</td>",
            "<th scope=\"row\">Nomor Telepon/E-mail</th><td class=\"colon\">:</td><td>0812-1234-5678</td>",
            "<td>Rekapitulasi hasil Pemilu 2024 per kecamatan</td>", "<td>Penelitian skripsi</td>",
        ], in: page))
    }

    @Test func signatureBlock() {
        let page = renderRequestNoticeHTML(RequestFixtures.grant)
        let block = slice(page, from: "<div class=\"signature\">", to: "</div>\n</article>").map(String.init) ?? ""
        #expect(inOrder(["<p>Karanganyar, 22 April 2024</p>", "Pejabat Pengelola Informasi dan Dokumentasi<br>KPU Kabupaten Karanganyar",
                         "<p class=\"signer-name\">Dwi Haryanto</p>", "NIP 198001012005011001"], in: block))
    }

    @Test func fullGrantShowsPartAOnly() {
        let page = renderRequestNoticeHTML(RequestFixtures.grant)
        #expect(page.contains(Self.partA) && !page.contains(Self.partB))
        #expect(page.contains("<span class=\"box checked\" aria-label=\"dipilih\">X</span><span class=\"option\">Kami</span>"))
        #expect(page.contains("<span class=\"box\"></span><span class=\"option\">Badan Publik lain, yaitu: <span class=\"blank\"></span></span>"))
        #expect(page.contains("<span class=\"box checked\" aria-label=\"dipilih\">X</span><span class=\"option\">Softcopy (termasuk rekaman)</span>"))
        #expect(page.contains("<span class=\"box\"></span><span class=\"option\">Hardcopy/salinan tertulis</span>"))
        #expect(page.contains("<td>Rp0 (tidak dipungut biaya)</td>"))
        #expect(page.contains("<td>Waktu penyediaan</td><td>3 hari kerja</td>"))
        #expect(page.contains("Tidak ada; informasi diberikan seluruhnya."))
        #expect(page.contains("<td>Keterangan</td><td>Dikirim melalui surel ke alamat pemohon</td>"))
        // A full grant leaves nothing to object to under Pasal 17.
        #expect(!page.contains(Self.objection) && !page.contains("sebagian"))
    }

    @Test func partialGrantShowsWhatWasBlackedOutAndTheObjectionRight() {
        let page = renderRequestNoticeHTML(RequestFixtures.partial)
        #expect(page.contains(Self.partA) && !page.contains(Self.partB))
        #expect(page.contains("Informasi diberikan <strong>sebagian</strong>"))
        #expect(page.contains("<td>Nomor rekening penyedia</td><td>Pasal 17 huruf h angka 3</td><td>Mengungkap keadaan keuangan pihak ketiga</td>"))
        #expect(page.contains("<td>NIK pejabat penandatangan</td><td>Pasal 17 huruf h</td><td>-</td>"))
        #expect(occurrences(of: "<span class=\"box checked\"", in: page) == 3)   // Kami, softcopy, hardcopy
        #expect(page.contains("Rp15.000<div>Cara pembayaran: Tunai di meja layanan PPID</div>"))
        #expect(page.contains("<td>Waktu penyediaan</td><td>25 April 2024</td>"))
        #expect(page.contains(Self.objection))
        #expect(page.contains("<strong class=\"deadline\">6 Juni 2024</strong>"))
    }

    @Test func heldByAnotherBodyAndAFormThatIsNoWord() {
        let page = renderRequestNoticeHTML(RequestFixtures.notice(.given(RequestNoticeGrant(
            heldBy: "Bawaslu <Kab>", form: "Flashdisk pemohon", cost: "Rp 5.000 per lembar"))))
        #expect(page.contains("<span class=\"box\"></span><span class=\"option\">Kami</span>"))
        #expect(page.contains("X</span><span class=\"option\">Badan Publik lain, yaitu: Bawaslu &lt;Kab&gt;</span>"))
        #expect(page.contains("<td>Bentuk fisik yang tersedia</td><td>Flashdisk pemohon</td>"))
        #expect(page.contains("<td>Rp 5.000 per lembar</td>"))
        #expect(page.contains("<td>Waktu penyediaan</td><td>-</td>"))
    }

    @Test func refusalShowsGroundConsequenceAndObjectionDeadline() {
        let page = renderRequestNoticeHTML(RequestFixtures.refused)
        #expect(page.contains(Self.partB) && !page.contains(Self.partA))
        #expect(page.contains("<div class=\"reason reason-exempt\">"))
        #expect(page.contains("<th scope=\"row\">Dasar pengecualian</th><td class=\"colon\">:</td><td>Pasal 17 huruf h</td>"))
        #expect(page.contains("<td>Mengungkap data pribadi pendukung calon</td>"))
        #expect(page.contains("permohonan informasi Saudara/i <strong>ditolak</strong>"))
        #expect(page.contains("mengajukan <strong>keberatan</strong> secara tertulis kepada Atasan PPID (Sekretaris KPU Kabupaten Karanganyar)"
            + " paling lambat 30 (tiga puluh) hari kerja sejak tanggal pemberitahuan ini, yaitu sampai dengan tanggal"
            + " <strong class=\"deadline\">6 Juni 2024</strong> (Pasal 35 ayat (1) huruf a dan Pasal 36 ayat (1)"))
        #expect(!page.contains("Hal-hal terkait Informasi Publik"))
    }

    @Test func objectionWithoutDeadlineStatesThePeriodOnly() {
        var d = RequestFixtures.refused
        d.objectionDeadline = ""
        d.atasanPPID = ""
        d.objectionDays = 45
        let page = renderRequestNoticeHTML(d)
        #expect(page.contains("kepada Atasan PPID paling lambat 45 (empat puluh lima) hari kerja sejak tanggal pemberitahuan ini (Pasal 35"))
        #expect(!page.contains("yaitu sampai dengan"))
    }

    @Test func notHeldNamesTheHolder() {
        let page = renderRequestNoticeHTML(RequestFixtures.notHeld)
        #expect(page.contains(Self.partB) && !page.contains(Self.partA))
        #expect(page.contains("<strong>tidak dikuasai</strong> oleh KPU Kabupaten Karanganyar."))
        #expect(page.contains("dikuasai oleh <strong>Bawaslu Kabupaten Karanganyar</strong>"))
        #expect(!page.contains(Self.objection) && !page.contains("dikecualikan") && !page.contains("belum didokumentasikan"))
        let unknown = renderRequestNoticeHTML(RequestFixtures.notice(.notHeld(holder: "")))
        #expect(unknown.contains("Badan publik yang menguasai informasi tersebut tidak kami ketahui."))
    }

    @Test func notDocumentedGivesTheDate() {
        let page = renderRequestNoticeHTML(RequestFixtures.notDocumented)
        #expect(page.contains(Self.partB) && !page.contains(Self.partA))
        #expect(page.contains("<strong>belum didokumentasikan</strong>"))
        #expect(page.contains("paling lambat tanggal <strong>2 Mei 2025</strong>."))
        #expect(!page.contains(Self.objection) && !page.contains("tidak dikuasai"))
    }

    @Test func everyStringEscaped() {
        let h = "<script>alert('x') & \"y\"</script>"
        let e = "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        func doc(_ outcome: RequestNoticeOutcome) -> RequestNoticeDocument {
            RequestNoticeDocument(officeName: h, officeDetails: [h], number: h, date: h, city: h, applicantName: h,
                                  applicantAddress: h, applicantContact: h, registrationNumber: h, received: h, asks: h,
                                  purpose: h, outcome: outcome, objectionDeadline: h, atasanPPID: h, signerName: h,
                                  signerTitle: h, signerID: h)
        }
        let grant = RequestNoticeGrant(heldBy: h, form: h, cost: h, payment: h, provision: h,
                                       withheld: [RequestNoticeWithheld(part: h, basis: h, reason: h)], note: h)
        let pages = [doc(.given(grant)), doc(.refused(basis: h, consequence: h)), doc(.notHeld(holder: h)),
                     doc(.notDocumented(ready: h))].map(renderRequestNoticeHTML)
        for page in pages {
            #expect(!page.contains("<script") && !page.contains("alert('x')"))
        }
        // Title, kop (2), number, received, registration, 5 particulars, date and city, signer title,
        // office under it, signer name and NIP: 17 in every variant; then each part's own fields.
        // Part A: its 9 fields (held by, form, cost, payment, provision, part, basis, reason, note);
        // a refusal: basis and consequence; the objection (partial grant, refusal): Atasan PPID
        // and deadline; not held: the office and the holder; not documented: the date.
        #expect(occurrences(of: e, in: pages[0]) == 17 + 9 + 2)
        #expect(occurrences(of: e, in: pages[1]) == 17 + 2 + 2)
        #expect(occurrences(of: e, in: pages[2]) == 17 + 2)
        #expect(occurrences(of: e, in: pages[3]) == 17 + 1)
    }

    @Test func deterministic() {
        #expect(renderRequestNoticeHTML(RequestFixtures.partial) == renderRequestNoticeHTML(RequestFixtures.partial))
    }
}
