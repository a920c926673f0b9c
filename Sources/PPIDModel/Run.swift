/// Whether a procedure run is still going.
public enum RunStatus: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case active, done, cancelled
    public var description: String { rawValue }
}

/// How a step was finished (the `outcome` column of `steps`).
public enum StepOutcome: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case done, approved, rejected, cancelled
    public var description: String { rawValue }
}

/// One procedure run: an SOP routed step by step over some subject items.
public struct Run: Hashable, Sendable {
    public let name: String
    public let sop: String
    /// The subjects' names (information items and requests), in the order given.
    public let subjects: [String]
    /// The current step's number; nil once the run is done or cancelled.
    public internal(set) var step: Int?
    public internal(set) var status: RunStatus
    /// When the run was started.
    public let started: DateTime
    /// Who started it (nil when no actor was set).
    public let startedBy: String?
    /// When the current step became current.
    public internal(set) var stepStarted: DateTime?
    /// The current step's due time; nil when it has no time standard or the run is finished.
    public internal(set) var due: DateTime?
    /// When the run finished (done or cancelled).
    public internal(set) var finished: DateTime?
    /// The cancel reason, if cancelled with one.
    public internal(set) var cancelReason: String?
    /// The latest actor of each step (index `k - 1` for step `k`), for `separate from`.
    public internal(set) var stepActors: [String?]

    // Resolved indices, so acting on a run needs no lookups by name. The item subjects (the
    // ones `marks` apply to) are looked up by name in the step that marks them: kept as
    // indices too, they cost 8 bytes a subject, 0.8 MB on the 100k replay.
    let sopIndex: Int
    /// The request subjects.
    let requestIndices: [Int]

    public var isActive: Bool { status == .active }

    /// Active and its current step's due time is before `now`.
    public func isOverdue(at now: DateTime?) -> Bool {
        guard status == .active, let d = due, let n = now else { return false }
        return d < n
    }
}

/// One row of the approvals log (`steps`): a finished step of a run.
public struct StepRecord: Hashable, Sendable {
    public let run: String
    public let step: Int
    public let activity: String
    public let actor: String?
    /// The role the actor acted in (nil when cancelled by the run's starter without a step role).
    public let role: String?
    public let started: DateTime
    public let done: DateTime
    public let due: DateTime?
    public let late: Bool
    public let outcome: StepOutcome
    public let note: String?
}

/// A step the actor may do now (`inbox`).
public struct InboxEntry: Hashable, Sendable {
    public let run: String
    public let sop: String
    public let step: Int
    public let activity: String
    /// The role the actor would act in.
    public let role: String
    /// True for a decision step (use approve / reject), false otherwise (use complete).
    public let isDecision: Bool
    public let started: DateTime
    public let due: DateTime?
    public let overdue: Bool
}
