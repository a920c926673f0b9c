/// The Laporan Layanan Informasi Publik (Pasal 12 UU 14/2008, outline of Perki 1/2021): the
/// annual or semester report of a PPID. The runtime counts everything from its registers and
/// gives the figures here already counted; this module only lays them out, so every field is
/// display text or a number, and nothing is derived from dates except their formatting.
public struct ServiceReportDocument: Sendable {
    public var officeName: String
    /// Extra heading lines, e.g. the office code and province.
    public var officeDetails: [String]
    /// The period reported on, as the title says it: `Tahun 2024`, `Semester II Tahun 2024`.
    public var period: String
    /// When the report was made, ISO (`2025-01-15`) or already a display string.
    public var generated: String
    public var requests: ServiceReportRequests
    public var answerTime: ServiceReportAnswerTime
    /// Refusals by Pasal 17 ground, e.g. `("Pasal 17 huruf h", 2)`, in the order to show.
    public var refusalsByGround: [(ground: String, count: Int)]
    /// Requests by channel (`datang langsung`, `e-mail`, `SP4N-LAPOR!`...), in the order to show.
    public var byChannel: [(label: String, count: Int)]
    /// Requests received by month (1–12). A semester gives its six months; months not
    /// listed are not drawn, so an annual report should list all twelve, zeros included.
    public var byMonth: [(month: Int, count: Int)]
    public var objections: ServiceReportObjections
    public var disputes: ServiceReportDisputes
    public var dip: ServiceReportDIP
    /// The office's own text. A section whose title begins like one of
    /// `ServiceReportDocument.textSections` (case-insensitive: "Sumber daya: anggaran" goes
    /// under "Sumber Daya") is printed in that part of the report; other titles follow as
    /// further numbered parts. Empty text prints "(belum diisi)".
    public var sections: [(title: String, text: String)]

    public init(officeName: String, officeDetails: [String] = [], period: String, generated: String,
                requests: ServiceReportRequests = ServiceReportRequests(),
                answerTime: ServiceReportAnswerTime = ServiceReportAnswerTime(),
                refusalsByGround: [(ground: String, count: Int)] = [],
                byChannel: [(label: String, count: Int)] = [],
                byMonth: [(month: Int, count: Int)] = [],
                objections: ServiceReportObjections = ServiceReportObjections(),
                disputes: ServiceReportDisputes = ServiceReportDisputes(),
                dip: ServiceReportDIP = ServiceReportDIP(),
                sections: [(title: String, text: String)] = []) {
        self.officeName = officeName
        self.officeDetails = officeDetails
        self.period = period
        self.generated = generated
        self.requests = requests
        self.answerTime = answerTime
        self.refusalsByGround = refusalsByGround
        self.byChannel = byChannel
        self.byMonth = byMonth
        self.objections = objections
        self.disputes = disputes
        self.dip = dip
        self.sections = sections
    }

    /// The office-written parts of the report, in the titles the report prints, and where
    /// they go: I, II, VI and VII. The Perki outline asks for these four.
    public static let textSections = [
        "Gambaran Umum Kebijakan", "Sumber Daya", "Kendala", "Rekomendasi dan Tindak Lanjut",
    ]
}

/// The Pasal 12 figures: how many requests, and how each ended.
public struct ServiceReportRequests: Sendable, Equatable {
    /// Permohonan yang diterima in the period.
    public var received: Int
    /// Answered in full (diterima seluruhnya).
    public var granted: Int
    /// Answered in part (diterima sebagian).
    public var partial: Int
    /// Refused (ditolak: informasi yang dikecualikan).
    public var refused: Int
    /// Not held by this office (informasi tidak dikuasai).
    public var notHeld: Int
    /// Not yet documented (informasi belum didokumentasikan).
    public var notDocumented: Int
    /// Still open at the end of the period.
    public var open: Int
    /// Answered after the statutory deadline.
    public var late: Int

    public init(received: Int = 0, granted: Int = 0, partial: Int = 0, refused: Int = 0,
                notHeld: Int = 0, notDocumented: Int = 0, open: Int = 0, late: Int = 0) {
        self.received = received
        self.granted = granted
        self.partial = partial
        self.refused = refused
        self.notHeld = notHeld
        self.notDocumented = notDocumented
        self.open = open
        self.late = late
    }
}

/// How long the answers took, in working days (hari kerja).
public struct ServiceReportAnswerTime: Sendable, Equatable {
    /// The median; nil when nothing was answered. A half day (`4.5`) is shown as `4,5`.
    public var median: Double?
    public var minimum: Int?
    public var maximum: Int?
    /// `distribution[d]`: how many requests were answered in `d` working days (0, 1, 2, …).
    public var distribution: [Int]
    /// The statutory time to answer (Pasal 22 ayat (7) UU 14/2008: 10 working days).
    public var statutoryDays: Int

    public init(median: Double? = nil, minimum: Int? = nil, maximum: Int? = nil,
                distribution: [Int] = [], statutoryDays: Int = 10) {
        self.median = median
        self.minimum = minimum
        self.maximum = maximum
        self.distribution = distribution
        self.statutoryDays = statutoryDays
    }
}

/// Objections to the Atasan PPID (keberatan, Pasal 35 UU 14/2008).
public struct ServiceReportObjections: Sendable {
    public var filed: Int
    /// The Atasan PPID upheld the PPID's decision (the objection was rejected).
    public var upheld: Int
    /// The objection was granted in full.
    public var granted: Int
    /// The objection was granted in part.
    public var partial: Int
    /// Not yet decided at the end of the period.
    public var open: Int
    /// By the letter of Pasal 35 ayat (1) (`a` … `g`), in the order to show; a known letter
    /// is printed with the ground's wording.
    public var byGround: [(letter: String, count: Int)]

    public init(filed: Int = 0, upheld: Int = 0, granted: Int = 0, partial: Int = 0, open: Int = 0,
                byGround: [(letter: String, count: Int)] = []) {
        self.filed = filed
        self.upheld = upheld
        self.granted = granted
        self.partial = partial
        self.open = open
        self.byGround = byGround
    }
}

/// Disputes before the Komisi Informasi (sengketa informasi).
public struct ServiceReportDisputes: Sendable {
    public var filed: Int
    /// Rulings by outcome as the office words them (`dikabulkan`, `ditolak`, `mediasi
    /// berhasil`...), in the order to show.
    public var rulings: [(outcome: String, count: Int)]
    /// Still before the commission at the end of the period.
    public var open: Int

    public init(filed: Int = 0, rulings: [(outcome: String, count: Int)] = [], open: Int = 0) {
        self.filed = filed
        self.rulings = rulings
        self.open = open
    }
}

/// The Daftar Informasi Publik at the end of the period.
public struct ServiceReportDIP: Sendable, Equatable {
    public var berkala: Int
    public var sertaMerta: Int
    public var setiapSaat: Int
    /// Items determined exempt (informasi yang dikecualikan, the DIK).
    public var exempt: Int
    /// Items added in the period.
    public var added: Int
    /// Items changed in the period.
    public var changed: Int

    public init(berkala: Int = 0, sertaMerta: Int = 0, setiapSaat: Int = 0, exempt: Int = 0,
                added: Int = 0, changed: Int = 0) {
        self.berkala = berkala
        self.sertaMerta = sertaMerta
        self.setiapSaat = setiapSaat
        self.exempt = exempt
        self.added = added
        self.changed = changed
    }
}
