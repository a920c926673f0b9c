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
    /// Why an exempt item leaves `dikecualikan` (classified into a public class): the period
    /// ended, consent, an objection answer, a ruling, a revoking decree.
    public var ground: String?
    /// `until consent "..."` / `until condition "..."`: a period with no date.
    public var condition: String?
    /// The rest of the consequence test (`scope`, `law`, `balance`, `conclusion`, `decided`, `signed_by`).
    public var test = ConsequenceTest()
    /// `withhold "part" basis "..."` in a public classification, in the order given.
    public var withheld: [WithheldPart] = []

    public init(basis: String? = nil, consequence: String? = nil, publicInterest: String? = nil,
                until: CivilDate? = nil, period: Duration? = nil, decree: String? = nil, ground: String? = nil) {
        self.ground = ground
        self.basis = basis
        self.consequence = consequence
        self.publicInterest = publicInterest
        self.until = until
        self.period = period
        self.decree = decree
    }

    /// True when no field of an exemption is given (`ground` is not one).
    public var isEmpty: Bool {
        basis == nil && consequence == nil && publicInterest == nil && until == nil
            && period == nil && decree == nil && condition == nil && test.isEmpty
    }
}
