/// A ground of an objection (keberatan), the letters of Pasal 35 ayat (1) UU 14/2008.
public enum ObjectionGround: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Refused under Pasal 17.
    case a
    /// Periodic information (Pasal 9) not provided.
    case b
    /// The request was not responded to.
    case c
    /// Answered, but not as asked.
    case d
    /// The request was not fulfilled.
    case e
    /// An unreasonable cost.
    case f
    /// Answered later than the law allows.
    case g

    public var description: String { rawValue }
}

/// The Atasan PPID's decision on an objection (Pasal 36).
public enum ObjectionOutcome: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Upholds the PPID's decision: the objection is rejected, with written reasons.
    case uphold
    /// Grants the objection: the information is given.
    case grant
    /// Grants it in part.
    case partial

    public var description: String { rawValue }
    /// True when the decision overturns the PPID and gives information.
    public var gives: Bool { self != .uphold }
}

/// The Komisi Informasi's ruling (putusan) on a dispute.
public enum RulingOutcome: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The information is public (terbuka).
    case open
    /// The information is exempt (tertutup): the office's decision stands.
    case closed
    /// Partly public (terbuka sebagian).
    case partly_open

    public var description: String { rawValue }
}

/// Where an objection stands (`status` in the `objections` register).
public enum ObjectionStatus: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case open, answered, disputed, ruled
    public var description: String { rawValue }
}

/// The Atasan PPID's written answer to an objection.
public struct ObjectionAnswer: Hashable, Sendable {
    public let outcome: ObjectionOutcome
    public let at: DateTime
    public let by: String?
    /// Working days from filing to the answer.
    public let days: Int
    public let late: Bool
    /// The written reasons (required to uphold: Pasal 36 ayat (3)).
    public let reason: String?
    public let note: String?
    /// The items given by a `partial` answer (for `grant`, all the request's `about` items).
    public let given: [String]
}

/// A dispute (sengketa informasi) filed with the Komisi Informasi (Pasal 37).
public struct ObjectionDispute: Hashable, Sendable {
    public let commission: String
    /// The commission's register number, if known.
    public let number: String?
    public let at: DateTime
}

/// The Komisi Informasi's ruling on the dispute.
public struct ObjectionRuling: Hashable, Sendable {
    public let outcome: RulingOutcome
    public let number: String?
    public let note: String?
    /// The items a `partly_open` ruling opens (for `open`, all the request's `about` items).
    public let given: [String]
    public let at: DateTime
}

/// One row of the `objections` register (register keberatan): an objection to the answer of
/// a request (or to its lack), with its own statutory clock anchored at filing, and the
/// dispute and ruling that may follow it.
public struct Objection: Hashable, Sendable {
    public let name: String
    /// The registration number (`001/KEB/V/2024`), issued on filing.
    public let number: String
    public let sequence: Int
    public let year: Int
    /// The request objected to.
    public let request: String
    public let received: DateTime
    public let receivedBy: String?
    /// The grounds, in the order given (each once).
    public let grounds: [ObjectionGround]
    public let reason: String?
    /// The period whose figures apply (by the filing date), or nil.
    public let period: String?
    public let figures: DeadlineFigures
    /// The end of working hours of the last day for the Atasan PPID to answer.
    public let due: DateTime
    public internal(set) var answer: ObjectionAnswer?
    public internal(set) var dispute: ObjectionDispute?
    public internal(set) var ruling: ObjectionRuling?

    /// The request's index in `Registry.requests`.
    let requestIndex: Int

    public var status: ObjectionStatus {
        if ruling != nil { return .ruled }
        if dispute != nil { return .disputed }
        return answer == nil ? .open : .answered
    }

    public var isOpen: Bool { answer == nil }
    public var isLate: Bool { answer?.late ?? false }
    public func isOverdue(at now: DateTime?) -> Bool {
        guard answer == nil, let now else { return false }
        return now > due
    }
    public var outcome: ObjectionOutcome? { answer?.outcome }
    public var days: Int? { answer?.days }
}
