import Testing
@testable import PPIDRender

@Suite struct ServiceReportMarkdownTests {
    let md = renderServiceReportMarkdown(ServiceReportFixtures.busy)
    let text = serviceReportText(ServiceReportFixtures.busy)

    @Test func markdownHasThePartsAndTheFiguresAsTables() {
        #expect(md.hasPrefix("# LAPORAN LAYANAN INFORMASI PUBLIK\n\n**KPU Kabupaten Karanganyar**  \n"))
        #expect(md.contains("Periode: Tahun 2024  \nDisusun: 15 Januari 2025"))
        #expect(inOrder(["## I. Gambaran Umum Kebijakan", "## II. Sumber Daya", "### Sumber daya: SDM",
                         "## III. Rincian Layanan Informasi Publik", "## IV. Keberatan dan Sengketa",
                         "## V. Daftar Informasi Publik", "## VI. Kendala", "## VII. Rekomendasi dan Tindak Lanjut"], in: md))
        #expect(md.contains("| No | Hasil Permohonan | Jumlah | Persentase |\n| ---: | --- | ---: | --- |\n"))
        #expect(md.contains("| 1 | Dipenuhi seluruhnya | 98 | 68,5% |"))
        #expect(md.contains("|  | Jumlah | 143 | 100,0% |"))
        #expect(md.contains("| Oktober | 21 |"))
        #expect(md.contains("| Median waktu menjawab | 4,5 hari kerja |"))
        #expect(md.contains("| 16 | 1 | melewati batas 10 hari kerja |"))
        #expect(md.contains("| 1 | huruf a: penolakan berdasarkan alasan pengecualian Pasal 17 | 4 |"))
        #expect(md.contains("| 3 | Informasi setiap saat | 58 |"))
        #expect(occurrences(of: "(belum diisi)", in: md) == 2)
        #expect(!md.contains("<svg"))
    }

    @Test func officeProseNeverBecomesAHeadingOrList() {
        var d = ServiceReportFixtures.empty
        d.sections = [("Kendala", "# bukan judul\n- bukan daftar\n1. bukan nomor\nbiasa")]
        let out = renderServiceReportMarkdown(d)
        #expect(out.contains("\\# bukan judul  \n\\- bukan daftar  \n\\1. bukan nomor  \nbiasa"))
    }

    @Test func emptyYearInMarkdownAndText() {
        let d = ServiceReportFixtures.empty
        let out = renderServiceReportMarkdown(d)
        #expect(occurrences(of: "Tidak ada permohonan pada periode ini.", in: out) == 2)
        #expect(occurrences(of: "(belum diisi)", in: out) == 4)
        let plain = serviceReportText(d)
        #expect(plain.contains("Tidak ada permohonan pada periode ini."))
        #expect(plain.contains("Jumlah permohonan informasi publik yang diterima: 0."))
    }

    @Test func terminalTextIsPlainAlignedLines() {
        #expect(text.hasPrefix("LAPORAN LAYANAN INFORMASI PUBLIK\nKPU Kabupaten Karanganyar\n"))
        #expect(inOrder(["\nI. GAMBARAN UMUM KEBIJAKAN\n", "\nIII. RINCIAN LAYANAN INFORMASI PUBLIK\n",
                         "\nVII. REKOMENDASI DAN TINDAK LANJUT\n"], in: text))
        #expect(text.contains("\n   1  Dipenuhi seluruhnya                        98  68,5%\n"))
        #expect(text.contains("\n      Jumlah                                    143  100,0%\n"))
        #expect(text.contains("\n  Oktober        21\n"))
        #expect(text.contains("\n          11       3  melewati batas 10 hari kerja\n"))
        #expect(!text.contains("|") && !text.contains("<"))
        for line in text.split(separator: "\n") { #expect(displayWidth(line) <= 80 || line.contains("huruf")) }
    }

    @Test func terminalTextHidesControlCharacters() {
        var d = ServiceReportFixtures.empty
        d.officeName = "PPID\u{1B}[31m Merah"
        d.sections = [("Kendala", "a\u{07}b")]
        let out = serviceReportText(d)
        #expect(!out.contains("\u{1B}") && !out.contains("\u{07}"))
        #expect(out.contains("PPID\u{FFFD}[31m Merah") && out.contains("a\u{FFFD}b"))
    }
}
