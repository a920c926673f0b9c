/// How a request reached the office (`via`): the channels of Perki 1/2021.
public enum RequestChannel: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case desk, e_ppid, email, letter, fax, phone
    public var description: String { rawValue }
}

/// A form information is asked for (`wants`, Jenis permohonan) or given in (`form` of an
/// answer): to look at it, or a copy, soft or hard.
public enum RequestForm: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case view, softcopy, hardcopy
    public var description: String { rawValue }
}

/// How the applicant wants to receive the information (`delivery`).
public enum RequestDelivery: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case pick_up, courier, post, fax, email
    public var description: String { rawValue }
}

/// The decision of the written notice (pemberitahuan tertulis, Pasal 22(7) UU 14/2008).
public enum RequestOutcome: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Given in full (diterima seluruhnya).
    case grant
    /// Given in part: the exempt parts withheld (blacked out) on a Pasal 17 basis.
    case partial
    /// Refused on a Pasal 17 basis (ditolak).
    case refuse
    /// Not held by this office (tidak dikuasai): the answer names who holds it.
    case not_held
    /// Not yet documented (belum didokumentasikan).
    case not_documented

    public var description: String { rawValue }

    /// True when information is given (the notice's part A).
    public var gives: Bool { self == .grant || self == .partial }
}

/// Where a request stands (`status` in the `requests` register). Whether it is past its due
/// is a separate question (`Request.isOverdue(at:)`), since it depends on the clock.
public enum RequestStatus: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Received, not answered, not extended.
    case open
    /// Extended once, not answered.
    case extended
    /// Answered (whatever the outcome): the request is closed.
    case answered

    public var description: String { rawValue }
}

/// The one extension of a request (Pasal 22(8)): why and when.
public struct RequestExtension: Hashable, Sendable {
    /// The written reason given to the applicant.
    public let reason: String
    /// The clock when it was extended.
    public let at: DateTime
    /// The actor who extended it (nil when no actor was set).
    public let by: String?
}

/// The written notice of a request: the outcome and what it says. Only the fields that apply
/// to the outcome are set (`Registry.answer` refuses the others).
public struct RequestAnswer: Hashable, Sendable {
    public let outcome: RequestOutcome
    /// The clock when it was answered: the date of the written notice.
    public let at: DateTime
    /// The actor who answered (nil when no actor was set).
    public let by: String?
    /// Working days from receipt to `at`, as `WorkCalendar.workdays(from:to:)` counts them
    /// (counted when answered, so a calendar declared later does not change it).
    public let days: Int
    /// `at` is after the request's due.
    public let late: Bool
    /// The form the information is given in (grant, partial).
    public let form: RequestForm?
    /// The cost in whole rupiah (grant, partial); nil when not stated.
    public let cost: Int?
    public let note: String?
    /// The items given (partial); for a grant, all the request's `about` items are given.
    public let given: [String]
    /// What was withheld (blacked out) in a partial grant.
    public let withheld: String?
    /// The Pasal 17 basis (refuse, partial): the one given, or the exempt item's own.
    public let basis: String?
    /// Why it was refused or withheld (Alasan penolakan).
    public let reason: String?
    /// Who holds the information (not_held).
    public let holder: String?
    /// When it will be documented (not_documented), if known.
    public let ready: CivilDate?
}

/// One row of the `requests` register (register permohonan): a request for information with
/// its statutory clock, anchored at the moment it was received.
///
/// The deadline figures are those of the period the request was received in (by its receipt
/// date), fixed at receipt; `due` is computed then (and again by `extend`), so a holiday or a
/// period declared later does not move it, as with a run's step due.
public struct Request: Hashable, Sendable {
    /// Its name in scripts (`p1`).
    public let name: String
    /// The registration number (`001/PPID/IV/2024`), issued on receipt (Pasal 22(4)).
    public let number: String
    /// Its place in the year's numbering (1 for the year's first request).
    public let sequence: Int
    /// The calendar year of receipt, which the sequence counts in.
    public let year: Int
    /// The clock when it was received.
    public let received: DateTime
    /// The actor who recorded it (nil when no actor was set).
    public let receivedBy: String?

    /// Nama: who asks.
    public let from: String
    /// Alamat.
    public let address: String?
    /// Nomor kontak.
    public let contact: String?
    /// Pekerjaan.
    public let job: String?
    /// NIK, or a legal entity's deed.
    public let identity: String?
    /// Informasi yang diminta.
    public let asks: String
    /// Tujuan penggunaan informasi.
    public let purpose: String
    public let via: RequestChannel?
    /// Jenis permohonan.
    public let wants: RequestForm?
    public let delivery: RequestDelivery?
    /// The information items it concerns, in the order given (each once).
    public let about: [String]

    /// The period whose figures apply (nil: UU 14/2008's own).
    public let period: String?
    /// The deadline figures that apply (those of `period`, or `DeadlineFigures.standard`).
    public let figures: DeadlineFigures
    /// The end of working hours of the last day to answer: the `figures.answer`-th working day
    /// after receipt, or the `(answer + extension)`-th once extended.
    public internal(set) var due: DateTime
    /// The extension, once extended.
    public internal(set) var extended: RequestExtension?
    /// The written notice, once answered.
    public internal(set) var answer: RequestAnswer?

    /// The `about` items' indices in `Registry.items`, so answering needs no lookups.
    let aboutIndices: [Int]

    public var status: RequestStatus {
        if answer != nil { return .answered }
        return extended == nil ? .open : .extended
    }

    /// Not yet answered.
    public var isOpen: Bool { answer == nil }

    /// Answered after its due.
    public var isLate: Bool { answer?.late ?? false }

    /// Open and past its due at `now` (false without a clock).
    public func isOverdue(at now: DateTime?) -> Bool {
        guard answer == nil, let now else { return false }
        return now > due
    }

    /// The outcome, once answered.
    public var outcome: RequestOutcome? { answer?.outcome }

    /// Working days from receipt to the answer; nil while open.
    public var days: Int? { answer?.days }
}

/// A request someone may answer now (`Registry.requestInbox`).
public struct RequestInboxEntry: Hashable, Sendable {
    public let request: String
    public let number: String
    public let from: String
    public let asks: String
    public let received: DateTime
    public let due: DateTime
    public let status: RequestStatus
    public let overdue: Bool
    /// The role the actor would answer in; nil when no role is required.
    public let role: String?
}
