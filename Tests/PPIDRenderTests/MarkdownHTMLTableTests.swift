import Testing
@testable import PPIDRender

@Suite struct MarkdownTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a|b", "a\\|b"),
        ("a\\|b", "a\\\\\\|b"),
        ("line1\nline2", "line1<br>line2"),
        ("line1\r\nline2", "line1<br>line2"),
        ("<script>", "&lt;script>"),
        ("Désa 日本", "Désa 日本"),
    ])
    func cell(input: String, expected: String) {
        #expect(markdownCell(input) == expected)
    }

    @Test func wholeTable() {
        let t = Table(title: "DIP", columns: ["judul", "n"], rows: [
            [.text("A | B"), .int(1)],
            [.text("C\nD"), .null],
        ])
        let expected = """
        **DIP**

        | judul | n |
        | --- | ---: |
        | A \\| B | 1 |
        | C<br>D |  |

        """
        #expect(renderMarkdown(t) == expected)
    }

    @Test func emptyTable() {
        #expect(renderMarkdown(Table(columns: ["a"])) == "| a |\n| --- |\n")
    }
}

@Suite struct HTMLTableTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a & b", "a &amp; b"),
        ("<b>\"x\" 'y'</b>", "&lt;b&gt;&quot;x&quot; &#39;y&#39;&lt;/b&gt;"),
        ("Désa 日本", "Désa 日本"),
    ])
    func escape(input: String, expected: String) {
        #expect(escapeHTML(input) == expected)
    }

    @Test func wholeTable() {
        let t = Table(title: "a<b", columns: ["nama", "n"], rows: [[.text("x\ny"), .int(2)], [.null, .decimal("1.5")]])
        let expected = """
        <table>
        <caption>a&lt;b</caption>
        <thead>
        <tr><th>nama</th><th class="num">n</th></tr>
        </thead>
        <tbody>
        <tr><td>x<br>y</td><td class="num">2</td></tr>
        <tr><td></td><td class="num">1.5</td></tr>
        </tbody>
        </table>

        """
        #expect(renderHTMLTable(t) == expected)
    }

    @Test func documentWrapsFragment() {
        let t = Table(title: "Daftar <x>", columns: ["a"], rows: [])
        let page = renderHTMLDocument(t)
        #expect(page.hasPrefix("<!DOCTYPE html>\n"))
        #expect(page.contains("<meta charset=\"utf-8\">"))
        #expect(page.contains("<title>Daftar &lt;x&gt;</title>"))
        #expect(page.contains(renderHTMLTable(t)))
    }
}

@Suite struct OutputFormatTests {
    @Test(arguments: [
        ("txt", OutputFormat.table), ("csv", .csv), ("CSV", .csv), (".tsv", .tsv), ("json", .json),
        ("md", .md), ("markdown", .md), ("html", .html), ("htm", .html), ("HTML", .html),
        ("xlsx", .xlsx), ("XLSX", .xlsx),
    ])
    func fromExtension(ext: String, format: OutputFormat) {
        #expect(OutputFormat(fileExtension: ext) == format)
    }

    @Test(arguments: ["", "pdf", "xls", "ods", "ppid"])
    func unknownExtension(ext: String) {
        #expect(OutputFormat(fileExtension: ext) == nil)
    }

    @Test func entryPointDispatches() {
        let t = Table(columns: ["a"], rows: [[.text("x,y")]])
        #expect(renderTable(t, as: .csv) == renderCSV(t))
        #expect(renderTable(t, as: .tsv) == renderTSV(t))
        #expect(renderTable(t, as: .json) == renderJSON(t))
        #expect(renderTable(t, as: .md) == renderMarkdown(t))
        #expect(renderTable(t, as: .html) == renderHTMLTable(t))
        #expect(renderTable(t, as: .table, width: 40) == renderTerminalTable(t, width: 40))
    }
}
