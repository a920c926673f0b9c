import Testing
@testable import PPIDRender

@Suite struct ObjectionAnswerPageTests {
    static let upholdBox = "<span class=\"box checked\" aria-label=\"dipilih\">X</span><span class=\"option\">Menguatkan keputusan PPID</span>"
    static let grantBox = "<span class=\"box checked\" aria-label=\"dipilih\">X</span><span class=\"option\">Menerima keberatan</span>"
    static let partialBox = "<span class=\"box checked\" aria-label=\"dipilih\">X</span><span class=\"option\">Menerima sebagian keberatan</span>"

    @Test func isAPortraitA4LetterInTheNoticeStyle() {
        let page = renderObjectionAnswerHTML(ObjectionFixtures.uphold)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
        #expect(inOrder(["@page { size: A4 landscape;", "@page { size: A4 portrait;"], in: page))
        #expect(page.contains("<title>Tanggapan atas Keberatan — 001/KEB/VII/2024</title>"))
        #expect(page.contains("<article class=\"letter answer\">"))
        #expect(!page.contains("<script") && !page.contains("<link"))
        // The same letter CSS as the written notice, not a copy of it.
        #expect(renderRequestNoticeHTML(RequestFixtures.grant).contains(letterCSS))
        #expect(page.contains(letterCSS))
    }

