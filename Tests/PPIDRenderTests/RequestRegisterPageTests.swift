import Testing
@testable import PPIDRender

@Suite struct RequestRegisterPageTests {
    let page = renderRequestRegisterHTML(RequestFixtures.register)
    static let headers = [
        "No", "Tanggal", "Nama", "Alamat", "Nomor Kontak", "Pekerjaan", "Informasi yang Diminta",
        "Tujuan Penggunaan Informasi", "Status Informasi", "Bentuk Informasi", "Jenis Permohonan",
        "Keputusan", "Alasan Penolakan", "Tanggal Pemberitahuan Tertulis", "Biaya",
    ]

    @Test func isAStandaloneLandscapePage() {
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
        #expect(page.contains("@page { size: A4 landscape;"))
        #expect(page.hasSuffix("</html>\n"))
        #expect(!page.contains("<link"))
    }

    @Test func heading() {
        #expect(page.contains("<h1>REGISTER PERMOHONAN INFORMASI PUBLIK</h1>"))
        #expect(page.contains("<p class=\"office\">KPU Kabupaten Karanganyar</p>"))
        #expect(page.contains("Pemutakhiran: 14 Februari 2025"))
    }

    @Test func perkiHeadersInOrder() {
        #expect(RequestRegisterDocument.columns == Self.headers)
        let head = slice(page, from: "<thead>", to: "</thead>").map(String.init) ?? ""
        #expect(inOrder(Self.headers.map { "<th scope=\"col\">\($0)</th>" }, in: head))
        #expect(occurrences(of: "<th scope=\"col\">", in: head) == 15)
        #expect(occurrences(of: "<col style=", in: page) == 15)
        #expect(head.contains("<th>15</th>") && !head.contains("<th>16</th>"))
    }

    @Test func aRowsCellsInColumnOrder() {
        let row = slice(page, from: "<td class=\"num\">002/<wbr>PPID/<wbr>X/<wbr>2024</td>", to: "</tr>").map(String.init) ?? ""
        let cells = [
            "<td class=\"date\">14 Oktober 2024</td>", "<td><strong>Lembaga Pemantau Jujur</strong></td>",
            "<td>Jl. Pahlawan 3, Karanganyar</td>", "<td>lpj@example.org</td>", "<td>LSM</td>",
            "<td>Kontrak logistik Pilkada 2024, HPS, dan rekening penyedia</td>", "<td>Pemantauan pengadaan</td>",
            "<td>Dikuasai</td>", "<td>Softcopy</td>", "<td>Meminta salinan (softcopy)</td>", "<td>Diterima sebagian</td>",
            "<td>Nomor rekening penyedia: Pasal 17 huruf h angka 3</td>", "<td class=\"date\">5 November 2024</td>",
            "<td class=\"cost\">Rp15.000</td>",
        ]
        #expect(inOrder(cells, in: row))
        #expect(occurrences(of: "<td", in: row) == 15)
    }

    @Test func datesAreIndonesianAndTimesKept() {
        #expect(page.contains("<td class=\"date\">3 Februari 2025 pukul 10.15</td>"))
        #expect(!page.contains("2024-07-17"))
    }

    @Test func anOpenRequestHasEmptyDecisionCells() {
        let row = slice(page, from: "002/<wbr>PPID/<wbr>II/<wbr>2025</td>", to: "</tr>").map(String.init) ?? ""
        #expect(row.contains("<td><strong>Sri Lestari</strong></td>"))
        #expect(row.hasSuffix("<td></td><td></td><td></td><td></td><td></td><td class=\"date\"></td><td class=\"cost\"></td></tr>"))
    }

    @Test func scriptInANameIsEscaped() {
        #expect(!page.contains("<script"))
        #expect(page.contains("<strong>Budi &lt;script&gt;alert(1)&lt;/script&gt; Santoso</strong>"))
        let hostile = "<script>alert('x') & \"y\"</script>"
        let d = RequestRegisterDocument(officeName: hostile, officeDetails: [hostile], updated: hostile, rows: [
            RequestRegisterRow(number: hostile, received: hostile, name: hostile, address: hostile, contact: hostile,
                               job: hostile, asks: hostile, purpose: hostile, infoStatus: hostile, form: hostile,
                               kind: hostile, decision: hostile, refusalReason: hostile, noticeDate: hostile, cost: hostile),
        ])
        let out = renderRequestRegisterHTML(d)
        #expect(!out.contains("<script") && !out.contains("alert('x')"))
        // Title, office, details, update date and the 14 cells after No; No is split at its slash.
        #expect(occurrences(of: "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;", in: out) == 18)
        #expect(out.contains("<td class=\"num\">&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/<wbr>script&gt;</td>"))
    }

