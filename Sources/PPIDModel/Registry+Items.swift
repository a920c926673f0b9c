import PPIDText

/// Information items: declaration, update, withdrawal, and the DIP/DIK registers.
/// Classification and marking are in Registry+Classify.swift.
extension Registry {
    /// `info NAME "Title" { fields }`: declares an item in status `draft`.
    public mutating func declareItem(name: String, title: String, fields: ItemFields = ItemFields()) throws(ModelError) {
        try authorize(.declare)
        try checkNewName(name, kind: .item)
        try checkReferences(fields)
        // The declaration's log row is also the item's `declared` history entry.
        var item = InfoItem(name: name, title: fields.title ?? title, declaredRow: UInt32(truncatingIfNeeded: log.count))
        item.apply(fields)
        if let previous = lastItemAttributes { item.shareAttributes(with: previous) }
        addName(name, .item(items.count))
        items.append(item)
        appendLog(.declare, item.name, item.title)
    }

    /// The last item's box of shared fields, read in place (no copy of the item).
    var lastItemAttributes: Box<ItemAttributes>? {
        items.isEmpty ? nil : items[items.count - 1].attributesBox
    }

    /// `update NAME { fields }`: sets the given fields. Fields whose value does not change are
    /// not recorded; an update that changes nothing changes nothing (no log row).
    public mutating func update(_ name: String, fields: ItemFields) throws(ModelError) {
        let i = try resolveItem(name)
        try authorize(.update)
        try checkReferences(fields)
        let changes = items[i].changes(applying: fields)
        guard !changes.isEmpty else { return }
        touchItem(i)
        items[i].apply(fields)
        let detail = changes.map { "\($0.what.rawValue): \($0.old ?? "null") → \($0.new ?? "null")" }
            .joined(separator: "; ")
        let row = appendLog(.update, items[i].name, detail)
        for c in changes { appendHistory(i, row: row, what: c.what, old: c.old, new: c.new) }
    }

    /// `withdraw NAME "reason"`: takes the item out of the registers (status `withdrawn`).
    /// Only `classify` reopens it (back to `draft`).
    public mutating func withdraw(_ name: String, reason: String) throws(ModelError) {
        let i = try resolveItem(name)
        try authorize(.withdraw)
        guard !reason.isEmpty else {
            throw ModelError(.withdrawReason, Message.noReason(name), subject: name)
        }
        let old = items[i].status
        guard old != .withdrawn else {
            throw ModelError(.itemWithdrawn, Message.alreadyWithdrawn(name),
                             notes: items[i].withdrawnReason.map { [Message.reasonGiven($0)] } ?? [])
        }
        touchItem(i)
        items[i].status = .withdrawn
        items[i].withdrawnReason = reason
        let row = appendLog(.withdraw, items[i].name, reason)
        appendHistory(i, row: row, what: .status, old: old.rawValue, new: ItemStatus.withdrawn.rawValue)
    }

    /// The Daftar Informasi Publik: open items that are approved or published, in declaration order.
    public var dip: [InfoItem] { items.filter(\.isInDIP) }

    /// The positions in `items` of the DIP's items: no item copies, for counting and filtering
    /// large registers.
    public var dipIndices: [Int] { items.indices.filter { items[$0].isInDIP } }

    /// The Daftar Informasi yang Dikecualikan: exempt items that are not withdrawn, in declaration
    /// order, each with `expired` true when its period ended before today.
    public var dik: [DIKRow] {
        let t = today
        return items.compactMap { $0.isInDIK ? DIKRow(item: $0, expired: $0.isExpired(today: t)) : nil }
    }

    /// True when the item's exemption ended before the clock's date (false without a clock).
    public func isExpired(_ item: InfoItem) -> Bool { item.isExpired(today: today) }

    /// Holder and responsible must name a declared unit and staff member.
    func checkReferences(_ f: ItemFields) throws(ModelError) {
        if let h = f.holder, unit(named: h) == nil {
            throw unknown(h, code: .unitUnknown, kind: .unit, detail: Message.holderUnit)
        }
        if let r = f.responsible, staffMember(named: r) == nil {
            throw unknown(r, code: .staffUnknown, kind: .staff, detail: Message.responsibleStaff)
        }
        if let t = f.title, t.isEmpty {
            throw ModelError(.itemTitle, Message.emptyTitle)
        }
    }
}

/// One row of `dik`.
public struct DIKRow: Hashable, Sendable {
    public let item: InfoItem
    /// The exemption's `until` is before today: listed for review (it stays exempt).
    public let expired: Bool
}

extension InfoItem {
    /// Sets every field given in `f`.
    mutating func apply(_ f: ItemFields) {
        if let v = f.title { title = v }
        if let v = f.summary { summary = v }
        if f.holder != nil || f.responsible != nil || f.place != nil || f.formats != nil || f.media != nil {
            updateAttributes { a in
                if let v = f.holder { a.holder = v }
                if let v = f.responsible { a.responsible = v }
                if let v = f.place { a.place = v }
                if let v = f.formats { a.formats = v }
                if let v = f.media { a.media = v }
            }
        }
        if let v = f.made { made = v }
        if let v = f.retention { retention = v }
        if let v = f.documented { documented = v }
    }

    /// The (field, old, new) display triples that applying `f` would change, in canonical order.
    func changes(applying f: ItemFields) -> [(what: ChangeField, old: String?, new: String?)] {
        var out: [(what: ChangeField, old: String?, new: String?)] = []
        func note<T: Equatable>(_ what: ChangeField, _ old: T?, _ new: T?, _ show: (T) -> String) {
            guard let n = new, old != n else { return }
            out.append((what, old.map(show), show(n)))
        }
        note(.title, title, f.title) { $0 }
        note(.summary, summary, f.summary) { $0 }
        note(.holder, holder, f.holder) { $0 }
        note(.responsible, responsible, f.responsible) { $0 }
        note(.made, made, f.made) { $0.iso }
        note(.place, place, f.place) { $0 }
        note(.formats, formats, f.formats) { $0.joined(separator: ", ") }
        note(.retention, retention, f.retention) { $0.description }
        note(.media, media, f.media) { $0.joined(separator: ", ") }
        note(.documented, documented, f.documented) { $0 ? "true" : "false" }
        return out
    }
}

/// The messages of the rules above.
private enum Message {
    static func noReason(_ name: String) -> Text {
        Text(en: "say why `\(name)` is withdrawn", id: "sebutkan alasan `\(name)` ditarik")
    }
    static func alreadyWithdrawn(_ name: String) -> Text { Text(en: "`\(name)` is already withdrawn", id: "`\(name)` sudah ditarik") }
    static func reasonGiven(_ reason: String) -> Text { Text(en: "reason given: \(reason)", id: "alasan yang dicatat: \(reason)") }
    static let holderUnit = Text(en: "the holder must be a declared unit",
                                 id: "unit penguasa informasi harus unit kerja yang sudah dideklarasikan")
    static let responsibleStaff = Text(en: "responsible must be a declared staff member",
                                       id: "penanggung jawab harus pegawai yang sudah dideklarasikan")
    static let emptyTitle = Text(en: "an information item needs a title that is not empty",
                                 id: "informasi harus diberi judul yang tidak kosong")
}
