import PPIDSyntax
import PPIDModel
import PPIDRuntime

/// The completion rules: which words fit where, from the text before the cursor and the
/// live state. Pure and unit-tested; the line editor only inserts what this returns.
public enum Completer {
    /// The colon commands of the prompt: those `:help commands` describes.
    public static var colonCommands: [String] { HelpTopics.commands.map { String($0.name.dropFirst()) } }
    /// Words that start a statement.
    static let statementWords: [String] = [
        "let", "if", "for", "fn", "return", "print", "assert", "load",
        "office", "unit", "role", "staff", "holiday", "leave", "option", "at", "wait", "as", "allow",
        "info", "update", "classify", "withdraw", "import", "sop", "start", "complete", "approve", "reject", "cancel",
        "show", "export", "render", "request", "extend", "answer", "period", "object", "dispute", "ruling",
    ]
    /// The outcomes of `answer NAME OUTCOME`.
    static let outcomes: [String] = RequestOutcome.allCases.map(\.rawValue)
    /// The Atasan PPID's answers to an objection: `answer K uphold`.
    static let objectionOutcomes: [String] = ObjectionOutcome.allCases.map(\.rawValue)
    /// The fields of the objection statements' blocks, offered at the start of one.
    static let objectionBlockFields: [String: [String]] = [
        "object": ["ground", "reason"], "dispute": ["commission", "number"], "ruling": ["given", "note", "number"],
    ]
    /// Words that continue a query after a condition.
    static let queryWords = ["and", "or", "not", "in", "order", "by", "limit", "asc", "desc", "as"]

    /// The candidates for the word before the cursor. `text` is the statement typed so far
    /// (earlier lines included) up to the cursor.
    public static func complete(_ text: String, in ctx: CompletionContext) -> Completion {
        let scan = CompletionScan(text)
        if let colon = colonCompletion(scan, ctx) { return colon }
        if let open = scan.openString {
            return fileTakingString(scan) ? files(open, ctx, quoted: true) : .none
        }
        let word = scan.currentWord
        return filtered(candidates(scan, ctx), prefix: word, suffix: scan.afterDot ? "" : " ")
    }

