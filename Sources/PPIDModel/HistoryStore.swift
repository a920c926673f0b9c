/// What an entry of an item's history is about (`ItemChange.what`).
enum ChangeField: String, Sendable, CaseIterable {
    case declared, `class`, exemption, status, documented
    case title, summary, holder, responsible, made, place, formats, retention, media
}

/// Every item's history in one table, 20 bytes an entry.
///
/// Each entry points at the `log` row that records the same change (for its seq, clock and
/// actor) and at the previous entry of the same item, so an item keeps only the number of its
/// newest entry and its history is read newest-first along that chain in O(its length). An
/// item's first entry (`declared`) is not stored at all: it is the item's declaration row in
/// the log. Old and new values are codes: `none`, one of a few fixed words (classes,
/// statuses, true/false) or a position in `texts`.
struct HistoryStore: Equatable, Sendable {
    /// "No entry" / "no value".
    static let none = UInt32.max

    struct Entry: Equatable, Sendable {
        var logRow: UInt32
        var previous: UInt32
        var old: UInt32
        var new: UInt32
        var what: ChangeField
    }

    private(set) var entries = ChunkedArray<Entry>()
    /// The values that are not fixed words, in the order they were recorded.
    private(set) var texts: [String] = []

    /// Values that recur in almost every history, coded without storing them.
    static let words: [String] = InfoClass.allCases.map(\.rawValue)
        + ItemStatus.allCases.map(\.rawValue) + ["true", "false"]
    private static let longestWord = words.map(\.utf8.count).max() ?? 0
    /// Codes at or above this are words (or `none`); below it, positions in `texts`.
    private static let firstWordCode = none - UInt32(words.count)

    /// Appends an entry; returns its number (for the item's `lastChange`).
    mutating func append(logRow: Int, previous: UInt32, what: ChangeField,
                         old: String?, new: String?) -> UInt32 {
        let entry = Entry(logRow: UInt32(truncatingIfNeeded: logRow), previous: previous,
                          old: encode(old), new: encode(new), what: what)
        entries.append(entry)
        // Fewer than 4 billion entries: memory runs out long before.
        return UInt32(truncatingIfNeeded: entries.count - 1)
    }

    private mutating func encode(_ value: String?) -> UInt32 {
        guard let value else { return HistoryStore.none }
        // A few short words: comparing them (small texts compare as two machine words) is
        // several times quicker than hashing the value for a dictionary, on every change.
        if value.utf8.count <= HistoryStore.longestWord {
            for (k, w) in HistoryStore.words.enumerated() where w == value { return HistoryStore.wordCode(k) }
        }
        texts.append(value)
        return UInt32(truncatingIfNeeded: texts.count - 1)
    }

    /// The code of the fixed word at position `k` of `words`.
    static func wordCode(_ k: Int) -> UInt32 { none - 1 - UInt32(k) }

    /// The position in `words` of a word's code (at or above `firstWordCode`, below `none`).
    private static func wordIndex(_ code: UInt32) -> Int { Int(none - 1 - code) }

    /// The entries and texts as they are stored (Registry+Snapshot.swift): the texts, then each
    /// entry's log row, the entry before it (0 for none, else its number + 1), what it records
    /// (a position in `words.changes`) and its old and new values (`valueCode`).
    func write(to w: inout SnapshotWriter, words: ItemWords) {
        w.strs(texts)
        for e in entries {
            w.int(Int(e.logRow)); w.int(e.previous == HistoryStore.none ? 0 : Int(e.previous) + 1)
            w.int(words.position(of: e.what)); w.int(valueCode(e.old)); w.int(valueCode(e.new))
        }
    }

    /// A value as written: 0 none, 1 + k the fixed word k, 1 + the words' count + t text t.
    private func valueCode(_ code: UInt32) -> Int {
        if code == HistoryStore.none { return 0 }
        if code >= HistoryStore.firstWordCode { return 1 + HistoryStore.wordIndex(code) }
        return 1 + HistoryStore.words.count + Int(code)
    }

    /// Reads `count` entries written by `write`, checked: each points at a log row below
    /// `logRows`, at an earlier entry or none, at a known field, word or text.
    init(reading r: inout SnapshotReader, count: Int, words: ItemWords, logRows: Int) throws(SnapshotError) {
        texts = try r.strs()
        let wordCount = words.historyCodes.count
        func value(_ v: Int) throws(SnapshotError) -> UInt32 {
            // Compared before any arithmetic: a damaged varint may be any integer at all.
            guard v >= 0 else { throw SnapshotError("bad history value") }
            if v == 0 { return HistoryStore.none }
            if v <= wordCount { return words.historyCodes[v - 1] }
            guard v - 1 - wordCount < texts.count else { throw SnapshotError("bad history value") }
            return UInt32(v - 1 - wordCount)
        }
        for k in 0..<count {
            let row = try r.int(), previous = try r.int(), what = try r.pick(words.changes)
            guard row >= 0, row < logRows else { throw SnapshotError("a history entry outside the log") }
            guard previous >= 0, previous <= k else { throw SnapshotError("a history entry out of order") }
            entries.append(Entry(logRow: UInt32(row), previous: previous == 0 ? HistoryStore.none : UInt32(previous - 1),
                                 old: try value(try r.int()), new: try value(try r.int()), what: what))
        }
        guard r.isAtEnd else { throw SnapshotError("bad history") }
    }

    init() {}

    func decode(_ code: UInt32) -> String? {
        if code == HistoryStore.none { return nil }
        if code >= HistoryStore.firstWordCode { return HistoryStore.words[HistoryStore.wordIndex(code)] }
        return texts[Int(code)]
    }

    /// Drops the entries and texts recorded since the counts were taken (rollback).
    mutating func truncate(entries entryCount: Int, texts textCount: Int) {
        if entryCount < entries.count { entries.removeLast(entries.count - entryCount) }
        if textCount < texts.count { texts.removeLast(texts.count - textCount) }
    }
}
