/// The Lembar Pengujian Konsekuensi of PKPU 22/2023 Pasal 25 ayat (3): the sheet on which the
/// PPID records, for one item, the consequence test that makes it exempt (or opens it).
/// Every field is display text; dates may be ISO and are then written as Indonesian dates.
/// An empty step prints a dotted line, so a blank sheet can be filled in by hand.
public struct ConsequenceTestDocument: Sendable {
    /// The office in the letterhead (kop), e.g. "Komisi Pemilihan Umum Kabupaten Kudus".
    public var officeName: String
    /// The letterhead's further lines: address, telephone, e-mail, website.
    public var officeDetails: [String]
    /// The sheet's number (Nomor); empty leaves a line to fill in by hand.
    public var number: String

    /// The information tested: its title, summary and the unit that holds it.
    public var title: String
    public var summary: String
    public var holder: String

    /// Step 1: Identifikasi materi informasi dan ruang lingkupnya.
    public var scope: String
    /// Step 2: Identifikasi dampak/konsekuensi bila informasi dibuka.
    public var harm: String
    /// Step 3: Dasar hukum, e.g. "Pasal 17 huruf h angka 2 UU 14/2008".
    public var law: String
    /// Step 4: Kepentingan publik.
    public var publicInterest: String
    /// Step 5: Pertimbangan/penimbangan of the harm against the public interest.
    public var balance: String
    /// Step 6: Kesimpulan: "Dikecualikan" or "Terbuka" (any text is shown as it is).
    public var conclusion: String

    /// Jangka waktu pengecualian, e.g. "5 tahun (sampai 31 Desember 2029)".
    public var period: String
    /// The Keputusan (decree) that sets the exemption, e.g. "Keputusan KPU Nomor 1/2024".
    public var decree: String
    /// The date of the test, ISO or display text.
    public var decided: String
    /// Where it is signed ("Kudus, 5 Januari 2025").
    public var place: String

    public var signedBy: String
    /// The signer's office above the name; the PPID by default.
    public var signerTitle: String
    /// NIP, shown under the name when given.
    public var signerID: String

    /// The test is a proposal not yet decided: a KPU kabupaten/kota office proposes through
    /// the KPU Provinsi and the KPU RI decides. The sheet then says so under the title.
    public var proposed: Bool

    public init(officeName: String, officeDetails: [String] = [], number: String = "",
                title: String, summary: String = "", holder: String = "",
                scope: String = "", harm: String = "", law: String = "", publicInterest: String = "",
                balance: String = "", conclusion: String = "",
                period: String = "", decree: String = "", decided: String = "", place: String = "",
                signedBy: String = "", signerTitle: String = "Pejabat Pengelola Informasi dan Dokumentasi",
                signerID: String = "", proposed: Bool = false) {
        self.officeName = officeName
        self.officeDetails = officeDetails
        self.number = number
        self.title = title
        self.summary = summary
        self.holder = holder
        self.scope = scope
        self.harm = harm
        self.law = law
        self.publicInterest = publicInterest
        self.balance = balance
        self.conclusion = conclusion
        self.period = period
        self.decree = decree
        self.decided = decided
        self.place = place
        self.signedBy = signedBy
        self.signerTitle = signerTitle
        self.signerID = signerID
        self.proposed = proposed
    }

    /// The six steps in order, each with its heading as the sheet prints it.
    public var steps: [(heading: String, text: String)] {
        [
            ("Identifikasi materi informasi dan ruang lingkupnya", scope),
            ("Identifikasi dampak/konsekuensi bila informasi dibuka", harm),
            ("Dasar hukum pengecualian", law),
            ("Kepentingan publik", publicInterest),
            ("Pertimbangan/penimbangan", balance),
            ("Kesimpulan", conclusion),
        ]
    }
}
