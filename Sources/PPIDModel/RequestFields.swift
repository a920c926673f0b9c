/// The fields given to `request NAME { ... }`, as written; `Registry.receiveRequest` checks
/// them. `from`, `asks` and `purpose` are required (an empty text counts as missing).
public struct RequestFields: Hashable, Sendable {
    public var from: String?
    public var address: String?
    public var contact: String?
    public var job: String?
    public var identity: String?
    public var asks: String?
    public var purpose: String?
    public var via: RequestChannel?
    public var wants: RequestForm?
    public var delivery: RequestDelivery?
    /// Names of declared information items (a name given twice counts once).
    public var about: [String]

    public init(from: String? = nil, address: String? = nil, contact: String? = nil, job: String? = nil,
                identity: String? = nil, asks: String? = nil, purpose: String? = nil,
                via: RequestChannel? = nil, wants: RequestForm? = nil, delivery: RequestDelivery? = nil,
                about: [String] = []) {
        self.from = from
        self.address = address
        self.contact = contact
        self.job = job
        self.identity = identity
        self.asks = asks
        self.purpose = purpose
        self.via = via
        self.wants = wants
        self.delivery = delivery
        self.about = about
    }

    /// The names of the required fields that are missing or empty, in the order of the register.
    public var missing: [String] {
        var out: [String] = []
        if from?.isEmpty ?? true { out.append("from") }
        if asks?.isEmpty ?? true { out.append("asks") }
        if purpose?.isEmpty ?? true { out.append("purpose") }
        return out
    }
}

/// The block of `answer NAME OUTCOME { ... }`, as written; `Registry.answer` checks it.
///
/// Which fields apply to which outcome (`AnswerDetails.fields(for:)`):
/// - grant: form, cost, note
/// - partial: given, withheld, basis, reason, form, cost, note
/// - refuse: basis, reason, note
/// - not_held: holder (required), note
/// - not_documented: ready, note
///
/// `cost` is whole rupiah: the office states fees in rupiah without cents, and an integer
/// keeps the register exact. The runtime turns a decimal with no fraction into it and refuses
/// any other.
public struct AnswerDetails: Hashable, Sendable {
    public var form: RequestForm?
    public var cost: Int?
    public var note: String?
    /// Names of items given in a partial grant (each must be one of the request's `about`
    /// items when it has any).
    public var given: [String]
    public var withheld: String?
    public var basis: String?
    public var reason: String?
    public var holder: String?
    public var ready: CivilDate?

    public init(form: RequestForm? = nil, cost: Int? = nil, note: String? = nil, given: [String] = [],
                withheld: String? = nil, basis: String? = nil, reason: String? = nil,
                holder: String? = nil, ready: CivilDate? = nil) {
        self.form = form
        self.cost = cost
        self.note = note
        self.given = given
        self.withheld = withheld
        self.basis = basis
        self.reason = reason
        self.holder = holder
        self.ready = ready
    }

    /// The field names that may be given with `outcome`, in the order of the list above.
    public static func fields(for outcome: RequestOutcome) -> [String] {
        switch outcome {
        case .grant: ["form", "cost", "note"]
        case .partial: ["given", "withheld", "basis", "reason", "form", "cost", "note"]
        case .refuse: ["basis", "reason", "note"]
        case .not_held: ["holder", "note"]
        case .not_documented: ["ready", "note"]
        }
    }

    /// The names of the fields that are set, in a fixed order.
    public var givenFields: [String] {
        var out: [String] = []
        if !given.isEmpty { out.append("given") }
        if withheld != nil { out.append("withheld") }
        if basis != nil { out.append("basis") }
        if reason != nil { out.append("reason") }
        if holder != nil { out.append("holder") }
        if ready != nil { out.append("ready") }
        if form != nil { out.append("form") }
        if cost != nil { out.append("cost") }
        if note != nil { out.append("note") }
        return out
    }
}
