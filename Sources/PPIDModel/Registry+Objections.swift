import PPIDText

/// Objections (keberatan, Pasal 35–36 UU 14/2008) to the Atasan PPID: filing, with its
/// ground and its 30-working-day window, and the Atasan's answer, due 30 working days after
/// filing. Disputes and rulings are in Registry+Disputes.swift.
///
/// The ground arises on the day of the request's answer, or at its due when no answer came;
/// the objection may be filed until the end of working hours of the `objection`-th working
/// day after it (30, or the request's period's figure). The answer's due and the dispute's
/// window use the figures of the period the objection was filed in.
extension Registry {
    /// `object REQUEST as NAME { ground a; reason "..." }`: files an objection now.
    ///
    /// Errors: the clock unset (E431); the name taken (E401–E403); no such request (E471); no
    /// ground (E487); a ground that does not fit the request, or a request with nothing to
    /// object to yet (E488); filed after the window, naming its last day (E489); the request
    /// already objected to (E496); the calendar not covering the dates (E438).
    @discardableResult
    public mutating func fileObjection(name: String, request: String, grounds: [ObjectionGround],
                                       reason: String?) throws(ModelError) -> Objection {
        try checkNewName(name, kind: .objection)
        let r = try resolveRequest(request)
        let now = try requireClock()
        var unique: [ObjectionGround] = []
        for g in grounds where !unique.contains(g) { unique.append(g) }
        guard !unique.isEmpty else {
            throw ModelError(.objectionFields, Message.noGround(name), notes: [Message.groundsHelp], subject: name)
        }
        let q = requests[r]
        if let other = objections.first(where: { $0.requestIndex == r }) {
            throw ModelError(.objectionAgain, Message.objectedAlready(request, other.name, other.number), subject: name)
        }
        let arose: CivilDate
        if let a = q.answer {
            arose = a.at.date
        } else if now > q.due {
            arose = q.due.date
        } else {
            throw ModelError(.objectionGround, Message.nothingYet(request, q.due), notes: [Message.nothingYetHelp], subject: name)
        }
        for g in unique { try checkGround(g, q, objection: name) }
        let lastDay = try statutoryDue(received: DateTime(date: arose, minuteOfDay: 0), workdays: q.figures.objection)
        guard now <= lastDay else {
            throw ModelError(.objectionLate, Message.late(request, lastDay, q.figures.objection, arose),
                             notes: [Message.lateHelp], subject: name)
        }
        let period = period(containing: now.date)
        let figures = period?.figures ?? .standard
        let due = try statutoryDue(received: now, workdays: figures.objectionAnswer)
        let year = now.date.year
        let sequence = (objectionSequences[year] ?? 0) + 1
        let number = Registry.objectionNumberPattern.format(sequence: sequence, date: now.date, officeCode: office?.field("code"))

        // Nothing below throws.
        let objection = Objection(name: name, number: number, sequence: sequence, year: year, request: q.name,
                                  received: now, receivedBy: actor, grounds: unique, reason: reason,
                                  period: period?.name, figures: figures, due: due, requestIndex: r)
        addName(name, .objection(objections.count))
        objections.append(objection)
        objectionSequences[year] = sequence
        appendLog(.object, name, "\(number); request \(q.name); ground \(unique.map(\.rawValue).joined(separator: ", ")); due \(due.display)")
        return objection
    }

