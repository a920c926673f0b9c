/// Item histories, read from the history store and the log.
extension Registry {
    /// Every change to the item named `itemName`, oldest first, starting with its declaration;
    /// empty when there is no such item. O(length of that history).
    public func history(of itemName: String) -> [ItemChange] {
        guard let i = itemIndex(named: itemName) else { return [] }
        return history(ofItemAt: i)
    }

    /// The history of `items[i]`, oldest first.
    public func history(ofItemAt i: Int) -> [ItemChange] {
        let item = items[i]
        var chain: [UInt32] = []
        collectChain(from: item.lastChange, into: &chain)
        var out: [ItemChange] = []
        out.reserveCapacity(chain.count + 1)
        out.append(declaredChange(item))
        for e in chain.reversed() { out.append(change(historyStore.entries[Int(e)])) }
        return out
    }

    /// The entry numbers of a chain, newest first. Each entry points only at an older one,
    /// so the walk ends within the table's size.
    func collectChain(from newest: UInt32, into chain: inout [UInt32]) {
        chain.removeAll(keepingCapacity: true)
        var e = newest
        while e != HistoryStore.none, chain.count < historyStore.entries.count {
            chain.append(e)
            e = historyStore.entries[Int(e)].previous
        }
    }

    /// The `declared` entry: the declaration's log row, whose detail is the title as declared.
    func declaredChange(_ item: InfoItem) -> ItemChange {
        let row = Int(item.declaredRow)
        let stamp = log.stamp(at: row)
        return ItemChange(seq: row + 1, clock: stamp.clock, actor: stamp.actor,
                          what: ChangeField.declared.rawValue, old: nil, new: log.detail(at: row))
    }

    func change(_ e: HistoryStore.Entry) -> ItemChange {
        let row = Int(e.logRow)
        let stamp = log.stamp(at: row)
        return ItemChange(seq: row + 1, clock: stamp.clock, actor: stamp.actor, what: e.what.rawValue,
                          old: historyStore.decode(e.old), new: historyStore.decode(e.new))
    }
}
