#if canImport(Glibc)
import Glibc
#endif
import Synchronization
import PPIDRuntime

/// Stops an input that computes for long, as Ctrl-C would: a loop over every day of a range
/// from the year 506 and a `print` of each is finite work, but seconds of it under ASan, and
/// libFuzzer (5 s per input, which runs it twice) would call it a timeout. After `limit` of one run the watchdog sets
/// `interruptRequested`, which every loop and call polls; the run then fails with E309 and,
/// like any failed statement, must have changed nothing (checked by the target). An input that
/// does not answer the interrupt still reaches libFuzzer's own timeout: that is a hang.
enum Watchdog {
    /// How long one run may compute before it is interrupted.
    static let limit: Int64 = 1_000_000_000
    /// When the run at hand started (monotonic nanoseconds), 0 between runs.
    private static let started = Atomic<Int64>(0)
    nonisolated(unsafe) private static var thread: pthread_t?

    static func now() -> Int64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec)
    }

    /// Marks the start of a run (and starts the watchdog the first time).
    static func begin() {
        if thread == nil {
            var t = pthread_t()
            if pthread_create(&t, nil, { _ in
                while true {
                    usleep(100_000)
                    let s = Watchdog.started.load(ordering: .relaxed)
                    if s != 0 && Watchdog.now() - s > Watchdog.limit { interruptRequested.store(true, ordering: .relaxed) }
                }
            }, nil) == 0 { thread = t }
        }
        interruptRequested.store(false, ordering: .relaxed)
        started.store(now(), ordering: .relaxed)
    }

    /// Marks the end of a run.
    static func end() {
        started.store(0, ordering: .relaxed)
        interruptRequested.store(false, ordering: .relaxed)
    }
}
