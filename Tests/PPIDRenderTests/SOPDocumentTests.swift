import Testing
@testable import PPIDRender

@Suite struct SOPHTMLTests {
    let page = renderSOPHTML(Fixtures.maklumat)

    @Test func standalonePrintablePage() {
        #expect(page.hasPrefix("<!DOCTYPE html>\n"))
        #expect(page.contains("<meta charset=\"utf-8\">"))
        #expect(page.contains("@page { size: A4 landscape;"))
        #expect(!page.contains("<script"))
    }

    @Test func identityHeader() {
        #expect(page.contains("<div class=\"logo\">LOGO</div><div class=\"unit-name\">SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN KARANGANYAR</div>"))
        let rows = ["Nomor SOP</th><td>58/PP.07-SOP/3313/2023", "Tgl Pembuatan</th><td>5 Januari 2025",
                    "Tgl Revisi</th><td></td>", "Tgl Efektif</th><td>5 Januari 2023",
                    "Tgl Pengesahan</th><td>5 Januari 2023", "Disahkan oleh</th>", "Nama SOP</th>"]
        #expect(inOrder(rows, in: page))
        #expect(page.contains("<td class=\"unit\" rowspan=\"7\">"))
        #expect(page.contains("<div class=\"signer-name\">Masykur</div>"))
        #expect(page.contains("<span class=\"sop-name\">Penyusunan Pengumuman Maklumat Pelayanan Informasi Publik</span>"))
    }

    @Test func noEnactedRowWhenNotGiven() {
        var d = Fixtures.maklumat
        d.enacted = nil
        d.signerName = nil
        let out = renderSOPHTML(d)
        #expect(!out.contains("Tgl Pengesahan"))
        #expect(!out.contains("<div class=\"signer-name\">"))
        #expect(out.contains("<td class=\"unit\" rowspan=\"6\">"))
    }

    @Test func headerBlocks() {
        #expect(inOrder(["<th>DASAR HUKUM</th><th colspan=\"2\">KUALIFIKASI PELAKSANA</th>",
                         "<th>KETERKAITAN</th><th colspan=\"2\">PERALATAN/PERLENGKAPAN</th>",
                         "<th>PERINGATAN</th><th colspan=\"2\">PENCATATAN DAN PENDATAAN</th>"], in: page))
        #expect(page.contains("<ol><li>Komputer</li><li>Meja, kursi</li></ol>"))
        #expect(page.contains("<p>Prosedur ini wajib dilaksanakan sesuai alur kegiatan</p>"))
    }

    @Test(arguments: [
        ([String](), "<p>-</p>"),
        (["satu"], "<p>satu</p>"),
        (["a<b", "", "c"], "<ol><li>a&lt;b</li><li>c</li></ol>"),
    ])
    func lists(items: [String], expected: String) {
        #expect(listHTML(items) == expected)
    }

    @Test func flowHeader() {
        #expect(page.contains("<h2 class=\"flow-title\">BAGAN ALUR PENYUSUNAN PENGUMUMAN MAKLUMAT PELAYANAN INFORMASI PUBLIK</h2>"))
        #expect(page.contains("<th rowspan=\"2\">No</th><th rowspan=\"2\">Kegiatan</th><th colspan=\"5\">Pelaksana</th><th colspan=\"3\">Mutu Baku</th><th rowspan=\"2\">Keterangan</th>"))
        let actors = ["Atasan PPID", "PPID", "Komisioner", "Pelaksana", "E PPID"]
        #expect(inOrder(actors.map { "<th class=\"actor-head\">\($0)</th>" } + ["<th>Kelengkapan</th><th>Waktu</th><th>Output</th>"], in: page))
    }

    @Test func oneRowPerStepWithItsCells() {
        #expect(occurrences(of: "<tr class=\"step\"", in: page) == 6)
        #expect(inOrder((1...6).map { "<tr class=\"step\" data-step=\"\($0)\"><td class=\"num\">\($0).</td>" }, in: page))
        // One SVG per row, in the first actor cell, and the other actor cells empty.
        #expect(occurrences(of: "<td class=\"actor flowcell\"><svg", in: page) == 6)
        #expect(occurrences(of: "<td class=\"actor\"></td>", in: page) == 6 * 4)
        #expect(page.contains("<td>Regulasi PPID</td><td class=\"time\">1 hari</td><td>Draft naskah</td>"))
        #expect(page.contains("<div class=\"decision-note\">Ya: lanjut ke langkah 4; Tidak: kembali ke langkah 1</div>"))
    }

    @Test func symbols() {
        // Step 1 (two actors) and step 6 are capsules, 2, 4, 5 boxes, 3 a diamond path.
        #expect(occurrences(of: "class=\"sym terminator\"", in: page) == 3)
        #expect(occurrences(of: "class=\"sym process\"", in: page) == 3)
        #expect(occurrences(of: "<path class=\"sym decision\" d=\"M", in: page) == 1)
        let row3 = slice(page, from: "data-step=\"3\"", to: "</tr>") ?? ""
        #expect(row3.contains("<path class=\"sym decision\""))
        #expect(row3.contains(">Ya</text>") && row3.contains(">Tidak</text>"))
        // Six arrows: 1→2, 2→3, 3→4 (Ya), 3→1 (Tidak), 4→5, 5→6.
        #expect(occurrences(of: "<path class=\"arrow\"", in: page) == 6)
    }

    @Test func everythingEscaped() {
        let hostile = "<img src=x onerror='a()'>&\""
        let d = SOPDocument(unitName: hostile, title: hostile, number: hostile, made: hostile, revised: hostile,
                            effective: hostile, enacted: hostile, enactedBy: hostile, signerName: hostile,
                            basis: [hostile, hostile], qualification: [hostile], related: [hostile],
                            equipment: [hostile], warning: [hostile], records: [hostile], actors: [hostile],
                            steps: [SOPDocStep(number: 1, activity: hostile, actorIndexes: [0], needs: hostile,
                                               time: hostile, output: hostile, note: hostile)],
                            flowTitle: hostile)
        let out = renderSOPHTML(d)
        #expect(!out.contains("<img"))
        #expect(!out.contains("onerror='"))
        #expect(occurrences(of: "&lt;img src=x onerror=&#39;a()&#39;&gt;&amp;&quot;", in: out) == 24)
    }

    @Test func deterministic() {
        #expect(renderSOPHTML(Fixtures.maklumat) == page)
        #expect(renderSOPHTML(Fixtures.awkward) == renderSOPHTML(Fixtures.awkward))
    }

    @Test func noStepsNoActors() {
        let out = renderSOPHTML(SOPDocument(unitName: "U", title: "Kosong", actors: [], steps: []))
        #expect(out.contains("<th colspan=\"1\">Pelaksana</th>"))
        #expect(out.contains("Belum ada langkah."))
        let one = renderSOPHTML(SOPDocument(unitName: "U", title: "Satu", actors: [],
                                            steps: [SOPDocStep(number: 1, activity: "x", actorIndexes: [])]))
        #expect(one.contains("class=\"sym terminator\""))
        #expect(one.contains("stroke-dasharray"))
    }
}

