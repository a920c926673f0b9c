import PPIDSyntax
import PPIDModel
import PPIDRender
import PPIDText

extension Compiler {
    /// The fields each kind of block accepts (a misspelt field is a diagnostic before anything runs).
    static let itemFieldNames = ["title", "summary", "holder", "responsible", "made", "place", "formats", "retention", "media", "documented"]
    static let exemptionFieldNames = ["basis", "consequence", "public_interest", "until", "for", "decree",
                                      "scope", "law", "balance", "conclusion", "decided", "signed_by"]
    static let sopFieldNames = ["number", "made", "revised", "enacted", "effective", "enacted_by", "signer", "unit_name",
                                "flow_title", "basis", "qualification", "related", "equipment", "warning", "records", "staff_count"]
    static let stepFieldNames = ["by", "to", "needs", "takes", "yields", "note", "marks"]

    /// Fields whose bare names are words, not variables or entities.
    // Switches, not a Set and a Dictionary: a field name is looked up for every field of
    // every declaration, and comparing short strings is cheaper than hashing them.
    static func isWordField(_ field: String) -> Bool {
        switch field {
        case "formats", "media", "marks": true
        default: false
        }
    }

    /// Fields whose bare names are entities of a kind: the kind, for messages.
    static func entityKind(ofField field: String) -> Text? {
        switch field {
        case "holder", "unit": Noun.unit
        case "responsible", "signed_by": Noun.staff
        case "roles", "by", "to": Noun.role
        default: nil
        }
    }

    mutating func fields(_ fs: [Field], allowed: [String]?, what: Text) throws(Failure) -> [FieldNode] {
        var out: [FieldNode] = []
        out.reserveCapacity(fs.count)
        for f in fs {
            if let allowed, !allowed.contains(where: { $0 == f.name.text }) {
                let list = allowed.joined(separator: ", ")
                var notes = Suggest.notes(for: f.name.text, in: allowed)
                if notes.isEmpty {
                    notes = [.init(allowed.isEmpty ? Text(en: "\(what) has no fields", id: "\(what) tidak memiliki kolom")
                                                   : Text(en: "the fields of \(what) are: \(list)", id: "kolom \(what): \(list)"))]
                }
                throw fail(.unknownField, Text(en: "\(what) has no field '\(f.name.text)'", id: "\(what) tidak memiliki kolom '\(f.name.text)'"),
                           f.name.range, notes: notes)
            }
            let values = try FieldValues(f.values) { (v) throws(Failure) in try fieldValue(v, field: f.name.text) }
            out.append(FieldNode(name: f.name.text, nameRange: f.name.range, values: values, range: f.range))
        }
        return out
    }

    /// A field's value: bare names are words in word fields, entity names in entity fields.
    mutating func fieldValue(_ e: Expr, field: String) throws(Failure) -> ExprNode {
        if case .name(let n) = e.kind, lookupVariable(n) == nil {
            if field == "marks" && MarkState(rawValue: n) == nil {
                let all = MarkState.allCases.map(\.rawValue)
                let states = all.joined(separator: ", ")
                throw fail(.unknownWord, Text(en: "'\(n)' is not a state a step can mark (\(states))",
                                              id: "'\(n)' bukan status yang dapat ditandai oleh tahap (\(states))"),
                           e.range, notes: Suggest.notes(for: n, in: all))
            }
            if Compiler.isWordField(field) { return ConstNode(.string(n), e.range) }
            // `until consent "..."`, `until condition "..."`: a period with no date.
            if field == "until", n == "consent" || n == "condition" { return ConstNode(.string(n), e.range) }
            if field == "withhold", n == "basis" { return ConstNode(.string(n), e.range) }
            if let kind = Compiler.entityKind(ofField: field) {
                if !isEntity(n) { try unresolved(n, e.range, expecting: kind) }
                return ConstNode(.string(n), e.range)
            }
        }
        if case .list(let items) = e.kind, Compiler.isWordField(field) || Compiler.entityKind(ofField: field) != nil {
            var nodes: [ExprNode] = []
            for i in items { nodes.append(try fieldValue(i, field: field)) }
            return ListNode(nodes, e.range)
        }
        return try expr(e)
    }

    mutating func optional(_ e: Expr?) throws(Failure) -> ExprNode? {
        guard let e else { return nil }
        return try expr(e)
    }

    /// A name that must be a declared entity (`as sri`, `start maklumat`).
    func requireEntity(_ n: Name, _ kind: Text) throws(Failure) {
        if !isEntity(n.text) && lookupVariable(n.text) == nil { try unresolved(n.text, n.range, expecting: kind) }
    }

    func format(_ n: Name?) throws(Failure) -> OutputFormat? {
        guard let n else { return nil }
        guard let f = OutputFormat(rawValue: n.text) else {
            throw fail(.unknownWord, Text(en: "'\(n.text)' is not an output format (table, csv, tsv, json, md, html, xlsx)",
                                          id: "'\(n.text)' bukan format keluaran (table, csv, tsv, json, md, html, xlsx)"), n.range)
        }
        return f
    }

