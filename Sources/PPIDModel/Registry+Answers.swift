import PPIDText

/// The written notice of a request (pemberitahuan tertulis, Pasal 22(7) UU 14/2008).
extension Registry {
    /// `answer NAME OUTCOME { ... }`: records the written notice now (the clock). An answer
    /// after the due is recorded and marked late. `days` is counted now, as
    /// `WorkCalendar.workdays(from: receipt date, to: answer date)` counts.
    ///
    /// The rules, each checked before anything changes:
    /// - only the fields of `AnswerDetails.fields(for: outcome)` may be given; `cost` is not
    ///   negative (E482);
    /// - `given` items are declared (E441) and, when the request is `about` items, among them (E483);
    /// - `grant` may not give an exempt (`dikecualikan`) `about` item, nor `partial` an exempt
    ///   `given` item (E478, naming the exemption's basis);
    /// - `refuse` and `partial` need a basis: the one given, else the basis of the first exempt
    ///   `about` item (for `partial`, the first not given); with neither it is an error (E479);
    /// - `not_held` needs the holder (E481);
    /// - a request is answered once (E474); `allow ... to answer` restricts who may (E422, E424).
    @discardableResult
    public mutating func answer(_ name: String, outcome asked: RequestOutcome,
                                details asGiven: AnswerDetails = AnswerDetails()) throws(ModelError) -> RequestAnswer {
        let r = try resolveRequest(name)
        // A grant of items with parts withheld gives them blacked out: it is a partial grant
        // by default, withholding those parts on their bases (docs/language.md §9, withhold).
        var outcome = asked, details = asGiven
        let parts = requests[r].aboutIndices.flatMap { items[$0].withheld }
        if asked == .grant, !parts.isEmpty {
            outcome = .partial
            details.withheld = parts.map(\.part).joined(separator: "; ")
            details.basis = details.basis ?? parts.map(\.basis).joined(separator: "; ")
            details.given = requests[r].about
        }
        try authorize(.answer)
        let now = try requireClock()
        let request = requests[r]
        if let previous = request.answer {
            throw ModelError(.requestAnswered,
                             Message.answeredTwice(name, previous.at, previous.outcome.rawValue), subject: name)
        }
        try checkApplicable(details, outcome: outcome, request: name)

        let givenIndices = try itemsGiven(details.given, all: false, of: request, by: name)
        let given = givenIndices.map { items[$0].name }
        let granted = outcome == .grant ? request.aboutIndices : outcome == .partial ? givenIndices : []
        for i in granted { try checkGrantable(i, outcome: outcome, request: name) }

        var basis = Self.nonEmpty(details.basis)
        if outcome == .refuse || outcome == .partial, basis == nil {
            for i in request.aboutIndices where !givenIndices.contains(i) {
                if let b = exemptBasis(of: i) { basis = b; break }
            }
            guard basis != nil else {
                throw ModelError(.requestBasisMissing, Message.noBasis(name, outcome.rawValue),
                                 notes: [Message.basisHelp], subject: name)
            }
        }
        let holder = Self.nonEmpty(details.holder)
        if outcome == .not_held, holder == nil {
            throw ModelError(.requestHolderMissing, Message.noHolder(name), subject: name)
        }
        let days = try calendar.workdays(from: request.received.date, to: now.date)

        // Nothing below throws.
        let late = now > request.due
        let answer = RequestAnswer(outcome: outcome, at: now, by: actor, days: days, late: late,
                                   form: details.form, cost: details.cost, note: details.note, given: given,
                                   withheld: details.withheld, basis: basis, reason: details.reason,
                                   holder: holder, ready: details.ready)
        touchRequest(r)
        requests[r].answer = answer
        var detail = outcome.rawValue + "; \(days) workdays"
        if late { detail += "; late" }
        if let b = basis { detail += "; basis " + b }
        if let h = holder { detail += "; holder " + h }
        appendLog(.answer, name, detail)
        return answer
    }

    /// The indices of the items an answer gives: all the request's `about` items (`all`), or
    /// the `given` ones (each once, in order), each of which must be among them when it has
    /// any (E483). Shared by partial answers, overturning objection answers and rulings.
    func itemsGiven(_ given: [String], all: Bool, of request: Request, by name: String) throws(ModelError) -> [Int] {
        if all { return request.aboutIndices }
        var out: [Int] = []
        for g in given {
            let i = try resolveItem(g)
            guard !out.contains(i) else { continue }
            if !request.aboutIndices.isEmpty, !request.aboutIndices.contains(i) {
                throw ModelError(.requestGivenNotAbout, Message.givenNotAbout(g, request.name, ListPhrase.names(request.about, .and)),
                                 subject: name)
            }
            out.append(i)
        }
        return out
    }

    /// The exemption basis of item `i` when it is exempt (`dikecualikan`).
    func exemptBasis(of i: Int) -> String? {
        guard items[i].infoClass == .dikecualikan else { return nil }
        return items[i].exemption?.basis
    }

    // MARK: - Internals

    private func checkApplicable(_ d: AnswerDetails, outcome: RequestOutcome, request: String) throws(ModelError) {
        let allowed = AnswerDetails.fields(for: outcome)
        let extra = d.givenFields.filter { !allowed.contains($0) }
        if !extra.isEmpty {
            throw ModelError(.requestAnswerField, Message.notApplicable(outcome.rawValue, ListPhrase.names(extra, .or)),
                             notes: [Message.applicable(outcome.rawValue, ListPhrase.names(allowed, .and))],
                             subject: request)
        }
        if let c = d.cost, c < 0 {
            throw ModelError(.requestAnswerField, Message.negativeCost(c), subject: request)
        }
    }

