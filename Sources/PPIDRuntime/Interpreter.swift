import PPIDSyntax
import PPIDModel
import PPIDText
import Synchronization
import PPIDRender

/// Evaluates ppid scripts against a registry.
///
/// A text is parsed, its names resolved and compiled to nodes (`Compiler`) before any of
/// it runs, so a misspelt name anywhere is reported before the first statement executes.
/// Each top-level statement runs in a transaction: if it fails, the registry, the variables
/// and the declarations are as they were before it.
public final class Interpreter {
    /// Every register of the office.
    public internal(set) var registry = Registry()
    /// Where `print`, `show` and expression values go.
    public var output: (String) -> Void
    /// The terminal width for tables (the REPL sets it; scripts use 100).
    public var terminalWidth = 100
    /// Folders `export` and `render` may write to besides the script's and the current one.
    public var allowedWriteDirectories: [String] = []
    /// The option the note under a refused write names: the one that works where the user is.
    public var writeAllowanceHint = WriteAllowanceHint.run
    /// The current working directory (for relative paths of `-e` and the REPL).
    public var workingDirectory: String
    /// The wall clock for `at now` at the prompt; nil in scripts (which never read it).
    public var wallClock: (() -> DateTime)?
    /// Refuse a statement that stamps a register change with no actor. The prompt sets it
    /// when its session has no actor of its own but the record it appends to ends with
    /// one: a replay would stamp the change with the record's actor, not with nobody.
    public var changesNeedActor = false

    // Variables and functions
    var globals: [Value] = []
    /// Per global: the bytes its value was measured at, and where its undo is in `undoLog`
    /// (-1: not written by the running statement). See Interpreter+Variables.swift.
    var slotBytes: [Int] = []
    var undoIndex: [Int] = []
    var undoLog: [(Int, Undo)] = []
    var variableBytes = 0
    var buildingBytes = 0
    /// The most bytes of texts and lists the variables and the running statement may hold
    /// (`--max-memory`; docs/language.md §16).
    public var maxValueBytes = Interpreter.defaultMaxValueBytes
    var globalNames: [String: Int] = [:]
    var functions: [String: Function] = [:]
    /// What each `fn` of a name already declared replaced, oldest first. A function is one
    /// object, which calls compiled earlier hold, and declaring it again replaces its body in
    /// place; a compile that is undone (a failed statement, the check of the rest of a
    /// script) puts the bodies back from here (`undoFunctionChanges`).
    var functionChanges: [FunctionChange] = []
    var stack: [Value] = []
    var frameBase = 0
    var callDepth = 0
    /// The deepest chain of function calls allowed.
    public static let maxCallDepth = 200
    /// Upper bounds for values built at run time.
    public static let maxListLength = 10_000_000
    public static let maxStringLength = 100_000_000
    /// How deep lists may nest inside lists (as deep as brackets may nest in the text).
    public static let maxValueNesting = 64

    // Declarations
    /// Names declared by scripts compiled but not yet (all) run, for resolving names early.
    var pendingNames: [String: PendingName] = [:]
    /// Functions a script being checked declares, for "called before its declaration".
    var pendingFunctions: [String: (SourceFile, SourceRange)] = [:]
    /// Where each entity was declared, for "already declared" notes.
    var declaredAt = DeclarationSites()
    var declaredThisStatement: [String] = []
    /// Names noted as pending by the statement running ahead now (see `forgetDeclaredAhead`).
    var notedAhead: [String] = []

    /// True while `run` executes statements before it has checked the rest of the script:
    /// nothing may be shown or written then (see Interpreter+RunAhead.swift).
    var runningAhead = false

    /// The size from which `run` parses a script on a second thread while it runs it
    /// (ParseAhead.swift): below it, starting a thread costs more than it saves. Tests set
    /// it to 0 to run every golden script that way.
    public var parseAheadMinimumBytes = 256 * 1024
    /// The last run's parser thread, while anything holds it (tests: nil after the run, so
    /// the thread ended with it).
    weak var lastParseAhead: ParseAhead?

    /// How many top-level statements the last `run` read (the prompt's banner reports it).
    public internal(set) var statementsRun = 0