    /// A format `show` can print: every one but xlsx, which is a file (`export`).
    func screenFormat(_ n: Name?) throws(Failure) -> OutputFormat? {
        guard let f = try format(n), let n else { return nil }
        guard f.isText else {
            throw fail(.badValue, Text(en: "xlsx is a spreadsheet file, not something to print: write it with `export … to \"file.xlsx\"`; show prints as table, csv, tsv, json, md or html",
                                       id: "xlsx adalah berkas lembar kerja, bukan untuk dicetak: tulis dengan `export … to \"berkas.xlsx\"`; show mencetak sebagai table, csv, tsv, json, md, atau html"), n.range)
        }
        return f
    }

    mutating func domainStmt(_ s: Stmt) throws(Failure) -> StmtNode {
        let r = s.range
        if let node = try requestStmt(s) { return node }
        if let node = try objectionStmt(s) { return node }
        if let node = try reportStmt(s) { return node }
        switch s.kind {
        case .office(let title, let fs):
            return OfficeNode(try expr(title), try fields(fs, allowed: nil, what: Noun.office), r)
        case .unit(let name, let title, let fs):
            _ = try fields(fs, allowed: [], what: Noun.unit)
            return TitledDeclarationNode(.unit, name, try optional(title), r)
        case .role(let name, let title):
            return TitledDeclarationNode(.role, name, try optional(title), r)
        case .staff(let name, let full, let fs):
            let f = try fields(fs, allowed: ["roles", "unit", "login"], what: Noun.staff)
            return StaffNode(name, try optional(full), roles: f.first { $0.name == "roles" }, unit: f.first { $0.name == "unit" },
                             login: f.first { $0.name == "login" }, r)
        case .holiday(let days, let name):
            return HolidayNode(try expr(days), try optional(name), isLeave: false, r)
        case .leave(let days, let name):
            return HolidayNode(try expr(days), try optional(name), isLeave: true, r)
        case .option(let name, let value):
            let options = ["workhours", "leave_is_workday", "unknown_years", "language", "request_number"]
            guard options.contains(name.text) else {
                let notes: [Diagnostic.Note] = Suggest.closest(to: name.text, in: options).map { [.init(Text(en: "did you mean '\($0)'?", id: "maksud Anda '\($0)'?"))] } ?? []
                throw Failure(diagnostic: Diagnostic(.unknownWord, Text(en: "unknown option '\(name.text)' (the options are workhours, leave_is_workday, unknown_years, language and request_number)",
                                                                        id: "opsi '\(name.text)' tidak dikenal (opsi yang ada: workhours, leave_is_workday, unknown_years, language, dan request_number)"),
                                                     file: file, range: name.range, notes: notes))
            }
            if name.text == "unknown_years" { return try unknownYearsOption(value, r) }
            if name.text == "language" { return try languageOption(value, r) }
            if name.text == "request_number" { return RequestNumberOptionNode(try expr(value), r) }
            return OptionNode(name.text, try expr(value), r)
        case .at(let when):
            return AtNode(try optional(when), r)
        case .wait(let d):
            return WaitNode(try expr(d), r)
        case .actAs(let name):
            try requireEntity(name, Noun.staffOrRole)
            return ActAsNode(name, r)
        case .allow(let roles, let actions):
            for role in roles { try requireEntity(role, Noun.role) }
            var acts: [Permission] = []
            for a in actions {
                guard let p = Permission(rawValue: a.text) else {
                    throw fail(.unknownWord, Text(en: "'\(a.text)' is not an action that can be restricted (declare, classify, update, withdraw, export, answer, extend)",
                                              id: "'\(a.text)' bukan tindakan yang dapat dibatasi (declare, classify, update, withdraw, export, answer, extend)"),
                               a.range, notes: Suggest.notes(for: a.text, in: Permission.allCases.map(\.rawValue)))
                }
                acts.append(p)
            }
            return AllowNode(roles.map(\.text), acts, r)
        case .info(let name, let title, let fs):
            return InfoNode(name, try optional(title), try fields(fs, allowed: Compiler.itemFieldNames, what: Noun.item), r)
        case .update(let target, let fs):
            return UpdateNode(try expr(target), try fields(fs, allowed: Compiler.itemFieldNames, what: Noun.item), r)
        case .classify(let target, let cls, let fs):
            guard let c = InfoClass(rawValue: cls.text) else {
                let all = InfoClass.allCases.map(\.rawValue)
                throw fail(.unknownWord, Text(en: "'\(cls.text)' is not a class of information (berkala, serta_merta, setiap_saat, dikecualikan)",
                                              id: "'\(cls.text)' bukan kategori informasi (berkala, serta_merta, setiap_saat, dikecualikan)"),
                           cls.range, notes: Suggest.notes(for: cls.text, in: all))
            }
            // A public class takes only `ground`, the reason an exemption ends (docs/language.md §9).
            if c != .dikecualikan, let f = fs.first(where: { $0.name.text != "ground" && $0.name.text != "withhold" }) {
                throw fail(.unknownField, Text(en: "only an exemption (dikecualikan) takes fields such as '\(f.name.text)'; a public class takes `ground`",
                                           id: "hanya pengecualian (dikecualikan) yang menerima kolom seperti '\(f.name.text)'; kategori terbuka menerima `ground`"), f.name.range)
            }
            let allowed = c == .dikecualikan ? Compiler.exemptionFieldNames : ["ground", "withhold"]
            return ClassifyNode(try expr(target), c, try fields(fs, allowed: allowed, what: Noun.exemption), r)
        case .withdraw(let target, let reason):
            return WithdrawNode(try expr(target), try optional(reason), r)
        case .sop(let name, let title, let fs, let steps):
            let header = try fields(fs, allowed: Compiler.sopFieldNames, what: Noun.sop)
            var nodes: [StepNode] = []
            for st in steps { nodes.append(StepNode(decl: st, fields: try fields(st.fields, allowed: Compiler.stepFieldNames, what: Noun.sopStep))) }
            return SopNode(name, try optional(title), header, nodes, r)
        case .start(let sop, let name, let subjects):
            try requireEntity(sop, Noun.sop)
            var nodes: [ExprNode] = []
            for e in subjects { nodes.append(try fieldValue(e, field: "subject")) }
            return StartNode(sop, name, nodes, r)
        case .runAction(let action, let run, let note):
            return RunActionNode(action, try expr(run), try optional(note), r)
        case .show(let what, let fmt):
            return ShowNode(try expr(what), try screenFormat(fmt), r)
        case .showSop(let name, let fmt):
            try requireEntity(name, Noun.sop)
            return ShowSopNode(try self.name(name.text, name.range), try screenFormat(fmt), r)
        case .export(let what, let to, let fmt):
            return ExportNode(try expr(what), try expr(to), try format(fmt), r)
        case .exportRegisters(let word, let to, let fmt):
            // `registers` is not reserved: a variable of that name is exported as any value.
            if lookupVariable(word.text) != nil {
                return ExportNode(try expr(Expr(.name(word.text), word.range)), try expr(to), try format(fmt), r)
            }
            if let fmt {
                throw fail(.unknownWord, Text(en: "`export registers` writes an SQLite database and takes no `as \(fmt.text)`",
                                              id: "`export registers` menulis basis data SQLite dan tidak memakai `as \(fmt.text)`"), fmt.range)
            }
            return ExportRegistersNode(try expr(to), r)
        case .exportRun(let run, let to):
            return ExportRunNode(try expr(run), try expr(to), r)
        case .renderSop(let name, let to):
            try requireEntity(name, Noun.sop)
            return RenderSopNode(try self.name(name.text, name.range), try expr(to), r)
        case .renderExemption(let item, let to):
            return RenderExemptionNode(try expr(item), try expr(to), r)
        case .renderNotice(let request, let to):
            return RenderNoticeNode(try expr(request), try expr(to), r)
        case .exercise(let e):
            return ExerciseNode(e, file: file, r)
        default:
            throw fail(.badValue, Text(en: "this statement is not supported here", id: "perintah ini tidak dapat digunakan di sini"), r)
        }
    }

