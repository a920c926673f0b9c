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
    // SOPs and runs
    case sop(Name, title: Expr?, fields: [Field], steps: [StepDecl])
    case start(sop: Name, name: Name?, subjects: [Expr])
    case runAction(RunAction, Expr, note: Expr?)
    // Output
    case show(Expr, format: Name?)
    case showSop(Name, format: Name?)
    case export(Expr, to: Expr, format: Name?)
    case exportRun(Expr, to: Expr)
    case renderSop(Name, to: Expr)
}
