/// The Daftar Informasi yang Dikecualikan: the items classified `dikecualikan`, with the
/// grounds of each exemption. Every field is display text.
public struct DIKDocument: Sendable {
    public var officeName: String
    public var officeDetails: [String]
    /// The date of this update, ISO or already a display string.
    public var updated: String
    public var items: [DIKRow]

    public init(officeName: String, officeDetails: [String] = [], updated: String, items: [DIKRow]) {
        self.officeName = officeName
        self.officeDetails = officeDetails
        self.updated = updated
        self.items = items
    }
}

/// One exempt item.
public struct DIKRow: Sendable {
    /// Informasi yang Dikecualikan (the title; the summary goes under it).
    public var title: String
    public var summary: String
    /// Dasar Hukum, e.g. "Pasal 17 huruf h UU 14/2008".
    public var basis: String
    /// Konsekuensi jika Dibuka: the harm if opened.
    public var consequence: String
    /// Kepentingan Publik / Manfaat jika Ditutup.
    public var publicInterest: String
    /// Jangka Waktu Pengecualian, e.g. "sampai 31 Desember 2029" or "5 tahun".
    public var period: String
    /// Pejabat/Unit yang Menguasai.
    public var holder: String
    /// The Keputusan (decree) that set the exemption, if any.
    public var decree: String
    /// The exemption period has passed: the item stays exempt but is marked for review.
    public var expired: Bool

    public init(title: String, summary: String = "", basis: String, consequence: String = "",
                publicInterest: String = "", period: String = "", holder: String = "",
                decree: String = "", expired: Bool = false) {
        self.title = title
        self.summary = summary
        self.basis = basis
        self.consequence = consequence
        self.publicInterest = publicInterest
        self.period = period
        self.holder = holder
        self.decree = decree
        self.expired = expired
    }
}

/// The DIK page: a standalone HTML5 page like the DIP's, with the de facto DIK columns
/// (docs/language.md §13). Expired exemptions are marked for review in the period column.
public func renderDIKHTML(_ d: DIKDocument) -> String {
    let columns = [
        "No", "Informasi yang Dikecualikan", "Dasar Hukum", "Konsekuensi jika Dibuka",
        "Kepentingan Publik / Manfaat jika Ditutup", "Jangka Waktu Pengecualian",
        "Pejabat/Unit yang Menguasai", "Keputusan",
    ]
    let widths = ["4%", "20%", "12%", "16%", "16%", "10%", "11%", "11%"]
    var body = HTMLPage.heading(title: "DAFTAR INFORMASI YANG DIKECUALIKAN", office: d.officeName,
                                details: d.officeDetails, updated: d.updated)
    body += "<table class=\"register dik\">\n<colgroup>"
    body += widths.map { "<col style=\"width:\($0)\">" }.joined() + "</colgroup>\n"
    body += "<thead>\n<tr>" + columns.map { "<th scope=\"col\">\(escapeHTML($0))</th>" }.joined() + "</tr>\n"
    body += "<tr class=\"colnum\">" + columns.indices.map { "<th>\($0 + 1)</th>" }.joined() + "</tr>\n</thead>\n<tbody>\n"
    if d.items.isEmpty {
        body += "<tr class=\"empty\"><td colspan=\"\(columns.count)\">Tidak ada informasi yang dikecualikan.</td></tr>\n"
    }
    for (i, row) in d.items.enumerated() {
        body += row.expired ? "<tr class=\"expired\">" : "<tr>"
        body += "<td class=\"num\">\(i + 1)</td>"
        body += "<td><strong class=\"title\">\(escapeHTMLMultiline(row.title))</strong>"
        if !row.summary.isEmpty { body += "<div class=\"summary\">\(escapeHTMLMultiline(row.summary))</div>" }
        body += "</td>"
        for text in [row.basis, row.consequence, row.publicInterest] {
            body += "<td>\(escapeHTMLMultiline(text))</td>"
        }
        body += "<td>\(escapeHTMLMultiline(row.period))"
        if row.expired {
            body += "<div class=\"note\">Jangka waktu pengecualian telah berakhir; perlu ditinjau ulang.</div>"
        }
        body += "</td>"
        body += "<td>\(escapeHTMLMultiline(row.holder))</td><td>\(escapeHTMLMultiline(row.decree))</td></tr>\n"
    }
    body += "</tbody>\n</table>\n"
    body += "<p class=\"summary-line\">Jumlah informasi yang dikecualikan: \(d.items.count).</p>\n"
    return HTMLPage.page(title: "Daftar Informasi yang Dikecualikan — \(d.officeName)",
                         css: HTMLPage.headingCSS + registerCSS, body: body)
}
