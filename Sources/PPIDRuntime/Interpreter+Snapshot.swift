import PPIDSyntax
import PPIDModel
import PPIDText

/// The session state of an interpreter as a snapshot, beside the registers: everything a
/// later statement can observe (docs/language.md §17, "The snapshot").
///
/// - the registers (Registry+Snapshot.swift);
/// - the variables: every global slot (also slots a later `let` of the same name hid, which
///   functions compiled before it still read) and the names that see them;
/// - the functions, as the text of their `fn` statement and the variables visible when it
///   was compiled: compiled nodes cannot be stored, and compiling the same text against the
///   same names gives the same nodes;
/// - where each entity was declared (the "first declared here" notes), the files loaded
///   (with the SHA-256 of what was loaded, so a file changed since is noticed), the
///   language and whether the clock follows the wall clock.
///
/// Source files are written by reference when they are a slice of the journal (`journalSlice`
/// says where), else with their bytes (a loaded file).
extension Interpreter {
    /// Bumped whenever what is written changes.
    public static let snapshotVersion = 2

    /// Writes the state. `journalSlice` gives, for a source file read from the journal, its
    /// byte offset there. `journal` is the journal's path: it counts as loaded once replayed,
    /// and what it holds is checked by the snapshot's own key, not here.
    public func writeSnapshot(to w: inout SnapshotWriter, journal: String? = nil, journalSlice: (SourceFile) -> Int?) {
        let journalKey = journal.map { FileSystem.realPath($0) ?? $0 }
        w.int(Interpreter.snapshotVersion)
        registry.writeSnapshot(to: &w)
        w.str(language.rawValue)
        w.bool(followWallClock)

        var files = FileTable()
        var body = SnapshotWriter()
        var lists = ListTable()
        body.int(globals.count)
        for v in globals { lists.write(v, to: &body) }
        lists.write(lastValue, to: &body)
        writeNames(globalNames, to: &body)

        let fns = functions.keys.sorted()
        body.int(fns.count)
        for name in fns {
            guard let f = functions[name] else { continue }
            body.str(name); body.int(f.params)
            body.int(files.index(f.file)); body.int(f.range.start); body.int(f.range.end)
            if let d = f.declaration {
                body.byte(1)
                body.int(files.index(d.file)); body.int(d.range.start); body.int(d.range.end)
                writeNames(d.globalNames, to: &body)
            } else {
                body.byte(0)
            }
        }

        // Declaration sites: items by position (most of them, and no name to look up when
        // read), the rest by name.
        let others = declaredAt.othersByName
        body.int(others.count)
        for (name, f, r) in others {
            body.str(name); body.int(files.index(f)); body.int(r.start); body.int(r.end)
        }
        body.int(registry.items.count)
        for i in 0..<registry.items.count {
            if let (f, r) = declaredAt.itemSite(i) {
                body.int(files.index(f) + 1); body.int(r.start); body.int(r.end - r.start)
            } else {
                body.int(0)
            }
        }

        let loaded = loadedFiles.sorted()
        body.int(loaded.count)
        for key in loaded {
            body.str(key)
            body.raw(key == journalKey ? [] : SnapshotHash.sha256(FileSystem.read(key) ?? []))
        }

        // The files, before what refers to them.
        w.int(files.files.count)
        for f in files.files {
            w.str(f.path); w.int(f.firstLine)
            if let offset = journalSlice(f) {
                w.byte(0); w.int(offset); w.int(f.bytes.count)
            } else {
                w.byte(1); w.raw(f.bytes.array)
            }
        }
        w.raw(body.bytes)
    }

    private func writeNames(_ names: [String: Int], to w: inout SnapshotWriter) {
        let keys = names.keys.sorted()
        w.int(keys.count)
        for k in keys { w.str(k); w.int(names[k] ?? 0) }
    }

