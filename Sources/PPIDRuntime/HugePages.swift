#if canImport(Glibc)
import Glibc
#endif

/// A large buffer filled at once asks for 2 MiB pages, where the system gives them on request
/// (Linux's transparent huge pages in `madvise` mode): filling megabytes 4 KiB at a time costs
/// a page fault each (reading a 10 MB journal: 2,500 faults, three times as long as the copy).
/// Asking is only a hint, refused where the system has no such pages; the span keeps the
/// request when malloc reuses it later, which only makes later faults there larger.
enum HugePages {
    static let size = 2 << 20

    /// Asks for huge pages for the whole 2 MiB spans inside `buf`.
    static func ask(_ buf: UnsafeMutableRawBufferPointer) {
        guard buf.count >= 2 * size, let base = buf.baseAddress else { return }
        let start = (Int(bitPattern: base) + size - 1) & ~(size - 1)
        let end = (Int(bitPattern: base) + buf.count) & ~(size - 1)
        guard end > start, let p = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(p, end - start, MADV_HUGEPAGE)
    }
}
