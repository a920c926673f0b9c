#if canImport(Glibc)
import Glibc
#endif
import PPIDSyntax

/// Parses a long script on a second thread while the run compiles and executes what was
/// parsed before (docs/language.md §15): parsing is over a third of a replay. Measured on
/// the 100k replay (2 cores, scripts/bench/README.md), in line against parsed ahead: 0.81
/// against 0.54 s on an idle machine, 0.80 against 0.81 s with one busy process beside it,
/// 1.11 against 0.87 s with two. A process allowed one CPU only (`usableCPUs`) parses in
/// line.
///
/// The parser runs ahead by at most `maxBatches` batches of up to `batchStatements`
/// statements or `batchBytes` of text (and waits while the batches ready cover as many
/// bytes), so what is parsed and not yet run stays small however long the script is: a few
/// hundred statements, or, for statements near the 1 MiB limit, one or two more than the run
/// holds itself (their syntax trees can be a hundred times their text). The batches go through one
/// mutex-guarded queue; the run takes a whole batch at a time, so the threads meet once per
/// batch, not once per statement (batches of 64 made the run with a busy process beside it
/// slower by a further 5%). `finish` stops the parser and waits for its thread, so no
/// thread outlives the run that started it.
final class ParseAhead: @unchecked Sendable {
    static let batchStatements = 128
    static let batchBytes = 64 * 1024
    static let maxBatches = 3

    // Shared: guarded by `lock`.
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private let filled: UnsafeMutablePointer<pthread_cond_t>
    private let drained: UnsafeMutablePointer<pthread_cond_t>
    private var ready: [Batch] = []
    /// Batches the run is done with, for the parser's thread to free (`produce`): their
    /// statements were allocated there, and freeing them there keeps the two threads out of
    /// each other's malloc arena: glibc's free of a block from another thread's arena takes
    /// that arena's lock, and the blocks stop coming back to the thread that allocates.
    /// (Freeing the statements on the run's thread made parsing half as fast again; freeing
    /// the run's compiled nodes on the parser's thread, the other way round, slowed the run
    /// by half.)
    private var spent: [Batch] = []
    /// The bytes of text the batches in `ready` cover: the parser waits while they reach
    /// `batchBytes * maxBatches`, so statements near the 1 MiB limit are not held three
    /// batches deep (each such statement is a batch of its own).
    private var readyBytes = 0
    private var stopped = false
    /// Raised by `finish`: the parser's lexer then ends its text where it is, so a parser in
    /// the middle of megabytes of comments or of an overlong statement stops at once.
    private let stop = ParseStop()
    // The parser's: read and written only by its thread once it started.
    private var parser: Parser
    // The run's.
    private var thread: pthread_t?
    private var batch = Batch(steps: [], bytes: 0)
    private var taken = 0
    private var last: ParsedStatement?

    /// Starts parsing with `parser` on a thread of its own; nil when no thread can be started
    /// (the run then parses in line).
    static func start(_ parser: Parser) -> ParseAhead? {
        let ahead = ParseAhead(parser)
        ahead.thread = ThreadStart.spawn { ahead.produce() }
        return ahead.thread == nil ? nil : ahead
    }

    /// The CPUs this process may run on, once (a run parses ahead only with two or more: on
    /// one, as under `taskset -c 0` or a container's cpuset, the threads would take turns):
    /// its affinity as Linux states it (`Cpus_allowed_list: 0-1` in /proc/self/status;
    /// glibc's `sched_getaffinity` is not visible to Swift). 2 when that cannot be read. (A
    /// CPU quota, as `docker --cpus=1`, is not seen: parsing ahead then costs some speed.)
    static let usableCPUs: Int = {
        guard let bytes = FileSystem.read("/proc/self/status") else { return 2 }
        return cpus(inStatus: String(decoding: bytes, as: UTF8.self)) ?? 2
    }()

    /// The number of CPUs the `Cpus_allowed_list` line of a /proc status text lists
    /// (`0-1`, `0`, `0,2-3`), or nil without one.
    static func cpus(inStatus text: String) -> Int? {
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") }) else { return nil }
        var count = 0
        for part in line.dropFirst("Cpus_allowed_list:".count).split(separator: ",") {
            let ends = part.split(separator: "-").compactMap { Int(String($0.filter { !$0.isWhitespace })) }
            if ends.count == 2 { count += max(0, ends[1] - ends[0] + 1) } else if ends.count == 1 { count += 1 }
        }
        return count
    }