    /// `answer OBJECTION uphold | grant | partial { reason "..."; given ... }`: the Atasan
    /// PPID's written answer, now. `grant` gives all the request's `about` items, `partial`
    /// the `given` ones; an exempt item given this way ends its exemption, with this answer
    /// as the ground in its history.
    ///
    /// Errors: no such objection (E490); answered twice (E492); by the person who answered the
    /// request (E491); `uphold` without written reasons (E487); a `given` item the request is
    /// not about (E483).
    @discardableResult
    public mutating func answerObjection(_ name: String, outcome: ObjectionOutcome,
                                         details: AnswerDetails = AnswerDetails()) throws(ModelError) -> ObjectionAnswer {
        let o = try resolveObjection(name)
        let allowed = outcome == .partial ? ["given", "reason", "note"] : ["reason", "note"]
        let extra = details.givenFields.filter { !allowed.contains($0) }
        if !extra.isEmpty {
            throw ModelError(.requestAnswerField, Message.notApplicable(outcome.rawValue, ListPhrase.names(extra, .or)),
                             notes: [Message.applicable(outcome.rawValue, ListPhrase.names(allowed, .and))], subject: name)
        }
        let reason = details.reason, note = details.note, given = details.given
        let now = try requireClock()
        let objection = objections[o]
        if let previous = objection.answer {
            throw ModelError(.objectionAnswered, Message.answeredTwice(name, previous.at, previous.outcome.rawValue), subject: name)
        }
        let request = requests[objection.requestIndex]
        if let by = request.answer?.by, by == actor {
            throw ModelError(.objectionSamePerson, Message.samePerson(name, by, request.name),
                             notes: [Message.samePersonHelp], subject: name)
        }
        let why = reason.flatMap { $0.isEmpty ? nil : $0 }
        if outcome == .uphold, why == nil {
            throw ModelError(.objectionFields, Message.upholdNeedsReason(name), subject: name)
        }
        let opened = try itemsGiven(given, all: outcome == .grant, of: request, by: name)
        let days = try calendar.workdays(from: objection.received.date, to: now.date)

        // Nothing below throws.
        let late = now > objection.due
        let answer = ObjectionAnswer(outcome: outcome, at: now, by: actor, days: days, late: late,
                                     reason: why, note: note, given: opened.map { items[$0].name })
        touchObjection(o)
        objections[o].answer = answer
        appendLog(.answer, name, outcome.rawValue + "; \(days) workdays" + (late ? "; late" : ""))
        if outcome.gives {
            for i in opened { endExemption(i, ground: "jawaban keberatan \(name) (\(objection.number)): \(outcome.rawValue)") }
        }
        return answer
    }

    /// The objection `name` and the Atasan PPID's answer, for its written answer (`render notice`).
    ///
    /// Errors: no such objection (E490); not answered yet (E486).
    public func objectionNotice(of name: String) throws(ModelError) -> (Objection, ObjectionAnswer) {
        let o = objections[try resolveObjection(name)]
        guard let a = o.answer else {
            throw ModelError(.requestNotAnswered, Message.notAnswered(name, o.due), subject: name)
        }
        return (o, a)
    }

    /// The open objections `actorName` (default: the current actor) should answer, earliest
    /// due first: the holders of `atasan_ppid` when that role is declared, else everyone's.
    public func objectionInbox(for actorName: String? = nil) -> [Objection] {
        guard let a = actorName ?? actor else { return [] }
        if role(named: "atasan_ppid") != nil, !holds(a, "atasan_ppid") { return [] }
        return objections.filter(\.isOpen).sorted { $0.due < $1.due }
    }

    /// The error of an answer whose word is for the other kind (`answer p1 uphold`,
    /// `answer k1 refuse`): E480.
    public static func answerOutcomeMismatch(_ name: String, isObjection: Bool, outcome: String) -> ModelError {
        let words = isObjection ? ObjectionOutcome.allCases.map(\.rawValue) : RequestOutcome.allCases.map(\.rawValue)
        let list = ListPhrase.names(words, .or)
        return ModelError(.answerOutcomeKind,
                          isObjection ? Message.objectionOutcome(name, outcome, list) : Message.requestOutcome(name, outcome, list),
                          subject: name)
    }

    // MARK: - Internals

    func resolveObjection(_ name: String) throws(ModelError) -> Int {
        guard case .objection(let i)? = lookupName(name) else {
            throw unknown(name, code: .objectionUnknown, kind: .objection)
        }
        return i
    }