    /// `:name` and the file argument of `:load`/`:save`.
    static func colonCompletion(_ scan: CompletionScan, _ ctx: CompletionContext) -> Completion? {
        let text = scan.text.drop { $0 == " " || $0 == "\t" }
        guard text.hasPrefix(":"), !text.contains("\n") else { return nil }
        let body = text.dropFirst()
        guard let space = body.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
            return filtered(colonCommands, prefix: String(body), suffix: " ")
        }
        let name = body[..<space]
        var arg = String(body[space...].drop { $0 == " " || $0 == "\t" })
        switch name {
        case "load", "save":
            let quoted = arg.hasPrefix("\"")
            if quoted { arg.removeFirst() }
            return files(arg, ctx, quoted: quoted)
        case "mode":
            return filtered(Vocabulary.formats + ["pager"], prefix: arg, suffix: " ")
        case "help":
            return filtered(HelpTopics.names, prefix: arg, suffix: "")
        default:
            return Completion.none
        }
    }

    /// True when the open string is a file name: after `load`, after `to` in export/render, after `import info from`.
    static func fileTakingString(_ scan: CompletionScan) -> Bool {
        guard let last = scan.words.last else { return false }
        return last == "load" || (last == "to" && (scan.words.contains("export") || scan.words.contains("render")))
            || (last == "from" && scan.words.first == "import")
    }

    /// File and folder names starting with `typed` (a path relative to where files resolve).
    static func files(_ typed: String, _ ctx: CompletionContext, quoted: Bool) -> Completion {
        let dir: String, base: String
        if let slash = typed.lastIndex(of: "/") {
            dir = String(typed[...slash])
            base = String(typed[typed.index(after: slash)...])
        } else {
            (dir, base) = ("", typed)
        }
        var found: [String] = []
        for entry in ctx.listDirectory(dir.isEmpty ? "." : dir) {
            if entry.name == "." || entry.name == ".." { continue }
            if entry.name.hasPrefix(".") && !base.hasPrefix(".") { continue }
            guard entry.name.hasPrefix(base) else { continue }
            found.append(dir + entry.name + (entry.isDirectory ? "/" : ""))
        }
        return Completion(prefix: typed, candidates: Array(Set(found)).sorted(), suffix: quoted ? "\"" : "")
    }

    /// Every word that fits at the cursor, before filtering by the typed prefix.
    static func candidates(_ scan: CompletionScan, _ ctx: CompletionContext) -> [String] {
        let registers = Vocabulary.registers
        if scan.afterDot { return fields(of: scan.wordBeforeDot, ctx) }
        let words = scan.words
        let last = words.last ?? "", last2 = words.count > 1 ? words[words.count - 2] : ""
        let values = ctx.allNames + ctx.variables
        // A period block: `answer 3 workdays` is a figure's name, a number, then `workdays`
        // (that `answer` names no request).
        if scan.enclosingBlock == "period" {
            if words.isEmpty { return DeadlineFigures.standard.named.map(\.name) }
            return words.count == 2 ? ["workdays"] : []
        }
        // `answer NAME OUTCOME` and `extend NAME "reason"`: only the requests the statement
        // would accept (the lists are built as the registry checks them).
        if words == ["answer"] { return ctx.openRequests + ctx.openObjections }
        if words == ["extend"] { return ctx.extendableRequests }
        if words.count == 2, words[0] == "answer" {
            return ctx.objections.contains(words[1]) ? objectionOutcomes : outcomes
        }
        if let objection = objectionCandidates(scan, ctx) { return objection }
        // `allow ROLE to ACTION, ...`: the actions (`answer` and `extend` among them).
        if words.first == "allow", words.contains("to") {
            return last == "to" || last == "," ? Permission.allCases.map(\.rawValue) : []
        }
        // `import info from "FILE"`: the two words, then the file (an open string, above).
        if words == ["import"] { return ["info"] }
        if words == ["import", "info"] { return ["from"] }
        if words.isEmpty {
            return statementWords + values + ctx.functions + Vocabulary.builtins
        }
        switch last {
        case "complete", "approve", "reject": return ctx.actableRuns
        case "cancel": return ctx.activeRuns
        case "classify", "update", "withdraw": return ctx.items + ctx.variables
        case "start": return ctx.sops
        case "render": return ["sop"]
        case "sop" where last2 == "render" || last2 == "show": return ctx.sops
        case "export": return registers + ["run", "registers"]
        case "run" where last2 == "export": return ctx.runs
        case "show": return registers + ["sop"] + ctx.allNames + ctx.variables
        case "holder", "unit": return ctx.units
        case "responsible": return ctx.staff
        case "roles", "allow": return ctx.roles
        case "separate", "from": return []
        default: break
        }
        // Inside a step block: `by ROLE` and `to ROLE`.
        if (last == "by" || last == "to") && words.first == last { return ctx.roles }
        if last == "as" {
            if words.count == 1 { return ctx.staff + ctx.roles }
            if words.contains("classify") { return Vocabulary.classes }
            if words.contains("export") { return Vocabulary.exportFormats }
            if words.contains("show") { return Vocabulary.formats }
            return []
        }
        if words.contains("start") && (last == "for" || last == ",") { return ctx.items }
        if last == "(" && (last2 == "count" || last2 == "len") { return registers + ctx.variables }
        if last == "in" && words.first == "for" { return registers + ctx.variables }
        if let register = scan.queryRegister {
            let fieldNames = register.map(\.fieldNames) ?? allFields
            if ["where", "and", "or", "not", "by", "(", ","].contains(last) { return fieldNames + ["not"] }
            if ["==", "!=", "<", "<=", ">", ">=", "~", "in"].contains(last) {
                return values + Vocabulary.classes + Vocabulary.itemStatuses + ["true", "false", "null"]
            }
            return queryWords
        }
        return values + ctx.functions + Vocabulary.builtins + ["and", "or", "not", "in", "true", "false", "null"]
    }

    /// The fields reachable after `name.`: those of the register the name's entity belongs to.
    static func fields(of name: String?, _ ctx: CompletionContext) -> [String] {
        guard let name else { return allFields }
        if ctx.items.contains(name) { return RegisterKind.info.spec.fieldNames }
        if ctx.runs.contains(name) { return RegisterKind.runs.spec.fieldNames }
        if ctx.staff.contains(name) { return RegisterKind.staff.spec.fieldNames }
        if ctx.roles.contains(name) { return RegisterKind.roles.spec.fieldNames }
        if ctx.units.contains(name) { return RegisterKind.units.spec.fieldNames }
        if ctx.sops.contains(name) { return RegisterKind.sops.spec.fieldNames }
        if ctx.requests.contains(name) { return RegisterKind.requests.spec.fieldNames }
        if ctx.objections.contains(name) { return RegisterKind.objections.spec.fieldNames }
        return allFields
    }

    /// `object REQUEST as NAME { ground LETTER }`, `dispute OBJECTION`, `ruling OBJECTION
    /// OUTCOME` and the fields of their blocks; nil when the text is none of them. As for
    /// `answer`, only the targets the statement would accept are offered.
    static func objectionCandidates(_ scan: CompletionScan, _ ctx: CompletionContext) -> [String]? {
        let words = scan.words, last = words.last ?? ""
        if let block = scan.enclosingBlock, let fields = objectionBlockFields[block] {
            if words.isEmpty { return fields }
            // `ground a, g`: a letter after `ground` and after each comma.
            if block == "object", words.first == "ground" {
                return last == "ground" || last == "," ? ObjectionGround.allCases.map(\.rawValue) : []
            }
            return nil
        }
        // After the target (and the name, the outcome) comes a new name or the block: nothing.
        switch (words.first, words.count) {
        case ("object", 1): return ctx.objectableRequests
        case ("object", 2): return ["as"]
        case ("dispute", 1): return ctx.disputableObjections
        case ("ruling", 1): return ctx.rulableObjections
        case ("ruling", 2): return RulingOutcome.allCases.map(\.rawValue)
        case ("object", _), ("dispute", _), ("ruling", _): return []
        default: return nil
        }
    }

    static var allFields: [String] { Array(Set(RegisterSpec.all.flatMap(\.fieldNames))).sorted() }

    /// The candidates starting with `prefix`, sorted and without duplicates.
    static func filtered(_ words: [String], prefix: String, suffix: String) -> Completion {
        let found = Set(words.filter { $0.hasPrefix(prefix) && !$0.isEmpty })
        return Completion(prefix: prefix, candidates: found.sorted(), suffix: suffix)
    }
}
