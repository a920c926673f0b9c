import PPIDText

/// The whole state of one office: every register the law requires, the SOPs and their runs,
/// the calendar, the clock and the current actor.
///
/// A plain value. Entities live in arrays in declaration order (so every listing and the digest
/// are deterministic) with one name index for O(1) lookups; nothing iterates a hash table for
/// output. Every operation that changes state is O(1) amortised (plus the size of its own
/// arguments), so a 100k-item journal replays in linear time. Statements are made atomic by
/// `beginTransaction()` / `commit()` / `rollback()` (Registry+Transactions.swift).
///
/// Stored compactly, since a journal of 100k items keeps some 300k log rows and 200k history
/// entries in memory: items in 96 bytes (InfoItem.swift), the log in 40-byte rows
/// (LogRegister.swift), histories in 20-byte entries chained per item (HistoryStore.swift),
/// names in an index of 8-byte slots (NameIndex.swift); the log and histories grow in chunks,
/// never copied as they grow (ChunkedArray.swift).
public struct Registry: Equatable, Sendable {
    /// The office, once declared.
    public internal(set) var office: Office?
    public internal(set) var units: [Unit] = []
    public internal(set) var roles: [Role] = []
    public internal(set) var staff: [Staff] = []
    /// The `info` register: every information item, in declaration order.
    public internal(set) var items = ChunkedArray<InfoItem>()
    public internal(set) var sops: [Sop] = []
    /// The `runs` register.
    public internal(set) var runs: [Run] = []
    /// The `steps` register: the approvals log, one row per finished step.
    public internal(set) var steps: [StepRecord] = []
    /// The `log` register: every change, in order.
    public internal(set) var log = LogRegister()
    /// Working days and hours; change it through the registry so changes are logged.
    public internal(set) var calendar = WorkCalendar()
    /// The logical clock: unset until the first `at`, never moves backwards.
    public internal(set) var clock: DateTime?
    /// The current actor: a staff name or a role name.
    public internal(set) var actor: String?
    /// `allow` rules: for each restricted action, the roles that may do it.
    public internal(set) var allowRules: [Permission: [String]] = [:]
    /// The `requests` register (register permohonan), in order of receipt.
    public internal(set) var requests: [Request] = []
    /// The periods with their own deadline figures, in declaration order (they never overlap).
    public internal(set) var periods: [Period] = []
    /// How registration numbers are written (`option request_number`).
    public internal(set) var requestNumberPattern = RequestNumberPattern.standard
    /// For each calendar year, the last registration sequence issued in it. Part of the
    /// registers (so of rollback and the digest): a failed statement issues no number.
    var requestSequences: [Int: Int] = [:]
    /// The `objections` register (register keberatan), in order of filing.
    public internal(set) var objections: [Objection] = []
    /// For each calendar year, the last objection sequence issued in it (as `requestSequences`).
    var objectionSequences: [Int: Int] = [:]
    /// How objection numbers are written: like requests', with KEB for keberatan.
    static let objectionNumberPattern: RequestNumberPattern = {
        guard let p = try? RequestNumberPattern("{seq:3}/KEB/{month_roman}/{year}") else {
            fatalError("the objection number pattern does not parse")
        }
        return p
    }()

    /// Every declared name (units, roles, staff, items, SOPs, runs share one namespace).
    var names = NameIndex()
    /// For each SOP, how many runs were started (for deterministic run names).
    var sopRunCounts: [Int] = []
    /// Every item's history (each item points at its newest entry); see `history(of:)`.
    var historyStore = HistoryStore()
    /// Undo information for open transactions; never part of equality or the digest.
    var journal = TransactionJournal()

    public init() {}

    /// Words that are values in the language (classes and statuses), so never entity names.
    public static let reservedNames: Set<String> = {
        var s = Set<String>(InfoClass.allCases.map(\.rawValue))
        s.formUnion(ItemStatus.allCases.map(\.rawValue))
        s.insert("end")
        return s
    }()

    /// The clock's date, if the clock is set.
    public var today: CivilDate? { clock?.date }

    // MARK: Lookups (O(1))

    /// What a declared name refers to, if anything.
    public func entity(named name: String) -> EntityRef? { lookupName(name) }

    public func itemIndex(named name: String) -> Int? {
        if case .item(let i)? = lookupName(name) { return i }
        return nil
    }
    public func item(named name: String) -> InfoItem? { itemIndex(named: name).map { items[$0] } }

    public func runIndex(named name: String) -> Int? {
        if case .run(let i)? = lookupName(name) { return i }
        return nil
    }
    public func run(named name: String) -> Run? { runIndex(named: name).map { runs[$0] } }

    public func sopIndex(named name: String) -> Int? {
        if case .sop(let i)? = lookupName(name) { return i }
        return nil
    }
    public func sop(named name: String) -> Sop? { sopIndex(named: name).map { sops[$0] } }

    public func requestIndex(named name: String) -> Int? {
        if case .request(let i)? = lookupName(name) { return i }
        return nil
    }
    public func request(named name: String) -> Request? { requestIndex(named: name).map { requests[$0] } }

    /// The period named `name` (scans the periods, which are few).
    public func period(named name: String) -> Period? { periods.first { $0.name == name } }