    @Test func numbersWithoutRegistrationNumberAndEmptyRegister() {
        let d = RequestRegisterDocument(officeName: "KPU", updated: "", rows: [
            RequestRegisterRow(received: "2025-01-02", name: "A", asks: "x"),
            RequestRegisterRow(received: "2025-01-03", name: "B", asks: "y"),
        ])
        let out = renderRequestRegisterHTML(d)
        #expect(inOrder(["<td class=\"num\">1</td>", "<td class=\"num\">2</td>"], in: out))
        #expect(out.contains("Jumlah permohonan: 2."))
        let empty = renderRequestRegisterHTML(RequestRegisterDocument(officeName: "KPU", updated: "", rows: []))
        #expect(empty.contains("Belum ada permohonan informasi."))
        #expect(empty.contains("Jumlah permohonan: 0."))
    }

    @Test func deterministic() {
        #expect(renderRequestRegisterHTML(RequestFixtures.register) == page)
    }
}

@Suite struct RequestRegisterTableTests {
    let table = requestRegisterTable(RequestFixtures.register)

    @Test func sameHeadersAsThePage() {
        #expect(table.columns == RequestRegisterPageTests.headers)
        #expect(table.title == "Register Permohonan Informasi Publik — KPU Kabupaten Karanganyar")
        #expect(table.rows.count == 4)
    }

    @Test func typedCells() {
        let row = table.rows[1]
        #expect(row.count == 15)
        #expect(row[0] == .text("002/PPID/X/2024"))
        #expect(row[1] == .date("2024-10-14"))
        #expect(row[2] == .text("Lembaga Pemantau Jujur"))
        #expect(row[11] == .text("Diterima sebagian"))
        #expect(row[13] == .date("2024-11-05"))
        #expect(row[14] == .int(15000))
        #expect(table.rows[2][1] == .date("2025-02-03 10:15"))
        #expect(table.rows[3][3] == .text("Colomadu") && table.rows[3][4] == .null && table.rows[3][14] == .null)
    }

    @Test func positionWhenNoRegistrationNumberAndTextThatIsNoDate() {
        let t = requestRegisterTable(RequestRegisterDocument(officeName: "", updated: "", rows: [
            RequestRegisterRow(received: "awal Januari", name: "A", asks: "x", noticeDate: "-", cost: "Rp 5.000"),
        ]))
        #expect(t.title == "Register Permohonan Informasi Publik")
        #expect(t.rows[0][0] == .int(1))
        #expect(t.rows[0][1] == .text("awal Januari"))
        #expect(t.rows[0][13] == .text("-"))
        #expect(t.rows[0][14] == .text("Rp 5.000"))
    }

    @Test func writesAsCSVWithTheHeaders() {
        let csv = renderTable(table, as: .csv, width: 200)
        #expect(csv.hasPrefix(RequestRegisterPageTests.headers.joined(separator: ",") + "\r\n"))
        #expect(csv.contains("002/PPID/X/2024,2024-10-14,Lembaga Pemantau Jujur,"))
    }
}

@Suite struct RupiahAndNumberWordsTests {
    @Test(arguments: [("0", "Rp0"), ("15000", "Rp15.000"), ("1500000", "Rp1.500.000"), ("500", "Rp500"),
                      ("007", "Rp7"), ("Rp 5.000", "Rp 5.000"), ("-", "-"), ("", ""), ("-5", "-5")])
    func rupiahFormat(input: String, expected: String) {
        #expect(rupiah(input) == expected)
    }

    @Test(arguments: [(1, "satu"), (10, "sepuluh"), (11, "sebelas"), (14, "empat belas"), (17, "tujuh belas"),
                      (20, "dua puluh"), (30, "tiga puluh"), (45, "empat puluh lima"), (100, "seratus"),
                      (111, "seratus sebelas"), (250, "dua ratus lima puluh")])
    func words(n: Int, expected: String) {
        #expect(indonesianNumberWords(n) == expected)
    }

    @Test func outOfRange() {
        #expect(indonesianNumberWords(0) == nil)
        #expect(indonesianNumberWords(1000) == nil)
    }
}
