/// The category of an information item under UU 14/2008 (docs/language.md §9).
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
    /// The last day of the exemption period; nil for a period that ends on a condition.
    public var until: CivilDate?
    /// A period with no date (`until consent "..."`, `until condition "..."`): what ends it.
    public var condition: String?
    /// The period as written when given `for DURATION` (nil when given `until DATE`).
    public var period: Duration?
    /// The Keputusan that set the exemption (optional). Until one is recorded the exemption is
    /// only proposed: at KPU a kabupaten office proposes through KPU Provinsi, KPU RI decides.
    public var decree: String?
    /// The rest of the consequence test (PKPU 22/2023 Pasal 25(3)), when recorded.
    public var test: ConsequenceTest?

    /// Proposed until its decree is recorded.
    public var isProposed: Bool { decree == nil }

    public init(basis: String, consequence: String, publicInterest: String? = nil,
                until: CivilDate?, condition: String? = nil, period: Duration? = nil, decree: String? = nil,
                test: ConsequenceTest? = nil) {
        self.test = test
        self.condition = condition
        self.basis = basis
        self.consequence = consequence
        self.publicInterest = publicInterest
        self.until = until
        self.period = period
        self.decree = decree
    }
}

/// One change in an item's history: what changed from what to what, when and by whom.
/// Built on demand by `Registry.history(of:)` from the compact history store.
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
///
/// Laid out for a register of a million items (96 bytes an item): the fields that differ from
/// item to item are stored inline; those that items declared together usually share (holder,
/// responsible, place, formats, media) sit in one immutable box that the registry shares
/// between items with equal values; the rare ones (an exemption, a withdrawal reason) in a box
/// that most items leave empty; the date as a day number; and the history not at all — it
/// lives in the registry's history store (see `Registry.history(of:)`), reached through two
/// row numbers. Setting a boxed field replaces the box, so values never alias.
public struct InfoItem: Hashable, Sendable {
    public let name: String
    public internal(set) var title: String
    public internal(set) var summary: String?
    /// Holder, responsible, place, formats and media.
    private var attributes: Box<ItemAttributes>
    /// The exemption and the withdrawal reason; nil while both are.
    private var extras: Box<ItemExtras>?
    public internal(set) var retention: Retention?
    /// The category; nil until classified.
    public internal(set) var infoClass: InfoClass?
    public internal(set) var status: ItemStatus
    public internal(set) var documented: Bool
    /// `made` as a day number (every valid date fits), `Int32.min` for none.
    private var madeDay: Int32
    /// The `log` row (0-based) of its declaration, which is also its `declared` history entry.
    let declaredRow: UInt32
    /// Its newest entry in the registry's history store, or `HistoryStore.none`.
    var lastChange: UInt32

    init(name: String, title: String, declaredRow: UInt32) {
        self.name = name
        self.title = title
        attributes = ItemAttributes.none
        status = .draft
        documented = false
        madeDay = .min
        self.declaredRow = declaredRow
        lastChange = HistoryStore.none
    }

    /// The unit that holds it (a unit name).
    public internal(set) var holder: String? {
        get { attributes.value.holder }
        set { updateAttributes { $0.holder = newValue } }
    }

    /// The staff member who made or issued it (a staff name).
    public internal(set) var responsible: String? {
        get { attributes.value.responsible }
        set { updateAttributes { $0.responsible = newValue } }
    }

    public internal(set) var place: String? {
        get { attributes.value.place }
        set { updateAttributes { $0.place = newValue } }
    }

    public internal(set) var formats: [String] {
        get { attributes.value.formats }
        set { updateAttributes { $0.formats = newValue } }
    }

    public internal(set) var media: [String] {
        get { attributes.value.media }
        set { updateAttributes { $0.media = newValue } }
    }

    /// Changes several boxed fields with one new box.
    mutating func updateAttributes(_ change: (inout ItemAttributes) -> Void) {
        var a = attributes.value
        change(&a)
        attributes = Box(a)
    }

    /// Takes `other`'s box of shared fields when the values are equal, instead of holding a
    /// copy: consecutive declarations mostly name the same holder, place and formats.
    mutating func shareAttributes(with other: Box<ItemAttributes>) {
        if attributes !== other, attributes.value == other.value {
            attributes = other
        }
    }

