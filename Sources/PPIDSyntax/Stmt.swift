/// A statement with its source range.
public struct Stmt: Sendable {
    public let kind: StmtKind
    public let range: SourceRange
    public init(_ kind: StmtKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum StmtKind: Sendable {
    // Scripting
    case `let`(Name, Expr)
    case assign(Name, Expr)
    case expr(Expr)
    case print([Expr])
    case assert(Expr, message: Expr?)
    case `if`(Expr, Block, else: Stmt?)
    case block(Block)
    case `for`(Name, Expr, Block)
    case fn(Name, [Name], Block)
    case `return`(Expr?)
    case load(String, SourceRange)
    // Organisation
    case office(title: Expr, fields: [Field])
    case unit(Name, title: Expr?, fields: [Field])
    case role(Name, title: Expr?)
    case staff(Name, fullName: Expr?, fields: [Field])
    // Calendar and clock
    case holiday(Expr, name: Expr?)
    case leave(Expr, name: Expr?)
    case option(Name, Expr)
    /// `at EXPR`; nil is `at now` (the wall clock, only at the prompt).
    case at(Expr?)
    case wait(Expr)
    case actAs(Name)
    case allow(roles: [Name], actions: [Name])
    // Information items
    case info(Name, title: Expr?, fields: [Field])
    case update(Expr, fields: [Field])
    case classify(Expr, as: Name, fields: [Field])
    case withdraw(Expr, reason: Expr?)
    /// `import info from "dip.csv" { sheet "DIP"; title "Judul" }`: items from a spreadsheet.
    case importInfo(path: String, pathRange: SourceRange, fields: [Field])
    // SOPs and runs
    case sop(Name, title: Expr?, fields: [Field], steps: [StepDecl])
    case start(sop: Name, name: Name?, subjects: [Expr])
    case runAction(RunAction, Expr, note: Expr?)
    // Output
    case show(Expr, format: Name?)
    case showSop(Name, format: Name?)
    case export(Expr, to: Expr, format: Name?)
    case exportRun(Expr, to: Expr)
    /// `export registers to "kantor.sqlite"`: every register as one SQLite database. The
    /// name is the word `registers` as written (a variable of that name is exported instead).
    case exportRegisters(Name, to: Expr, format: Name?)
    case renderSop(Name, to: Expr)
    /// `render notice EXPR to EXPR`: the written notice of an answered request.
    case renderNotice(Expr, to: Expr)
    /// `render exemption ITEM to "x.html"`: the lembar pengujian konsekuensi of an exempt item.
    case renderExemption(Expr, to: Expr)
    // Requests for information (docs/language.md §19)
    /// `request NAME { from ...; asks ...; purpose ... }`.
    case request(Name, fields: [Field])
    /// `extend EXPR "reason"`: the one extension of a request.
    case extend(Expr, reason: Expr?)
    /// `answer EXPR OUTCOME { ... }`: the written notice.
    case answer(Expr, outcome: Name, fields: [Field])
    /// `period NAME FROM..TO "title" { answer N workdays; ... }`.
    case period(Name, days: Expr, title: Expr?, fields: [Field])
    // Objections and disputes (docs/language.md §20)
    /// `object EXPR as NAME { ground a; reason "..." }`.
    case object(Expr, name: Name, fields: [Field])
    /// `dispute EXPR { commission "..."; number "..." }`.
    case dispute(Expr, fields: [Field])
    /// `ruling EXPR OUTCOME { number "..."; note "..." }`.
    case ruling(Expr, outcome: Name, fields: [Field])
    // The service report (docs/language.md §21)
    /// `report annual|semester PERIOD [to FILE] { policy "..."; ... }`; `show report ...` has no file.
    case report(kind: Name, period: Expr, to: Expr?, fields: [Field])
    // Training
    case exercise(Exercise)
}

/// `exercise "title" { setup { } variant { } task "..." { check ...; hint "..."; solution { } } }`.
public struct Exercise: Sendable {
    public let title: String
    public let titleRange: SourceRange
    /// Free fields such as `intro "..."`.
    public let fields: [Field]
    public let setup: Block?
    public let variant: Block?
    public let tasks: [TaskDecl]
    public let range: SourceRange
    public init(title: String, titleRange: SourceRange, fields: [Field], setup: Block?, variant: Block?, tasks: [TaskDecl], range: SourceRange) {
        self.title = title
        self.titleRange = titleRange
        self.fields = fields
        self.setup = setup
        self.variant = variant
        self.tasks = tasks
        self.range = range
    }
}

/// One `task "instruction" { ... }` of an exercise.
public struct TaskDecl: Sendable {
    public let instruction: String
    public let check: Expr?
    public let hints: [String]
    public let solution: Block?
    public let range: SourceRange
    public init(instruction: String, check: Expr?, hints: [String], solution: Block?, range: SourceRange) {
        self.instruction = instruction
        self.check = check
        self.hints = hints
        self.solution = solution
        self.range = range
    }
}
