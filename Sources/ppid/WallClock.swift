#if canImport(Glibc)
import Glibc
#endif
import PPIDModel

/// The machine's clocks, read only by the interactive prompt (scripts never see them).
enum WallClock {
    /// The local time now, to the minute (the office's clock has no time zone).
    static func localNow() -> DateTime {
        var seconds = time(nil)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil,
              let date = CivilDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) else {
            // localtime_r cannot fail for the present; the epoch keeps the type simple.
            return DateTime(minutes: 0)!
        }
        return DateTime(date: date, minuteOfDay: Int(parts.tm_hour) * 60 + Int(parts.tm_min))
    }

    /// A monotonic clock in nanoseconds (to say how long a replay took).
    static func monotonicNanoseconds() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(max(0, t.tv_sec)) &* 1_000_000_000 &+ UInt64(max(0, t.tv_nsec))
    }
}