    /// True when this item holds the very box of shared fields `other` holds.
    func sharesAttributes(with other: InfoItem) -> Bool { attributes === other.attributes }

    /// The box of shared fields itself, for a reader that shares it between items as it
    /// rebuilds them (a snapshot: the item before says which box, without a copy of that item).
    var attributesBox: Box<ItemAttributes> {
        get { attributes }
        set { attributes = newValue }
    }

    public internal(set) var made: CivilDate? {
        get { madeDay == .min ? nil : CivilDate(dayNumber: Int(madeDay)) }
        // Day numbers of years 1...9999 lie within ±3.7 million.
        set { madeDay = newValue.map { Int32(truncatingIfNeeded: $0.dayNumber) } ?? .min }
    }

    /// Set while the class is `dikecualikan`.
    public internal(set) var exemption: Exemption? {
        get { extras?.value.exemption }
        set { setExtras(ItemExtras(exemption: newValue, withdrawnReason: withdrawnReason, withheld: withheld)) }
    }

    /// Why it was withdrawn (kept after a reopen, for the record).
    public internal(set) var withdrawnReason: String? {
        get { extras?.value.withdrawnReason }
        set { setExtras(ItemExtras(exemption: exemption, withdrawnReason: newValue, withheld: withheld)) }
    }

    /// The parts withheld (blacked out) from a public item, each with its Pasal 17 basis
    /// (`withhold "..." basis "..."` in a public classification): the item is in the DIP, the
    /// parts in the DIK page.
    public internal(set) var withheld: [WithheldPart] {
        get { extras?.value.withheld ?? [] }
        set { setExtras(ItemExtras(exemption: exemption, withdrawnReason: withdrawnReason, withheld: newValue)) }
    }

    /// The box of those fields itself (nil when all are empty), for a reader that makes it
    /// once (a snapshot).
    var extrasBox: Box<ItemExtras>? {
        get { extras }
        set { extras = newValue }
    }

    /// Sets the exemption, withdrawal reason and withheld parts at once (one box, not three).
    mutating func setExtras(_ e: ItemExtras) {
        extras = e.exemption == nil && e.withdrawnReason == nil && e.withheld.isEmpty ? nil : Box(e)
    }

    /// In the Daftar Informasi Publik: an open class and approved or published.
    public var isInDIP: Bool {
        guard let c = infoClass, c.isPublic else { return false }
        return status == .approved || status == .published
    }

    /// In the Daftar Informasi yang Dikecualikan: exempt and not withdrawn.
    public var isInDIK: Bool { infoClass == .dikecualikan && status != .withdrawn }

    /// The exemption's end date has passed as of `today` (false when there is no clock yet, and
    /// for a period that ends on a condition: it never expires by itself).
    public func isExpired(today: CivilDate?) -> Bool {
        guard let e = exemption, let t = today, let until = e.until else { return false }
        return until < t
    }
}

/// The steps of the consequence test (uji konsekuensi, PKPU 22/2023 Pasal 25 ayat (3)) that the
/// exemption's own fields do not hold: the harm is `Exemption.consequence`, the law its
/// `basis`, the public interest its `publicInterest`.
public struct ConsequenceTest: Hashable, Sendable {
    /// 1. The material and its scope.
    public var scope: String?
    /// 3. The Undang-Undang behind the basis, when it is more than Pasal 17.
    public var law: String?
    /// 5. The weighing of harm against the public interest.
    public var balance: String?
    /// 6. The conclusion (dikecualikan).
    public var conclusion: String?
    /// When the decision was made, and who signed it.
    public var decided: CivilDate?
    public var signedBy: String?

    public init(scope: String? = nil, law: String? = nil, balance: String? = nil, conclusion: String? = nil,
                decided: CivilDate? = nil, signedBy: String? = nil) {
        self.scope = scope
        self.law = law
        self.balance = balance
        self.conclusion = conclusion
        self.decided = decided
        self.signedBy = signedBy
    }

    public var isEmpty: Bool {
        scope == nil && law == nil && balance == nil && conclusion == nil && decided == nil && signedBy == nil
    }
}

/// A part of a public item withheld on a Pasal 17 basis.
public struct WithheldPart: Hashable, Sendable {
    public let part: String
    public let basis: String
    public init(part: String, basis: String) {
        self.part = part
        self.basis = basis
    }
}
