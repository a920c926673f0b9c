import PPIDText

/// Requests for information (permohonan, Pasal 21–22 UU 14/2008): receipt with its
/// registration number, the statutory due, the one extension, and the inbox of open requests.
/// Answers are in Registry+Answers.swift; periods and the number pattern in
/// Registry+Periods.swift.
///
/// The clock is anchored at receipt: the due is the end of working hours of the N-th working
/// day after the receipt's date (counting starts the day after receipt, as for every due in
/// days: docs/language.md §8), where N is the answer figure of the period the request was
/// received in (10 by default), or answer + extension (17) once extended. The time of day of
/// receipt does not matter: a request received after working hours, or on a holiday, counts
/// from the next working day like any other. Every count obeys the calendar coverage rule
/// (E438).
extension Registry {
    /// `request NAME { ... }`: records a request received now (the clock), issues its
    /// registration number (the next in the year of receipt) and computes its due.
    ///
    /// Errors: the clock unset (E431); a name already declared (E401–E403); `from`, `asks` or
    /// `purpose` missing (E472, naming all that are); an `about` item not declared (E441); a
    /// period of the calendar not covered (E438); a pattern with `{office}` and no office
    /// `code` (E473). A failed receipt issues no number.
    @discardableResult
    public mutating func receiveRequest(name: String, fields: RequestFields) throws(ModelError) -> Request {
        try checkNewName(name, kind: .request)
        let now = try requireClock()
        let missing = fields.missing
        guard missing.isEmpty else {
            throw ModelError(.requestFields, Message.missing(name, ListPhrase.names(missing, .and)),
                             notes: [Message.requiredFields], subject: name)
        }
        var about: [String] = []
        var aboutIndices: [Int] = []
        for a in fields.about {
            let i = try resolveItem(a)
            if !aboutIndices.contains(i) {
                about.append(a)
                aboutIndices.append(i)
            }
        }
        let period = period(containing: now.date)
        let figures = period?.figures ?? .standard
        let due = try statutoryDue(received: now, workdays: figures.answer)
        let year = now.date.year
        let sequence = (requestSequences[year] ?? 0) + 1
        let number = try requestNumber(sequence: sequence, date: now.date)

        // Nothing below throws.
        let request = Request(name: name, number: number, sequence: sequence, year: year, received: now,
                              receivedBy: actor, from: fields.from ?? "", address: fields.address,
                              contact: fields.contact, job: fields.job, identity: fields.identity,
                              asks: fields.asks ?? "", purpose: fields.purpose ?? "", via: fields.via,
                              wants: fields.wants, delivery: fields.delivery, about: about,
                              period: period?.name, figures: figures, due: due, extended: nil, answer: nil,
                              aboutIndices: aboutIndices)
        addName(name, .request(requests.count))
        requests.append(request)
        requestSequences[year] = sequence
        appendLog(.receive, name, "\(number); from \(request.from); due \(due.display)")
        return request
    }

    /// `extend NAME "reason"`: the one extension (Pasal 22(8)), before the due and before an
    /// answer. The new due is the end of working hours of the (answer + extension)-th working
    /// day after receipt (17 by default): still counted from receipt, not from the old due.
    ///
    /// Errors: no such request (E471); the actor not allowed by `allow ... to extend` (E422,
    /// E424); already answered (E474); already extended (E475); the due has passed (E476);
    /// no reason (E477); the calendar not covering the new due (E438).
    @discardableResult
    public mutating func extend(_ name: String, reason: String) throws(ModelError) -> Request {
        let r = try resolveRequest(name)
        try authorize(.extend)
        let now = try requireClock()
        let request = requests[r]
        if let answer = request.answer {
            throw ModelError(.requestAnswered, Message.extendAnswered(name, answer.at, answer.outcome.rawValue),
                             subject: name)
        }
        if let e = request.extended {
            throw ModelError(.requestExtendedTwice, Message.extendedTwice(name, e.at, request.due),
                             notes: [Message.extendedBecause(e.reason)], subject: name)
        }
        guard now <= request.due else {
            throw ModelError(.requestExtendLate, Message.extendLate(name, request.due, now),
                             notes: [Message.extendLateHelp], subject: name)
        }
        guard !reason.isEmpty else {
            throw ModelError(.requestExtendReason, Message.extendReason(name), subject: name)
        }
        let figures = request.figures
        let due = try statutoryDue(received: request.received, workdays: figures.answer + figures.extension)
        touchRequest(r)
        requests[r].due = due
        requests[r].extended = RequestExtension(reason: reason, at: now, by: actor)
        appendLog(.extend, name, "due \(due.display): \(reason)")
        return requests[r]
    }

    /// True when the request is open and past its due at the clock.
    public func isOverdue(_ request: Request) -> Bool { request.isOverdue(at: clock) }

    /// The roles whose inbox open requests are in: those of `allow ... to answer` when such a
    /// rule exists; otherwise the `ppid` role when it is declared (the PPID answers requests,
    /// Pasal 13 UU 14/2008); otherwise nil, meaning everyone.
    public var requestAnswerRoles: [String]? {
        if let rule = allowRules[.answer] { return rule }
        return role(named: "ppid") != nil ? ["ppid"] : nil
    }

