import PPIDSyntax
import PPIDModel

/// Where each entity was declared, for the "first declared here" note of a duplicate.
///
/// A `[String: (SourceFile, SourceRange)]` held a copy of every name with a file reference
/// and a range, in a table kept under 3/4 full and doubled as it grew: 10 MB, the second
/// largest part of a 100k-item replay's peak after the script's own text. Items, nearly all
/// the names of a journal, are kept here by their position in the `info` register, 12 bytes
/// each in chunks that never move; the few other entities (units, staff, SOPs, runs,
/// requests, ...) by name as before.
struct DeclarationSites {
    /// A range in `files[file]`; `file == Site.unknown` for an item declared some other way.
    private struct Site {
        static let unknown = UInt32.max
        let file: UInt32
        let start: UInt32
        let end: UInt32
    }

    /// The files declarations came from: one per script, loaded file or prompt entry.
    private var files: [SourceFile] = []
    /// Indexed by the item's position in `Registry.items`.
    private var items = ChunkedArray<Site>()
    private var others: [String: (SourceFile, SourceRange)] = [:]

    /// Where `name` was declared, if it is declared and was declared by a statement.
    func site(of name: String, in registry: Registry) -> (SourceFile, SourceRange)? {
        guard case .item(let i)? = registry.entity(named: name) else { return others[name] }
        guard i < items.count, items[i].file != Site.unknown else { return nil }
        let s = items[i]
        return (files[Int(s.file)], SourceRange(Int(s.start), Int(s.end)))
    }

    /// Notes that `name`, just declared, was declared at `range` of `file`.
    /// `entity` is what `name` names now: the caller looks it up (passing the registry itself
    /// from the interpreter would copy it, a retain of every register, on each declaration).
    mutating func record(_ name: String, entity: EntityRef?, file: SourceFile, range: SourceRange) {
        guard case .item(let i)? = entity,
              let start = UInt32(exactly: range.start), let end = UInt32(exactly: range.end) else {
            others[name] = (file, range)
            return
        }
        recordItem(i, Site(file: fileNumber(file), start: start, end: end))
    }

    /// Notes that the item at position `i` was declared at `range` of `file` (a snapshot's
    /// sites, which are by position: no name to look up).
    mutating func recordItem(_ i: Int, file: SourceFile, range: SourceRange) {
        guard let start = UInt32(exactly: range.start), let end = UInt32(exactly: range.end) else { return }
        recordItem(i, Site(file: fileNumber(file), start: start, end: end))
    }

    private mutating func recordItem(_ i: Int, _ site: Site) {
        // Items made without a statement (none yet) leave gaps, so positions stay aligned.
        while items.count < i { items.append(Site(file: Site.unknown, start: 0, end: 0)) }
        if i == items.count { items.append(site) } else { items[i] = site }
    }

    /// Forgets the declarations a failed statement made; `registry` is already rolled back.
    mutating func forget(_ names: [String], in registry: Registry) {
        for n in names { others[n] = nil }
        if items.count > registry.items.count { items.removeLast(items.count - registry.items.count) }
    }

    /// The declarations of entities other than items, names sorted: what a journal snapshot
    /// keeps by name (and gives back to `record`).
    var othersByName: [(name: String, file: SourceFile, range: SourceRange)] {
        others.map { ($0.key, $0.value.0, $0.value.1) }.sorted { $0.name < $1.name }
    }

    /// Where the item at position `i` was declared, if by a statement: what a journal
    /// snapshot keeps by position (and gives back to `recordItem`).
    func itemSite(_ i: Int) -> (file: SourceFile, range: SourceRange)? {
        guard i < items.count, items[i].file != Site.unknown else { return nil }
        let s = items[i]
        return (files[Int(s.file)], SourceRange(Int(s.start), Int(s.end)))
    }

    /// The file's number in `files`; a new file is added (the newest is looked at first).
    private mutating func fileNumber(_ file: SourceFile) -> UInt32 {
        if let k = files.lastIndex(where: { $0 === file }) { return UInt32(k) }
        files.append(file)
        return UInt32(files.count - 1)
    }
}