    private func checkGrantable(_ i: Int, outcome: RequestOutcome, request: String) throws(ModelError) {
        guard items[i].infoClass == .dikecualikan else { return }
        let item = items[i]
        let basis = item.exemption?.basis ?? ""
        var notes = [outcome == .grant ? Message.grantHelp(item.name) : Message.partialHelp(item.name)]
        if let until = item.exemption?.until, let t = today, until < t {
            notes.append(Message.expired(item.name, until))
        }
        throw ModelError(.requestGrantExempt, Message.exempt(item.name, basis, outcome.rawValue),
                         notes: notes, subject: request)
    }

    /// The request `name` and its written notice, for `render notice`.
    ///
    /// Errors: no such request (E471); not answered yet, so there is no notice (E486).
    public func notice(of name: String) throws(ModelError) -> (Request, RequestAnswer) {
        let r = requests[try resolveRequest(name)]
        guard let a = r.answer else {
            throw ModelError(.requestNotAnswered, Message.notAnswered(name, r.due), notes: [Message.notAnsweredHelp(name)],
                             subject: name)
        }
        return (r, a)
    }

    private static func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        return s
    }
}

/// The messages of the rules above.
private enum Message {
    static func notAnswered(_ name: String, _ due: DateTime) -> Text {
        Text(en: "request `\(name)` has not been answered yet (due \(due)): there is no written notice to render",
             id: "permohonan `\(name)` belum dijawab (tenggat \(due)): belum ada pemberitahuan tertulis yang dapat dibuat")
    }
    static func notAnsweredHelp(_ name: String) -> Text {
        Text(en: "answer it first, e.g. `answer \(name) grant { form softcopy; cost 0 }`",
             id: "jawab dahulu, misalnya `answer \(name) grant { form softcopy; cost 0 }`")
    }
    static func answeredTwice(_ name: String, _ at: DateTime, _ outcome: String) -> Text {
        Text(en: "request `\(name)` was already answered (\(raw: outcome)) on \(at): a request is answered once",
             id: "permohonan `\(name)` sudah dijawab (\(raw: outcome)) pada \(at): permohonan hanya dijawab satu kali")
    }
    static func notApplicable(_ outcome: String, _ fields: ListPhrase) -> Text {
        Text(en: "an answer `\(raw: outcome)` takes no \(fields)",
             id: "jawaban `\(raw: outcome)` tidak memuat \(fields)")
    }
    static func applicable(_ outcome: String, _ fields: ListPhrase) -> Text {
        Text(en: "an answer `\(raw: outcome)` may give \(fields)",
             id: "jawaban `\(raw: outcome)` dapat memuat \(fields)")
    }
    static func negativeCost(_ cost: Int) -> Text {
        Text(en: "the cost cannot be negative (got \(cost))", id: "biaya tidak boleh negatif (tertulis \(cost))")
    }
    static func givenNotAbout(_ item: String, _ request: String, _ about: ListPhrase) -> Text {
        Text(en: "`\(item)` is not one of the items request `\(request)` is about (\(about))",
             id: "`\(item)` bukan informasi yang diminta dalam permohonan `\(request)` (\(about))")
    }
    static func exempt(_ item: String, _ basis: String, _ outcome: String) -> Text {
        Text(en: "`\(item)` is exempt (dikecualikan, \(basis)): an answer `\(raw: outcome)` cannot give it",
             id: "`\(item)` adalah informasi yang dikecualikan (\(basis)): jawaban `\(raw: outcome)` tidak dapat memberikannya")
    }
    static func grantHelp(_ item: String) -> Text {
        Text(en: "answer `partial` with what may be given, or `refuse`; the basis defaults to that of `\(item)`",
             id: "jawab `partial` dengan bagian yang dapat diberikan, atau `refuse`; dasar pengecualiannya mengikuti `\(item)`")
    }
    static func partialHelp(_ item: String) -> Text {
        Text(en: "leave `\(item)` out of `given`: its exempt parts are withheld",
             id: "keluarkan `\(item)` dari `given`: bagian yang dikecualikan tidak diberikan")
    }
    static func expired(_ item: String, _ until: CivilDate) -> Text {
        Text(en: "the exemption of `\(item)` ended on \(until): classify it again before giving it",
             id: "jangka waktu pengecualian `\(item)` berakhir pada \(until): klasifikasikan ulang sebelum memberikannya")
    }
    static func noBasis(_ name: String, _ outcome: String) -> Text {
        Text(en: "an answer `\(raw: outcome)` to request `\(name)` needs a Pasal 17 basis",
             id: "jawaban `\(raw: outcome)` atas permohonan `\(name)` memerlukan dasar pengecualian Pasal 17")
    }
    static let basisHelp = Text(en: "give `basis \"Pasal 17 huruf ...\"`; it defaults to an exempt item's basis when the request is `about` one",
                                id: "isi `basis \"Pasal 17 huruf ...\"`; jika permohonan menyangkut (`about`) informasi yang dikecualikan, dasarnya mengikuti informasi itu")
    static func noHolder(_ name: String) -> Text {
        Text(en: "an answer `not_held` to request `\(name)` must say who holds the information (`holder`)",
             id: "jawaban `not_held` atas permohonan `\(name)` harus menyebutkan badan publik yang menguasai informasi (`holder`)")
    }
}