    /// Ends item `i`'s exemption, when it has one, by a decision (`ground`): it becomes
    /// `setiap_saat` (public on request) and goes back to `draft` for the DIP's procedure;
    /// the history keeps the ground.
    mutating func endExemption(_ i: Int, ground: String) {
        guard items[i].infoClass == .dikecualikan else { return }
        let item = items[i]
        touchItem(i)
        items[i].infoClass = .setiap_saat
        items[i].exemption = nil
        let newStatus: ItemStatus = item.status == .withdrawn ? .withdrawn : .draft
        items[i].status = newStatus
        let row = appendLog(.classify, item.name, "setiap_saat (pengecualian berakhir: \(ground))")
        appendHistory(i, row: row, what: .class, old: InfoClass.dikecualikan.rawValue, new: InfoClass.setiap_saat.rawValue)
        appendHistory(i, row: row, what: .exemption, old: item.exemption.map(exemptionText), new: "berakhir: " + ground)
        if newStatus != item.status {
            appendHistory(i, row: row, what: .status, old: item.status.rawValue, new: newStatus.rawValue)
        }
    }

    private func checkGround(_ g: ObjectionGround, _ q: Request, objection: String) throws(ModelError) {
        let a = q.answer
        let fits: Bool
        switch g {
        case .a: fits = a?.outcome == .refuse || a?.outcome == .partial
        case .b, .e: fits = true
        case .c: fits = a == nil
        case .d: fits = a != nil
        case .f: fits = (a?.cost ?? 0) > 0
        case .g: fits = a?.late ?? true
        }
        guard fits else {
            let state: Text
            if let a {
                state = Message.answeredAs(a.outcome.rawValue, a.at, a.late)
            } else {
                state = Message.unanswered(q.due)
            }
            throw ModelError(.objectionGround, Message.groundDoesNotFit(g.rawValue, Message.ground(g), q.name, state),
                             subject: objection)
        }
    }
}

