/// The pieces every printed letter shares (the written notice, the answer to an objection):
/// the letterhead (kop), the number line, "label : value" particulars and the signature
/// block. Their CSS is `letterCSS`; each letter adds its own.
enum Letter {
    /// The kop: the office in capitals, then its address, telephone, e-mail, website.
    static func letterhead(office: String, details: [String]) -> String {
        var out = "<header class=\"kop\">\n"
        out += "<p class=\"kop-office\">\(escapeHTMLMultiline(office))</p>\n"
        for line in details where !line.isEmpty {
            out += "<p class=\"kop-details\">\(escapeHTMLMultiline(line))</p>\n"
        }
        return out + "</header>\n"
    }

    /// The centred title and "Nomor: …" under it; an empty number leaves a dotted line to
    /// fill in by hand, as offices number letters in their agenda book after printing.
    static func title(_ title: String, number: String) -> String {
        "<h1 class=\"notice-title\">\(escapeHTML(title))</h1>\n"
            + "<p class=\"notice-number\">Nomor: " + (number.isEmpty ? blank : escapeHTML(number)) + "</p>\n"
    }

    /// A ticked or empty box before an option, as the Perki forms print them; `label` is markup.
    static func box(_ checked: Bool, _ label: String) -> String {
        (checked ? "<span class=\"box checked\" aria-label=\"dipilih\">X</span>" : "<span class=\"box\"></span>")
            + "<span class=\"option\">\(label)</span>"
    }

    /// A dotted line to write on.
    static let blank = "<span class=\"blank\"></span>"

    /// "Label : value" lines without borders, as letters list their particulars.
    /// The values are plain text (escaped here); `html` rows are already markup.
    static func fields(_ rows: [(String, String)], html: [(String, String)] = [], class name: String) -> String {
        var out = "<table class=\"fields \(name)\">\n"
        for (label, value) in rows {
            out += "<tr><th scope=\"row\">\(escapeHTML(label))</th><td class=\"colon\">:</td><td>\(escapeHTMLMultiline(value))</td></tr>\n"
        }
        for (label, value) in html {
            out += "<tr><th scope=\"row\">\(escapeHTML(label))</th><td class=\"colon\">:</td><td>\(value)</td></tr>\n"
        }
        return out + "</table>\n"
    }

    /// City and date, the signer's office and the body's name, room for the signature and
    /// stamp, the name underlined (a dotted line when empty), the NIP when given. An empty
    /// date is a dotted line too: the sheet is dated when it is signed by hand.
    static func signature(date: String, city: String, title: String, office: String, name: String, id: String) -> String {
        let date = date.isEmpty ? blank : escapeHTML(indonesianDate(date))
        var out = "<div class=\"signature\">\n"
        out += "<p>" + (city.isEmpty ? date : "\(escapeHTML(city)), \(date)") + "</p>\n"
        out += "<p class=\"signer-title\">\(escapeHTMLMultiline(title))"
        if !office.isEmpty { out += "<br>\(escapeHTML(office))" }
        out += "</p>\n<div class=\"signature-space\"></div>\n"
        out += "<p class=\"signer-name\">" + (name.isEmpty ? blank : escapeHTML(name)) + "</p>\n"
        if !id.isEmpty { out += "<p class=\"signer-id\">NIP \(escapeHTML(id))</p>\n" }
        return out + "</div>\n"
    }

    /// `14` → `14 (empat belas)`: a period in digits and words, as statutes and letters write it.
    static func days(_ n: Int) -> String {
        guard let words = indonesianNumberWords(n) else { return String(n) }
        return "\(n) (\(words))"
    }
}
