/// A name as written, with its position.
public struct Name: Sendable, Hashable {
    public let text: String
    public let range: SourceRange
    public init(_ text: String, _ range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// Literal values as written; the runtime turns them into values.
public enum Literal: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case decimal(String)
    case string(String)
    case date(year: Int, month: Int, day: Int)
    case dateTime(year: Int, month: Int, day: Int, hour: Int, minute: Int)
    case time(hour: Int, minute: Int)
    /// `3 workdays`: the amount and the unit word as written.
    case duration(amount: Int, unit: String)
}

public enum UnaryOp: String, Sendable { case negate = "-", not }
public enum BinaryOp: String, Sendable {
    case add = "+", sub = "-", mul = "*", div = "/", mod = "%"
    case eq = "==", neq = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
    case and, or, `in`, contains = "~"
}

/// An expression with its source range.
public struct Expr: Sendable {
    public let kind: ExprKind
    public let range: SourceRange
    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum ExprKind: Sendable {
    case literal(Literal)
    case name(String)
    case list([Expr])
    case unary(UnaryOp, Expr)
    case binary(BinaryOp, Expr, Expr)
    /// `a..b`: a date or time range.
    case range(Expr, Expr)
    case member(Expr, Name)
    case index(Expr, Expr)
    case call(Name, [Expr])
    case query(Query)
}

/// `REG where EXPR order by FIELD [asc|desc], ... limit N`.
public struct Query: Sendable {
    public let register: Name
    public let filter: Expr?
    /// `group by KEY with AGG(FIELD), ...`: the rows become one row per key value.
    public let group: GroupClause?
    public let order: [OrderKey]
    public let limit: Expr?
    public init(register: Name, filter: Expr?, group: GroupClause? = nil, order: [OrderKey], limit: Expr?) {
        self.register = register
        self.filter = filter
        self.group = group
        self.order = order
        self.limit = limit
    }
}

/// `group by KEY [with AGG(EXPR), ...]` of a query: the key, and the aggregates asked for as
/// written (calls such as `avg(days)`; the compiler checks the function names).
public struct GroupClause: Sendable {
    public let key: Expr
    public let aggregates: [Expr]
    public init(key: Expr, aggregates: [Expr]) {
        self.key = key
        self.aggregates = aggregates
    }
}

public struct OrderKey: Sendable {
    public let key: Expr
    public let descending: Bool
    public init(key: Expr, descending: Bool) {
        self.key = key
        self.descending = descending
    }
}

/// `name value, value` inside a declaration block.
public struct Field: Sendable {
    public let name: Name
    public let values: [Expr]
    public let range: SourceRange
    public init(name: Name, values: [Expr], range: SourceRange) {
        self.name = name
        self.values = values
        self.range = range
    }
}

/// A `{ ... }` block of statements.
public struct Block: Sendable {
    public let statements: [Stmt]
    public let range: SourceRange
    public init(_ statements: [Stmt], _ range: SourceRange) {
        self.statements = statements
        self.range = range
    }
}

/// One `step N "activity" { ... }` of an SOP.
public struct StepDecl: Sendable {
    public let number: Int
    public let numberRange: SourceRange
    public let activity: String
    public let fields: [Field]
    /// `decide yes -> N, no -> M`: targets are step numbers, or nil for `end`.
    public let decide: DecisionClause?
    public let separateFrom: [(Int, SourceRange)]
    public let range: SourceRange
    public init(number: Int, numberRange: SourceRange, activity: String, fields: [Field], decide: DecisionClause?, separateFrom: [(Int, SourceRange)], range: SourceRange) {
        self.number = number
        self.numberRange = numberRange
        self.activity = activity
        self.fields = fields
        self.decide = decide
        self.separateFrom = separateFrom
        self.range = range
    }
}

/// The two exits of a decision step.
public struct DecisionClause: Sendable {
    public let yes: Int?
    public let yesRange: SourceRange
    public let no: Int?
    public let noRange: SourceRange
    public let range: SourceRange
    public init(yes: Int?, yesRange: SourceRange, no: Int?, noRange: SourceRange, range: SourceRange) {
        self.yes = yes
        self.yesRange = yesRange
        self.no = no
        self.noRange = noRange
        self.range = range
    }
}

/// What a run statement does.
public enum RunAction: String, Sendable { case complete, approve, reject, cancel }