/// The messages of the rules above.
private enum Message {
    static func notAnswered(_ name: String, _ due: DateTime) -> Text {
        Text(en: "objection `\(name)` has not been answered yet (due \(due)): there is no written answer to render",
             id: "keberatan `\(name)` belum ditanggapi (tenggat \(due)): belum ada tanggapan tertulis yang dapat dibuat")
    }
    static func objectionOutcome(_ name: String, _ outcome: String, _ words: ListPhrase) -> Text {
        Text(en: "`\(raw: outcome)` answers a request; objection `\(name)` is answered with \(words)",
             id: "`\(raw: outcome)` adalah jawaban atas permohonan; keberatan `\(name)` ditanggapi dengan \(words)")
    }
    static func requestOutcome(_ name: String, _ outcome: String, _ words: ListPhrase) -> Text {
        Text(en: "`\(raw: outcome)` answers an objection; request `\(name)` is answered with \(words)",
             id: "`\(raw: outcome)` adalah tanggapan atas keberatan; permohonan `\(name)` dijawab dengan \(words)")
    }
    static func notApplicable(_ outcome: String, _ fields: ListPhrase) -> Text {
        Text(en: "an answer `\(raw: outcome)` to an objection takes no \(fields)",
             id: "tanggapan `\(raw: outcome)` atas keberatan tidak memakai \(fields)")
    }
    static func applicable(_ outcome: String, _ fields: ListPhrase) -> Text {
        Text(en: "`\(raw: outcome)` takes \(fields)", id: "`\(raw: outcome)` memakai \(fields)")
    }
    static func noGround(_ name: String) -> Text {
        Text(en: "objection `\(name)` needs a ground (`ground a` … `ground g`)", id: "keberatan `\(name)` memerlukan alasan (`ground a` … `ground g`)")
    }
    static let groundsHelp = Text(
        en: "Pasal 35(1) UU 14/2008: a refusal under Pasal 17, b periodic information not provided, c no response, d not answered as asked, e not fulfilled, f an unreasonable cost, g late",
        id: "Pasal 35 ayat (1) UU 14/2008: a penolakan berdasarkan Pasal 17, b informasi berkala tidak disediakan, c permintaan tidak ditanggapi, d ditanggapi tidak sebagaimana diminta, e permintaan tidak dipenuhi, f biaya tidak wajar, g melebihi jangka waktu")
    static func ground(_ g: ObjectionGround) -> Text {
        switch g {
        case .a: Text(en: "a refusal under Pasal 17", id: "penolakan berdasarkan Pasal 17")
        case .b: Text(en: "periodic information not provided", id: "informasi berkala tidak disediakan")
        case .c: Text(en: "no response", id: "permintaan tidak ditanggapi")
        case .d: Text(en: "not answered as asked", id: "ditanggapi tidak sebagaimana diminta")
        case .e: Text(en: "not fulfilled", id: "permintaan tidak dipenuhi")
        case .f: Text(en: "an unreasonable cost", id: "biaya tidak wajar")
        case .g: Text(en: "late", id: "melebihi jangka waktu")
        }
    }
    static func groundDoesNotFit(_ letter: String, _ what: Text, _ request: String, _ state: Text) -> Text {
        Text(en: "ground \(raw: letter) (\(what)) does not fit request `\(request)`: it \(state)",
             id: "alasan \(raw: letter) (\(what)) tidak sesuai dengan permohonan `\(request)`: permohonan itu \(state)")
    }
    static func answeredAs(_ outcome: String, _ at: DateTime, _ late: Bool) -> Text {
        late ? Text(en: "was answered \(raw: outcome) on \(at), late", id: "dijawab \(raw: outcome) pada \(at), terlambat")
             : Text(en: "was answered \(raw: outcome) on \(at), in time", id: "dijawab \(raw: outcome) pada \(at), tepat waktu")
    }
    static func unanswered(_ due: DateTime) -> Text {
        Text(en: "has not been answered (due \(due))", id: "belum dijawab (tenggat \(due))")
    }
    static func nothingYet(_ request: String, _ due: DateTime) -> Text {
        Text(en: "request `\(request)` is not answered and not yet due (due \(due)): there is nothing to object to yet",
             id: "permohonan `\(request)` belum dijawab dan belum melewati tenggat (\(due)): belum ada yang dapat diajukan keberatan")
    }
    static let nothingYetHelp = Text(en: "an objection follows the answer, or the due when no answer comes",
                                     id: "keberatan diajukan setelah jawaban, atau setelah tenggat bila tidak ada jawaban")
    static func late(_ request: String, _ lastDay: DateTime, _ days: Int, _ arose: CivilDate) -> Text {
        Text(en: "the objection to request `\(request)` is too late: the last day was \(lastDay) (\(days) working days after \(arose))",
             id: "keberatan atas permohonan `\(request)` terlambat: batas terakhirnya \(lastDay) (\(days) hari kerja setelah \(arose))")
    }
    static let lateHelp = Text(en: "Pasal 36(1) UU 14/2008: an objection is filed within 30 working days of its ground",
                               id: "Pasal 36 ayat (1) UU 14/2008: keberatan diajukan paling lambat 30 hari kerja setelah alasannya timbul")
    static func objectedAlready(_ request: String, _ other: String, _ number: String) -> Text {
        Text(en: "request `\(request)` already has an objection: `\(other)` (\(number))",
             id: "permohonan `\(request)` sudah diajukan keberatan: `\(other)` (\(number))")
    }
    static func answeredTwice(_ name: String, _ at: DateTime, _ outcome: String) -> Text {
        Text(en: "objection `\(name)` was already answered (\(raw: outcome)) on \(at): an objection is answered once",
             id: "keberatan `\(name)` sudah ditanggapi (\(raw: outcome)) pada \(at): keberatan hanya ditanggapi satu kali")
    }
    static func samePerson(_ name: String, _ by: String, _ request: String) -> Text {
        Text(en: "`\(by)` answered request `\(request)` and may not also answer objection `\(name)`",
             id: "`\(by)` sudah menjawab permohonan `\(request)` sehingga tidak dapat juga menanggapi keberatan `\(name)`")
    }
    static let samePersonHelp = Text(en: "the Atasan PPID reviews the PPID's answer: use `as` to act as someone else",
                                     id: "Atasan PPID menilai jawaban PPID: gunakan `as` untuk bertindak sebagai orang lain")
    static func upholdNeedsReason(_ name: String) -> Text {
        Text(en: "upholding objection `\(name)` needs written reasons (`reason \"...\"`, Pasal 36(3))",
             id: "penolakan keberatan `\(name)` memerlukan alasan tertulis (`reason \"...\"`, Pasal 36 ayat (3))")
    }
}
