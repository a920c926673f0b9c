/// The words an information item's snapshot uses (Registry+Snapshot.swift): classes,
/// statuses, the fields its history records, duration units and the history's fixed words.
/// They are written once, by name, before the items, which then name them by position: a
/// varint to read instead of a text to match (matching was a quarter of reading the items).
/// Written by name, so a snapshot never means something else after a case is added; a name
/// this ppid does not know makes the snapshot unreadable (it is then replayed instead).
struct ItemWords: Sendable {
    let classes: [InfoClass]
    let statuses: [ItemStatus]
    let changes: [ChangeField]
    let units: [DurationUnit]
    /// The history codes (HistoryStore.wordCode) of the fixed words, in the order written.
    let historyCodes: [UInt32]
    /// The history's fixed words, for the writer.
    private let historyWords: [String]

    /// This ppid's words, for writing.
    init() {
        classes = InfoClass.allCases
        statuses = ItemStatus.allCases
        changes = ChangeField.allCases
        units = DurationUnit.allCases
        historyWords = HistoryStore.words
        historyCodes = HistoryStore.words.indices.map(HistoryStore.wordCode)
    }

    func write(to w: inout SnapshotWriter) {
        w.strs(classes.map(\.rawValue)); w.strs(statuses.map(\.rawValue)); w.strs(changes.map(\.rawValue))
        w.strs(units.map(\.rawValue)); w.strs(historyWords)
    }

    /// The words a snapshot wrote, each as this ppid's value.
    init(from r: inout SnapshotReader) throws(SnapshotError) {
        classes = try r.words(InfoClass.self)
        statuses = try r.words(ItemStatus.self)
        changes = try r.words(ChangeField.self)
        units = try r.words(DurationUnit.self)
        historyWords = try r.strs()
        var codes: [UInt32] = []
        for w in historyWords {
            guard let k = HistoryStore.words.firstIndex(of: w) else { throw SnapshotError("unknown word") }
            codes.append(HistoryStore.wordCode(k))
        }
        historyCodes = codes
    }

    func position(of c: InfoClass) -> Int { classes.firstIndex(of: c) ?? 0 }
    func position(of s: ItemStatus) -> Int { statuses.firstIndex(of: s) ?? 0 }
    func position(of u: DurationUnit) -> Int { units.firstIndex(of: u) ?? 0 }
    func position(of c: ChangeField) -> Int { changes.firstIndex(of: c) ?? 0 }
}

extension SnapshotReader {
    /// The value at a position of `table` (a word list written once).
    mutating func pick<E>(_ table: [E]) throws(SnapshotError) -> E {
        let k = try int()
        guard table.indices.contains(k) else { throw SnapshotError("unknown word") }
        return table[k]
    }
}
