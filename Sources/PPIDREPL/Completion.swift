/// What Tab offers for the text before the cursor.
public struct Completion: Equatable, Sendable {
    /// The word typed so far, which every candidate starts with (and replaces).
    public var prefix: String
    /// The words that could stand there, sorted, without duplicates.
    public var candidates: [String]
    /// What to add after the word when there is exactly one candidate
    /// (a space after a name, a closing quote after a file name, nothing after a folder).
    public var suffix: String

    public init(prefix: String, candidates: [String], suffix: String = " ") {
        self.prefix = prefix
        self.candidates = candidates
        self.suffix = suffix
    }

    public static let none = Completion(prefix: "", candidates: [], suffix: "")

    /// The text to insert at the cursor: the rest of the only candidate and its suffix, or
    /// the part every candidate shares beyond the prefix (empty when there is none).
    public var insertion: String {
        if candidates.count == 1, let only = candidates.first {
            let tail = String(only.dropFirst(prefix.count))
            return only.hasSuffix("/") ? tail : tail + suffix
        }
        guard var common = candidates.first else { return "" }
        for c in candidates.dropFirst() {
            while !c.hasPrefix(common) { common.removeLast() }
        }
        return common.count > prefix.count ? String(common.dropFirst(prefix.count)) : ""
    }
}

/// The live state completion draws from: the names that exist now. A plain value, so the
/// rules (`Completer`) are a pure function of the text and this.
public struct CompletionContext: Sendable {
    public var items: [String] = []
    public var staff: [String] = []
    public var roles: [String] = []
    public var units: [String] = []
    public var sops: [String] = []
    public var runs: [String] = []
    /// Runs whose current step the current actor may do (after complete/approve/reject).
    public var actableRuns: [String] = []
    /// Runs still active (after cancel).
    public var activeRuns: [String] = []
    /// Every request, in order of receipt.
    public var requests: [String] = []
    /// Requests not answered yet (after `answer`).
    public var openRequests: [String] = []
    /// Requests that `extend` would accept: open, not extended yet, and not past their due.
    public var extendableRequests: [String] = []
    /// Requests that `object` would accept: answered, or open past their due, and not
    /// objected to yet.
    public var objectableRequests: [String] = []
    /// Every objection, in the order filed.
    public var objections: [String] = []
    /// Objections the Atasan PPID has not answered yet (after `answer`, with the requests).
    public var openObjections: [String] = []
    /// Objections `dispute` would accept: answered, or past the answer's due, and not
    /// disputed yet.
    public var disputableObjections: [String] = []
    /// Disputed objections without a ruling yet (after `ruling`).
    public var rulableObjections: [String] = []
    public var variables: [String] = []
    public var functions: [String] = []
    /// The entries of a folder (relative to where paths are resolved): name and whether it
    /// is a folder. Empty when the folder cannot be read.
    public var listDirectory: @Sendable (String) -> [(name: String, isDirectory: Bool)] = { _ in [] }

    public init() {}

    /// Every declared name.
    var allNames: [String] { items + staff + roles + units + sops + runs + requests + objections }
}
