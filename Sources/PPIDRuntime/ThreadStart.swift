#if canImport(Glibc)
import Glibc
#endif

/// Starting a thread on a closure (a C function pointer cannot come from generic code), for
/// `BackgroundTask` and `ParseAhead`.
final class ThreadStart {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }

    /// A joinable thread running `run`, or nil when none can be started.
    ///
    /// The thread starts with every signal blocked (it inherits the mask), so Ctrl-C and a
    /// resized terminal still interrupt the main thread, which the prompt and the run's
    /// interrupt checks rely on. SIGBUS and SIGSEGV stay deliverable: they are faults of the
    /// thread itself (a mapped script cut short while it is read), and a blocked fault signal
    /// would kill the process without the message ppid prints for it.
    static func spawn(_ run: @escaping () -> Void) -> pthread_t? {
        var t = pthread_t()
        let context = Unmanaged.passRetained(ThreadStart(run)).toOpaque()
        var all = sigset_t(), old = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGBUS)
        sigdelset(&all, SIGSEGV)
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