    public func staffMember(named name: String) -> Staff? {
        if case .staff(let i)? = lookupName(name) { return staff[i] }
        return nil
    }
    public func unit(named name: String) -> Unit? {
        if case .unit(let i)? = lookupName(name) { return units[i] }
        return nil
    }
    public func role(named name: String) -> Role? {
        if case .role(let i)? = lookupName(name) { return roles[i] }
        return nil
    }

    // MARK: Shared helpers

    /// Checks that `name` can be declared: non-empty, not reserved, not yet declared.
    func checkNewName(_ name: String, kind: EntityKind) throws(ModelError) {
        guard !name.isEmpty else {
            throw ModelError(.nameEmpty, Message.noName(kind.withArticle))
        }
        if Registry.reservedNames.contains(name) {
            throw ModelError(.nameReserved, Message.reserved(name, kind.withArticle))
        }
        if let existing = lookupName(name) {
            throw ModelError(.nameDuplicate, Message.duplicate(name, existing.kindText), subject: name)
        }
        // Periods share the namespace but not the index (they are few and have no EntityRef).
        if period(named: name) != nil {
            throw ModelError(.nameDuplicate, Message.duplicate(name, EntityKind.period.withArticle), subject: name)
        }
    }

    /// The error for a name that is not the expected kind of entity; `detail` follows after a
    /// colon. Public so that the runtime reports a name it looks up itself (`show sop X`) in
    /// the same words.
    public func unknown(_ name: String, code: RuleCode, kind: EntityKind, detail: Text? = nil) -> ModelError {
        var text: Text
        if let other = lookupName(name) {
            text = Message.wrongKind(name, other.kindText, kind.withArticle)
        } else {
            text = Message.noSuch(kind.name, name)
        }
        if let detail { text = Message.detailed(text, detail) }
        return ModelError(code, text, subject: name)
    }

    func resolveItem(_ name: String) throws(ModelError) -> Int {
        guard let i = itemIndex(named: name) else {
            throw unknown(name, code: .itemUnknown, kind: .item)
        }
        return i
    }
    func resolveRun(_ name: String) throws(ModelError) -> Int {
        guard let i = runIndex(named: name) else { throw unknown(name, code: .runUnknown, kind: .run) }
        return i
    }
    func resolveSop(_ name: String) throws(ModelError) -> Int {
        guard let i = sopIndex(named: name) else { throw unknown(name, code: .sopUnknown, kind: .sop) }
        return i
    }
    func resolveRequest(_ name: String) throws(ModelError) -> Int {
        guard let i = requestIndex(named: name) else {
            throw unknown(name, code: .requestUnknown, kind: .request)
        }
        return i
    }

    /// The clock, or the error every time-dependent statement gives before the first `at`.
    func requireClock() throws(ModelError) -> DateTime {
        guard let c = clock else { throw Registry.clockUnset }
        return c
    }

    /// The error of a statement that needs the clock before the first `at` (public: the
    /// runtime's `today` and `now` give it too).
    public static let clockUnset = ModelError(.clockUnset, Message.clockUnset)

    /// Appends a `log` row stamped with the clock and actor; returns its row (0-based; its seq
    /// is one more).
    @discardableResult
    mutating func appendLog(_ action: LogAction, _ subject: String, _ detail: String) -> Int {
        log.append(action, subject: subject, detail: detail, clock: clock, actor: actor)
    }

    /// Appends to item `i`'s history a change recorded by log row `row` (the caller has
    /// already recorded its undo).
    mutating func appendHistory(_ i: Int, row: Int, what: ChangeField, old: String?, new: String?) {
        items[i].lastChange = historyStore.append(logRow: row, previous: items[i].lastChange, what: what,
                                                  old: old, new: new)
    }
}

/// The messages of the rules above. A kind "with its article" is "a unit" in English and
/// "unit kerja" in Indonesian (`EntityKind.withArticle`).
private enum Message {
    static func noName(_ kind: Text) -> Text { Text(en: "\(kind) needs a name", id: "\(kind) memerlukan nama") }
    static func reserved(_ name: String, _ kind: Text) -> Text {
        Text(en: "`\(name)` is a reserved word and cannot name \(kind)",
             id: "`\(name)` adalah kata yang dicadangkan dan tidak dapat menjadi nama \(kind)")
    }
    static func duplicate(_ name: String, _ existing: Text) -> Text {
        Text(en: "`\(name)` is already declared as \(existing)", id: "`\(name)` sudah dideklarasikan sebagai \(existing)")
    }
    /// `actual` and `kind` with their articles.
    static func wrongKind(_ name: String, _ actual: Text, _ kind: Text) -> Text {
        Text(en: "`\(name)` is \(actual), not \(kind)", id: "`\(name)` adalah \(actual), bukan \(kind)")
    }
    /// `kind` without an article.
    static func noSuch(_ kind: Text, _ name: String) -> Text {
        Text(en: "there is no \(kind) named `\(name)`", id: "tidak ada \(kind) bernama `\(name)`")
    }
    static func detailed(_ message: Text, _ detail: Text) -> Text { Text(en: "\(message): \(detail)", id: "\(message): \(detail)") }
    static let clockUnset = Text(en: "the clock is not set", id: "waktu belum ditetapkan")
}
