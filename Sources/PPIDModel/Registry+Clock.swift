import PPIDText

/// The logical clock and the office calendar.
///
/// The clock is context, not a register change: `at` and `wait` are not written to `log`
/// (every log row carries the clock instead), but the clock is part of the digest.
extension Registry {
    /// `at DATETIME`: sets the clock. It never moves backwards (the same time is fine).
    public mutating func setClock(_ time: DateTime) throws(ModelError) {
        if let c = clock, time < c {
            throw ModelError(.clockBackwards, Message.backwards(time, c))
        }
        clock = time
    }

    /// `wait DURATION`: moves the clock forward (days keep the time of day; minutes and hours
    /// are working time — see `WorkCalendar.advance`).
    public mutating func wait(_ duration: Duration) throws(ModelError) {
        let now = try requireClock()
        guard duration.amount >= 0 else {
            throw ModelError(.waitNegative, Message.negativeWait(duration))
        }
        let next = try calendar.advance(now, by: duration)
        // The clock never moves backwards, whatever the calendar arithmetic says.
        clock = max(now, next)
    }

    /// `holiday FROM..TO "name"` (libur nasional).
    public mutating func addHoliday(from: CivilDate, to: CivilDate, name: String) throws(ModelError) {
        try calendar.addHoliday(from: from, to: to, name: name)
        appendLog(.holiday, name, rangeText(from, to))
    }

    /// `leave FROM..TO "name"` (cuti bersama).
    public mutating func addLeave(from: CivilDate, to: CivilDate, name: String) throws(ModelError) {
        try calendar.addLeave(from: from, to: to, name: name)
        appendLog(.leave, name, rangeText(from, to))
    }

    /// `option workhours START..END`.
    public mutating func setWorkHours(start: TimeOfDay, end: TimeOfDay) throws(ModelError) {
        try calendar.setWorkHours(start: start, end: end)
        appendLog(.option, "workhours", start.iso + ".." + end.iso)
    }

    /// `option leave_is_workday BOOL`.
    public mutating func setLeaveIsWorkday(_ value: Bool) {
        calendar.leaveIsWorkday = value
        appendLog(.option, "leave_is_workday", value ? "true" : "false")
    }

    /// `option unknown_years error|workdays`: whether a working-day count may pass through a
    /// year with no holidays declared while another year has some (see `WorkCalendar.UnknownYears`).
    public mutating func setUnknownYears(_ value: WorkCalendar.UnknownYears) {
        calendar.unknownYears = value
        appendLog(.option, "unknown_years", value.rawValue)
    }

    private func rangeText(_ from: CivilDate, _ to: CivilDate) -> String {
        from == to ? from.iso : from.iso + ".." + to.iso
    }
}

/// The messages of the rules above.
private enum Message {
    static func backwards(_ to: DateTime, _ now: DateTime) -> Text {
        Text(en: "the clock cannot go back to \(to): it is already \(now)",
             id: "waktu tidak dapat dimundurkan ke \(to): sekarang sudah \(now)")
    }
    static func negativeWait(_ d: Duration) -> Text {
        Text(en: "the clock cannot wait a negative duration, got \(d)",
             id: "waktu tidak dapat dimajukan dengan durasi negatif, tertulis \(d)")
    }
}
