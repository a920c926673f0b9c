/// The skeleton shared by the official documents: a standalone HTML5 page in UTF-8 with
/// all CSS inline (the file is uploaded or printed on its own, with no assets beside it).
enum HTMLPage {
    static func page(title: String, css: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escapeHTML(title))</title>
        <style>
        \(baseCSS)\(css)</style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    /// Print setup and typography common to all documents: A4 landscape, black on white,
    /// table headers repeated on every printed page, rows never split across pages.
    static let baseCSS = """
    @page { size: A4 landscape; margin: 12mm 10mm; }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 10pt;
      color: #000; background: #fff; margin: 16px; line-height: 1.3; }
    @media print { body { margin: 0; } }
    table { border-collapse: collapse; width: 100%; }
    th, td { border: 1px solid #000; padding: 4px 6px; vertical-align: top; text-align: left; }
    thead { display: table-header-group; }
    thead th { background: #e6e6e6; text-align: center; vertical-align: middle; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    .num { text-align: center; }
    .colnum th { font-weight: normal; font-size: 8pt; background: #f3f3f3; padding: 1px 4px; }

    """

    /// The document heading block: title, office, details and the update date.
    static func heading(title: String, office: String, details: [String], updated: String) -> String {
        var out = "<header class=\"doc-head\">\n"
        out += "<h1>\(escapeHTML(title))</h1>\n"
        if !office.isEmpty { out += "<p class=\"office\">\(escapeHTML(office))</p>\n" }
        let shown = details.filter { !$0.isEmpty }
        if !shown.isEmpty {
            out += "<p class=\"details\">" + shown.map(escapeHTML).joined(separator: " &middot; ") + "</p>\n"
        }
        if !updated.isEmpty {
            out += "<p class=\"updated\">Pemutakhiran: \(escapeHTML(indonesianDate(updated)))</p>\n"
        }
        return out + "</header>\n"
    }

    static let headingCSS = """
    .doc-head { text-align: center; margin-bottom: 12px; }
    .doc-head h1 { font-size: 15pt; margin: 0 0 4px; letter-spacing: 0.5px; }
    .doc-head .office { font-size: 12pt; font-weight: bold; margin: 0 0 2px; text-transform: uppercase; }
    .doc-head .details, .doc-head .updated { margin: 0; }
    .doc-head .updated { margin-top: 4px; font-style: italic; }

    """
}