    // Session
    /// Print what state-changing statements did (the prompt); scripts stay quiet.
    public var verbose = false
    /// The format `show` uses when none is given (`:mode`).
    public var defaultFormat: OutputFormat = .table
    /// The language messages are shown in: the caller sets it from `--lang` or the locale,
    /// and `option language` changes it (docs/language.md, "Language").
    public var language: Language = .en
    /// The value of the last expression statement.
    public internal(set) var lastValue: Value = .null
    /// True after `at now`: the prompt keeps the clock on the wall clock.
    public internal(set) var followWallClock = false

    // Files
    var loadedFiles: Set<String> = []
    var compiledLoads: [String: CompiledUnit] = [:]
    var loadDiagnostics: [Diagnostic] = []
    var loadingFiles: [String] = []
    /// The sheet an import read last, with the bytes it was read from: `import info` reads its
    /// sheet once to note the names it declares and again to run; the second read reuses the
    /// rows when the file has not changed (see Interpreter+Import.swift).
    var lastImportSheet: ImportSheetCache?
    /// `ppid verify`: a failed assert in a loaded file is noted here and the file goes on,
    /// as it would run alone; `run` reports them after the statement that loaded it.
    var keepGoingAfterAsserts = false
    var assertsFailedInLoads: [Diagnostic] = []
    /// The file of the statement running now (for relative paths and messages).
    var currentFile: SourceFile?

    struct PendingName {
        let kind: DeclKind
        let file: SourceFile
        let range: SourceRange
    }

    enum DeclKind: String {
        case unit, role, staff, item, sop, run, office, request, period, objection
        var noun: Text {
            switch self {
            case .unit: return Noun.unit
            case .role: return Noun.role
            case .staff: return Noun.staff
            case .item: return Noun.item
            case .sop: return Noun.sop
            case .run: return Noun.run
            case .office: return Noun.office
            case .request: return Noun.request
            case .period: return Noun.period
            case .objection: return Noun.objection
            }
        }
    }

    public init(workingDirectory: String = ".", output: @escaping (String) -> Void = { print($0) }) {
        self.workingDirectory = workingDirectory
        self.output = output
    }

    /// A function's compiled body as it was before a `fn` replaced it.
    struct FunctionChange {
        let function: Function
        let body: [StmtNode]
        let frameSize: Int
        let declaration: (file: SourceFile, range: SourceRange, globalNames: [String: Int])?

        init(_ f: Function) {
            function = f
            body = f.body
            frameSize = f.frameSize
            declaration = f.declaration
        }

        func undo() {
            function.body = body
            function.frameSize = frameSize
            function.declaration = declaration
        }
    }

    /// Puts back the bodies of the functions declared again since `count` changes.
    func undoFunctionChanges(to count: Int) {
        while functionChanges.count > count { functionChanges.removeLast().undo() }
    }

    /// A user-defined function.
    final class Function {
        let name: String
        let params: Int
        var frameSize = 0
        var body: [StmtNode] = []
        let file: SourceFile
        let range: SourceRange
        /// The text `body` was compiled from (its `fn` statement) and the variables it could
        /// see then: what a journal snapshot keeps to compile it again (Interpreter+Snapshot.swift).
        var declaration: (file: SourceFile, range: SourceRange, globalNames: [String: Int])?
        init(name: String, params: Int, file: SourceFile, range: SourceRange) {
            self.name = name
            self.params = params
            self.file = file
            self.range = range
        }
    }

    /// Fails with "interrupted" when Ctrl-C was pressed; loops and calls poll it.
    @inline(__always)
    func checkInterrupt(_ range: SourceRange) throws(RuntimeError) {
        if interruptRequested.load(ordering: .relaxed) {
            throw RuntimeError(.interrupted, Text(en: "interrupted (Ctrl-C); nothing was changed",
                                                 id: "dihentikan (Ctrl-C); tidak ada yang diubah"), at: range)
        }
    }
}

/// Set by the REPL's SIGINT handler (Ctrl-C) to stop a running statement, which then
/// changes nothing. A global because a signal handler can reach nothing else.
public let interruptRequested = Atomic<Bool>(false)

extension Interpreter {
    /// What a declared name refers to. The registry is passed `inout`: calling a method on the
    /// stored property directly copies the whole struct (a retain and a release per register)
    /// on every lookup, which was a tenth of a journal replay's time.
    @inline(__always)
    func entity(named name: String) -> EntityRef? {
        Interpreter.entity(named: name, in: &registry)
    }

    private static func entity(named name: String, in registry: inout Registry) -> EntityRef? {
        registry.entity(named: name)
    }
}
