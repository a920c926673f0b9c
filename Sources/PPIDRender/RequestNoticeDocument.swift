/// The office's written notice (pemberitahuan tertulis) answering one request, after the
/// form in the annex of Perki 1/2021: the letter the PPID signs within the statutory
/// period (Pasal 22 UU 14/2008). Every field is display text; dates may be ISO and are then
/// written as Indonesian dates.
public struct RequestNoticeDocument: Sendable {
    /// The office in the letterhead (kop), e.g. "Komisi Pemilihan Umum Kabupaten Karanganyar".
    public var officeName: String
    /// The letterhead's further lines: address, telephone, e-mail, website.
    public var officeDetails: [String]
    /// The notice's letter number (Nomor); empty leaves a line to fill in by hand.
    public var number: String
    /// The date of the notice, ISO or display text.
    public var date: String
    /// Where it is signed ("Karanganyar, 15 April 2024").
    public var city: String

    public var applicantName: String
    public var applicantAddress: String
    /// Nomor telepon/e-mail.
    public var applicantContact: String

    /// The request's registration number (`001/PPID/IV/2024`).
    public var registrationNumber: String
    /// The receipt, ISO date (or date-time) or display text.
    public var received: String
    public var asks: String
    public var purpose: String

    /// What the office decided: part A or part B of the form.
    public var outcome: RequestNoticeOutcome

    /// The last day to file an objection (keberatan), ISO or display text, as the runtime
    /// counts it on its calendar; shown for a refusal and a partial grant. Empty: the letter
    /// states the period only.
    public var objectionDeadline: String
    /// The objection period in working days (Pasal 36 ayat (1) UU 14/2008: 30).
    public var objectionDays: Int
    /// Who the Atasan PPID is, e.g. "Sekretaris KPU Kabupaten Karanganyar"; empty: "Atasan PPID" only.
    public var atasanPPID: String

    public var signerName: String
    /// The signer's office under the date; the PPID by default.
    public var signerTitle: String
    /// NIP, shown under the name when given.
    public var signerID: String

    public init(officeName: String, officeDetails: [String] = [], number: String = "", date: String, city: String = "",
                applicantName: String, applicantAddress: String = "", applicantContact: String = "",
                registrationNumber: String, received: String, asks: String, purpose: String = "",
                outcome: RequestNoticeOutcome, objectionDeadline: String = "", objectionDays: Int = 30,
                atasanPPID: String = "", signerName: String = "",
                signerTitle: String = "Pejabat Pengelola Informasi dan Dokumentasi", signerID: String = "") {
        self.officeName = officeName
        self.officeDetails = officeDetails
        self.number = number
        self.date = date
        self.city = city
        self.applicantName = applicantName
        self.applicantAddress = applicantAddress
        self.applicantContact = applicantContact
        self.registrationNumber = registrationNumber
        self.received = received
        self.asks = asks
        self.purpose = purpose
        self.outcome = outcome
        self.objectionDeadline = objectionDeadline
        self.objectionDays = objectionDays
        self.atasanPPID = atasanPPID
        self.signerName = signerName
        self.signerTitle = signerTitle
        self.signerID = signerID
    }
}

/// The decision a notice states. `.given` is part A of the form; the others are part B.
public enum RequestNoticeOutcome: Sendable {
    /// A. Informasi dapat diberikan (in full, or in part when `withheld` is not empty).
    case given(RequestNoticeGrant)
    /// B. Refused: the information is exempt (Pasal 17 UU 14/2008).
    case refused(basis: String, consequence: String)
    /// B. Not held (tidak dikuasai); `holder` names who holds it, empty when unknown.
    case notHeld(holder: String)
    /// B. Not yet documented (belum didokumentasikan); `ready` is when it will be, ISO or text.
    case notDocumented(ready: String)
}

/// Part A of the notice: how the information is given.
public struct RequestNoticeGrant: Sendable {
    /// The public body that holds the information; empty: this office ("Kami").
    public var heldBy: String
    /// The form: `softcopy`, `hardcopy`, `view` (several with commas), or display text.
    public var form: String
    /// The cost: whole rupiah as digits (`0` is free of charge) or display text.
    public var cost: String
    /// Cara pembayaran; empty when nothing is paid.
    public var payment: String
    /// Waktu penyediaan: a date (ISO) or text such as "3 hari kerja".
    public var provision: String
    /// The parts blacked out (dihitamkan), each with its Pasal 17 ground: a partial grant.
    public var withheld: [RequestNoticeWithheld]
    /// Keterangan, e.g. "Dikirim melalui surel".
    public var note: String

    public init(heldBy: String = "", form: String, cost: String = "0", payment: String = "", provision: String = "",
                withheld: [RequestNoticeWithheld] = [], note: String = "") {
        self.heldBy = heldBy
        self.form = form
        self.cost = cost
        self.payment = payment
        self.provision = provision
        self.withheld = withheld
        self.note = note
    }

    /// True when some part was blacked out: the grant is partial.
    public var isPartial: Bool { !withheld.isEmpty }
}

/// One part of the information that was blacked out in a partial grant.
public struct RequestNoticeWithheld: Sendable {
    /// What was blacked out, e.g. "Nomor rekening penyedia".
    public var part: String
    /// Its ground, e.g. "Pasal 17 huruf h angka 3".
    public var basis: String
    /// Why, in a sentence; optional.
    public var reason: String

    public init(part: String, basis: String, reason: String = "") {
        self.part = part
        self.basis = basis
        self.reason = reason
    }
}
