/// The Atasan PPID's written answer to an objection (tanggapan atas keberatan): the letter
/// due within 30 working days of the objection (Pasal 36 ayat (2) UU 14/2008), which either
/// upholds the PPID's decision, with its written reasons (Pasal 36 ayat (3)), or accepts the
/// objection in full or in part. It ends with the applicant's right to bring a dispute
/// (sengketa informasi) before the Komisi Informasi (Pasal 37). Every field is display text;
/// dates may be ISO and are then written as Indonesian dates.
public struct ObjectionAnswerDocument: Sendable {
    /// The office in the letterhead (kop), e.g. "Komisi Pemilihan Umum Kabupaten Karanganyar".
    public var officeName: String
    /// The letterhead's further lines: address, telephone, e-mail, website.
    public var officeDetails: [String]
    /// The answer's letter number (Nomor); empty leaves a line to fill in by hand.
    public var number: String
    /// The date of the answer, ISO or display text.
    public var date: String
    /// Where it is signed ("Karanganyar, 5 Juli 2024").
    public var city: String

    /// The objection's registration number in the register keberatan (`001/KEB/VI/2024`).
    public var objectionNumber: String
    /// When the objection was received: ISO date (or date-time) or display text.
    public var objectionReceived: String

    public var applicantName: String
    public var applicantAddress: String
    /// Nomor telepon/e-mail.
    public var applicantContact: String

    /// The registration number of the request objected to (`001/PPID/V/2024`).
    public var requestNumber: String
    public var asks: String
    public var purpose: String

    /// The grounds of the objection, as letters of Pasal 35 ayat (1) (`a`…`g`, written out with
    /// `objectionGroundText`); anything else is shown as it is.
    public var grounds: [String]
    /// The applicant's own account of the objection (kasus posisi); optional.
    public var objectionReason: String

    /// What the Atasan PPID decided.
    public var decision: ObjectionDecision
    /// The Atasan PPID's reasons (pertimbangan). Required by law when the decision is
    /// `.uphold`; empty leaves lines to fill in by hand.
    public var reasons: String

    /// The Komisi Informasi that hears a dispute, e.g. "Komisi Informasi Provinsi Jawa Tengah";
    /// empty: "Komisi Informasi".
    public var commission: String
    /// The period to bring a dispute, in working days after this answer is received
    /// (Pasal 37 ayat (2) UU 14/2008: 14).
    public var disputeDays: Int
    /// The last day to bring a dispute, ISO or display text, as the runtime counts it on its
    /// calendar. Empty: the letter states the period only.
    public var disputeDeadline: String

    public var signerName: String
    /// The signer's office under the date; "Atasan PPID" by default.
    public var signerTitle: String
    /// NIP, shown under the name when given.
    public var signerID: String

    public init(officeName: String, officeDetails: [String] = [], number: String = "", date: String, city: String = "",
                objectionNumber: String, objectionReceived: String,
                applicantName: String, applicantAddress: String = "", applicantContact: String = "",
                requestNumber: String, asks: String, purpose: String = "",
                grounds: [String], objectionReason: String = "",
                decision: ObjectionDecision, reasons: String = "",
                commission: String = "", disputeDays: Int = 14, disputeDeadline: String = "",
                signerName: String = "", signerTitle: String = "Atasan PPID", signerID: String = "") {
        self.officeName = officeName
        self.officeDetails = officeDetails
        self.number = number
        self.date = date
        self.city = city
        self.objectionNumber = objectionNumber
        self.objectionReceived = objectionReceived
        self.applicantName = applicantName
        self.applicantAddress = applicantAddress
        self.applicantContact = applicantContact
        self.requestNumber = requestNumber
        self.asks = asks
        self.purpose = purpose
        self.grounds = grounds
        self.objectionReason = objectionReason
        self.decision = decision
        self.reasons = reasons
        self.commission = commission
        self.disputeDays = disputeDays
        self.disputeDeadline = disputeDeadline
        self.signerName = signerName
        self.signerTitle = signerTitle
        self.signerID = signerID
    }
}

/// The Atasan PPID's decision on an objection.
public enum ObjectionDecision: Sendable, Equatable {
    /// Menguatkan keputusan PPID: the objection is rejected; the reasons must be written.
    case uphold
    /// Menerima keberatan: the information is to be given, in the form and by the time given.
    case grant(ObjectionRelease)
    /// Menerima sebagian keberatan: part of the information is to be given; `withheld` says
    /// what stays exempt.
    case partial(ObjectionRelease)

    /// The decision in the words of the register's "Keputusan Atasan PPID" column.
    public var phrase: String {
        switch self {
        case .uphold: return "Menguatkan keputusan PPID"
        case .grant: return "Menerima keberatan"
        case .partial: return "Menerima sebagian keberatan"
        }
    }
}

/// How the information is given when an objection is accepted, in full or in part.
public struct ObjectionRelease: Sendable, Equatable {
    /// The form: `softcopy`, `hardcopy`, `view` (several with commas), or display text.
    public var form: String
    /// When: a date (ISO) or text such as "3 hari kerja sejak tanggapan ini".
    public var provision: String
    /// For a partial acceptance: what stays exempt and on which ground.
    public var withheld: String

    public init(form: String = "", provision: String = "", withheld: String = "") {
        self.form = form
        self.provision = provision
        self.withheld = withheld
    }
}
