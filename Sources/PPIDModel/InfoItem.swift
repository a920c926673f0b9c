/// The category of an information item under UU 14/2008 (DOMAIN.md §1).
public enum InfoClass: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case berkala, serta_merta, setiap_saat, dikecualikan

    /// True for the three open categories that may be in the DIP.
    public var isPublic: Bool { self != .dikecualikan }
    public var description: String { rawValue }
}

/// Where an item stands in its life. `draft < proposed < approved < published` only move
/// forward (through runs' `marks`); `withdrawn` is reached only by `withdraw`.
public enum ItemStatus: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case draft, proposed, approved, published, withdrawn

    /// Position on the forward path; `withdrawn` is off the path.
    var rank: Int {
        switch self {
        case .draft: 0
        case .proposed: 1
        case .approved: 2
        case .published: 3
        case .withdrawn: -1
        }
    }
    public var description: String { rawValue }
}

/// What a run's step may mark on its subject items (`marks published`).
public enum MarkState: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case proposed, approved, published, documented

    /// The status this mark moves an item to; nil for `documented` (a separate flag).
    public var status: ItemStatus? {
        switch self {
        case .proposed: .proposed
        case .approved: .approved
        case .published: .published
        case .documented: nil
        }
    }
    public var description: String { rawValue }
}

/// Jangka waktu penyimpanan: a duration (`10 years`) or a phrase (`"Selama berlaku"`, `"Permanen"`).
public enum Retention: Hashable, Sendable, CustomStringConvertible {
    case duration(Duration)
    case text(String)

    public var description: String {
        switch self {
        case .duration(let d): d.description
        case .text(let s): s
        }
    }
}

/// The determination that closes an item (Pasal 17 and the consequence test).
public struct Exemption: Hashable, Sendable {
    /// Dasar hukum, e.g. "Pasal 17 huruf h".
    public var basis: String
    /// Konsekuensi jika dibuka: the harm if the information were opened.
    public var consequence: String
    /// The public-interest side of the balance (optional).
    public var publicInterest: String?
    /// The last day of the exemption period.
    public var until: CivilDate
    /// The period as written when given `for DURATION` (nil when given `until DATE`).
    public var period: Duration?
    /// The Keputusan that set the exemption (optional).
    public var decree: String?

    public init(basis: String, consequence: String, publicInterest: String? = nil,
                until: CivilDate, period: Duration? = nil, decree: String? = nil) {
        self.basis = basis
        self.consequence = consequence
        self.publicInterest = publicInterest
        self.until = until
        self.period = period
        self.decree = decree
    }
}

/// One change in an item's history: what changed from what to what, when and by whom.
public struct ItemChange: Hashable, Sendable {
    /// The `log` row that records the same change.
    public let seq: Int
    public let clock: DateTime?
    public let actor: String?
    /// The field or event (`declared`, `class`, `status`, `exemption`, `holder`, ...).
    public let what: String
    public let old: String?
    public let new: String?
}

/// An information item: one row of the DIP (or the DIK) with its rules' state.
public struct InfoItem: Hashable, Sendable {
    public let name: String
    public internal(set) var title: String
    public internal(set) var summary: String?
    /// The unit that holds it (a unit name).
    public internal(set) var holder: String?
    /// The staff member who made or issued it (a staff name).
    public internal(set) var responsible: String?
    public internal(set) var made: CivilDate?
    public internal(set) var place: String?
    public internal(set) var formats: [String]
    public internal(set) var retention: Retention?
    public internal(set) var media: [String]
    /// The category; nil until classified.
    public internal(set) var infoClass: InfoClass?
    public internal(set) var status: ItemStatus
    public internal(set) var documented: Bool
    /// Set while the class is `dikecualikan`.
    public internal(set) var exemption: Exemption?
    /// Why it was withdrawn (kept after a reopen, for the record).
    public internal(set) var withdrawnReason: String?
    public internal(set) var history: [ItemChange]

    init(name: String, title: String) {
        self.name = name
        self.title = title
        formats = []
        media = []
        status = .draft
        documented = false
        history = []
    }

    /// In the Daftar Informasi Publik: an open class and approved or published.
    public var isInDIP: Bool {
        guard let c = infoClass, c.isPublic else { return false }
        return status == .approved || status == .published
    }

    /// In the Daftar Informasi yang Dikecualikan: exempt and not withdrawn.
    public var isInDIK: Bool { infoClass == .dikecualikan && status != .withdrawn }

    /// The exemption's end date has passed as of `today` (false when there is no clock yet).
    public func isExpired(today: CivilDate?) -> Bool {
        guard let e = exemption, let t = today else { return false }
        return e.until < t
    }
}

/// Fields an `info` declaration or an `update` sets; nil means "leave as it is".
public struct ItemFields: Hashable, Sendable {
    public var title: String?
    public var summary: String?
    public var holder: String?
    public var responsible: String?
    public var made: CivilDate?
    public var place: String?
    public var formats: [String]?
    public var retention: Retention?
    public var media: [String]?
    public var documented: Bool?

    /// The field names an interpreter may map onto these properties, in canonical order.
    public static let names: [String] = ["title", "summary", "holder", "responsible", "made",
                                         "place", "formats", "retention", "media", "documented"]

    public init(title: String? = nil, summary: String? = nil, holder: String? = nil,
                responsible: String? = nil, made: CivilDate? = nil, place: String? = nil,
                formats: [String]? = nil, retention: Retention? = nil, media: [String]? = nil,
                documented: Bool? = nil) {
        self.title = title
        self.summary = summary
        self.holder = holder
        self.responsible = responsible
        self.made = made
        self.place = place
        self.formats = formats
        self.retention = retention
        self.media = media
        self.documented = documented
    }
}

/// The exemption fields as given to `classify ... as dikecualikan { ... }`; checked by the model.
public struct ExemptionInput: Hashable, Sendable {
    public var basis: String?
    public var consequence: String?
    public var publicInterest: String?
    public var until: CivilDate?
    /// `for DURATION`: resolved to an end date from the clock.
    public var period: Duration?
    public var decree: String?

    public init(basis: String? = nil, consequence: String? = nil, publicInterest: String? = nil,
                until: CivilDate? = nil, period: Duration? = nil, decree: String? = nil) {
        self.basis = basis
        self.consequence = consequence
        self.publicInterest = publicInterest
        self.until = until
        self.period = period
        self.decree = decree
    }

    /// True when no field is given.
    public var isEmpty: Bool {
        basis == nil && consequence == nil && publicInterest == nil && until == nil
            && period == nil && decree == nil
    }
}
