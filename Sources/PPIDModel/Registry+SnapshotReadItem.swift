/// Reading an information item back from a snapshot (Registry+SnapshotRead.swift), with its
/// history, checked as it is rebuilt.
extension Registry {
    mutating func readItem(from r: inout SnapshotReader) throws(SnapshotError) {
        let name = try r.str(), title = try r.str()
        let summary = try r.optionalStr(), made = try r.date()
        let retention: Retention?
        switch try r.byte() {
        case 0: retention = nil
        case 1: retention = .duration(try Registry.required(r.duration()))
        case 2: retention = .text(try r.str())
        default: throw SnapshotError("bad retention")
        }
        let previous = items.last
        var attributes: ItemAttributes?
        if try r.bool() {
            guard previous != nil else { throw SnapshotError("the first item shares attributes") }
        } else {
            attributes = ItemAttributes(holder: try r.optionalStr(), responsible: try r.optionalStr(), place: try r.optionalStr(),
                                        formats: try r.strs(), media: try r.strs())
        }
        let infoClass = try r.optionalWord(InfoClass.snapshotWords), status = try r.word(ItemStatus.snapshotWords)
        let documented = try r.bool()
        var exemption: Exemption?
        if try r.present() {
            var e = Exemption(basis: try r.str(), consequence: try r.str(), publicInterest: try r.optionalStr(),
                              until: try r.date(), condition: try r.optionalStr(), period: try r.duration(),
                              decree: try r.optionalStr())
            if try r.present() {
                e.test = ConsequenceTest(scope: try r.optionalStr(), law: try r.optionalStr(), balance: try r.optionalStr(),
                                         conclusion: try r.optionalStr(), decided: try r.date(), signedBy: try r.optionalStr())
            }
            exemption = e
        }
        var withheld: [WithheldPart] = []
        for _ in 0..<(try r.count(minimumSize: 2)) { withheld.append(WithheldPart(part: try r.str(), basis: try r.str())) }
        let withdrawnReason = try r.optionalStr()
        let changes = try r.count()
        guard changes >= 1 else { throw SnapshotError("an item without its declaration") }
        let declaredRow = try logRow(from: &r)
        let i = items.count
        try add(name, .item(i))
        var item = InfoItem(name: name, title: title, declaredRow: UInt32(declaredRow))
        item.summary = summary
        if let attributes {
            item.updateAttributes { $0 = attributes }
            if let previous { item.shareAttributes(with: previous) }
        } else if let previous {
            item.adoptAttributes(of: previous)
        }
        item.made = made
        item.retention = retention
        item.infoClass = infoClass
        item.status = status
        item.documented = documented
        item.setExtras(ItemExtras(exemption: exemption, withdrawnReason: withdrawnReason, withheld: withheld))
        items.append(item)
        for _ in 1..<changes {
            let row = try logRow(from: &r), what = try r.word(ChangeField.snapshotWords)
            appendHistory(i, row: row, what: what, old: try r.optionalStr(), new: try r.optionalStr())
        }
    }

    /// A history entry's row in the log, which must be there already.
    private func logRow(from r: inout SnapshotReader) throws(SnapshotError) -> Int {
        let row = try r.int()
        guard row >= 0, row < log.count else { throw SnapshotError("a history entry outside the log") }
        return row
    }
}