    private init(_ parser: Parser) {
        self.parser = parser
        self.parser.stop = stop
        lock = .allocate(capacity: 1)
        filled = .allocate(capacity: 1)
        drained = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
        pthread_cond_init(filled, nil)
        pthread_cond_init(drained, nil)
    }

    deinit {
        // The last reference is the run's, once `finish` joined the thread: the thread holds
        // one until it ends, so `finish` must be called (a parser waiting on a full queue
        // would otherwise wait for ever). Should the thread's reference be the last, a
        // thread cannot join itself.
        if let t = thread, pthread_equal(t, pthread_self()) != 0 {
            pthread_detach(t)
            thread = nil
        }
        finish()
        pthread_cond_destroy(drained)
        pthread_cond_destroy(filled)
        pthread_mutex_destroy(lock)
        drained.deallocate()
        filled.deallocate()
        lock.deallocate()
    }

    /// The next step, in the order the parser read them. After the last step (`isLast`) it
    /// is handed out again.
    func next() -> ParsedStatement {
        if let last { return last }
        if taken == batch.steps.count {
            pthread_mutex_lock(lock)
            while ready.isEmpty && !stopped { pthread_cond_wait(filled, lock) }
            guard !ready.isEmpty else {
                // After `finish`: the text ends here for whoever still asks.
                pthread_mutex_unlock(lock)
                let end = ParsedStatement(before: batch.steps.last?.statement?.range.end ?? 0, statement: nil, errors: nil)
                last = end
                return end
            }
            spent.append(batch)
            batch = ready.removeFirst()
            readyBytes -= batch.bytes
            pthread_cond_signal(drained)
            pthread_mutex_unlock(lock)
            taken = 0
        }
        let step = batch.steps[taken]
        taken += 1
        if step.isLast { last = step }
        return step
    }

    /// Stops the parser (within a line or a token, or at the end of the statement it is in:
    /// `stop`) and waits for its thread to end.
    func finish() {
        guard let t = thread else { return }
        stop.raise()
        pthread_mutex_lock(lock)
        stopped = true
        ready.removeAll()
        readyBytes = 0
        pthread_cond_signal(drained)
        pthread_mutex_unlock(lock)
        pthread_join(t, nil)
        thread = nil
    }

    /// The parser's thread: reads steps into batches until the last step or `finish`.
    private func produce() {
        var steps: [ParsedStatement] = []
        steps.reserveCapacity(ParseAhead.batchStatements)
        var batchStart = parser.resumeOffset
        // Statements the run is done with, freed one for each statement parsed: a freed
        // statement's blocks are then the next one's (malloc's per-thread cache holds a
        // handful of blocks of a size; a batch freed at once overflowed it, and malloc's
        // slower paths were a sixth of this thread).
        var toFree: [[ParsedStatement]] = []
        while true {
            let step = ParsedStatement(reading: &parser)
            steps.append(step)
            if let k = toFree.indices.last {
                toFree[k].removeLast()
                if toFree[k].isEmpty { toFree.removeLast() }
            }
            guard step.isLast || steps.count == ParseAhead.batchStatements
                    || parser.resumeOffset - batchStart >= ParseAhead.batchBytes else { continue }
            guard hand(Batch(steps: steps, bytes: parser.resumeOffset - batchStart), spentInto: &toFree) else { return }
            if step.isLast { return }
            steps = []
            steps.reserveCapacity(ParseAhead.batchStatements)
            batchStart = parser.resumeOffset
        }
    }

    /// Queues a batch, waiting while the queue is full, and takes the batches the run is done
    /// with; false when the run has finished.
    private func hand(_ next: Batch, spentInto toFree: inout [[ParsedStatement]]) -> Bool {
        var done: [Batch] = []
        pthread_mutex_lock(lock)
        while (ready.count >= ParseAhead.maxBatches || readyBytes >= ParseAhead.batchBytes * ParseAhead.maxBatches)
                && !stopped {
            pthread_cond_wait(drained, lock)
        }
        let going = !stopped
        if going {
            ready.append(next)
            readyBytes += next.bytes
            pthread_cond_signal(filled)
        }
        swap(&done, &spent)
        pthread_mutex_unlock(lock)
        for b in done where !b.steps.isEmpty {
            // A batch of a few long statements is let go of at once (one by one, it would be
            // held while as many statements are parsed); short ones one by one (`produce`).
            if b.bytes < ParseAhead.batchBytes { toFree.append(b.steps) }
        }
        return going
    }

    /// Steps handed over together, and the bytes of text they cover.
    struct Batch {
        let steps: [ParsedStatement]
        let bytes: Int
    }
}
