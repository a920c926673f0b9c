/// The Daftar Informasi Publik as an office publishes it (Perki 1/2010 Lampiran II columns).
/// The runtime fills it from the `dip` register; every field is display text.
public struct DIPDocument: Sendable {
    public var officeName: String
    /// Extra heading lines, e.g. the office code and province.
    public var officeDetails: [String]
    /// The date of this update, ISO (`2025-01-05`) or already a display string.
    public var updated: String
    public var items: [DIPRow]
    /// The decree (penetapan) that set this list, printed with its signature block at the
    /// end of the page; nil prints none.
    public var decree: DIPDecree?

    public init(officeName: String, officeDetails: [String] = [], updated: String, items: [DIPRow],
                decree: DIPDecree? = nil) {
        self.officeName = officeName
        self.officeDetails = officeDetails
        self.updated = updated
        self.items = items
        self.decree = decree
    }
}

/// The Keputusan by which the PPID (or the head of the office) sets the DIP. Display text;
/// the date may be ISO and is then written as an Indonesian date.
public struct DIPDecree: Sendable {
    /// Nomor Keputusan, e.g. "12/PP.06-Kpt/3313/2025".
    public var number: String
    /// Tanggal penetapan, ISO or display text.
    public var date: String
    public var signerName: String
    /// The signer's office, e.g. "Ketua Komisi Pemilihan Umum Kabupaten Karanganyar"; the PPID
    /// by default. The decree is named after it: "Keputusan <signer's office> Nomor …".
    public var signerTitle: String
    /// Where it is set ("Karanganyar").
    public var place: String
    /// NIP, shown under the name when given.
    public var signerID: String

    public init(number: String, date: String, signerName: String = "",
                signerTitle: String = "Pejabat Pengelola Informasi dan Dokumentasi", place: String = "",
                signerID: String = "") {
        self.number = number
        self.date = date
        self.signerName = signerName
        self.signerTitle = signerTitle
        self.place = place
        self.signerID = signerID
    }
}

/// One public information item: one row of the DIP.
public struct DIPRow: Sendable {
    /// Kode: the item's name in the registers (`kul_dipa`), the spreadsheet's key column;
    /// the page does not show it.
    public var name: String
    public var title: String
    public var summary: String
    /// Pejabat/Unit/Satuan Kerja yang Menguasai Informasi.
    public var holder: String
    /// Penanggung Jawab Pembuatan atau Penerbitan Informasi.
    public var responsible: String
    /// Waktu dan Tempat Pembuatan Informasi, e.g. "15 Januari 2024, Karanganyar".
    public var madeWhenWhere: String
    /// Bentuk Informasi yang Tersedia, e.g. "softcopy, hardcopy".
    public var formats: String
    /// Jangka Waktu Penyimpanan atau Retensi Arsip, e.g. "10 tahun".
    public var retention: String
    /// `berkala`, `serta_merta` or `setiap_saat` (a space instead of `_` and any case also
    /// work); anything else is listed in a last group, "Informasi Lainnya".
    public var category: String
    /// The item's status (`approved`, `published`, ...); written to the row's
    /// `data-status` attribute, not shown: the page is the public list.
    public var status: String

    public init(name: String = "", title: String, summary: String = "", holder: String = "", responsible: String = "",
                madeWhenWhere: String = "", formats: String = "", retention: String = "",
                category: String, status: String = "") {
        self.name = name
        self.title = title
        self.summary = summary
        self.holder = holder
        self.responsible = responsible
        self.madeWhenWhere = madeWhenWhere
        self.formats = formats
        self.retention = retention
        self.category = category
        self.status = status
    }
}

/// The DIP's groups, in the order the page lists them, with their exact headings.
public enum DIPGroup: String, CaseIterable, Sendable {
    case berkala, sertaMerta = "serta_merta", setiapSaat = "setiap_saat", other

    public var heading: String {
        switch self {
        case .berkala: return "Informasi yang Wajib Disediakan dan Diumumkan Secara Berkala"
        case .sertaMerta: return "Informasi yang Wajib Diumumkan Secara Serta Merta"
        case .setiapSaat: return "Informasi yang Wajib Tersedia Setiap Saat"
        case .other: return "Informasi Lainnya"
        }
    }

    /// The group of a category word; unknown words go to `.other`.
    public init(category: String) {
        let word = String(category.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
        self = DIPGroup(rawValue: word) ?? .other
    }
}
