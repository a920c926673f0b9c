/// Classification and the forward-only status marks, which keep THE invariant:
/// an item classified `dikecualikan` is never published and never in `dip`.
///
/// Status rules (decisions):
/// - `classify` of a withdrawn item reopens it: status back to `draft`.
/// - Moving between an open class and `dikecualikan` (either way) sends a `proposed` or
///   `approved` item back to `draft`: an approval of an open item is not an approval of its
///   exemption, nor the other way round. Moving between open classes keeps the status.
/// - A published item cannot become exempt: it must be withdrawn first.
/// - Marks only move `draft → proposed → approved → published` forward; a mark at or behind the
///   current status changes nothing. Marking a withdrawn item is an error.
extension Registry {
    /// `classify NAME as CLASS { exemption }`. An exemption needs a basis, a consequence and a
    /// period (`until` or `for`, which counts from today so needs the clock).
    public mutating func classify(_ name: String, as newClass: InfoClass,
                                  exemption input: ExemptionInput = ExemptionInput()) throws(ModelError) {
        let i = try resolveItem(name)
        try authorize(.classify)
        let item = items[i]
        var newExemption: Exemption?
        if newClass == .dikecualikan {
            if item.status == .published {
                throw ModelError(.classifyPublished, Message.published(name), subject: name)
            }
            newExemption = try makeExemption(input)
        } else if !input.isEmpty {
            throw ModelError(.classifyFields, Message.exemptionFields(name, newClass.rawValue))
        }

        var newStatus = item.status
        if item.status == .withdrawn {
            newStatus = .draft
        } else if let old = item.infoClass, old.isPublic != newClass.isPublic,
                  item.status == .proposed || item.status == .approved {
            newStatus = .draft
        }
        let classChanged = item.infoClass != newClass
        let exemptionChanged = item.exemption != newExemption
        let statusChanged = newStatus != item.status
        guard classChanged || exemptionChanged || statusChanged else { return }

        touchItem(i)
        items[i].infoClass = newClass
        items[i].exemption = newExemption
        items[i].status = newStatus
        var detail = newClass.rawValue
        if let e = newExemption { detail += " (" + exemptionText(e) + ")" }
        // The stored name, so the row shares its storage rather than holding a copy.
        let row = appendLog(.classify, item.name, detail)
        if classChanged {
            appendHistory(i, row: row, what: .class, old: item.infoClass?.rawValue, new: newClass.rawValue)
        }
        if exemptionChanged {
            appendHistory(i, row: row, what: .exemption, old: item.exemption.map(exemptionText),
                          new: newExemption.map(exemptionText))
        }
        if statusChanged {
            appendHistory(i, row: row, what: .status, old: item.status.rawValue, new: newStatus.rawValue)
        }
    }

    /// Moves an item forward by a run's mark (or directly). See the type's rules.
    public mutating func mark(_ name: String, _ state: MarkState) throws(ModelError) {
        let i = try resolveItem(name)
        try checkMark(i, state)
        applyMark(i, state, context: nil)
    }

    /// Throws if marking item `i` with `state` would break a rule; changes nothing.
    func checkMark(_ i: Int, _ state: MarkState) throws(ModelError) {
        let item = items[i]
        if item.status == .withdrawn {
            throw ModelError(.markWithdrawn, Message.markWithdrawn(item.name, state.rawValue))
        }
        guard state == .published else { return }
        if item.infoClass == .dikecualikan {
            let e = item.exemption
            let basis = e?.basis ?? "an exemption"
            let until = e?.until.iso ?? "?"
            if isExpired(item) {
                throw ModelError(.publishExempt, Message.exemptionEnded(item.name, basis, until),
                                 notes: [Message.neverPublished])
            }
            throw ModelError(.publishExempt, Message.exempt(item.name, basis, until),
                             notes: [Message.howToOpen])
        }
        if item.infoClass == nil {
            throw ModelError(.publishUnclassified, Message.unclassified(item.name))
        }
    }

    /// Applies a checked mark; returns whether it changed anything. `context` names the run step.
    @discardableResult
    mutating func applyMark(_ i: Int, _ state: MarkState, context: String?) -> Bool {
        let item = items[i]
        let suffix = context.map { " (" + $0 + ")" } ?? ""
        if let target = state.status {
            guard target.rank > item.status.rank else { return false }
            touchItem(i)
            items[i].status = target
            let row = appendLog(.mark, item.name, state.rawValue + suffix)
            appendHistory(i, row: row, what: .status, old: item.status.rawValue, new: target.rawValue)
        } else {
            guard !item.documented else { return false }
            touchItem(i)
            items[i].documented = true
            let row = appendLog(.mark, item.name, state.rawValue + suffix)
            appendHistory(i, row: row, what: .documented, old: "false", new: "true")
        }
        return true
    }

