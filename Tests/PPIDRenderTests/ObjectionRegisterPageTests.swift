import Testing
@testable import PPIDRender

@Suite struct ObjectionRegisterPageTests {
    let page = renderObjectionRegisterHTML(ObjectionFixtures.register)
    static let headers = [
        "No", "Tanggal Diterima", "Nama", "Alamat", "Nomor Kontak", "Pekerjaan", "Nomor Pendaftaran Permohonan",
        "Informasi yang Diminta", "Tujuan Penggunaan Informasi", "Alasan Keberatan", "Keputusan Atasan PPID",
        "Tanggal Tanggapan", "Nama dan Jabatan Atasan PPID", "Tanggapan Pemohon", "Sengketa", "Putusan",
    ]

    @Test func isAStandaloneLandscapePage() {
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
        #expect(page.contains("@page { size: A4 landscape;") && !page.contains("A4 portrait"))
        #expect(page.hasSuffix("</html>\n"))
        #expect(page.contains("<title>Register Keberatan Informasi Publik — KPU Kabupaten Karanganyar</title>"))
    }

    @Test func heading() {
        #expect(inOrder(["<h1>REGISTER KEBERATAN INFORMASI PUBLIK</h1>", "<p class=\"office\">KPU Kabupaten Karanganyar</p>",
                         "<p class=\"details\">Kode 3313 &middot; Provinsi Jawa Tengah</p>",
                         "Pemutakhiran: 30 Agustus 2024"], in: page))
    }

    @Test func columnsInOrder() {
        #expect(ObjectionRegisterDocument.columns == Self.headers)
        let head = slice(page, from: "<thead>", to: "</thead>").map(String.init) ?? ""
        #expect(inOrder(Self.headers.map { "<th scope=\"col\">\($0)</th>" }, in: head))
        #expect(occurrences(of: "<th scope=\"col\">", in: head) == 16)
        #expect(occurrences(of: "<col style=", in: page) == 16)
        #expect(head.contains("<th>16</th>") && !head.contains("<th>17</th>"))
    }

    @Test func aRowsCellsInColumnOrder() {
        let row = slice(page, from: "<td class=\"num\">001/<wbr>KEB/<wbr>VII/<wbr>2024</td>", to: "</tr>").map(String.init) ?? ""
        let cells = [
            "<td class=\"date\">24 Juli 2024</td>", "<td><strong>Rina Kartika</strong></td>",
            "<td>Jl. Slamet Riyadi 8, Surakarta</td>", "<td>0813-2222-1111</td>", "<td>Wartawan</td>",
            "<td class=\"num\">001/<wbr>PPID/<wbr>VII/<wbr>2024</td>",
            "<td>Salinan formulir B.1-KWK pendukung pasangan calon</td>", "<td>Bahan pemberitaan</td>",
            "<td>a. Penolakan atas permintaan informasi berdasarkan alasan pengecualian (Pasal 17): data pendukung sudah diumumkan</td>",
            "<td>Menguatkan keputusan PPID</td>", "<td class=\"date\">30 Juli 2024 pukul 14.00</td>",
            "<td>Drs. Slamet Riyadi, Sekretaris KPU Kabupaten Karanganyar</td>", "<td>Mengajukan sengketa</td>",
            "<td>Komisi Informasi Provinsi Jawa Tengah, 012/<wbr>REG-PSI/<wbr>VIII/<wbr>2024</td>", "<td>Mediasi berhasil</td>",
        ]
        #expect(inOrder(cells, in: row))
        #expect(occurrences(of: "<td", in: row) == 16)
    }

    @Test func anOpenObjectionHasEmptyAnswerCells() {
        let row = slice(page, from: "002/<wbr>KEB/<wbr>VIII/<wbr>2024</td>", to: "</tr>").map(String.init) ?? ""
        #expect(row.contains("<td class=\"date\">19 Agustus 2024 pukul 09.00</td>"))
        #expect(row.hasSuffix("<td></td><td class=\"date\"></td><td></td><td></td><td></td><td></td></tr>"))
        #expect(!page.contains("2024-07-24") && !page.contains("2024-08-19"))
    }

    @Test func everyFieldIsEscaped() {
        #expect(!page.contains("<script"))
        #expect(page.contains("<strong>Ahmad &lt;script&gt;alert(1)&lt;/script&gt; Fauzi</strong>"))
        let h = "<script>alert('x') & \"y\"</script>"
        let e = "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        let d = ObjectionRegisterDocument(officeName: h, officeDetails: [h], updated: h, rows: [
            ObjectionRegisterRow(number: h, received: h, name: h, address: h, contact: h, job: h, requestNumber: h,
                                 asks: h, purpose: h, grounds: h, decision: h, answered: h, atasanPPID: h,
                                 applicantResponse: h, dispute: h, ruling: h),
        ])
        let out = renderObjectionRegisterHTML(d)
        #expect(!out.contains("<script") && !out.contains("alert('x')"))
        // Title, office, details, update date and the 12 cells after No other than the
        // numbers; No, the request number, the dispute and the ruling are split at their slash.
        #expect(occurrences(of: e, in: out) == 4 + 12)
        let split = "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/<wbr>script&gt;"
        #expect(occurrences(of: "<td class=\"num\">\(split)</td>", in: out) == 2)
        #expect(occurrences(of: "<td>\(split)</td>", in: out) == 2)
    }

    @Test func positionsWithoutNumberAndEmptyRegister() {
        let d = ObjectionRegisterDocument(officeName: "KPU", updated: "", rows: [
            ObjectionRegisterRow(received: "2025-01-02", name: "A"), ObjectionRegisterRow(received: "2025-01-03", name: "B"),
        ])
        let out = renderObjectionRegisterHTML(d)
        #expect(inOrder(["<td class=\"num\">1</td>", "<td class=\"num\">2</td>"], in: out))
        #expect(!out.contains("Pemutakhiran"))
        #expect(out.contains("Jumlah keberatan: 2."))
        let empty = renderObjectionRegisterHTML(ObjectionRegisterDocument(officeName: "KPU", updated: "", rows: []))
        #expect(empty.contains("<td colspan=\"16\">Belum ada keberatan informasi publik.</td>"))
        #expect(empty.contains("Jumlah keberatan: 0."))
    }

    @Test func deterministic() {
        #expect(renderObjectionRegisterHTML(ObjectionFixtures.register) == page)
    }
}

