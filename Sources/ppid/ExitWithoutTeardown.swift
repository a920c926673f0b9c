#if canImport(Glibc)
import Glibc
#endif

/// Ending the process once a run or a piped session is over, without first freeing what it
/// built: the registers of a 100k-item journal are hundreds of thousands of objects and
/// arrays, released one by one (and their memory handed back to the system chunk by chunk)
/// only for the process to end. That was a tenth of opening a journal from its snapshot.
/// Everything that must outlive the process is already on disk by then: outputs are written
/// unbuffered, files ppid writes are complete and renamed, the journal is synced on append.
enum ExitWithoutTeardown {
    /// Exits with `code` while `value` (what the run built) is still referenced.
    static func exit(_ code: Int32, keeping value: AnyObject) -> Never {
        withExtendedLifetime(value) {
            fflush(nil)
            Glibc.exit(code)
        }
    }
}