    /// Restores the state written by `writeSnapshot` into this interpreter, which must be
    /// fresh. `journalFile(path, firstLine, offset, length)` gives back a slice of the journal
    /// (nil when the journal does not hold it). Throws, leaving the interpreter unusable,
    /// when the snapshot does not decode, a loaded file changed, or a function does not compile.
    public func restoreSnapshot(from r: inout SnapshotReader, journal: String? = nil,
                                journalFile: (String, Int, Int, Int) -> SourceFile?) throws(SnapshotError) {
        let journalKey = journal.map { FileSystem.realPath($0) ?? $0 }
        guard try r.int() == Interpreter.snapshotVersion else { throw SnapshotError("other interpreter version") }
        registry = try Registry.readSnapshot(from: &r)
        language = try r.word(Language.self)
        followWallClock = try r.bool()

        var files: [SourceFile] = []
        for _ in 0..<(try r.count(minimumSize: 3)) {
            let path = try r.str(), firstLine = try r.int()
            guard firstLine >= 1 else { throw SnapshotError("bad line") }
            if try r.present() {
                files.append(SourceFile(path: path, bytes: Array(try r.raw()), firstLine: firstLine))
            } else {
                let offset = try r.int(), length = try r.int()
                guard let f = journalFile(path, firstLine, offset, length) else { throw SnapshotError("not in the journal") }
                files.append(f)
            }
        }
        var b = try r.nested()
        func file() throws(SnapshotError) -> SourceFile {
            let i = try b.int()
            guard files.indices.contains(i) else { throw SnapshotError("bad file") }
            return files[i]
        }
        func range(in f: SourceFile) throws(SnapshotError) -> SourceRange {
            let start = try b.int(), end = try b.int()
            guard 0 <= start, start <= end, end <= f.bytes.count else { throw SnapshotError("bad range") }
            return SourceRange(start, end)
        }

        var lists = ListReader(registry: registry)
        let count = try b.count()
        globals.reserveCapacity(count)
        for _ in 0..<count { globals.append(try lists.read(from: &b, depth: 0)) }
        lastValue = try lists.read(from: &b, depth: 0)
        globalNames = try readNames(from: &b, slots: count)

        var declarations: [(Function, SourceFile, SourceRange, [String: Int])] = []
        for _ in 0..<(try b.count()) {
            let name = try b.str(), params = try b.int()
            let f0 = try file(), r0 = try range(in: f0)
            guard params >= 0 else { throw SnapshotError("bad parameters") }
            let f = Function(name: name, params: params, file: f0, range: r0)
            functions[name] = f
            if try b.present() {
                let df = try file(), dr = try range(in: df)
                declarations.append((f, df, dr, try readNames(from: &b, slots: count)))
            }
        }

        let g = registry
        for _ in 0..<(try b.count()) {
            let name = try b.str(), f = try file()
            declaredAt.record(name, entity: g.entity(named: name), file: f, range: try range(in: f))
        }
        guard try b.count() == g.items.count else { throw SnapshotError("bad item sites") }
        for i in 0..<g.items.count {
            let k = try b.int()
            guard k != 0 else { continue }
            guard files.indices.contains(k - 1) else { throw SnapshotError("bad file") }
            let f = files[k - 1], start = try b.int(), length = try b.int()
            guard start >= 0, length >= 0, length <= f.bytes.count - start else { throw SnapshotError("bad range") }
            declaredAt.recordItem(i, file: f, range: SourceRange(start, start + length))
        }

        for _ in 0..<(try b.count()) {
            let key = try b.str(), hash = Array(try b.raw())
            guard key == journalKey && hash.isEmpty || FileSystem.read(key).map({ SnapshotHash.sha256($0) == hash }) == true else {
                throw SnapshotError("a loaded file changed")
            }
            loadedFiles.insert(key)
        }
        guard b.isAtEnd, r.isAtEnd else { throw SnapshotError("trailing bytes") }

        // Every function exists before any body is compiled, so a call to one declared (or
        // declared again) later compiles as it did.
        let names = globalNames
        defer { globalNames = names }
        for (f, file, range, visible) in declarations {
            globalNames = visible
            try compileAgain(f, file: file, range: range)
        }
    }

    private func readNames(from r: inout SnapshotReader, slots: Int) throws(SnapshotError) -> [String: Int] {
        var out: [String: Int] = [:]
        for _ in 0..<(try r.count(minimumSize: 2)) {
            let k = try r.str(), v = try r.int()
            guard (0..<slots).contains(v) else { throw SnapshotError("bad variable slot") }
            out[k] = v
        }
        return out
    }

