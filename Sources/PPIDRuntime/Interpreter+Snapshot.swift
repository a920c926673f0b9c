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
    public static let snapshotVersion = 3

    /// Writes the state. `journalSlice` gives, for a source file read from the journal, its
    /// byte offset there. `journal` is the journal's path: it counts as loaded once replayed,
    /// and what it holds is checked by the snapshot's own key, not here.
    public func writeSnapshot(to w: inout SnapshotWriter, journal: String? = nil, journalSlice: (SourceFile) -> Int?) {
        let journalKey = journal.map { FileSystem.realPath($0) ?? $0 }
        w.int(Interpreter.snapshotVersion)
        registry.writeSnapshot(to: &w)
        w.str(language.rawValue)
        w.bool(followWallClock)

        var files = SnapshotFileTable()
        var body = SnapshotWriter()
        var lists = SnapshotListTable()
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
                body.int(files.index(f) + 1); body.int(r.start); body.int(r.end)
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
    ///
    /// `verify` is called once everything is decoded and before anything outside the snapshot
    /// is read or compiled (the loaded files it names, the functions' texts): a caller still
    /// checking the snapshot's hash throws there, so damaged bytes never name a file to read.
    public func restoreSnapshot(from r: inout SnapshotReader, journal: String? = nil,
                                verify: () throws(SnapshotError) -> Void = {},
                                journalFile: (String, Int, Int, Int) -> SourceFile?) throws(SnapshotError) {
        let journalKey = journal.map { FileSystem.realPath($0) ?? $0 }
        guard try r.int() == Interpreter.snapshotVersion else { throw SnapshotError("other interpreter version") }
        // The log's rows and the items' history on a thread of their own while this one reads
        // the items.
        registry = try Registry.readSnapshot(from: &r) { work in
            let task = BackgroundTask.start(work)
            return { task.wait() }
        }
        language = try r.word(Language.self)
        followWallClock = try r.bool()

        var files: [SourceFile] = []
        for _ in 0..<(try r.count(minimumSize: 3)) {
            let path = try r.str(), firstLine = try r.int()
            guard firstLine >= 1 else { throw SnapshotError("bad line") }
            if try r.present() {
                files.append(SourceFile(path: path, bytes: try r.raw(), firstLine: firstLine))
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

        var lists = SnapshotListReader(registry: registry)
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
            let f = files[k - 1]
            declaredAt.recordItem(i, file: f, range: try range(in: f))
        }

        var loaded: [(String, [UInt8])] = []
        for _ in 0..<(try b.count()) { loaded.append((try b.str(), try b.raw())) }
        guard b.isAtEnd, r.isAtEnd else { throw SnapshotError("trailing bytes") }
        try verify()
        for (key, hash) in loaded {
            guard key == journalKey && hash.isEmpty || FileSystem.read(key).map({ SnapshotHash.sha256($0) == hash }) == true else {
                throw SnapshotError("a loaded file changed")
            }
            loadedFiles.insert(key)
        }

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
