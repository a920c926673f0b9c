import PPIDText

/// Periods with their own deadline figures (Perki 1/2019: 3 + 2 working days during election
/// stages), and the office's pattern for registration numbers.
extension Registry {
    /// `period NAME FROM..TO "title" { answer N workdays; ... }`: requests received on the days
    /// `from...to` (by the receipt's date) run by these figures; a figure not given keeps
    /// UU 14/2008's (`DeadlineFigures.standard`). Requests received before the period was
    /// declared keep the figures they were received with.
    ///
    /// Errors: a name already declared (E401–E403); `to` before `from`, or a figure below 1
    /// (E485); overlapping another period (E484), since a request must run by one set of figures.
    @discardableResult
    public mutating func definePeriod(name: String, from: CivilDate, to: CivilDate, title: String,
                                      answer: Int? = nil, extension: Int? = nil, objection: Int? = nil,
                                      objectionAnswer: Int? = nil, dispute: Int? = nil) throws(ModelError) -> Period {
        try checkNewName(name, kind: .period)
        guard from <= to else {
            throw ModelError(.periodInvalid, Message.reversed(name, from, to), subject: name)
        }
        let d = DeadlineFigures.standard
        let figures = DeadlineFigures(answer: answer ?? d.answer, extension: `extension` ?? d.extension,
                                      objection: objection ?? d.objection,
                                      objectionAnswer: objectionAnswer ?? d.objectionAnswer,
                                      dispute: dispute ?? d.dispute)
        for f in figures.named where f.days < 1 {
            throw ModelError(.periodInvalid, Message.figure(name, f.name, f.days), subject: name)
        }
        if let other = periods.first(where: { $0.from <= to && from <= $0.to }) {
            throw ModelError(.periodOverlap, Message.overlap(name, from, to, other.name, other.from, other.to),
                             subject: name)
        }
        let period = Period(name: name, from: from, to: to, title: title, figures: figures)
        periods.append(period)
        let range = from == to ? from.iso : from.iso + ".." + to.iso
        let numbers = figures.named.map { "\($0.name) \($0.days)" }.joined(separator: "; ")
        appendLog(.period, name, "\(range) \(title): \(numbers)")
        return period
    }

    /// The period `date` falls in, if any (periods never overlap, so there is at most one).
    public func period(containing date: CivilDate) -> Period? {
        periods.first { $0.contains(date) }
    }

    /// The deadline figures for something received on `date`.
    public func deadlineFigures(on date: CivilDate) -> DeadlineFigures {
        period(containing: date)?.figures ?? .standard
    }

    /// `option request_number "PATTERN"`: how later registration numbers are written (see
    /// `RequestNumberPattern`). Numbers already issued keep their text; the sequence goes on.
    ///
    /// Errors (E473): an unknown token, an unbalanced brace, no `{seq}` or no `{year}`, or
    /// `{office}` when the office is declared without a `code`.
    public mutating func setRequestNumberPattern(_ text: String) throws(ModelError) {
        let pattern = try RequestNumberPattern(text)
        // An office without a code can never get one (it is declared once); an office not yet
        // declared may still bring one, so that case is checked at receipt.
        if pattern.usesOfficeCode, let o = office, o.field("code") == nil {
            throw Registry.officeCodeMissing(pattern)
        }
        requestNumberPattern = pattern
        appendLog(.option, "request_number", text)
    }

    /// The last registration sequence issued in `year` (0 when none was).
    public func lastRequestSequence(in year: Int) -> Int { requestSequences[year] ?? 0 }
}

/// The messages of the rules above.
private enum Message {
    static func reversed(_ name: String, _ from: CivilDate, _ to: CivilDate) -> Text {
        Text(en: "period `\(name)` ends (\(to)) before it starts (\(from))",
             id: "periode `\(name)` berakhir (\(to)) sebelum dimulai (\(from))")
    }
    static func figure(_ name: String, _ figure: String, _ days: Int) -> Text {
        Text(en: "period `\(name)`: `\(figure)` must be at least 1 working day (got \(days))",
             id: "periode `\(name)`: `\(figure)` sedikitnya 1 hari kerja (tertulis \(days))")
    }
    static func overlap(_ name: String, _ from: CivilDate, _ to: CivilDate,
                        _ other: String, _ otherFrom: CivilDate, _ otherTo: CivilDate) -> Text {
        Text(en: "period `\(name)` (\(from)..\(to)) overlaps period `\(other)` (\(otherFrom)..\(otherTo)): a request runs by one period's figures",
             id: "periode `\(name)` (\(from) sampai \(to)) beririsan dengan periode `\(other)` (\(otherFrom) sampai \(otherTo)): satu permohonan hanya mengikuti ketentuan satu periode")
    }
}