    @Test func letterheadObjectionAndApplicant() {
        let page = renderObjectionAnswerHTML(ObjectionFixtures.uphold)
        #expect(inOrder([
            "<p class=\"kop-office\">KPU Kabupaten Karanganyar</p>", "<p class=\"kop-details\">Jl. Lawu No. 45",
            "<h1 class=\"notice-title\">TANGGAPAN ATAS KEBERATAN INFORMASI PUBLIK</h1>",
            "<p class=\"notice-number\">Nomor: 021/PP.06-Kb/3313/2024</p>",
            "kami terima pada tanggal <strong>24 Juli 2024</strong> dengan nomor registrasi keberatan <strong>001/KEB/VII/2024</strong>",
            "Atasan PPID KPU Kabupaten Karanganyar menyampaikan tanggapan",
            "<h2>A. Keberatan yang Diajukan</h2>",
            "<th scope=\"row\">Nama</th><td class=\"colon\">:</td><td>Rina Kartika</td>",
            "<th scope=\"row\">Alamat</th><td class=\"colon\">:</td><td>Jl. Slamet Riyadi 8, Surakarta</td>",
            "<th scope=\"row\">Nomor Telepon/E-mail</th><td class=\"colon\">:</td><td>0813-2222-1111</td>",
            "<th scope=\"row\">Nomor Pendaftaran Permohonan</th><td class=\"colon\">:</td><td>001/PPID/VII/2024</td>",
            "<td>Salinan formulir B.1-KWK pendukung pasangan calon</td>", "<td>Bahan pemberitaan</td>",
            "<th scope=\"row\">Alasan Keberatan</th><td class=\"colon\">:</td><td><div class=\"ground\">Pasal 35 ayat (1) huruf a:"
                + " penolakan atas permintaan informasi berdasarkan alasan pengecualian sebagaimana dimaksud dalam Pasal 17</div></td>",
            "<th scope=\"row\">Uraian Keberatan</th><td class=\"colon\">:</td><td>Data pendukung sudah diumumkan di laman KPU.</td>",
            "<h2>B. Keputusan Atasan PPID</h2>",
        ], in: page))
    }

    @Test func severalGroundsAndOneThatIsNoLetter() {
        var d = ObjectionFixtures.uphold
        d.grounds = ["C", "f.", "Lainnya: <tidak jelas>"]
        d.objectionReason = ""
        let page = renderObjectionAnswerHTML(d)
        #expect(page.contains("<td><div class=\"ground\">Pasal 35 ayat (1) huruf c: tidak ditanggapinya permintaan informasi</div>"
            + "<div class=\"ground\">Pasal 35 ayat (1) huruf f: pengenaan biaya yang tidak wajar</div>"
            + "<div class=\"ground\">Lainnya: &lt;tidak jelas&gt;</div></td>"))
        #expect(!page.contains("Uraian Keberatan"))
        d.grounds = []
        #expect(renderObjectionAnswerHTML(d).contains("<th scope=\"row\">Alasan Keberatan</th><td class=\"colon\">:</td><td>-</td>"))
    }

    @Test func upholdRejectsWithWrittenReasons() {
        let page = renderObjectionAnswerHTML(ObjectionFixtures.uphold)
        #expect(page.contains(Self.upholdBox))
        #expect(occurrences(of: "<span class=\"box checked\"", in: page) == 1)
        #expect(page.contains("Atasan PPID <strong>menguatkan keputusan PPID</strong> KPU Kabupaten Karanganyar;"
            + " dengan demikian keberatan Saudara/i <strong>ditolak</strong>, dengan alasan tertulis sebagai berikut"
            + " (Pasal 36 ayat (3) Undang-Undang Nomor 14 Tahun 2008"))
        #expect(page.contains("<div class=\"reasons\"><p>Informasi memuat data pribadi pendukung.</p></div>"))
        #expect(!page.contains("Waktu penyediaan"))
        #expect(ObjectionDecision.uphold.phrase == "Menguatkan keputusan PPID")
    }

    @Test func upholdWithoutReasonsLeavesLinesToWriteOn() {
        let page = renderObjectionAnswerHTML(ObjectionFixtures.answer(.uphold, reasons: ""))
        #expect(page.contains("<div class=\"reasons lines\"><span class=\"blank\"></span><span class=\"blank\"></span><span class=\"blank\"></span></div>"))
    }

    @Test func grantGivesTheInformationWithFormAndTime() {
        let page = renderObjectionAnswerHTML(ObjectionFixtures.grant)
        #expect(page.contains(Self.grantBox) && !page.contains(Self.upholdBox) && !page.contains(Self.partialBox))
        #expect(page.contains("Atasan PPID <strong>menerima keberatan</strong> Saudara/i. PPID KPU Kabupaten Karanganyar"
            + " memberikan informasi yang Saudara/i minta sebagai berikut:"))
        #expect(page.contains("<span class=\"box checked\" aria-label=\"dipilih\">X</span><span class=\"option\">Softcopy (termasuk rekaman)</span>"))
        #expect(page.contains("<th scope=\"row\">Waktu penyediaan</th><td class=\"colon\">:</td><td>2 Agustus 2024</td>"))
        #expect(page.contains("<th scope=\"row\">Pertimbangan</th><td class=\"colon\">:</td><td>Data pendukung telah diumumkan"))
        #expect(!page.contains("ditolak") && !page.contains("yang dikecualikan"))
        #expect(ObjectionDecision.grant(ObjectionRelease()).phrase == "Menerima keberatan")
    }

    @Test func partialGivesPartAndSaysWhatStaysExempt() {
        let page = renderObjectionAnswerHTML(ObjectionFixtures.partial)
        #expect(page.contains(Self.partialBox) && !page.contains(Self.grantBox))
        #expect(page.contains("Atasan PPID <strong>menerima sebagian keberatan</strong> Saudara/i."
            + " PPID KPU Kabupaten Karanganyar memberikan <strong>sebagian</strong> informasi"))
        #expect(page.contains("<th scope=\"row\">Waktu penyediaan</th><td class=\"colon\">:</td><td>3 hari kerja</td>"))
        #expect(page.contains("<th scope=\"row\">Informasi yang dikecualikan</th><td class=\"colon\">:</td><td>NIK pendukung (Pasal 17 huruf h)</td>"))
        #expect(occurrences(of: "<span class=\"box checked\"", in: page) == 3)   // the decision, softcopy, hardcopy
        #expect(ObjectionDecision.partial(ObjectionRelease()).phrase == "Menerima sebagian keberatan")
    }

    @Test func disputeRightWithTheLastDay() {
        for d in [ObjectionFixtures.uphold, ObjectionFixtures.grant, ObjectionFixtures.partial] {
            let page = renderObjectionAnswerHTML(d)
            #expect(page.contains("mengajukan permohonan penyelesaian <strong>sengketa informasi publik</strong> kepada"
                + " Komisi Informasi Provinsi Jawa Tengah paling lambat 14 (empat belas) hari kerja setelah diterimanya"
                + " tanggapan ini, yaitu sampai dengan tanggal <strong class=\"deadline\">19 Juli 2024</strong>"
                + " (Pasal 37 ayat (2) Undang-Undang Nomor 14 Tahun 2008"))
            #expect(!page.contains("2024-07-19"))
        }
    }

    @Test func disputeWithoutCommissionOrDeadline() {
        var d = ObjectionFixtures.uphold
        d.commission = ""
        d.disputeDeadline = ""
        d.disputeDays = 10
        let page = renderObjectionAnswerHTML(d)
        #expect(page.contains("kepada Komisi Informasi paling lambat 10 (sepuluh) hari kerja setelah diterimanya tanggapan ini (Pasal 37"))
        #expect(!page.contains("yaitu sampai dengan"))
    }

    @Test func emptyNumberLeavesALine() {
        var d = ObjectionFixtures.uphold
        d.number = ""
        let page = renderObjectionAnswerHTML(d)
        #expect(page.contains("<p class=\"notice-number\">Nomor: <span class=\"blank\"></span></p>"))
        #expect(!page.contains("021/PP.06-Kb"))
    }

    @Test func signatureOfTheAtasanPPID() {
        let page = renderObjectionAnswerHTML(ObjectionFixtures.uphold)
        let block = slice(page, from: "<div class=\"signature\">", to: "</div>\n</article>").map(String.init) ?? ""
        #expect(inOrder(["<p>Karanganyar, 30 Juli 2024</p>", "<p class=\"signer-title\">Atasan PPID<br>KPU Kabupaten Karanganyar</p>",
                         "<p class=\"signer-name\">Drs. Slamet Riyadi</p>", "<p class=\"signer-id\">NIP 197002021995031002</p>"], in: block))
        var d = ObjectionFixtures.uphold
        d.signerID = ""
        d.signerName = ""
        let unsigned = renderObjectionAnswerHTML(d)
        #expect(unsigned.contains("<p class=\"signer-name\"><span class=\"blank\"></span></p>") && !unsigned.contains("NIP"))
    }

    @Test func everyStringEscaped() {
        let h = "<script>alert('x') & \"y\"</script>"
        let e = "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        func doc(_ decision: ObjectionDecision) -> ObjectionAnswerDocument {
            ObjectionAnswerDocument(officeName: h, officeDetails: [h], number: h, date: h, city: h, objectionNumber: h,
                                    objectionReceived: h, applicantName: h, applicantAddress: h, applicantContact: h,
                                    requestNumber: h, asks: h, purpose: h, grounds: [h], objectionReason: h,
                                    decision: decision, reasons: h, commission: h, disputeDeadline: h,
                                    signerName: h, signerTitle: h, signerID: h)
        }
        let release = ObjectionRelease(form: h, provision: h, withheld: h)
        let pages = [doc(.uphold), doc(.grant(release)), doc(.partial(release))].map(renderObjectionAnswerHTML)
        for page in pages {
            #expect(!page.contains("<script") && !page.contains("alert('x')"))
        }
        // Title, kop (2), number, received, objection number, office in the opening, 6
        // particulars, the ground, the account, reasons, commission, deadline, date and city,
        // signer title, office under it, name and NIP: 24 in every variant; the decision
        // names the office once more, and a grant its form and time, a partial also what stays exempt.
        #expect(occurrences(of: e, in: pages[0]) == 24 + 1)
        #expect(occurrences(of: e, in: pages[1]) == 24 + 1 + 2)
        #expect(occurrences(of: e, in: pages[2]) == 24 + 1 + 3)
    }

    @Test func deterministic() {
        #expect(renderObjectionAnswerHTML(ObjectionFixtures.partial) == renderObjectionAnswerHTML(ObjectionFixtures.partial))
    }
}