    /// The open requests, most urgent first: earliest due first, then in order of receipt.
    public var openRequests: [Request] {
        requests.indices.filter { requests[$0].isOpen }
            .sorted { a, b in requests[a].due != requests[b].due ? requests[a].due < requests[b].due : a < b }
            .map { requests[$0] }
    }

    /// The open requests `actorName` (default: the current actor) should answer, most urgent
    /// first (see `openRequests`), each with whether it is overdue at `now` (default: the clock).
    /// Empty without an actor, or when the actor holds none of `requestAnswerRoles`.
    public func requestInbox(for actorName: String? = nil, now: DateTime? = nil) -> [RequestInboxEntry] {
        guard let a = actorName ?? actor else { return [] }
        var role: String?
        if let roles = requestAnswerRoles {
            guard let held = roles.first(where: { holds(a, $0) }) else { return [] }
            role = held
        }
        let t = now ?? clock
        return openRequests.map {
            RequestInboxEntry(request: $0.name, number: $0.number, from: $0.from, asks: $0.asks,
                              received: $0.received, due: $0.due, status: $0.status,
                              overdue: $0.isOverdue(at: t), role: role)
        }
    }

    // MARK: - Internals

    /// The end of working hours of the `n`-th working day after the receipt's date.
    func statutoryDue(received: DateTime, workdays n: Int) throws(ModelError) -> DateTime {
        let day = try calendar.workingDay(n, after: received.date)
        return try calendar.endOfWork(on: day)
    }

    /// The number of the `sequence`-th request of `date`'s year, by the office's pattern.
    func requestNumber(sequence: Int, date: CivilDate) throws(ModelError) -> String {
        let code = office?.field("code")
        if requestNumberPattern.usesOfficeCode, code == nil {
            throw Registry.officeCodeMissing(requestNumberPattern)
        }
        return requestNumberPattern.format(sequence: sequence, date: date, officeCode: code)
    }

    /// The error of a pattern with `{office}` when the office has no `code` field.
    static func officeCodeMissing(_ pattern: RequestNumberPattern) -> ModelError {
        ModelError(.requestNumberPattern, Message.officeCode(pattern.text), notes: [Message.officeCodeHelp])
    }
}

/// The messages of the rules above.
private enum Message {
    static func missing(_ name: String, _ fields: ListPhrase) -> Text {
        Text(en: "request `\(name)` needs \(fields)", id: "permohonan `\(name)` memerlukan \(fields)")
    }
    static let requiredFields = Text(
        en: "a request must say who asks (`from`), what is asked (`asks`) and what for (`purpose`)",
        id: "permohonan harus menyebutkan siapa yang meminta (`from`), informasi yang diminta (`asks`), dan tujuan penggunaannya (`purpose`)")
    static func extendAnswered(_ name: String, _ at: DateTime, _ outcome: String) -> Text {
        Text(en: "request `\(name)` was already answered (\(raw: outcome)) on \(at): it can no longer be extended",
             id: "permohonan `\(name)` sudah dijawab (\(raw: outcome)) pada \(at): jangka waktunya tidak dapat diperpanjang lagi")
    }
    static func extendedTwice(_ name: String, _ at: DateTime, _ due: DateTime) -> Text {
        Text(en: "request `\(name)` was already extended on \(at) (due \(due)): a request is extended only once",
             id: "jangka waktu permohonan `\(name)` sudah diperpanjang pada \(at) (tenggat \(due)): perpanjangan hanya dapat dilakukan satu kali")
    }
    static func extendedBecause(_ reason: String) -> Text {
        Text(en: "the reason given: \"\(reason)\"", id: "alasan yang diberikan: \"\(reason)\"")
    }
    static func extendLate(_ name: String, _ due: DateTime, _ now: DateTime) -> Text {
        Text(en: "request `\(name)` was due \(due): it is \(now), too late to extend",
             id: "tenggat permohonan `\(name)` adalah \(due): sekarang sudah \(now), terlambat untuk memperpanjang")
    }
    static let extendLateHelp = Text(en: "an extension must be notified before the due; answer the request now (it will be marked late)",
                                     id: "perpanjangan harus diberitahukan sebelum tenggat; jawab permohonan sekarang (akan ditandai terlambat)")
    static func extendReason(_ name: String) -> Text {
        Text(en: "extending request `\(name)` needs a written reason",
             id: "perpanjangan jangka waktu permohonan `\(name)` memerlukan alasan tertulis")
    }
    static func officeCode(_ pattern: String) -> Text {
        Text(en: "the request number pattern \"\(pattern)\" uses `{office}`, but the office has no `code`",
             id: "pola nomor registrasi permohonan \"\(pattern)\" memakai `{office}`, tetapi kantor tidak memiliki `code`")
    }
    static let officeCodeHelp = Text(en: "give the office a code (`office \"...\" { code \"3313\" }`) or leave `{office}` out of the pattern",
                                     id: "berikan kode kantor (`office \"...\" { code \"3313\" }`) atau hapus `{office}` dari pola")
}
