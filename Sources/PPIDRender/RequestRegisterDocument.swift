/// The Register Permohonan Informasi Publik (the Perki 1/2010 register form): one row per
/// request received. The runtime fills it from the `requests` register; every field is
/// display text, so this module needs to know nothing about requests.
public struct RequestRegisterDocument: Sendable {
    public var officeName: String
    /// Extra heading lines, e.g. the office code and province.
    public var officeDetails: [String]
    /// The date of this update, ISO (`2025-01-05`) or already a display string.
    public var updated: String
    public var rows: [RequestRegisterRow]

    public init(officeName: String, officeDetails: [String] = [], updated: String, rows: [RequestRegisterRow]) {
        self.officeName = officeName
        self.officeDetails = officeDetails
        self.updated = updated
        self.rows = rows
    }

    /// The register's columns, in the order of the Perki form. The HTML page, and through
    /// `requestRegisterTable(_:)` the CSV, TSV, Markdown and JSON files, use exactly these.
    public static let columns = [
        "No", "Tanggal", "Nama", "Alamat", "Nomor Kontak", "Pekerjaan", "Informasi yang Diminta",
        "Tujuan Penggunaan Informasi", "Status Informasi", "Bentuk Informasi", "Jenis Permohonan",
        "Keputusan", "Alasan Penolakan", "Tanggal Pemberitahuan Tertulis", "Biaya",
    ]
}

/// One request: one row of the register, in the order of `RequestRegisterDocument.columns`.
public struct RequestRegisterRow: Sendable {
    /// The registration number (`001/PPID/I/2025`), shown in the No column: offices number
    /// the register by it, so that a row can be cited. Empty: the row's position (1…N).
    public var number: String
    /// Tanggal: the receipt, ISO date or date-time (shown as an Indonesian date) or display text.
    public var received: String
    public var name: String
    public var address: String
    public var contact: String
    public var job: String
    /// Informasi yang Diminta.
    public var asks: String
    /// Tujuan Penggunaan Informasi.
    public var purpose: String
    /// Status Informasi: dikuasai, tidak dikuasai (and who holds it), belum didokumentasikan.
    public var infoStatus: String
    /// Bentuk Informasi (yang dikuasai): softcopy, hardcopy.
    public var form: String
    /// Jenis Permohonan: melihat/membaca, or a copy (softcopy/hardcopy).
    public var kind: String
    /// Keputusan: diterima seluruhnya, diterima sebagian, ditolak; empty while open.
    public var decision: String
    /// Alasan Penolakan, e.g. the Pasal 17 ground.
    public var refusalReason: String
    /// Tanggal Pemberitahuan Tertulis: ISO or display text; empty while open.
    public var noticeDate: String
    /// Biaya (and how to pay): whole rupiah as digits (`0`, `15000`) is shown as `Rp15.000`;
    /// other text as it is.
    public var cost: String

    public init(number: String = "", received: String, name: String, address: String = "", contact: String = "",
                job: String = "", asks: String, purpose: String = "", infoStatus: String = "", form: String = "",
                kind: String = "", decision: String = "", refusalReason: String = "", noticeDate: String = "",
                cost: String = "") {
        self.number = number
        self.received = received
        self.name = name
        self.address = address
        self.contact = contact
        self.job = job
        self.asks = asks
        self.purpose = purpose
        self.infoStatus = infoStatus
        self.form = form
        self.kind = kind
        self.decision = decision
        self.refusalReason = refusalReason
        self.noticeDate = noticeDate
        self.cost = cost
    }

    /// The cells after No, in column order, as plain text (dates still as given).
    var fields: [String] {
        [received, name, address, contact, job, asks, purpose, infoStatus, form, kind, decision,
         refusalReason, noticeDate, cost]
    }
}

/// The register as a `Table` with the register's Indonesian headers, for
/// `export requests to "register.csv|tsv|md|json"`: the same columns as the HTML page.
/// Dates stay ISO (typed `.date` cells) so that the files sort and parse; a cost given
/// as whole rupiah is a number cell; everything else is text, empty fields are null.
public func requestRegisterTable(_ d: RequestRegisterDocument) -> Table {
    let title = d.officeName.isEmpty ? "Register Permohonan Informasi Publik"
        : "Register Permohonan Informasi Publik — \(d.officeName)"
    let rows = d.rows.enumerated().map { i, row -> [Cell] in
        var cells: [Cell] = [row.number.isEmpty ? .int(i + 1) : .text(row.number)]
        for (c, text) in row.fields.enumerated() {
            let column = c + 1
            if text.isEmpty {
                cells.append(.null)
            } else if column == 1 || column == 13, indonesianDate(text) != text {
                cells.append(.date(text))   // only an ISO date changes: that is the test
            } else if column == 14, let amount = Int(text), amount >= 0, text.allSatisfy(\.isASCII) {
                cells.append(.int(amount))
            } else {
                cells.append(.text(text))
            }
        }
        return cells
    }
    return Table(title: title, columns: RequestRegisterDocument.columns, rows: rows)
}

/// `15000` → `Rp15.000`, `0` → `Rp0`: whole rupiah in digits, grouped by dots as Indonesian
/// writes them. Anything else (`Rp 5.000 (tunai)`, `-`) comes back unchanged.
public func rupiah(_ text: String) -> String {
    guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return text }
    var digits = Substring(text)
    while digits.count > 1, digits.first == "0" { digits = digits.dropFirst() }
    var groups: [Substring] = []
    var rest = digits
    while rest.count > 3 {
        groups.insert(rest.suffix(3), at: 0)
        rest = rest.dropLast(3)
    }
    groups.insert(rest, at: 0)
    return "Rp" + groups.joined(separator: ".")
}
