import PPIDSyntax
import PPIDText
import PPIDModel

/// Resolves the names of a parsed text and turns it into nodes, before anything runs.
///
/// Names resolve, innermost first, to: a field of the row a `where` is looking at, a
/// variable, a declared entity (in the registry or declared by a script being compiled),
/// a register, a class or status word. Anything else is an "unknown name" diagnostic with
/// the closest known name as a suggestion.
struct Compiler {
    /// Unchecked: a compiler lives only within a call on its interpreter, and a checked
    /// `unowned` reference costs a retain and a release at every use (several a field).
    unowned(unsafe) let rt: Interpreter
    let file: SourceFile
    var diagnostics: [Diagnostic] = []
    /// Block scopes inside the top level or a function (innermost last).
    var scopes: [[String: Slot]] = []
    /// The function being compiled: its next free local slot.
    var function: Interpreter.Function? = nil
    var nextLocal = 0
    /// Rows in scope inside `where` / `order by` (innermost last).
    var rowScopes: [(RegisterKind, Slot)] = []

    /// In the checking pass over a long script, names not declared yet are noted here
    /// instead of failing at once: they may be declared further down (see `Interpreter.run`).
    let deferred: DeferredNames?

    struct Failure: Error { let diagnostic: Diagnostic }

    init(rt: Interpreter, file: SourceFile, deferred: DeferredNames? = nil) {
        self.rt = rt
        self.file = file
        self.deferred = deferred
    }

    /// An entity name nothing declares (yet): an error, or noted for later in the checking pass.
    func unresolved(_ name: String, _ range: SourceRange, expecting: Text? = nil) throws(Failure) {
        guard let deferred else { throw unknownName(name, range, expecting: expecting) }
        // The fields of the rows in scope now: a typo of one (`where outcom == grant`) is
        // reported after the script is read, when the row's scope is gone.
        deferred.items.append((name, range, expecting, file, rowScopes.flatMap { $0.0.spec.fieldNames }))
    }

    /// A compile error in both languages.
    func fail(_ code: DiagnosticCode, _ text: Text, _ range: SourceRange, notes: [Diagnostic.Note] = []) -> Failure {
        Failure(diagnostic: Diagnostic(code, text, file: file, range: range, notes: notes))
    }

    /// Words whose value is the word itself: the classes and statuses.
    static var words: Set<String> { Vocabulary.words }

    // MARK: Slots

    /// A new variable slot in the innermost scope (a global slot at the top level).
    mutating func declareVariable(_ name: Name) throws(Failure) -> Slot {
        if rt.entity(named: name.text) != nil || rt.pendingNames[name.text] != nil {
            throw fail(.duplicateName, Text(en: "'\(name.text)' is already the name of \(kindNoun(name.text)); choose another name for the variable",
                                            id: "'\(name.text)' sudah menjadi nama \(kindNoun(name.text)); pilih nama lain untuk variabel ini"), name.range)
        }
        if Vocabulary.notVariableNames.contains(name.text) {
            throw fail(.reservedName, Text(en: "'\(name.text)' is a reserved word (a class, status or register) and cannot name a variable",
                                           id: "'\(name.text)' adalah kata khusus (kategori, status, atau register) dan tidak dapat menjadi nama variabel"), name.range)
        }
        let slot = newSlot()
        if scopes.isEmpty {
            guard case .global(let g) = slot else { return slot }
            rt.globalNames[name.text] = g
        } else {
            scopes[scopes.count - 1][name.text] = slot
        }
        return slot
    }

    /// A fresh slot: local inside a function, global otherwise.
    mutating func newSlot() -> Slot {
        if let f = function {
            let s = nextLocal
            nextLocal += 1
            f.frameSize = max(f.frameSize, nextLocal)
            return .local(s)
        }
        rt.globals.append(.null)
        return .global(rt.globals.count - 1)
    }

    /// What a declared name is, for messages.
    func kindNoun(_ name: String) -> Text {
        if let e = rt.entity(named: name) { return Noun.of(e) }
        return rt.pendingNames[name]?.kind.noun ?? Text(en: "something else", id: "hal lain")
    }

