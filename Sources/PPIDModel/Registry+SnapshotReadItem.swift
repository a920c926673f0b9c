/// Reading an information item back from a snapshot (Registry+SnapshotRead.swift), checked
/// as it is rebuilt; its history is read with the log (HistoryStore.init(reading:)), and the
/// item points at its newest entry.
extension Registry {
    mutating func readItem(from r: inout SnapshotReader, words: ItemWords, logRows: Int, changes: Int) throws(SnapshotError) {
        let name = try r.str(), title = try r.str()
        let summary = try r.optionalStr(), made = try r.date()
        let retention: Retention?
        switch try r.byte() {
        case 0: retention = nil
        case 1: retention = .duration(Duration(amount: try r.int(), unit: try r.pick(words.units)))
        case 2: retention = .text(try r.str())
        default: throw SnapshotError("bad retention")
        }
        // The item before's box of shared fields, read in place (a copy of the whole item
        // per item read was a tenth of opening a 100k-statement journal).
        let previous = lastItemAttributes
        let attributes: Box<ItemAttributes>
        if try r.bool() {
            guard let previous else { throw SnapshotError("the first item shares attributes") }
            attributes = previous
        } else {
            let a = ItemAttributes(holder: try r.optionalStr(), responsible: try r.optionalStr(), place: try r.optionalStr(),
                                   formats: try r.strs(), media: try r.strs())
            attributes = previous.map { $0.value == a ? $0 : Box(a) } ?? Box(a)
        }
        let classCode = try r.int()
        guard classCode >= 0, classCode <= words.classes.count else { throw SnapshotError("unknown word") }
        let infoClass = classCode == 0 ? nil : words.classes[classCode - 1], status = try r.pick(words.statuses)
        let documented = try r.bool()
        let extras = try Registry.readExtras(from: &r)
        let declaredRow = try logRow(from: &r, rows: logRows), newest = try r.int()
        guard newest >= 0, newest <= changes else { throw SnapshotError("a history entry that is not there") }
        try add(name, .item(items.count))
        var item = InfoItem(name: name, title: title, declaredRow: UInt32(declaredRow))
        item.summary = summary
        item.attributesBox = attributes
        item.made = made
        item.retention = retention
        item.infoClass = infoClass
        item.status = status
        item.documented = documented
        item.extrasBox = extras
        item.lastChange = newest == 0 ? HistoryStore.none : UInt32(newest - 1)
        items.append(item)
    }

    /// An item's exemption, withheld parts and withdrawal reason, boxed as the item keeps them;
    /// nil, with nothing made, for the many items that have none (three empty tags). A box
    /// returned, not the fields: they are a few hundred bytes, copied and destroyed per item.
    private static func readExtras(from r: inout SnapshotReader) throws(SnapshotError) -> Box<ItemExtras>? {
        guard try r.present() else {
            let parts = try r.count(minimumSize: 2)
            guard parts > 0 else {
                guard let reason = try r.optionalStr() else { return nil }
                return Box(ItemExtras(withdrawnReason: reason))
            }
            let withheld = try readWithheld(parts, from: &r)
            return Box(ItemExtras(withdrawnReason: try r.optionalStr(), withheld: withheld))
        }
        return try readExemption(from: &r)
    }

    /// The rest of `readExtras` for an exempt item, out of line: its locals are large, and
    /// setting them up cost every item, exempt or not.
    @inline(never)
    private static func readExemption(from r: inout SnapshotReader) throws(SnapshotError) -> Box<ItemExtras> {
        var e = Exemption(basis: try r.str(), consequence: try r.str(), publicInterest: try r.optionalStr(),
                          until: try r.date(), condition: try r.optionalStr(), period: try r.duration(),
                          decree: try r.optionalStr())
        if try r.present() {
            e.test = ConsequenceTest(scope: try r.optionalStr(), law: try r.optionalStr(), balance: try r.optionalStr(),
                                     conclusion: try r.optionalStr(), decided: try r.date(), signedBy: try r.optionalStr())
        }
        let withheld = try readWithheld(try r.count(minimumSize: 2), from: &r)
        return Box(ItemExtras(exemption: e, withdrawnReason: try r.optionalStr(), withheld: withheld))
    }

    private static func readWithheld(_ count: Int, from r: inout SnapshotReader) throws(SnapshotError) -> [WithheldPart] {
        var parts: [WithheldPart] = []
        for _ in 0..<count { parts.append(WithheldPart(part: try r.str(), basis: try r.str())) }
        return parts
    }

    /// A row of the log, which has `rows` rows (it is decoded elsewhere meanwhile).
    private func logRow(from r: inout SnapshotReader, rows: Int) throws(SnapshotError) -> Int {
        let row = try r.int()
        guard row >= 0, row < rows else { throw SnapshotError("a history entry outside the log") }
        return row
    }
}
