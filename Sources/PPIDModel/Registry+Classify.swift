import PPIDText

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
        for w in input.withheld {
            if newClass == .dikecualikan { throw ModelError(.classifyFields, Message.withholdExempt(name)) }
            if w.basis.isEmpty { throw ModelError(.exemptMissing, Message.withholdBasis(w.part)) }
            if let problem = Pasal17.problem(in: w.basis) {
                throw ModelError(.exemptBasis, problem, notes: [Message.basisLetters])
            }
        }
        let ground = input.ground.flatMap { $0.isEmpty ? nil : $0 }
        let leaving = item.infoClass == .dikecualikan && newClass != .dikecualikan
        if leaving, ground == nil {
            throw ModelError(.exemptLeaveGround, Message.leaveNeedsGround(name, newClass.rawValue),
                             notes: [Message.leaveGroundHelp(name, newClass.rawValue)], subject: name)
        }
        if !leaving, ground != nil {
            throw ModelError(.classifyFields, Message.groundNotLeaving(name))
        }

        var newStatus = item.status
        if item.status == .withdrawn {
            newStatus = .draft
        } else if let old = item.infoClass, old.isPublic != newClass.isPublic,
                  item.status == .proposed || item.status == .approved {
            newStatus = .draft
        }
        let classChanged = item.infoClass != newClass
        let withheldChanged = item.withheld != input.withheld
        let exemptionChanged = item.exemption != newExemption
        let statusChanged = newStatus != item.status
        guard classChanged || exemptionChanged || statusChanged || withheldChanged else { return }

        touchItem(i)
        items[i].infoClass = newClass
        items[i].exemption = newExemption
        items[i].status = newStatus
        items[i].withheld = input.withheld
        var detail = newClass.rawValue
        for w in input.withheld { detail += " (dihitamkan: \(w.part), \(w.basis))" }
        if let e = newExemption { detail += " (" + exemptionText(e) + ")" }
        if let g = ground, leaving { detail += " (pengecualian berakhir: " + g + ")" }
        // The stored name, so the row shares its storage rather than holding a copy.
        let row = appendLog(.classify, item.name, detail)
        if classChanged {
            appendHistory(i, row: row, what: .class, old: item.infoClass?.rawValue, new: newClass.rawValue)
        }
        if exemptionChanged {
            appendHistory(i, row: row, what: .exemption, old: item.exemption.map(exemptionText),
                          new: newExemption.map(exemptionText) ?? ground.map { "berakhir: " + $0 })
        }
        if statusChanged {
            appendHistory(i, row: row, what: .status, old: item.status.rawValue, new: newStatus.rawValue)
        }
        if withheldChanged {
            func text(_ l: [WithheldPart]) -> String? { l.isEmpty ? nil : l.map { "\($0.part) (\($0.basis))" }.joined(separator: "; ") }
            appendHistory(i, row: row, what: .exemption, old: text(item.withheld), new: text(input.withheld))
        }
    }

    /// Moves an item forward by a run's mark (or directly). See the type's rules.
    public mutating func mark(_ name: String, _ state: MarkState) throws(ModelError) {
        let i = try resolveItem(name)
        try checkMark(i, state)
        applyMark(i, state, detail: Registry.markDetail(state, context: nil))
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
            let basis = e.map { Text(verbatim: $0.basis) } ?? Message.someBasis
            let until: any Localizable = e?.until ?? e?.condition ?? "?"
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

    /// The log's detail for a mark: the state, and the run step that marked it, if any.
    static func markDetail(_ state: MarkState, context: String?) -> String {
        context.map { state.rawValue + " (" + $0 + ")" } ?? state.rawValue
    }

    /// Applies a checked mark; returns whether it changed anything. `detail` is the log's
    /// detail (`markDetail`), the same for every item a run step marks.
    @discardableResult
    mutating func applyMark(_ i: Int, _ state: MarkState, detail: String) -> Bool {
        let item = items[i]
        if let target = state.status {
            guard target.rank > item.status.rank else { return false }
            touchItem(i)
            items[i].status = target
            let row = appendLog(.mark, item.name, detail)
            appendHistory(i, row: row, what: .status, old: item.status.rawValue, new: target.rawValue)
        } else {
            guard !item.documented else { return false }
            touchItem(i)
            items[i].documented = true
            let row = appendLog(.mark, item.name, detail)
            appendHistory(i, row: row, what: .documented, old: "false", new: "true")
        }
        return true
    }

    /// The item `name` and its exemption, for its lembar pengujian konsekuensi.
    ///
    /// Errors: no such item (E441); not exempt (E449).
    public func exemption(of name: String) throws(ModelError) -> (InfoItem, Exemption) {
        let item = items[try resolveItem(name)]
        guard let e = item.exemption, item.infoClass == .dikecualikan else {
            throw ModelError(.exemptNone, Message.notExempt(name, item.infoClass?.rawValue ?? "-"), subject: name)
        }
        return (item, e)
    }

    /// Checks an exemption's fields and resolves `for DURATION` to an end date.
    func makeExemption(_ input: ExemptionInput) throws(ModelError) -> Exemption {
        var missing: [Text] = []
        let basis = input.basis ?? ""
        let consequence = input.consequence ?? ""
        if basis.isEmpty { missing.append(Message.basis) }
        if consequence.isEmpty { missing.append(Message.consequence) }
        if input.until == nil && input.period == nil && input.condition == nil { missing.append(Message.period) }
        if !missing.isEmpty {
            throw ModelError(.exemptMissing, Message.missing(ListPhrase(missing)))
        }
        if [input.until != nil, input.period != nil, input.condition != nil].filter({ $0 }).count > 1 {
            throw ModelError(.exemptPeriod, Message.twoPeriods)
        }
        if let problem = Pasal17.problem(in: basis) {
            throw ModelError(.exemptBasis, problem, notes: [Message.basisLetters])
        }
        if let d = input.until, let t = today, d < t {
            throw ModelError(.exemptUntilPast, Message.untilPast(d, t))
        }
        var until: CivilDate?
        if let d = input.until {
            until = d
        } else if input.condition != nil {
            until = nil
        } else if let p = input.period {
            until = try exemptionEnd(after: p)
        } else {
            throw ModelError(.exemptMissing, Message.missing(ListPhrase([Message.period])))
        }
        return Exemption(basis: basis, consequence: consequence, publicInterest: input.publicInterest,
                         until: until, condition: input.condition, period: input.period, decree: input.decree,
                         test: input.test.isEmpty ? nil : input.test)
    }

    /// The last day of an exemption given `for` a period, counted from today: weeks, months and
    /// years by the calendar; days and workdays as working days (like a due date).
    func exemptionEnd(after p: Duration) throws(ModelError) -> CivilDate {
        guard let now = clock else {
            throw ModelError(.clockUnset, Message.periodNeedsClock(p))
        }
        guard p.amount > 0 else {
            throw ModelError(.exemptPeriod, Message.notPositive(p))
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
            throw ModelError(.exemptPeriod, Message.periodUnit(p.unit.plural))
        }
        guard let e = end else {
            throw ModelError(.exemptPeriod, Message.periodPastEnd(p))
        }
        return e
    }

    func exemptionText(_ e: Exemption) -> String {
        e.basis + ", until " + (e.until?.iso ?? e.condition ?? "")
    }
}

