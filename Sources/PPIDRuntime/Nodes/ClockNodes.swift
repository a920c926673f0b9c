import PPIDSyntax
import PPIDModel
import PPIDText

final class HolidayNode: StmtNode {
    let days: ExprNode
    let name: ExprNode?
    let isLeave: Bool
    init(_ days: ExprNode, _ name: ExprNode?, isLeave: Bool, _ range: SourceRange) {
        self.days = days
        self.name = name
        self.isLeave = isLeave
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let from: CivilDate, to: CivilDate
        switch try days.eval(rt) {
        case .date(let d): (from, to) = (d, d)
        case .dateRange(let a, let b): (from, to) = (a, b)
        case let v:
            throw RuntimeError(.typeMismatch, Text(en: "expected a date or a date range such as 2024-04-10..2024-04-11, found \(v.typeName)",
                                                   id: "seharusnya tanggal atau rentang tanggal, misalnya 2024-04-10..2024-04-11, tetapi yang ada \(v.typeName)"),
                               at: days.range)
        }
        let label = try name.map { (e) throws(RuntimeError) in rt.text(try e.eval(rt)) } ?? (isLeave ? "Cuti bersama" : "Libur nasional")
        try rt.model(range) { (r) throws(ModelError) in
            if isLeave { try r.addLeave(from: from, to: to, name: label) } else { try r.addHoliday(from: from, to: to, name: label) }
        }
        return .normal
    }
}

final class OptionNode: StmtNode {
    let option: String
    let value: ExprNode
    init(_ option: String, _ value: ExprNode, _ range: SourceRange) {
        self.option = option
        self.value = value
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let v = try value.eval(rt)
        switch (option, v) {
        case ("workhours", .timeRange(let a, let b)):
            try rt.model(range) { (r) throws(ModelError) in try r.setWorkHours(start: a, end: b) }
        case ("leave_is_workday", .bool(let b)):
            rt.registry.setLeaveIsWorkday(b)
        case ("workhours", _):
            throw RuntimeError(.typeMismatch, Text(en: "option workhours needs a time range such as 08:00..16:00, found \(v.typeName)",
                                                   id: "option workhours memerlukan rentang jam, misalnya 08:00..16:00, tetapi yang ada \(v.typeName)"), at: value.range)
        default:
            throw RuntimeError(.typeMismatch, Text(en: "option \(option) needs true or false, found \(v.typeName)",
                                                   id: "option \(option) memerlukan true atau false, tetapi yang ada \(v.typeName)"), at: value.range)
        }
        return .normal
    }
}

/// `option unknown_years workdays|error` (the word is checked when compiled).
final class UnknownYearsNode: StmtNode {
    let mode: WorkCalendar.UnknownYears
    init(_ mode: WorkCalendar.UnknownYears, _ range: SourceRange) {
        self.mode = mode
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        rt.registry.setUnknownYears(mode)
        return .normal
    }
}

/// `option language id|en`: the language of messages from this statement on. It is how the
/// session is shown, not what the office recorded: it is kept out of the registers, `log`
/// and `digest()`, so a script digests the same in either language. A replay of the journal
/// runs it again, which is how the prompt keeps it across `:undo`.
final class LanguageOptionNode: StmtNode {
    let language: Language
    init(_ language: Language, _ range: SourceRange) {
        self.language = language
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        rt.language = language
        return .normal
    }
}

final class AtNode: StmtNode {
    /// nil for `at now`.
    let when: ExprNode?
    init(_ when: ExprNode?, _ range: SourceRange) {
        self.when = when
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let t: DateTime
        if let when {
            switch try when.eval(rt) {
            case .dateTime(let d): t = d
            case .date(let d): t = DateTime(date: d, minuteOfDay: 0)
            case let v:
                throw RuntimeError(.typeMismatch, Text(en: "'at' needs a date or a date-time such as 2024-04-01T09:00, found \(v.typeName)",
                                                       id: "'at' memerlukan tanggal atau tanggal dan jam, misalnya 2024-04-01T09:00, tetapi yang ada \(v.typeName)"),
                                   at: when.range)
            }
        } else {
            guard let wall = rt.wallClock else {
                throw RuntimeError(.badValue, Text(en: "`at now` reads the wall clock, which only the interactive prompt does; a script gives the time: at 2024-04-01T09:00",
                                                  id: "`at now` membaca jam sistem, yang hanya dilakukan oleh prompt interaktif; skrip harus menyebutkan waktunya: at 2024-04-01T09:00"),
                                   at: range)
            }
            t = wall()
            rt.followWallClock = true
        }
        try rt.model(range) { (r) throws(ModelError) in try r.setClock(t) }
        if when != nil { rt.followWallClock = false }
        return .normal
    }
}

final class WaitNode: StmtNode {
    let duration: ExprNode
    init(_ d: ExprNode, _ range: SourceRange) {
        duration = d
        super.init(range)
    }
    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        let v = try duration.eval(rt)
        guard case .duration(let d) = v else {
            throw RuntimeError(.typeMismatch, Text(en: "'wait' needs a duration such as 3 workdays, found \(v.typeName)",
                                                   id: "'wait' memerlukan durasi, misalnya 3 workdays, tetapi yang ada \(v.typeName)"), at: duration.range)
        }
        try rt.model(range) { (r) throws(ModelError) in try r.wait(d) }
        return .normal
    }
}