    /// Looks a variable up through the scopes and the globals.
    func lookupVariable(_ name: String) -> Slot? {
        for s in scopes.reversed() { if let slot = s[name] { return slot } }
        if let g = rt.globalNames[name] { return .global(g) }
        return nil
    }

    /// True when `name` is a declared entity or one a script being compiled declares.
    func isEntity(_ name: String) -> Bool {
        if rt.entity(named: name) != nil || rt.pendingNames[name] != nil { return true }
        // A run started without a name is called `<sop>_<n>` (`start maklumat` → maklumat_1).
        if let u = name.lastIndex(of: "_"), name.index(after: u) < name.endIndex,
           name[name.index(after: u)...].allSatisfy({ $0.isASCII && $0.isNumber }) {
            let sop = String(name[..<u])
            if rt.registry.sop(named: sop) != nil || rt.pendingNames[sop]?.kind == .sop { return true }
        }
        return false
    }

    /// Every name that could be meant, for "did you mean".
    func knownNames() -> [String] {
        var out: [String] = []
        for s in scopes { out.append(contentsOf: s.keys) }
        out.append(contentsOf: rt.globalNames.keys)
        out.append(contentsOf: rt.pendingNames.keys)
        out.append(contentsOf: rt.registry.allNames)
        for (reg, _) in rowScopes { out.append(contentsOf: reg.spec.fieldNames) }
        out.append(contentsOf: Vocabulary.registers)
        out.append(contentsOf: Compiler.words)
        return out.sorted()
    }

    func unknownName(_ name: String, _ range: SourceRange, expecting: Text? = nil, fields: [String] = []) -> Failure {
        let suggestion = Suggest.closest(to: name, in: fields) ?? Suggest.closest(to: name, in: knownNames())
        var notes: [Diagnostic.Note] = []
        if let s = suggestion { notes.append(.init(Text(en: "did you mean '\(s)'?", id: "maksud Anda '\(s)'?"))) }
        guard let expecting else {
            return fail(.unknownName, Text(en: "unknown name '\(name)'", id: "nama '\(name)' tidak dikenal"), range, notes: notes)
        }
        return fail(.unknownName, Text(en: "unknown name '\(name)' (expected \(expecting))",
                                       id: "nama '\(name)' tidak dikenal (seharusnya \(expecting))"), range, notes: notes)
    }

    /// Entity names used before anything declared them, with where and what was expected.
    final class DeferredNames {
        var items: [(String, SourceRange, Text?, SourceFile, [String])] = []
        /// Calls of functions not declared yet: the name, where, and the argument count.
        var calls: [(Name, Int, SourceFile)] = []
    }

    mutating func withScope<T>(_ body: (inout Compiler) throws(Failure) -> T) throws(Failure) -> T {
        scopes.append([:])
        let savedLocal = nextLocal
        defer {
            scopes.removeLast()
            nextLocal = savedLocal
        }
        return try body(&self)
    }
}

/// Messages the compiler and the checking pass share.
extension Compiler {
    static func unknownFunction(_ name: String) -> Text {
        Text(en: "unknown function '\(name)'", id: "fungsi '\(name)' tidak dikenal")
    }
    static func calledBeforeDeclaration(_ name: String) -> Text {
        Text(en: "'\(name)' is called before its declaration; declare a function (fn) before the statements that call it",
             id: "'\(name)' dipanggil sebelum dideklarasikan; deklarasikan fungsi (fn) sebelum perintah yang memanggilnya")
    }
    static func declaredHere(_ name: String) -> Text {
        Text(en: "'\(name)' is declared here", id: "'\(name)' dideklarasikan di sini")
    }
}

extension Interpreter {
    static func alreadyDeclared(_ name: String, _ kind: Text) -> Text {
        Text(en: "`\(name)` is already declared as \(kind)", id: "`\(name)` sudah dideklarasikan sebagai \(kind)")
    }
    static func firstDeclaredHere(_ name: String) -> Text {
        Text(en: "'\(name)' was first declared here", id: "'\(name)' pertama kali dideklarasikan di sini")
    }
}

extension Compiler {
    static let notARealDate = Text(en: "not a real date", id: "tanggal itu tidak ada")
}
