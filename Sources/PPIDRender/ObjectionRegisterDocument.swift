/// The Register Keberatan Informasi Publik: one row per objection (keberatan) the Atasan
/// PPID received, from its receipt to the answer and, when the applicant went on, the
/// dispute before the Komisi Informasi. Like `RequestRegisterDocument` every field is
/// display text, so this module needs to know nothing about objections.
public struct ObjectionRegisterDocument: Sendable {
    public var officeName: String
    /// Extra heading lines, e.g. the office code and province.
    public var officeDetails: [String]
    /// The date of this update, ISO (`2025-01-05`) or already a display string.
    public var updated: String
    public var rows: [ObjectionRegisterRow]

    public init(officeName: String, officeDetails: [String] = [], updated: String, rows: [ObjectionRegisterRow]) {
        self.officeName = officeName
        self.officeDetails = officeDetails
        self.updated = updated
        self.rows = rows
    }

    /// The register's columns, in the order of the register keberatan form, then the
    /// dispute and its ruling. The HTML page, and through `objectionRegisterTable(_:)` the
    /// CSV, TSV, Markdown and JSON files, use exactly these.
    public static let columns = [
        "No", "Tanggal Diterima", "Nama", "Alamat", "Nomor Kontak", "Pekerjaan", "Nomor Pendaftaran Permohonan",
        "Informasi yang Diminta", "Tujuan Penggunaan Informasi", "Alasan Keberatan", "Keputusan Atasan PPID",
        "Tanggal Tanggapan", "Nama dan Jabatan Atasan PPID", "Tanggapan Pemohon", "Sengketa", "Putusan",
    ]
}

/// One objection: one row of the register, in the order of `ObjectionRegisterDocument.columns`.
public struct ObjectionRegisterRow: Sendable {
    /// The objection's registration number (`001/KEB/VII/2024`), shown in the No column.
    /// Empty: the row's position (1…N).
    public var number: String
    /// Tanggal Diterima: ISO date or date-time (shown as an Indonesian date) or display text.
    public var received: String
    public var name: String
    public var address: String
    public var contact: String
    public var job: String
    /// Nomor Pendaftaran Permohonan: the request objected to (`001/PPID/VII/2024`).
    public var requestNumber: String
    /// Informasi yang Diminta.
    public var asks: String
    /// Tujuan Penggunaan Informasi.
    public var purpose: String
    /// Alasan Keberatan: the Pasal 35 ayat (1) ground(s) and the applicant's reason, e.g.
    /// "a. Penolakan atas permintaan informasi berdasarkan alasan pengecualian (Pasal 17): …".
    public var grounds: String
    /// Keputusan Atasan PPID, e.g. `ObjectionDecision.phrase`; empty while open.
    public var decision: String
    /// Tanggal Tanggapan: the date of the written answer, ISO or display text.
    public var answered: String
    /// Nama dan Jabatan Atasan PPID.
    public var atasanPPID: String
    /// Tanggapan Pemohon: whether the applicant accepted the answer or went on to a dispute.
    public var applicantResponse: String
    /// Sengketa: the Komisi Informasi and the dispute's register number; empty when none.
    public var dispute: String
    /// Putusan: the Komisi Informasi's ruling (putusan/mediasi) and its number.
    public var ruling: String

    public init(number: String = "", received: String, name: String, address: String = "", contact: String = "",
                job: String = "", requestNumber: String = "", asks: String = "", purpose: String = "",
                grounds: String = "", decision: String = "", answered: String = "", atasanPPID: String = "",
                applicantResponse: String = "", dispute: String = "", ruling: String = "") {
        self.number = number
        self.received = received
        self.name = name
        self.address = address
        self.contact = contact
        self.job = job
        self.requestNumber = requestNumber
        self.asks = asks
        self.purpose = purpose
        self.grounds = grounds
        self.decision = decision
        self.answered = answered
        self.atasanPPID = atasanPPID
        self.applicantResponse = applicantResponse
        self.dispute = dispute
        self.ruling = ruling
    }

    /// The cells after No, in column order, as plain text (dates still as given).
    var fields: [String] {
        [received, name, address, contact, job, requestNumber, asks, purpose, grounds, decision, answered,
         atasanPPID, applicantResponse, dispute, ruling]
    }

    /// The columns (index in `ObjectionRegisterDocument.columns`) that hold dates.
    static let dateColumns: Set<Int> = [1, 11]
}

/// The register as a `Table` with the register's Indonesian headers, for
/// `export objections to "register.csv|tsv|md|json"`: the same columns as the HTML page.
/// Dates stay ISO (typed `.date` cells) so that the files sort and parse; everything else
/// is text, empty fields are null.
public func objectionRegisterTable(_ d: ObjectionRegisterDocument) -> Table {
    let title = d.officeName.isEmpty ? "Register Keberatan Informasi Publik"
        : "Register Keberatan Informasi Publik — \(d.officeName)"
    let rows = d.rows.enumerated().map { i, row -> [Cell] in
        var cells: [Cell] = [row.number.isEmpty ? .int(i + 1) : .text(row.number)]
        for (c, text) in row.fields.enumerated() {
            if text.isEmpty {
                cells.append(.null)
            } else if ObjectionRegisterRow.dateColumns.contains(c + 1), indonesianDate(text) != text {
                cells.append(.date(text))   // only an ISO date changes: that is the test
            } else {
                cells.append(.text(text))
            }
        }
        return cells
    }
    return Table(title: title, columns: ObjectionRegisterDocument.columns, rows: rows)
}

/// The text of a ground of objection in Pasal 35 ayat (1) UU 14/2008, by its letter
/// (`a`…`g`; `B`, `c.` and `huruf d` are read too): `a` → "penolakan atas permintaan
/// informasi berdasarkan alasan pengecualian sebagaimana dimaksud dalam Pasal 17".
/// An unknown letter comes back as it was given, so that the letter still shows what was meant.
public func objectionGroundText(_ letter: String) -> String {
    objectionGroundLetter(letter).flatMap { objectionGrounds[$0] } ?? letter
}

/// The ground's letter, `a`…`g`, when `letter` names one of Pasal 35 ayat (1); else nil.
func objectionGroundLetter(_ letter: String) -> String? {
    var key = Substring(letter.lowercased())
    key = key.drop { $0 == " " }
    if key.hasPrefix("huruf ") { key = key.dropFirst(6) }
    while let last = key.last, last == " " || last == "." || last == ")" { key = key.dropLast() }
    return objectionGrounds[String(key)] == nil ? nil : String(key)
}

/// Pasal 35 ayat (1) UU 14/2008, word for word.
private let objectionGrounds: [String: String] = [
    "a": "penolakan atas permintaan informasi berdasarkan alasan pengecualian sebagaimana dimaksud dalam Pasal 17",
    "b": "tidak disediakannya informasi berkala sebagaimana dimaksud dalam Pasal 9",
    "c": "tidak ditanggapinya permintaan informasi",
    "d": "permintaan informasi ditanggapi tidak sebagaimana yang diminta",
    "e": "tidak dipenuhinya permintaan informasi",
    "f": "pengenaan biaya yang tidak wajar",
    "g": "penyampaian informasi yang melebihi waktu yang diatur dalam Undang-Undang ini",
]
