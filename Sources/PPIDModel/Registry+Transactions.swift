/// Atomic statements. The interpreter wraps each top-level statement in
/// `beginTransaction()` ... `commit()` and calls `rollback()` when it fails, so a failed
/// statement changes nothing.
///
/// Rollback costs time proportional to what the transaction changed, never to the size of the
/// registers: append-only registers are truncated back to the counts remembered at begin,
/// entities changed in place (items, runs, requests, objections) restore the old values recorded on first touch,
/// and the small scalar state (clock, actor, office, rules, calendar, the request number
/// pattern and the per-year request sequences) is saved whole — those
/// are copy-on-write values, so saving them is O(1).
///
/// Transactions nest: an inner `rollback()` undoes only what happened since its own begin.
extension Registry {
    /// True while at least one transaction is open.
    public var inTransaction: Bool { !journal.savepoints.isEmpty }

    /// Opens a transaction (or a nested savepoint).
    public mutating func beginTransaction() {
        journal.savepoints.append(Savepoint(
            unitCount: units.count, roleCount: roles.count, staffCount: staff.count,
            itemCount: items.count, sopCount: sops.count, runCount: runs.count,
            stepCount: steps.count, logCount: log.count, historyCount: historyStore.entries.count,
            historyTextCount: historyStore.texts.count, undoCount: journal.undo.count,
            office: office, clock: clock, actor: actor, allowRules: allowRules, calendar: calendar,
            requestCount: requests.count, periodCount: periods.count,
            requestNumberPattern: requestNumberPattern, requestSequences: requestSequences,
            objectionCount: objections.count, objectionSequences: objectionSequences))
    }

    /// Keeps the changes since the matching `beginTransaction()`. No-op without one.
    public mutating func commit() {
        guard journal.savepoints.popLast() != nil else { return }
        // The outermost commit makes the changes permanent: no undo information is needed.
        if journal.savepoints.isEmpty { journal.undo.removeAll(keepingCapacity: true) }
    }

    /// Restores everything to how it was at the matching `beginTransaction()`. No-op without one.
    public mutating func rollback() {
        guard let sp = journal.savepoints.popLast() else { return }
        // Old values of entities changed in place, newest first so the oldest value wins.
        while journal.undo.count > sp.undoCount, let record = journal.undo.popLast() {
            switch record {
            case .item(let i, let old): items[i] = old
            case .run(let i, let old): runs[i] = old
            case .sopRunCount(let i, let old): sopRunCounts[i] = old
            case .request(let i, let old): requests[i] = old
            case .objection(let i, let old): objections[i] = old
            }
        }
        // Forget the names declared since begin, then drop the appended entities.
        for u in units[sp.unitCount...] { removeName(u.name) }
        for r in roles[sp.roleCount...] { removeName(r.name) }
        for s in staff[sp.staffCount...] { removeName(s.name) }
        for it in items[sp.itemCount...] { removeName(it.name) }
        for s in sops[sp.sopCount...] { removeName(s.name) }
        for r in runs[sp.runCount...] { removeName(r.name) }
        for r in requests[sp.requestCount...] { removeName(r.name) }
        for o in objections[sp.objectionCount...] { removeName(o.name) }
        units.removeLast(units.count - sp.unitCount)
        roles.removeLast(roles.count - sp.roleCount)
        staff.removeLast(staff.count - sp.staffCount)
        items.removeLast(items.count - sp.itemCount)
        sops.removeLast(sops.count - sp.sopCount)
        sopRunCounts.removeLast(sopRunCounts.count - sp.sopCount)
        runs.removeLast(runs.count - sp.runCount)
        requests.removeLast(requests.count - sp.requestCount)
        objections.removeLast(objections.count - sp.objectionCount)
        periods.removeLast(periods.count - sp.periodCount)
        steps.removeLast(steps.count - sp.stepCount)
        log.truncate(to: sp.logCount)
        historyStore.truncate(entries: sp.historyCount, texts: sp.historyTextCount)
        office = sp.office
        clock = sp.clock
        actor = sp.actor
        allowRules = sp.allowRules
        calendar = sp.calendar
        requestNumberPattern = sp.requestNumberPattern
        requestSequences = sp.requestSequences
        objectionSequences = sp.objectionSequences
        if journal.savepoints.isEmpty { journal.undo.removeAll(keepingCapacity: true) }
    }

    /// Records item `i`'s value before a change, if a transaction needs it to roll back.
    /// Call once per operation, before the first change to the item.
    mutating func touchItem(_ i: Int) {
        guard let sp = journal.savepoints.last, i < sp.itemCount else { return }
        journal.undo.append(.item(i, items[i]))
    }

    /// Records run `i`'s value before a change (see `touchItem`).
    mutating func touchRun(_ i: Int) {
        guard let sp = journal.savepoints.last, i < sp.runCount else { return }
        journal.undo.append(.run(i, runs[i]))
    }

    /// Records request `i`'s value before a change (see `touchItem`).
    mutating func touchRequest(_ i: Int) {
        guard let sp = journal.savepoints.last, i < sp.requestCount else { return }
        journal.undo.append(.request(i, requests[i]))
    }

    /// Records objection `i`'s value before a change (see `touchItem`).
    mutating func touchObjection(_ i: Int) {
        guard let sp = journal.savepoints.last, i < sp.objectionCount else { return }
        journal.undo.append(.objection(i, objections[i]))
    }

    /// Records SOP `i`'s run counter before a change (see `touchItem`).
    mutating func touchSopRunCount(_ i: Int) {
        guard let sp = journal.savepoints.last, i < sp.sopCount else { return }
        journal.undo.append(.sopRunCount(i, sopRunCounts[i]))
    }
}

/// The undo state of open transactions. It is bookkeeping, not part of the registers:
/// two registries with the same registers are equal whatever their open transactions.
struct TransactionJournal: Equatable, Sendable {
    var savepoints: [Savepoint] = []
    var undo: [UndoRecord] = []

    static func == (_: TransactionJournal, _: TransactionJournal) -> Bool { true }
}

/// What `beginTransaction()` remembers.
struct Savepoint: Sendable {
    let unitCount, roleCount, staffCount, itemCount, sopCount, runCount, stepCount, logCount: Int
    let historyCount, historyTextCount: Int
    let undoCount: Int
    let office: Office?
    let clock: DateTime?
    let actor: String?
    let allowRules: [Permission: [String]]
    let calendar: WorkCalendar
    let requestCount, periodCount: Int
    let requestNumberPattern: RequestNumberPattern
    /// A small copy-on-write dictionary (one entry a year), so saving it is O(1).
    let requestSequences: [Int: Int]
    let objectionCount: Int
    let objectionSequences: [Int: Int]
}

/// An old value of an entity changed in place during a transaction.
enum UndoRecord: Sendable {
    case item(Int, InfoItem)
    case run(Int, Run)
    case sopRunCount(Int, Int)
    case request(Int, Request)
    case objection(Int, Objection)
}
