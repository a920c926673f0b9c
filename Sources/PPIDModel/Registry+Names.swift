/// The one namespace of declared names, kept in `names` (a `NameIndex`). Lookups, insertions
/// and removals are O(1) expected; the table doubles (rebuilt from the registers) when half full.
extension Registry {
    /// The name of an entity (every reference in the index points at a live entity).
    func entityName(_ ref: EntityRef) -> String {
        switch ref {
        case .unit(let i): units[i].name
        case .role(let i): roles[i].name
        case .staff(let i): staff[i].name
        case .item(let i): items[i].name
        case .sop(let i): sops[i].name
        case .run(let i): runs[i].name
        case .request(let i): requests[i].name
        case .objection(let i): objections[i].name
        }
    }

    /// The entity `name` refers to, if declared.
    func lookupName(_ name: String) -> EntityRef? {
        guard names.count > 0 else { return nil }
        return probe(name).found
    }

    /// Looks `name` up: what it refers to, or the empty slot where it would go. At most half
    /// the slots are used, so an empty one ends the probe.
    @inline(__always)
    private func probe(_ name: String) -> (found: EntityRef?, free: Int, tag: UInt64) {
        let hash = NameIndex.hash(name)
        let tag = NameIndex.tag(hash)
        var i = names.home(hash)
        for _ in 0..<names.slots.count {
            let slot = names.slots[i]
            if slot == 0 { break }
            if NameIndex.tag(ofSlot: slot) == tag {
                let ref = NameIndex.unpack(slot)
                if entityName(ref) == name { return (ref, i, tag) }
            }
            i = (i + 1) & names.mask
        }
        return (nil, i, tag)
    }

    /// Records that `name` (not yet declared) refers to `ref`. Call it before appending the
    /// entity: a rebuild reads the names of the entities already in the registers.
    mutating func addName(_ name: String, _ ref: EntityRef) {
        reserveNames(1)
        insertSlot(name, ref)
        names.count += 1
    }

    /// Adds `name` for `ref` unless it is already declared (then false, and no name is added;
    /// the table may have grown first): one probe for both the check and the insertion. Call
    /// it before appending the entity.
    mutating func addNameIfNew(_ name: String, _ ref: EntityRef) -> Bool {
        reserveNames(1)
        let p = probe(name)
        guard p.found == nil else { return false }
        names.slots[p.free] = NameIndex.pack(ref, tag: p.tag)
        names.count += 1
        return true
    }

    /// Makes room for `more` names at once (a snapshot's items), so the table is not rebuilt
    /// at every doubling on the way.
    mutating func reserveNames(_ more: Int) {
        if (names.count + more) * 2 > names.slots.count { rebuildNames(atLeast: names.count + more) }
    }

    /// Forgets `name` (rollback). Later slots of its probe run move back, so no tombstones build up.
    mutating func removeName(_ name: String) {
        guard names.count > 0 else { return }
        let hash = NameIndex.hash(name)
        let tag = NameIndex.tag(hash)
        var hole = names.home(hash)
        var found = false
        for _ in 0..<names.slots.count {
            let slot = names.slots[hole]
            if slot == 0 { return }
            if NameIndex.tag(ofSlot: slot) == tag, entityName(NameIndex.unpack(slot)) == name {
                found = true
                break
            }
            hole = (hole + 1) & names.mask
        }
        guard found else { return }
        names.slots[hole] = 0
        names.count -= 1
        // Backward-shift deletion: a later slot moves into the hole unless its home lies
        // cyclically in (hole, j], where it can still be found without passing the hole.
        var j = hole
        for _ in 0..<names.slots.count {
            j = (j + 1) & names.mask
            let slot = names.slots[j]
            if slot == 0 { return }
            let home = names.home(NameIndex.hash(entityName(NameIndex.unpack(slot))))
            let reachable = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j)
            if !reachable {
                names.slots[hole] = slot
                names.slots[j] = 0
                hole = j
            }
        }
    }

    private mutating func insertSlot(_ name: String, _ ref: EntityRef) {
        let hash = NameIndex.hash(name)
        var i = names.home(hash)
        // The table is at most half full, so a free slot is found within its size.
        for _ in 0..<names.slots.count {
            if names.slots[i] == 0 { break }
            i = (i + 1) & names.mask
        }
        names.slots[i] = NameIndex.pack(ref, tag: NameIndex.tag(hash))
    }

    /// A table of at least twice `needed` slots, filled from the registers.
    private mutating func rebuildNames(atLeast needed: Int) {
        var capacity = max(16, names.slots.count)
        while capacity < needed * 2 { capacity *= 2 }
        names.slots = Array(repeating: 0, count: capacity)
        for i in units.indices { insertSlot(units[i].name, .unit(i)) }
        for i in roles.indices { insertSlot(roles[i].name, .role(i)) }
        for i in staff.indices { insertSlot(staff[i].name, .staff(i)) }
        for i in items.indices { insertSlot(items[i].name, .item(i)) }
        for i in sops.indices { insertSlot(sops[i].name, .sop(i)) }
        for i in runs.indices { insertSlot(runs[i].name, .run(i)) }
        for i in requests.indices { insertSlot(requests[i].name, .request(i)) }
        for i in objections.indices { insertSlot(objections[i].name, .objection(i)) }
    }
}
