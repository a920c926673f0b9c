/// An HTML `<table>` fragment: the title as `<caption>`, a `<thead>` row of `<th>`, and a
/// `<tbody>` with one `<tr>` per row. All text is escaped; line breaks in cells become
/// `<br>`; number cells carry `class="num"` (right-aligned by the page's CSS).
public func renderHTMLTable(_ table: Table) -> String {
    var out = "<table>\n"
    if let title = table.title, !title.isEmpty {
        out += "<caption>" + escapeHTMLMultiline(title) + "</caption>\n"
    }
    out += "<thead>\n<tr>"
    for (c, name) in table.columns.enumerated() {
        out += table.isNumericColumn(c) ? "<th class=\"num\">" : "<th>"
        out += escapeHTMLMultiline(name) + "</th>"
    }
    out += "</tr>\n</thead>\n<tbody>\n"
    for r in table.rows.indices {
        out += "<tr>"
        for cell in table.normalizedRow(r) {
            out += cell.isNumber ? "<td class=\"num\">" : "<td>"
            out += escapeHTMLMultiline(cell.plainText) + "</td>"
        }
        out += "</tr>\n"
    }
    return out + "</tbody>\n</table>\n"
}

/// A standalone HTML5 page around `renderHTMLTable(_:)`, with a little CSS, for
/// `export ... to "file.html"` of a register that has no official document layout.
public func renderHTMLDocument(_ table: Table) -> String {
    let title = escapeHTML(table.title ?? "ppid")
    return """
    <!DOCTYPE html>
    <html lang="id">
    <head>
    <meta charset="utf-8">
    <title>\(title)</title>
    <style>
    body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 10pt; margin: 16px; }
    table { border-collapse: collapse; }
    caption { font-weight: bold; text-align: left; padding-bottom: 6px; }
    th, td { border: 1px solid #000; padding: 3px 6px; vertical-align: top; text-align: left; }
    th { background: #eee; }
    .num { text-align: right; }
    </style>
    </head>
    <body>

    """ + renderHTMLTable(table) + "</body>\n</html>\n"
}
