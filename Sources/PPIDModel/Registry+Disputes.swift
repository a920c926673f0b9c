import PPIDText

/// Disputes (sengketa informasi, Pasal 37 UU 14/2008) at the Komisi Informasi and their
/// rulings. A dispute may be filed once the Atasan PPID has answered the objection, or once
/// the answer is overdue, until the end of working hours of the `dispute`-th working day
/// (14) after that; a ruling needs a dispute, and an `open` ruling ends the exemption of the
/// items concerned with the ruling as the ground.
extension Registry {
    /// `dispute OBJECTION { commission "..."; number "..." }`, now.
    ///
    /// Errors: no such objection (E490); no commission (E487); before the objection's answer
    /// while it may still come (E493); after the window, naming its last day (E494); a second
    /// dispute (E496).
    public mutating func dispute(_ name: String, commission: String?, number: String?) throws(ModelError) {
        let o = try resolveObjection(name)
        let now = try requireClock()
        let objection = objections[o]
        if let d = objection.dispute {
            throw ModelError(.objectionAgain, Message.disputedAlready(name, d.commission, d.at), subject: name)
        }
        guard let commission, !commission.isEmpty else {
            throw ModelError(.objectionFields, Message.noCommission(name), subject: name)
        }
        let arose: CivilDate
        if let a = objection.answer {
            arose = a.at.date
        } else if now > objection.due {
            arose = objection.due.date
        } else {
            throw ModelError(.disputeEarly, Message.early(name, objection.due), notes: [Message.earlyHelp], subject: name)
        }
        let lastDay = try statutoryDue(received: DateTime(date: arose, minuteOfDay: 0), workdays: objection.figures.dispute)
        guard now <= lastDay else {
            throw ModelError(.disputeLate, Message.late(name, lastDay, objection.figures.dispute, arose), subject: name)
        }
        touchObjection(o)
        objections[o].dispute = ObjectionDispute(commission: commission, number: number, at: now)
        appendLog(.dispute, name, commission + (number.map { "; " + $0 } ?? ""))
    }

    /// `ruling OBJECTION open | closed | partly_open { number "..."; note "..."; given ... }`.
    /// `open` opens all the request's `about` items, `partly_open` the `given` ones.
    ///
    /// Errors: no such objection (E490); no dispute (E495); a second ruling (E496); a
    /// `given` item the request is not about (E483).
    public mutating func ruling(_ name: String, outcome: RulingOutcome, number: String?, note: String?,
                                given: [String] = []) throws(ModelError) {
        let o = try resolveObjection(name)
        let now = try requireClock()
        let objection = objections[o]
        guard objection.dispute != nil else {
            throw ModelError(.rulingWithoutDispute, Message.noDispute(name), notes: [Message.noDisputeHelp(name)], subject: name)
        }
        if let r = objection.ruling {
            throw ModelError(.objectionAgain, Message.ruledAlready(name, r.outcome.rawValue, r.at), subject: name)
        }
        let request = requests[objection.requestIndex]
        let opened: [Int]
        switch outcome {
        case .open: opened = request.aboutIndices
        case .partly_open: opened = try itemsGiven(given, all: false, of: request, by: name)
        case .closed: opened = []
        }
        touchObjection(o)
        objections[o].ruling = ObjectionRuling(outcome: outcome, number: number, note: note,
                                               given: opened.map { items[$0].name }, at: now)
        appendLog(.ruling, name, outcome.rawValue + (number.map { "; " + $0 } ?? ""))
        let cited = number.map { "putusan Komisi Informasi \($0)" } ?? "putusan Komisi Informasi"
        for i in opened { endExemption(i, ground: "\(cited) atas keberatan \(name): \(outcome.rawValue)") }
    }
}

/// The messages of the rules above.
private enum Message {
    static func disputedAlready(_ name: String, _ commission: String, _ at: DateTime) -> Text {
        Text(en: "objection `\(name)` was already taken to \(commission) on \(at)",
             id: "keberatan `\(name)` sudah diajukan sebagai sengketa ke \(commission) pada \(at)")
    }
    static func noCommission(_ name: String) -> Text {
        Text(en: "a dispute over objection `\(name)` needs the commission (`commission \"Komisi Informasi Provinsi ...\"`)",
             id: "sengketa atas keberatan `\(name)` memerlukan nama Komisi Informasi (`commission \"Komisi Informasi Provinsi ...\"`)")
    }
    static func early(_ name: String, _ due: DateTime) -> Text {
        Text(en: "objection `\(name)` has not been answered and its answer is due \(due): a dispute comes after the answer, or after that due",
             id: "keberatan `\(name)` belum ditanggapi dan tenggat tanggapannya \(due): sengketa diajukan setelah tanggapan, atau setelah tenggat itu")
    }
    static let earlyHelp = Text(en: "Pasal 37(2) UU 14/2008: a dispute is filed within 14 working days of the Atasan PPID's answer",
                                id: "Pasal 37 ayat (2) UU 14/2008: sengketa diajukan paling lambat 14 hari kerja setelah tanggapan Atasan PPID")
    static func late(_ name: String, _ lastDay: DateTime, _ days: Int, _ arose: CivilDate) -> Text {
        Text(en: "the dispute over objection `\(name)` is too late: the last day was \(lastDay) (\(days) working days after \(arose))",
             id: "sengketa atas keberatan `\(name)` terlambat: batas terakhirnya \(lastDay) (\(days) hari kerja setelah \(arose))")
    }
    static func noDispute(_ name: String) -> Text {
        Text(en: "objection `\(name)` was not taken to the Komisi Informasi: there is no dispute to rule on",
             id: "keberatan `\(name)` tidak diajukan ke Komisi Informasi: tidak ada sengketa yang diputus")
    }
    static func noDisputeHelp(_ name: String) -> Text {
        Text(en: "record the dispute first: `dispute \(name) { commission \"...\" }`",
             id: "catat sengketanya dahulu: `dispute \(name) { commission \"...\" }`")
    }
    static func ruledAlready(_ name: String, _ outcome: String, _ at: DateTime) -> Text {
        Text(en: "the dispute over objection `\(name)` was already ruled (\(raw: outcome)) on \(at)",
             id: "sengketa atas keberatan `\(name)` sudah diputus (\(raw: outcome)) pada \(at)")
    }
}