@Suite struct ObjectionRegisterTableTests {
    let table = objectionRegisterTable(ObjectionFixtures.register)

    @Test func sameHeadersAsThePage() {
        #expect(table.columns == ObjectionRegisterPageTests.headers)
        #expect(table.title == "Register Keberatan Informasi Publik — KPU Kabupaten Karanganyar")
        #expect(table.rows.count == 2)
    }

    @Test func datesAreTypedAndStayISO() {
        let row = table.rows[0]
        #expect(row.count == 16)
        #expect(row[0] == .text("001/KEB/VII/2024"))
        #expect(row[1] == .date("2024-07-24"))
        #expect(row[2] == .text("Rina Kartika"))
        #expect(row[6] == .text("001/PPID/VII/2024"))
        #expect(row[10] == .text("Menguatkan keputusan PPID"))
        #expect(row[11] == .date("2024-07-30T14:00"))
        #expect(row[15] == .text("Mediasi berhasil"))
        #expect(table.rows[1][1] == .date("2024-08-19 09:00"))
        #expect(table.rows[1][4] == .null && table.rows[1][11] == .null && table.rows[1][15] == .null)
    }

    @Test func textThatIsNoDateStaysTextAndPositionsNumber() {
        let t = objectionRegisterTable(ObjectionRegisterDocument(officeName: "", updated: "", rows: [
            ObjectionRegisterRow(received: "awal Juli", name: "A", answered: "2024-02-30"),
        ]))
        #expect(t.title == "Register Keberatan Informasi Publik")
        #expect(t.rows[0][0] == .int(1))
        #expect(t.rows[0][1] == .text("awal Juli"))
        #expect(t.rows[0][11] == .text("2024-02-30"))
    }

    @Test func writesAsCSVWithTheHeaders() {
        let csv = renderTable(table, as: .csv, width: 200)
        #expect(csv.hasPrefix(ObjectionRegisterPageTests.headers.joined(separator: ",") + "\r\n"))
        #expect(csv.contains("001/KEB/VII/2024,2024-07-24,Rina Kartika,"))
    }
}

@Suite struct ObjectionGroundTests {
    @Test(arguments: [
        ("a", "penolakan atas permintaan informasi berdasarkan alasan pengecualian sebagaimana dimaksud dalam Pasal 17"),
        ("b", "tidak disediakannya informasi berkala sebagaimana dimaksud dalam Pasal 9"),
        ("c", "tidak ditanggapinya permintaan informasi"),
        ("d", "permintaan informasi ditanggapi tidak sebagaimana yang diminta"),
        ("e", "tidak dipenuhinya permintaan informasi"),
        ("f", "pengenaan biaya yang tidak wajar"),
        ("g", "penyampaian informasi yang melebihi waktu yang diatur dalam Undang-Undang ini"),
    ])
    func pasal35Ayat1(letter: String, text: String) {
        #expect(objectionGroundText(letter) == text)
        #expect(objectionGroundText(letter.uppercased()) == text)
        #expect(objectionGroundText("huruf \(letter).") == text)
    }

    @Test(arguments: ["h", "", "ab", "Pasal 17", "<b>"])
    func unknownLetterComesBack(letter: String) {
        #expect(objectionGroundText(letter) == letter)
        #expect(objectionGroundLetter(letter) == nil)
    }
}