    /// `option unknown_years workdays|error`: the value is a word, checked before anything runs.
    func unknownYearsOption(_ value: Expr, _ r: SourceRange) throws(Failure) -> StmtNode {
        let words = WorkCalendar.UnknownYears.allCases.map(\.rawValue)
        var word = ""
        if case .name(let w) = value.kind { word = w }
        guard let mode = WorkCalendar.UnknownYears(rawValue: word) else {
            throw fail(.unknownWord, Text(en: "option unknown_years is workdays (count Monday–Friday in a year with no holidays declared) or error (refuse, the default)",
                                          id: "option unknown_years bernilai workdays (hitung Senin–Jumat pada tahun yang hari liburnya belum dideklarasikan) atau error (tolak, bawaan)"),
                       value.range, notes: Suggest.notes(for: word, in: words))
        }
        return UnknownYearsNode(mode, r)
    }

    /// `option language id|en`: the language messages are shown in from this statement on
    /// (docs/language.md, "Language"). The word is checked before anything runs.
    func languageOption(_ value: Expr, _ r: SourceRange) throws(Failure) -> StmtNode {
        var word = ""
        switch value.kind {
        case .name(let w), .literal(.string(let w)): word = w
        default: break
        }
        guard let language = Language(word: word) else {
            let words = ["id", "en", "indonesia", "english", "inggris"]
            let notes: [Diagnostic.Note] = Suggest.closest(to: word.lowercased(), in: words).map { [.init(Text(en: "did you mean '\($0)'?", id: "maksud Anda '\($0)'?"))] } ?? []
            throw Failure(diagnostic: Diagnostic(.unknownWord, Text(en: "option language is id (Bahasa Indonesia) or en (English)",
                                                                    id: "option language bernilai id (Bahasa Indonesia) atau en (bahasa Inggris)"),
                                                 file: file, range: value.range, notes: notes))
        }
        return LanguageOptionNode(language, r)
    }
}