    /// Checks an exemption's fields and resolves `for DURATION` to an end date.
    func makeExemption(_ input: ExemptionInput) throws(ModelError) -> Exemption {
        var missing: [String] = []
        let basis = input.basis ?? ""
        let consequence = input.consequence ?? ""
        if basis.isEmpty { missing.append(Message.basis) }
        if consequence.isEmpty { missing.append(Message.consequence) }
        if input.until == nil && input.period == nil { missing.append(Message.period) }
        if !missing.isEmpty {
            throw ModelError(.exemptMissing, Message.missing(listPhrase(missing)))
        }
        if input.until != nil && input.period != nil {
            throw ModelError(.exemptPeriod, Message.twoPeriods)
        }
        var until: CivilDate
        if let d = input.until {
            until = d
        } else if let p = input.period {
            until = try exemptionEnd(after: p)
        } else {
            throw ModelError(.exemptMissing, Message.missing(Message.period))
        }
        return Exemption(basis: basis, consequence: consequence, publicInterest: input.publicInterest,
                         until: until, period: input.period, decree: input.decree)
    }

    /// The last day of an exemption given `for` a period, counted from today: weeks, months and
    /// years by the calendar; days and workdays as working days (like a due date).
    func exemptionEnd(after p: Duration) throws(ModelError) -> CivilDate {
        guard let now = clock else {
            throw ModelError(.clockUnset, Message.periodNeedsClock(p.description))
        }
        guard p.amount > 0 else {
            throw ModelError(.exemptPeriod, Message.notPositive(p.description))
        }
        let today = now.date
        var end: CivilDate?
        switch p.unit {
        case .year:
            let (months, o) = p.amount.multipliedReportingOverflow(by: 12)
            end = o ? nil : today.adding(months: months)
        case .month:
            end = today.adding(months: p.amount)
        case .week:
            let (days, o) = p.amount.multipliedReportingOverflow(by: 7)
            end = o ? nil : today.adding(days: days)
        case .day, .workday:
            end = try calendar.due(from: now, after: p).date
        case .minute, .hour:
            throw ModelError(.exemptPeriod, Message.periodUnit(p.unit.rawValue))
        }
        guard let e = end else {
            throw ModelError(.exemptPeriod, Message.periodPastEnd(p.description))
        }
        return e
    }

    func exemptionText(_ e: Exemption) -> String {
        e.basis + ", until " + e.until.iso
    }
}

/// The messages of the rules above.
private enum Message {
    static func published(_ name: String) -> String { "`\(name)` is published: withdraw it first, then classify it as dikecualikan" }
    static func exemptionFields(_ name: String, _ newClass: String) -> String {
        "only an exempt item (dikecualikan) takes basis, consequence, public_interest, until, for or decree; `\(name)` is being classified as \(newClass)"
    }
    static func markWithdrawn(_ name: String, _ state: String) -> String { "`\(name)` is withdrawn: it cannot be marked \(state); classify it again to reopen it" }
    static func exemptionEnded(_ name: String, _ basis: String, _ until: String) -> String {
        "`\(name)` is exempt (dikecualikan) under \(basis); its exemption ended on \(until): review it and classify it as open before publishing"
    }
    static let neverPublished = "an exempt item can never be published"
    static func exempt(_ name: String, _ basis: String, _ until: String) -> String {
        "`\(name)` is exempt (dikecualikan) under \(basis) until \(until): it can never be published"
    }
    static let howToOpen = "to open it, classify it as berkala, serta_merta or setiap_saat once the exemption ends or is revoked"
    static func unclassified(_ name: String) -> String { "`\(name)` is not classified yet: classify it before it is published" }
    static let basis = "a legal basis (e.g. \"Pasal 17 huruf h\")"
    static let consequence = "a consequence (the harm if the information were opened)"
    static let period = "a period (an end date or a duration)"
    /// `parts` is a list phrase of `basis`, `consequence` and `period`.
    static func missing(_ parts: String) -> String { "an exemption needs \(parts)" }
    static let twoPeriods = "give the exemption period once: an end date or a duration, not both"
    static func periodNeedsClock(_ p: String) -> String { "the clock is not set (an exemption for \(p) counts from today)" }
    static func notPositive(_ p: String) -> String { "an exemption period must be positive, got \(p)" }
    static func periodUnit(_ unit: String) -> String { "an exemption period is counted in days, weeks, months or years, not \(unit)s" }
    static func periodPastEnd(_ p: String) -> String { "an exemption for \(p) would end after the year 9999" }
}
