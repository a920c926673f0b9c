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
    /// Kode: the item's name in the registers, the spreadsheet's key column (a withheld
    /// part's row has its item's name); the page does not show it.
    public var name: String
    /// Informasi yang Dikecualikan (the title; the summary goes under it).
    public var title: String
    public var summary: String
    /// Dasar Hukum, e.g. "Pasal 17 huruf h UU 14/2008".
    public var basis: String
    /// Konsekuensi jika Dibuka: the harm if opened (column Hasil Uji Konsekuensi).
    public var consequence: String
    /// Kepentingan Publik / Manfaat jika Ditutup: under the harm, "Kepentingan publik: …".
    public var publicInterest: String
    /// Jangka Waktu Pengecualian, e.g. "sampai 31 Desember 2029" or "5 tahun".
    public var period: String
    /// Pejabat/Unit yang Menguasai: in Keterangan, "Dikuasai: …".
    public var holder: String
    /// The Keputusan (decree) that set the exemption, if any: first line of Keterangan.
    public var decree: String
    /// The exemption period has passed: the item stays exempt but is marked for review.
    public var expired: Bool
    /// The exemption is proposed, not yet decided (a KPU kabupaten/kota office proposes
    /// through the KPU Provinsi and the KPU RI decides): "usulan, belum ditetapkan".
    public var proposed: Bool

    public init(name: String = "", title: String, summary: String = "", basis: String, consequence: String = "",
                publicInterest: String = "", period: String = "", holder: String = "",
                decree: String = "", expired: Bool = false, proposed: Bool = false) {
        self.name = name
        self.title = title
        self.summary = summary
        self.basis = basis
        self.consequence = consequence
        self.publicInterest = publicInterest
        self.period = period
        self.holder = holder
        self.decree = decree
        self.expired = expired
        self.proposed = proposed
    }
}

