import PPIDSyntax
import PPIDModel
import PPIDText
import PPIDRender

final class ExportNode: StmtNode {
    let what: ExprNode
    let path: ExprNode
    let format: OutputFormat?
    init(_ what: ExprNode, _ path: ExprNode, _ format: OutputFormat?, _ range: SourceRange) {
        self.what = what
        self.path = path
        self.format = format
        super.init(range)
    }
    override var changesState: Bool { false }

    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        try rt.model(range) { (r) throws(ModelError) in try r.authorize(.export) }
        let target = try rt.writablePath(try path.eval(rt), at: path.range)
        if format == nil, RegisterDatabase.isDatabasePath(target) { return try exportDatabase(rt, to: target) }
        let ext = target.split(separator: ".").last.map(String.init) ?? ""
        guard let fmt = format ?? OutputFormat(fileExtension: ext) else {
            throw RuntimeError(.badValue, Text(en: "cannot tell the format from '.\(ext)'; use .csv, .tsv, .json, .md, .html, .xlsx or .txt, or add `as FORMAT`",
                                          id: "format tidak dapat ditentukan dari '.\(ext)'; gunakan .csv, .tsv, .json, .md, .html, .xlsx atau .txt, atau tambahkan `as FORMAT`"), at: path.range)
        }
        // A workbook is not text: an .xlsx file gets nothing else, nor a text file a workbook.
        if let named = OutputFormat(fileExtension: ext), named != fmt, named == .xlsx || fmt == .xlsx {
            let f = fmt.rawValue
            throw RuntimeError(.badValue, Text(en: "a .\(ext) file cannot hold \(f): name the file .\(f), or leave out `as \(f)`",
                                              id: "berkas .\(ext) tidak dapat memuat \(f): beri nama berkas .\(f), atau hapus `as \(f)`"), at: path.range)
        }
        let value = try what.eval(rt)
        guard let rows = value.elements else {
            throw RuntimeError(.typeMismatch, Text(en: "export needs a register or a query, such as `export dip to \"dip.csv\"`",
                                                  id: "export memerlukan register atau kueri, misalnya `export dip to \"dip.csv\"`"), at: what.range)
        }
        // Rows that carry their register (a register, a query, a variable holding one) are
        // written as that register: the DIP and DIK as their pages, others with their columns.
        var register: RegisterKind? = nil
        if case .rows(let r, _) = value { register = r }
        let text: String
        if fmt == .xlsx {
            let bytes = try rt.xlsxBytes(rt.exportTable(rows, register: register, format: fmt), register: register, at: path.range)
            try rt.writeFile(bytes, to: target, at: path.range)
            try rt.emit(rt.exportSummary(shownPath: rt.text(try path.eval(rt)), rows: rows, register: register))
            return .normal
        }
        if fmt == .html, register == .dip {
            text = renderDIPHTML(rt.dipDocument(rows))
        } else if fmt == .html, register == .dik {
            text = renderDIKHTML(rt.dikDocument(rows))
        } else if fmt == .html, register == .requests {
            text = renderRequestRegisterHTML(rt.requestRegisterDocument(rows))
        } else if fmt == .html, register == .objections {
            text = renderObjectionRegisterHTML(rt.objectionRegisterDocument(rows))
        } else if fmt == .html {
            text = renderHTMLDocument(rt.table(of: rows, register: register, title: register?.rawValue))
        } else {
            text = renderTable(rt.exportTable(rows, register: register, format: fmt), as: fmt, width: 200)
        }
        try rt.write(text, to: target, at: path.range)
        try rt.emit(rt.exportSummary(shownPath: rt.text(try path.eval(rt)), rows: rows, register: register))
        return .normal
    }
}

extension Interpreter {
    /// "wrote dip.html: 63 items (berkala 21, serta merta 4, setiap saat 38); 7 exempt items not included"
    /// / "dip.html ditulis: 63 informasi (berkala 21, serta merta 4, setiap saat 38); 7 informasi yang dikecualikan tidak dimuat"
    func exportSummary(shownPath: String, rows: [Value], register: RegisterKind?) -> Text {
        let n = rows.count
        if register == .requests {
            var open = 0
            for case .entity(.request(let i)) in rows where registry.requests[i].isOpen { open += 1 }
            return Text(en: "wrote \(shownPath): \(count: n, "request") (\(open) open)",
                        id: "\(shownPath) ditulis: \(n) permohonan (\(open) belum dijawab)")
        }
        if register == .objections {
            var open = 0
            for case .entity(.objection(let i)) in rows where registry.objections[i].isOpen { open += 1 }
            return Text(en: "wrote \(shownPath): \(count: n, "objection") (\(open) open)",
                        id: "\(shownPath) ditulis: \(n) keberatan (\(open) belum ditanggapi)")
        }
        guard register == .dip else {
            return Text(en: "wrote \(shownPath): \(count: n, "row")", id: "\(shownPath) ditulis: \(n) baris")
        }
        var counts: [InfoClass: Int] = [:]
        for case .entity(.item(let i)) in rows { if let c = registry.items[i].infoClass { counts[c, default: 0] += 1 } }
        let b = counts[.berkala] ?? 0, sm = counts[.serta_merta] ?? 0, ss = counts[.setiap_saat] ?? 0
        let exempt = registry.items.filter { $0.isInDIK }.count
        let written = Text(en: "wrote \(shownPath): \(count: n, "item") (berkala \(b), serta merta \(sm), setiap saat \(ss))",
                           id: "\(shownPath) ditulis: \(n) informasi (berkala \(b), serta merta \(sm), setiap saat \(ss))")
        guard exempt > 0 else { return written }
        return written + Text(en: "; \(count: exempt, "exempt item") not included",
                              id: "; \(exempt) informasi yang dikecualikan tidak dimuat")
    }