    /// Compiles the `fn` statement at `range` of `file` again into `f`. The text parsed is
    /// from the start of the statement's line, in a file that starts at that line, so the
    /// nodes' positions (and any message from inside the function) are those of the original.
    private func compileAgain(_ f: Function, file: SourceFile, range: SourceRange) throws(SnapshotError) {
        var lineStart = range.start
        while lineStart > 0 && file.bytes[lineStart - 1] != 10 { lineStart -= 1 }
        let line = file.location(of: lineStart).line
        let part = SourceFile(path: file.path, bytes: Array(file.bytes[lineStart..<range.end]), firstLine: line)
        let (stmts, syntax) = Parser.parse(part)
        guard syntax.isEmpty, let stmt = stmts.last(where: {
            if case .fn(let n, _, _) = $0.kind { return n.text == f.name }
            return false
        }) else { throw SnapshotError("a function does not parse") }
        var c = Compiler(rt: self, file: part)
        do throws(Compiler.Failure) {
            _ = try c.stmt(stmt)
        } catch {
            throw SnapshotError("a function does not compile")
        }
        // Keep the original file and range for what refers to them.
        f.declaration = (file, range, f.declaration?.globalNames ?? globalNames)
    }
}

/// The source files a snapshot refers to, each once.
private struct FileTable {
    var files: [SourceFile] = []
    var index: [ObjectIdentifier: Int] = [:]

    mutating func index(_ f: SourceFile) -> Int {
        if let i = index[ObjectIdentifier(f)] { return i }
        files.append(f)
        index[ObjectIdentifier(f)] = files.count - 1
        return files.count - 1
    }
}

/// Values, with each list's storage written once: `l = [l, l]` sixty times holds 2^60 paths
/// through 61 lists, and the snapshot holds 61 lists (docs/language.md §2).
private struct ListTable {
    var seen: [UnsafeRawPointer: Int] = [:]
    var next = 0

    mutating func write(_ v: Value, to w: inout SnapshotWriter) {
        switch v {
        case .null: w.byte(0)
        case .bool(let b): w.byte(1); w.bool(b)
        case .int(let n): w.byte(2); w.int(n)
        case .decimal(let d): w.byte(3); w.int(d.units)
        case .string(let s): w.byte(4); w.str(s)
        case .date(let d): w.byte(5); w.int(d.dayNumber)
        case .dateTime(let t): w.byte(6); w.int(t.minutes)
        case .time(let t): w.byte(7); w.int(t.minutes)
        case .duration(let d): w.byte(8); w.duration(d)
        case .dateRange(let a, let b): w.byte(9); w.int(a.dayNumber); w.int(b.dayNumber)
        case .timeRange(let a, let b): w.byte(10); w.int(a.minutes); w.int(b.minutes)
        case .list(let l): w.byte(11); writeList(l.elements, to: &w)
        case .rows(let k, let l): w.byte(12); w.str(k.rawValue); writeList(l.elements, to: &w)
        case .record(let r):
            w.byte(13); w.int(r.fields.count)
            for (k, x) in r.fields { w.str(k); write(x, to: &w) }
        case .entity(let e):
            w.byte(14)
            switch e {
            case .unit(let i): w.byte(0); w.int(i)
            case .role(let i): w.byte(1); w.int(i)
            case .staff(let i): w.byte(2); w.int(i)
            case .item(let i): w.byte(3); w.int(i)
            case .sop(let i): w.byte(4); w.int(i)
            case .run(let i): w.byte(5); w.int(i)
            case .request(let i): w.byte(6); w.int(i)
            case .objection(let i): w.byte(7); w.int(i)
            }
        case .row(let r):
            w.byte(15)
            switch r {
            case .step(let i): w.byte(0); w.int(i)
            case .log(let i): w.byte(1); w.int(i)
            case .holiday(let i): w.byte(2); w.int(i)
            }
        }
    }