@Suite struct SOPMarkdownTests {
    let md = renderSOPMarkdown(Fixtures.maklumat)

    @Test func identityAndLists() {
        #expect(md.hasPrefix("# Penyusunan Pengumuman Maklumat Pelayanan Informasi Publik\n"))
        #expect(md.contains("| Nomor SOP | 58/PP.07-SOP/3313/2023 |"))
        #expect(md.contains("| Tgl Pembuatan | 5 Januari 2025 |"))
        #expect(md.contains("| Disahkan oleh | Sekretaris Komisi Pemilihan Umum Kabupaten Karanganyar (Masykur) |"))
        #expect(inOrder(["## Dasar Hukum", "## Kualifikasi Pelaksana", "## Keterkaitan", "## Peralatan/Perlengkapan",
                         "## Peringatan", "## Pencatatan dan Pendataan"], in: md))
        #expect(md.contains("1. Komputer\n2. Meja, kursi\n"))
    }

    @Test func flowTable() {
        #expect(md.contains("| No | Kegiatan | Atasan PPID | PPID | Komisioner | Pelaksana | E PPID | Kelengkapan | Waktu | Output | Keterangan |"))
        #expect(md.contains("| ---: | --- | :---: | :---: | :---: | :---: | :---: | --- | --- | --- | --- |"))
        #expect(md.contains("| 1 | Atasan PPID dan PPID menyusun draft Maklumat Pelayanan Informasi Publik | ⬭ | ⬭ |  |  |  |"))
        #expect(md.contains("|  |  | ◇ |  |  | Draft naskah | 1 hari | Disposisi/arahan | Ya: lanjut ke langkah 4; Tidak: kembali ke langkah 1 |"))
        #expect(md.contains("|  |  |  |  | ⬭ | - | - |"))
        let stepRows = md.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.dropFirst(2).first?.isNumber == true }
        #expect(stepRows.count == 6)
    }

    @Test func pipesAndNewlinesEscaped() {
        var d = Fixtures.maklumat
        d.steps[0].activity = "a | b\nc"
        #expect(renderSOPMarkdown(d).contains("| 1 | a \\| b<br>c |"))
    }
}
