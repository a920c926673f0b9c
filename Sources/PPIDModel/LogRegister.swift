/// One row of the `log` register: every change to the registers, in order.
/// Built on demand from `LogRegister`'s compact rows.
public struct LogEntry: Hashable, Sendable {
    /// 1-based position in the log.
    public let seq: Int
    /// The clock when it happened (nil before the first `at`).
    public let clock: DateTime?
    /// The actor (nil before the first `as`).
    public let actor: String?
    /// The kind of change: `declare`, `classify`, `mark`, `start`, `complete`, ...
    public let action: String
    /// The name the change is about.
    public let subject: String
    public let detail: String
}

/// The kinds of change the log records (`LogEntry.action`).
enum LogAction: String, Sendable, CaseIterable {
    case office, unit, role, staff, sop, declare, update, withdraw, classify, mark
    case start, complete, approve, reject, cancel, holiday, leave, option, allow
    case receive, extend, answer, period
    case object, dispute, ruling
}

/// The `log` register: a random-access collection of `LogEntry`, stored compactly.
///
/// A journal of a million statements has a few million rows, so a row holds only what differs
/// from row to row: its subject and detail (strings that share storage with the entity's own
/// name, or with the row before when repeated — a run's marks all read alike), the action as
/// a byte, and the number of its stamp. A stamp is a (clock, actor) pair; consecutive rows
/// with the same clock and actor share one, so the seq is the position and the rest is not
/// repeated. Appending and reading a row are O(1).
public struct LogRegister: RandomAccessCollection, Equatable, Sendable {
    struct Row: Equatable, Sendable {
        var subject: String
        var detail: String
        var stamp: UInt32
        var action: LogAction
    }

    struct Stamp: Equatable, Sendable {
        var clock: DateTime?
        var actor: String?
    }

    private(set) var rows = ChunkedArray<Row>()
    /// Every distinct run of (clock, actor) in row order; a function of the rows, so two logs
    /// with the same entries have the same stamps.
    private var stamps: [Stamp] = []

    public typealias Index = Int
    public typealias Indices = Range<Int>
    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }
    public var count: Int { rows.count }
    public var indices: Range<Int> { 0..<rows.count }

    public subscript(position: Int) -> LogEntry {
        let row = rows[position]
        let stamp = stamps[Int(row.stamp)]
        return LogEntry(seq: position + 1, clock: stamp.clock, actor: stamp.actor,
                        action: row.action.rawValue, subject: row.subject, detail: row.detail)
    }

    /// The clock and actor of row `i` (0-based), without building the whole entry.
    func stamp(at i: Int) -> (clock: DateTime?, actor: String?) {
        let s = stamps[Int(rows[i].stamp)]
        return (s.clock, s.actor)
    }

    /// The detail of row `i` (0-based).
    func detail(at i: Int) -> String { rows[i].detail }

    /// Appends a row; returns its 0-based position.
    @discardableResult
    mutating func append(_ action: LogAction, subject: String, detail: String,
                         clock: DateTime?, actor: String?) -> Int {
        let stamp = Stamp(clock: clock, actor: actor)
        if stamps.last != stamp { stamps.append(stamp) }
        // A detail equal to the row before shares its storage instead of holding a copy.
        var shared = detail
        if let previous = rows.last?.detail, previous == detail { shared = previous }
        // Rows and stamps fit in UInt32 long before memory runs out (4 billion rows).
        rows.append(Row(subject: subject, detail: shared,
                        stamp: UInt32(truncatingIfNeeded: stamps.count - 1), action: action))
        return rows.count - 1
    }

    /// Drops the rows from `count` on (rollback).
    mutating func truncate(to count: Int) {
        guard count < rows.count else { return }
        rows.removeLast(rows.count - count)
        let keptStamps = rows.last.map { Int($0.stamp) + 1 } ?? 0
        stamps.removeLast(stamps.count - keptStamps)
    }
}