    /// Writes a whole file atomically (its folder made if needed); a failure is an I/O error at `range`.
    func write(_ text: String, to target: String, at range: SourceRange) throws(RuntimeError) {
        if runningAhead { throw RuntimeError.stopToCheck }
        do {
            try FileSystem.makeDirectories(FileSystem.directory(of: target))
            try FileSystem.writeAtomically(target, Array(text.utf8))
        } catch {
            throw RuntimeError(.ioError, error.text, at: range)
        }
    }

    /// The absolute path a script may write to, or an error saying where it may write.
    func writablePath(_ v: Value, at range: SourceRange) throws(RuntimeError) -> String {
        guard case .string(let p) = v, !p.isEmpty else {
            throw RuntimeError(.typeMismatch, Value.expected(Text(en: "a file name in quotes", id: "nama berkas dalam tanda kutip"), found: v), at: range)
        }
        let cwd = FileSystem.realPath(workingDirectory) ?? workingDirectory
        // A script writes relative to its own folder; the prompt and -e relative to the current one.
        var base = cwd
        if let f = currentFile, !f.path.hasPrefix("<") {
            base = FileSystem.realPath(FileSystem.join(cwd, FileSystem.directory(of: f.path))) ?? cwd
        }
        let target = FileSystem.normalize(p, cwd: base)
        var allowed = [cwd, base]
        for d in allowedWriteDirectories { allowed.append(FileSystem.realPath(d) ?? FileSystem.normalize(d, cwd: cwd)) }
        // Resolve symlinks in the deepest existing folder so a link cannot lead outside.
        var probe = FileSystem.directory(of: target)
        while !FileSystem.exists(probe) && probe != "/" { probe = FileSystem.directory(of: probe) }
        let realProbe = FileSystem.realPath(probe) ?? probe
        let ok = allowed.contains { dir in realProbe == dir || realProbe.hasPrefix(dir == "/" ? "/" : dir + "/") }
            && allowed.contains { dir in target.hasPrefix(dir == "/" ? "/" : dir + "/") }
        guard ok else {
            throw RuntimeError(.ioError, Text(en: "refusing to write \(target): outside the script's folder and the current folder",
                                             id: "menolak menulis \(target): di luar folder skrip dan folder saat ini"),
                               at: range, notes: writeAllowanceHint.note.map { [.init($0)] } ?? [])
        }
        // Writing replaces a link rather than following it; a link that leads outside is
        // still refused, so a planted link is reported instead of silently overwritten.
        if FileSystem.isSymbolicLink(target) {
            let leadsTo = FileSystem.realPath(target)
            guard let leadsTo, allowed.contains(where: { dir in leadsTo.hasPrefix(dir == "/" ? "/" : dir + "/") }) else {
                throw RuntimeError(.ioError, Text(en: "refusing to write \(target): it is a link to a file outside the script's folder and the current folder",
                                                 id: "menolak menulis \(target): berkas itu tautan ke berkas di luar folder skrip dan folder saat ini"),
                                   at: range, notes: [.init(Text(en: "remove the link, or write to another file name",
                                                                 id: "hapus tautan itu, atau tulis ke nama berkas lain"))])
            }
        }
        return target
    }
}

/// `export run NAME to "file.ppid"`: one procedure run as a self-contained script.
final class ExportRunNode: StmtNode {
    let run: ExprNode
    let path: ExprNode
    init(_ run: ExprNode, _ path: ExprNode, _ range: SourceRange) {
        self.run = run
        self.path = path
        super.init(range)
    }
    override var changesState: Bool { false }

    override func exec(_ rt: Interpreter) throws(RuntimeError) -> Flow {
        try rt.model(range) { (r) throws(ModelError) in try r.authorize(.export) }
        let name = try rt.entityName(of: try run.eval(rt), expecting: Noun.run, at: run.range)
        guard let text = ScriptWriter.script(for: name, in: rt.registry) else {
            throw RuntimeError(rt.registry.unknown(name, code: .runUnknown, kind: .run), at: run.range)
        }
        let target = try rt.writablePath(try path.eval(rt), at: path.range)
        try rt.write(text, to: target, at: path.range)
        let n = rt.registry.steps.filter { $0.run == name }.count
        let shown = rt.text(try path.eval(rt))
        try rt.emit(Text(en: "wrote \(shown): run \(name), \(count: n, "step") recorded",
                         id: "\(shown) ditulis: pelaksanaan SOP \(name), \(n) tahap tercatat"))
        return .normal
    }
}