    /// A list seen before is written as its number (0 is a new list, written out).
    mutating func writeList(_ l: [Value], to w: inout SnapshotWriter) {
        let key = l.withUnsafeBufferPointer { $0.baseAddress.map { UnsafeRawPointer($0) } }
        if let key, let n = seen[key] {
            w.int(n + 1)
            return
        }
        w.int(0)
        w.int(l.count)
        for x in l { write(x, to: &w) }
        if let key {
            seen[key] = next
            next += 1
        }
    }
}

private struct ListReader {
    let registry: Registry
    var lists: [[Value]] = []
    let holidays: Int

    init(registry: Registry) {
        self.registry = registry
        holidays = registry.calendar.entries.count
    }

    mutating func read(from r: inout SnapshotReader, depth: Int) throws(SnapshotError) -> Value {
        guard depth <= Interpreter.maxValueNesting + 2 else { throw SnapshotError("nested too deep") }
        switch try r.byte() {
        case 0: return .null
        case 1: return .bool(try r.bool())
        case 2: return .int(try r.int())
        case 3: return .decimal(Decimal6(units: try r.int()))
        case 4: return .string(try r.str())
        case 5: return .date(try date(r.int()))
        case 6: return .dateTime(try time(r.int()))
        case 7: return .time(TimeOfDay(minutes: try r.int()))
        case 8:
            guard let d = try r.duration() else { throw SnapshotError("bad duration") }
            return .duration(d)
        case 9: return .dateRange(try date(r.int()), try date(r.int()))
        case 10: return .timeRange(TimeOfDay(minutes: try r.int()), TimeOfDay(minutes: try r.int()))
        case 11: return .list(try readList(from: &r, depth: depth))
        case 12:
            let kind = try r.word(RegisterKind.self)
            return .rows(kind, try readList(from: &r, depth: depth))
        case 13:
            var fields: [(String, Value)] = []
            for _ in 0..<(try r.count(minimumSize: 2)) { fields.append((try r.str(), try read(from: &r, depth: depth + 1))) }
            return .record(Record(fields))
        case 14:
            let kind = try r.byte(), i = try r.int()
            let g = registry
            func check(_ n: Int) throws(SnapshotError) { guard (0..<n).contains(i) else { throw SnapshotError("bad entity") } }
            switch kind {
            case 0: try check(g.units.count); return .entity(.unit(i))
            case 1: try check(g.roles.count); return .entity(.role(i))
            case 2: try check(g.staff.count); return .entity(.staff(i))
            case 3: try check(g.items.count); return .entity(.item(i))
            case 4: try check(g.sops.count); return .entity(.sop(i))
            case 5: try check(g.runs.count); return .entity(.run(i))
            case 6: try check(g.requests.count); return .entity(.request(i))
            case 7: try check(g.objections.count); return .entity(.objection(i))
            default: throw SnapshotError("bad entity")
            }
        case 15:
            let kind = try r.byte(), i = try r.int()
            let n = kind == 0 ? registry.steps.count : kind == 1 ? registry.log.count : kind == 2 ? holidays : -1
            guard n >= 0, (0..<n).contains(i) else { throw SnapshotError("bad row") }
            return .row(kind == 0 ? .step(i) : kind == 1 ? .log(i) : .holiday(i))
        default:
            throw SnapshotError("bad value")
        }
    }

    mutating func readList(from r: inout SnapshotReader, depth: Int) throws(SnapshotError) -> [Value] {
        let ref = try r.int()
        if ref > 0 {
            guard ref <= lists.count else { throw SnapshotError("bad list") }
            return lists[ref - 1]
        }
        guard ref == 0 else { throw SnapshotError("bad list") }
        var l: [Value] = []
        let n = try r.count()
        l.reserveCapacity(n)
        for _ in 0..<n { l.append(try read(from: &r, depth: depth + 1)) }
        if !l.isEmpty { lists.append(l) }
        return l
    }

    func date(_ n: Int) throws(SnapshotError) -> CivilDate {
        guard let d = CivilDate(dayNumber: n) else { throw SnapshotError("bad date") }
        return d
    }

    func time(_ m: Int) throws(SnapshotError) -> DateTime {
        guard let t = DateTime(minutes: m) else { throw SnapshotError("bad time") }
        return t
    }
}
