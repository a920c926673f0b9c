import PPIDSyntax
import PPIDModel

/// Resolves the names of a parsed text and turns it into nodes, before anything runs.
///
/// Names resolve, innermost first, to: a field of the row a `where` is looking at, a
/// variable, a declared entity (in the registry or declared by a script being compiled),
/// a register, a class or status word. Anything else is an "unknown name" diagnostic with
/// the closest known name as a suggestion.
struct Compiler {
    unowned let rt: Interpreter
    let file: SourceFile
    var diagnostics: [Diagnostic] = []
    /// Block scopes inside the top level or a function (innermost last).
    var scopes: [[String: Slot]] = []
    /// The function being compiled: its next free local slot.
    var function: Interpreter.Function? = nil
    var nextLocal = 0
    /// Rows in scope inside `where` / `order by` (innermost last).
    var rowScopes: [(RegisterKind, Slot)] = []

    struct Failure: Error { let diagnostic: Diagnostic }

    init(rt: Interpreter, file: SourceFile) {
        self.rt = rt
        self.file = file
    }

    func fail(_ code: DiagnosticCode, _ message: String, _ range: SourceRange, notes: [Diagnostic.Note] = []) -> Failure {
        Failure(diagnostic: Diagnostic(code, message, file: file, range: range, notes: notes))
    }

    /// Words whose value is the word itself: the classes and statuses.
    static let words: Set<String> = Set(InfoClass.allCases.map(\.rawValue) + ItemStatus.allCases.map(\.rawValue)
                                        + RunStatus.allCases.map(\.rawValue) + StepOutcome.allCases.map(\.rawValue)
                                        + ["documented"])

    // MARK: Slots

    /// A new variable slot in the innermost scope (a global slot at the top level).
    mutating func declareVariable(_ name: Name) throws(Failure) -> Slot {
        if rt.registry.entity(named: name.text) != nil || rt.pendingNames[name.text] != nil {
            throw fail(.duplicateName, "'\(name.text)' is already the name of \(kindPhrase(name.text)); choose another name for the variable", name.range)
        }
        if Compiler.words.contains(name.text) || RegisterKind(rawValue: name.text) != nil {
            throw fail(.reservedName, "'\(name.text)' is a reserved word (a class, status or register) and cannot name a variable", name.range)
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

    func kindPhrase(_ name: String) -> String {
        if let e = rt.registry.entity(named: name) { return e.kindName }
        return rt.pendingNames[name]?.kind.phrase ?? "something else"
    }

    /// Looks a variable up through the scopes and the globals.
    func lookupVariable(_ name: String) -> Slot? {
        for s in scopes.reversed() { if let slot = s[name] { return slot } }
        if let g = rt.globalNames[name] { return .global(g) }
        return nil
    }

    /// True when `name` is a declared entity or one a script being compiled declares.
    func isEntity(_ name: String) -> Bool {
        rt.registry.entity(named: name) != nil || rt.pendingNames[name] != nil
    }

    /// Every name that could be meant, for "did you mean".
    func knownNames() -> [String] {
        var out: [String] = []
        for s in scopes { out.append(contentsOf: s.keys) }
        out.append(contentsOf: rt.globalNames.keys)
        out.append(contentsOf: rt.pendingNames.keys)
        out.append(contentsOf: rt.registry.allNames)
        for (reg, _) in rowScopes { out.append(contentsOf: reg.fields) }
        out.append(contentsOf: RegisterKind.allCases.map(\.rawValue))
        out.append(contentsOf: Compiler.words)
        return out.sorted()
    }

    func unknownName(_ name: String, _ range: SourceRange, expecting: String = "") -> Failure {
        let suggestion = Suggest.closest(to: name, in: knownNames())
        var notes: [Diagnostic.Note] = []
        if let s = suggestion { notes.append(.init("did you mean '\(s)'?")) }
        let what = expecting.isEmpty ? "" : " (expected \(expecting))"
        return fail(.unknownName, "unknown name '\(name)'\(what)", range, notes: notes)
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
