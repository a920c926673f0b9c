import Testing
@testable import PPIDRender

@Suite struct ServiceReportPageTests {
    let page = renderServiceReportHTML(ServiceReportFixtures.busy)
    let emptyPage = renderServiceReportHTML(ServiceReportFixtures.empty)

    @Test func isAStandalonePortraitPageWithoutScript() {
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
        #expect(page.contains("@page { size: A4 portrait;"))
        #expect(page.hasSuffix("</html>\n"))
        #expect(!page.contains("<script") && !page.contains("<link") && !page.contains("onload"))
    }

    @Test func headingOfficeTitlePeriodAndDate() {
        #expect(inOrder(["<p class=\"kop-office\">KPU Kabupaten Karanganyar</p>",
                         "<p class=\"kop-details\">Jl. Lawu No. 385, Karanganyar</p>",
                         "<h1 class=\"report-title\">LAPORAN LAYANAN INFORMASI PUBLIK</h1>",
                         "<p class=\"report-period\">Tahun 2024</p>", "Disusun: 15 Januari 2025"], in: page))
        #expect(emptyPage.contains("<p class=\"report-period\">Semester II Tahun 2024</p>"))
    }

    @Test func sevenNumberedPartsInOrder() {
        let parts = ["<h2>I. Gambaran Umum Kebijakan</h2>", "<h2>II. Sumber Daya</h2>",
                     "<h2>III. Rincian Layanan Informasi Publik</h2>", "<h2>IV. Keberatan dan Sengketa</h2>",
                     "<h2>V. Daftar Informasi Publik</h2>", "<h2>VI. Kendala</h2>", "<h2>VII. Rekomendasi dan Tindak Lanjut</h2>"]
        #expect(inOrder(parts, in: page))
        #expect(inOrder(parts, in: emptyPage))
        #expect(occurrences(of: "<h2>", in: page) == 7)
    }

    @Test func pasal12FiguresTable() {
        #expect(page.contains("<strong class=\"received\">143</strong>"))
        let table = slice(page, from: "<th scope=\"col\">Hasil Permohonan</th>", to: "</table>").map(String.init) ?? ""
        #expect(inOrder([
            "<td>Dipenuhi seluruhnya</td><td class=\"count\">98</td><td class=\"count\">68,5%</td>",
            "<td>Dipenuhi sebagian</td><td class=\"count\">17</td><td class=\"count\">11,9%</td>",
            "<td>Ditolak (informasi yang dikecualikan)</td><td class=\"count\">9</td><td class=\"count\">6,3%</td>",
            "<td>Informasi tidak dikuasai</td><td class=\"count\">11</td><td class=\"count\">7,7%</td>",
            "<td>Informasi belum didokumentasikan</td><td class=\"count\">3</td><td class=\"count\">2,1%</td>",
            "<td>Masih dalam proses</td><td class=\"count\">5</td><td class=\"count\">3,5%</td>",
            "<td class=\"count\">143</td><td class=\"count\">100,0%</td>",
        ], in: table))
        #expect(!page.contains("Catatan: jumlah rincian"))
    }

    @Test func answerTimeFigures() {
        #expect(inOrder(["<th scope=\"row\">Batas waktu menjawab</th><td>10 hari kerja</td>",
                         "<th scope=\"row\">Waktu tercepat</th><td>0 hari kerja</td>",
                         "<th scope=\"row\">Waktu terlama</th><td>16 hari kerja</td>",
                         "<th scope=\"row\">Median waktu menjawab</th><td>4,5 hari kerja</td>",
                         "<th scope=\"row\">Dijawab melewati batas waktu</th><td>7 (5,1% dari permohonan yang dijawab)</td>"],
                        in: page))
    }

    @Test func refusalsChannelsObjectionsDisputesAndDIP() {
        #expect(page.contains("<td>Pasal 17 huruf h (rahasia pribadi)</td><td class=\"count\">6</td>"))
        #expect(page.contains("<td>E-mail</td><td class=\"count\">57</td><td class=\"count\">39,8%</td>"))
        #expect(page.contains("<strong class=\"objections\">6</strong>"))
        #expect(inOrder(["<td>Keberatan diterima seluruhnya</td><td class=\"count\">1</td>",
                         "<td>Keberatan diterima sebagian</td><td class=\"count\">1</td>",
                         "<td>Atasan PPID menguatkan keputusan PPID</td><td class=\"count\">3</td>",
                         "<td>Belum diputus</td><td class=\"count\">1</td>"], in: page))
        #expect(page.contains("<td>huruf a: penolakan berdasarkan alasan pengecualian Pasal 17</td><td class=\"count\">4</td>"))
        #expect(page.contains("<td>huruf g: penyampaian informasi melebihi waktu yang diatur</td><td class=\"count\">1</td>"))
        #expect(page.contains("<strong class=\"disputes\">2</strong>; masih dalam proses: 1."))
        #expect(page.contains("<td>Permohonan ditolak</td><td class=\"count\">1</td>"))
        #expect(inOrder(["<td>Informasi berkala</td><td class=\"count\">42</td>", "<td>Informasi serta merta</td><td class=\"count\">6</td>",
                         "<td>Informasi setiap saat</td><td class=\"count\">58</td>",
                         "<td>Informasi yang dikecualikan</td><td class=\"count\">12</td>",
                         "<td>Ditambahkan pada periode ini</td><td class=\"count\">9</td>",
                         "<td>Diubah pada periode ini</td><td class=\"count\">14</td>"], in: page))
    }

    @Test func officeTextUnderItsPartsAndEmptyOnesSaySo() {
        let resources = slice(page, from: "<h2>II. Sumber Daya</h2>", to: "</section>").map(String.init) ?? ""
        #expect(inOrder(["<h3>Sumber daya: sarana dan prasarana</h3>", "<p>Meja layanan, komputer, laman e-PPID.</p>",
                         "<h3>Sumber daya: SDM</h3>", "<h3>Sumber daya: anggaran</h3>", "<p class=\"unfilled\">(belum diisi)</p>"],
                        in: resources))
        #expect(page.contains("<p>PPID KPU Kabupaten Karanganyar ditetapkan dengan Keputusan Ketua.</p>\n<p>SOP layanan"))
        let last = slice(page, from: "<h2>VII.", to: "</section>").map(String.init) ?? ""
        #expect(last.contains("(belum diisi)"))
        #expect(occurrences(of: "(belum diisi)", in: emptyPage) == 4)
    }

    @Test func aSectionUnderThePartsOwnTitleHasNoSubheading() {
        var d = ServiceReportFixtures.empty
        d.sections = [("Sumber Daya", "Dua petugas."), ("  rekomendasi dan tindak lanjut ", "Tambah petugas.")]
        let out = renderServiceReportHTML(d)
        #expect(out.contains("<h2>II. Sumber Daya</h2>\n<p>Dua petugas.</p>\n</section>"))
        #expect(out.contains("<h2>VII. Rekomendasi dan Tindak Lanjut</h2>\n<p>Tambah petugas.</p>\n</section>"))
        #expect(!out.contains("<h3>Sumber Daya</h3>"))
    }

    @Test func aSemesterDrawsItsSixMonths() throws {
        var d = ServiceReportFixtures.empty
        d.byMonth = [(12, 1), (7, 3), (8, 0), (9, 0), (10, 2), (11, 0)]
        let svg = try #require(monthChart(d))
        #expect(inOrder([">Jul</text>", ">Agu</text>", ">Sep</text>", ">Okt</text>", ">Nov</text>", ">Des</text>"], in: svg))
        #expect(!svg.contains(">Jan</text>"))
        #expect(occurrences(of: "<rect class=\"bar\"", in: svg) == 3)
    }

    @Test func otherTitlesFollowAsPartEight() {
        var d = ServiceReportFixtures.empty
        d.sections = [("Inovasi layanan", "Layanan daring 24 jam."), ("Kendala", "Tidak ada.")]
        let out = renderServiceReportHTML(d)
        #expect(inOrder(["<h2>VI. Kendala</h2>\n<p>Tidak ada.</p>", "<h2>VIII. Inovasi layanan</h2>\n<p>Layanan daring 24 jam.</p>"], in: out))
    }

    @Test func threeAccessibleCharts() {
        #expect(occurrences(of: "<svg class=\"chart-svg\"", in: page) == 3)
        #expect(occurrences(of: "role=\"img\"", in: page) == 3)
        #expect(page.contains("<title id=\"sr-month-title\">Jumlah permohonan informasi per bulan, Tahun 2024</title>"))
        #expect(page.contains("<title id=\"sr-outcome-title\">"))
        #expect(page.contains("<title id=\"sr-time-title\">"))
        #expect(page.contains("Januari 8, Februari 9"))
        #expect(inOrder(["Grafik 1.", "Grafik 2.", "Grafik 3."], in: page))
        // Outcomes show count and share beside each bar.
        #expect(page.contains(">98 (68,5%)</text>"))
    }

    @Test func anEmptyYearSaysSoInsteadOfCharts() {
        #expect(!emptyPage.contains("<svg"))
        #expect(occurrences(of: "<p class=\"chart-empty\">Tidak ada permohonan pada periode ini.</p>", in: emptyPage) == 3)
        #expect(emptyPage.contains("<td>Dipenuhi seluruhnya</td><td class=\"count\">0</td><td class=\"count\">-</td>"))
        #expect(!emptyPage.contains("0,0%"))
        #expect(emptyPage.contains("<th scope=\"row\">Median waktu menjawab</th><td>-</td>"))
        #expect(emptyPage.contains("Tidak ada permohonan yang ditolak."))
    }

    @Test func requestsButNoAnswersYet() {
        var d = ServiceReportFixtures.empty
        d.requests = ServiceReportRequests(received: 2, open: 2)
        d.byMonth = [(7, 2)]
        let out = renderServiceReportHTML(d)
        #expect(occurrences(of: "<svg", in: out) == 2)
        #expect(out.contains("Belum ada permohonan yang selesai dijawab pada periode ini."))
    }

    @Test func figuresThatDoNotAddUpAreNoted() {
        var d = ServiceReportFixtures.busy
        d.requests.received = 150
        #expect(renderServiceReportHTML(d).contains("Catatan: jumlah rincian (143) tidak sama dengan jumlah permohonan yang diterima (150)."))
    }

    @Test func scriptInOfficeTextIsEscaped() {
        let hostile = "<script>alert('x')</script> & \"y\""
        let escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        let d = ServiceReportDocument(
            officeName: hostile, officeDetails: [hostile], period: hostile, generated: hostile,
            requests: ServiceReportRequests(received: 1, refused: 1),
            answerTime: ServiceReportAnswerTime(distribution: [0, 1]),
            refusalsByGround: [(hostile, 1)], byChannel: [(hostile, 1)], byMonth: [(1, 1)],
            objections: ServiceReportObjections(filed: 1, byGround: [(hostile, 1)]),
            disputes: ServiceReportDisputes(rulings: [(hostile, 1)]),
            sections: [(hostile, hostile), ("Kendala", hostile)])
        let out = renderServiceReportHTML(d)
        #expect(!out.contains("<script") && !out.contains("alert('x')"))
        #expect(occurrences(of: escaped, in: out) >= 12)
        let md = renderServiceReportMarkdown(d)
        #expect(!md.contains("<script"))
        #expect(md.contains("&lt;script>"))
    }

    @Test func renderingTwiceGivesTheSameBytes() {
        for d in [ServiceReportFixtures.busy, ServiceReportFixtures.empty, ServiceReportFixtures.oneHugeMonth] {
            #expect(renderServiceReportHTML(d) == renderServiceReportHTML(d))
            #expect(renderServiceReportMarkdown(d) == renderServiceReportMarkdown(d))
            #expect(serviceReportText(d) == serviceReportText(d))
        }
    }
}
