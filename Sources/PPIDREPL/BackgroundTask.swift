#if canImport(Glibc)
import Glibc
#endif

/// A computation on a thread of its own, whose result is waited for: opening a journal from
/// its snapshot hashes 20 MB (the journal prefix and the snapshot) on the second core while
/// the first decodes the registers. When no thread can be started it runs at once instead.
final class BackgroundTask<T: Sendable>: @unchecked Sendable {
    // Written by the thread before it ends; read only after `pthread_join`, which orders them.
    private var result: T?
    private var thread: pthread_t?

    /// Starts `work` on a thread of its own.
    static func start(_ work: @escaping @Sendable () -> T) -> BackgroundTask {
        let task = BackgroundTask()
        task.thread = ThreadStart.spawn { task.result = work() }
        if task.thread == nil { task.result = work() }
        return task
    }

    private init() {}

    /// The result, once the work is done.
    func wait() -> T {
        if let t = thread {
            pthread_join(t, nil)
            thread = nil
        }
        return result!
    }
}

/// Starting a thread on a closure (a C function pointer cannot come from generic code).
private final class ThreadStart {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }

    static func spawn(_ run: @escaping () -> Void) -> pthread_t? {
        var t = pthread_t()
        let context = Unmanaged.passRetained(ThreadStart(run)).toOpaque()
        // The thread starts with every signal blocked (it inherits the mask), so Ctrl-C and
        // a resized terminal still interrupt the main thread, which the prompt relies on.
        var all = sigset_t(), old = sigset_t()
        sigfillset(&all)
        pthread_sigmask(SIG_SETMASK, &all, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
        let started = pthread_create(&t, nil, { context in
            Unmanaged<ThreadStart>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        guard started == 0 else {
            Unmanaged<ThreadStart>.fromOpaque(context).release()
            return nil
        }
        return t
    }
}
