#if canImport(Glibc)
import Glibc
#endif

/// A computation on a thread of its own, whose result is waited for: opening a journal from
/// its snapshot reads the journal and hashes 18 MB (the journal prefix and the snapshot) on
/// the second core, and decodes the log and the items' history on a third thread, while the
/// first decodes the items. When no thread can be started it runs at once instead.
public final class BackgroundTask<T: Sendable>: @unchecked Sendable {
    // Written by the thread before it ends; read only after `pthread_join`, which orders them.
    private var result: T?
    private var thread: pthread_t?

    /// Starts `work` on a thread of its own.
    public static func start(_ work: @escaping @Sendable () -> T) -> BackgroundTask {
        let task = BackgroundTask()
        task.thread = ThreadStart.spawn { task.result = work() }
        if task.thread == nil { task.result = work() }
        return task
    }

    private init() {}

    /// The result, once the work is done.
    public func wait() -> T {
        if let t = thread {
            pthread_join(t, nil)
            thread = nil
        }
        return result!
    }
}