/// The messages of the rules above.
private enum Message {
    static func withholdExempt(_ name: String) -> Text {
        Text(en: "`withhold` keeps a public item public with a part blacked out; `\(name)` is being exempted whole",
             id: "`withhold` menjaga informasi tetap terbuka dengan sebagian dihitamkan; `\(name)` sedang dikecualikan seluruhnya")
    }
    static func withholdBasis(_ part: String) -> Text {
        Text(en: "withholding \"\(part)\" needs its basis (`withhold \"...\" basis \"Pasal 17 huruf ...\"`)",
             id: "menghitamkan \"\(part)\" memerlukan dasarnya (`withhold \"...\" basis \"Pasal 17 huruf ...\"`)")
    }
    static func notExempt(_ name: String, _ cls: String) -> Text {
        Text(en: "`\(name)` is not exempt (class \(raw: cls)): it has no consequence test to render",
             id: "`\(name)` bukan informasi yang dikecualikan (kategori \(raw: cls)): tidak ada uji konsekuensi yang dapat dibuat")
    }
    static func leaveNeedsGround(_ name: String, _ newClass: String) -> Text {
        Text(en: "`\(name)` is exempt: classifying it as \(raw: newClass) needs the ground that ends its exemption",
             id: "`\(name)` adalah informasi yang dikecualikan: mengklasifikasikannya sebagai \(raw: newClass) memerlukan dasar berakhirnya pengecualian")
    }
    static func leaveGroundHelp(_ name: String, _ newClass: String) -> Text {
        Text(en: "for example `classify \(name) as \(raw: newClass) { ground \"jangka waktu pengecualian berakhir\" }` (the period ended, written consent, an objection answer, a Komisi Informasi or court ruling, a revoking decree)",
             id: "misalnya `classify \(name) as \(raw: newClass) { ground \"jangka waktu pengecualian berakhir\" }` (jangka waktu berakhir, persetujuan tertulis, tanggapan atas keberatan, putusan Komisi Informasi atau pengadilan, pencabutan penetapan)")
    }
    static func groundNotLeaving(_ name: String) -> Text {
        Text(en: "`ground` says why an exemption ends; `\(name)` is not leaving dikecualikan",
             id: "`ground` menyatakan dasar berakhirnya pengecualian; `\(name)` tidak sedang keluar dari dikecualikan")
    }
    static let basisLetters = Text(
        en: "Pasal 17 UU 14/2008: a law enforcement, b intellectual property and fair competition, c defence and security, d natural wealth, e economic resilience, f foreign relations, g private deeds and wills, h personal secrets (angka 1–5), i internal memoranda, j another law",
        id: "Pasal 17 UU 14/2008: a penegakan hukum, b hak kekayaan intelektual dan persaingan usaha, c pertahanan dan keamanan negara, d kekayaan alam, e ketahanan ekonomi nasional, f hubungan luar negeri, g akta otentik dan wasiat, h rahasia pribadi (angka 1–5), i memorandum antar/intra badan publik, j undang-undang lain")
    static func untilPast(_ until: CivilDate, _ today: CivilDate) -> Text {
        Text(en: "the exemption would end on \(until), which is already past (today is \(today))",
             id: "pengecualian akan berakhir pada \(until), yang sudah lewat (hari ini \(today))")
    }
    static func published(_ name: String) -> Text {
        Text(en: "`\(name)` is published: withdraw it first, then classify it as dikecualikan",
             id: "`\(name)` sudah diumumkan: tarik terlebih dahulu, lalu klasifikasikan sebagai dikecualikan")
    }
    static func exemptionFields(_ name: String, _ newClass: String) -> Text {
        Text(en: "only an exempt item (dikecualikan) takes basis, consequence, public_interest, until, for or decree; `\(name)` is being classified as \(newClass)",
             id: "hanya informasi yang dikecualikan yang dapat diberi basis, consequence, public_interest, until, for atau decree; `\(name)` sedang diklasifikasikan sebagai \(newClass)")
    }
    static func markWithdrawn(_ name: String, _ state: String) -> Text {
        Text(en: "`\(name)` is withdrawn: it cannot be marked \(state); classify it again to reopen it",
             id: "`\(name)` sudah ditarik: tidak dapat ditandai `\(state)`; klasifikasikan lagi untuk membukanya kembali")
    }
    /// The basis of an exempt item that has none recorded (which `classify` never leaves).
    static let someBasis = Text(en: "an exemption", id: "suatu dasar pengecualian")
    static func exemptionEnded(_ name: String, _ basis: Text, _ until: any Localizable) -> Text {
        Text(en: "`\(name)` is exempt (dikecualikan) under \(basis); its exemption ended on \(until): review it and classify it as open before publishing",
             id: "`\(name)` dikecualikan berdasarkan \(basis); jangka waktu pengecualiannya berakhir pada \(until): tinjau kembali dan klasifikasikan sebagai informasi terbuka sebelum diumumkan")
    }
    static let neverPublished = Text(en: "an exempt item can never be published",
                                     id: "informasi yang dikecualikan tidak pernah boleh diumumkan")
    static func exempt(_ name: String, _ basis: Text, _ until: any Localizable) -> Text {
        Text(en: "`\(name)` is exempt (dikecualikan) under \(basis) until \(until): it can never be published",
             id: "`\(name)` dikecualikan berdasarkan \(basis) sampai \(until): informasi ini tidak boleh diumumkan")
    }
    static let howToOpen = Text(
        en: "to open it, classify it as berkala, serta_merta or setiap_saat once the exemption ends or is revoked",
        id: "untuk membukanya, klasifikasikan sebagai berkala, serta_merta atau setiap_saat setelah pengecualian berakhir atau dicabut")
    static func unclassified(_ name: String) -> Text {
        Text(en: "`\(name)` is not classified yet: classify it before it is published",
             id: "`\(name)` belum diklasifikasikan: klasifikasikan sebelum diumumkan")
    }
    static let basis = Text(en: "a legal basis (e.g. \"Pasal 17 huruf h\")",
                            id: "dasar pengecualian (misalnya \"Pasal 17 huruf h\")")
    static let consequence = Text(en: "a consequence (the harm if the information were opened)",
                                  id: "uji konsekuensi (kerugian jika informasi dibuka)")
    static let period = Text(en: "a period (an end date or a duration)", id: "jangka waktu (tanggal berakhir atau durasi)")
    /// `parts` lists `basis`, `consequence` and `period`.
    static func missing(_ parts: ListPhrase) -> Text {
        Text(en: "an exemption needs \(parts)", id: "pengecualian memerlukan \(parts)")
    }
    static let twoPeriods = Text(
        en: "give the exemption period once: an end date or a duration, not both",
        id: "tetapkan jangka waktu pengecualian satu kali saja: tanggal berakhir atau durasi, bukan keduanya")
    static func periodNeedsClock(_ p: Duration) -> Text {
        Text(en: "the clock is not set (an exemption for \(p) counts from today)",
             id: "waktu belum ditetapkan (pengecualian selama \(p) dihitung sejak hari ini)")
    }
    static func notPositive(_ p: Duration) -> Text {
        Text(en: "an exemption period must be positive, got \(p)", id: "jangka waktu pengecualian harus positif, tertulis \(p)")
    }
    /// `units` is the unit's plural ("hours").
    static func periodUnit(_ units: Text) -> Text {
        Text(en: "an exemption period is counted in days, weeks, months or years, not \(units)",
             id: "jangka waktu pengecualian dihitung dalam hari, minggu, bulan atau tahun, bukan \(units)")
    }
    static func periodPastEnd(_ p: Duration) -> Text {
        Text(en: "an exemption for \(p) would end after the year 9999", id: "pengecualian selama \(p) akan berakhir setelah tahun 9999")
    }
}
