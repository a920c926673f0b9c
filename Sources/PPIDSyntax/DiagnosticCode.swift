/// Every kind of problem a user can cause, with a stable code. Each has a fixture in
/// `Tests/PPIDRuntimeTests/golden/errors/` (a test checks that every code has one).
public enum DiagnosticCode: String, Sendable, CaseIterable {
    // Syntax (exit 65)
    case unexpectedCharacter = "E101"
    case unterminatedString = "E102"
    case invalidEscape = "E103"
    case invalidDate = "E104"
    case invalidTime = "E105"
    case numberTooLarge = "E106"
    case unexpectedToken = "E107"
    case unexpectedEnd = "E108"
    case nestingTooDeep = "E109"
    case statementTooLong = "E110"
    case invalidUTF8 = "E111"
    // Names (exit 65)
    case unknownName = "E201"
    case reservedName = "E202"
    case unknownField = "E203"
    case unknownFunction = "E204"
    case wrongArgumentCount = "E205"
    case returnOutsideFunction = "E206"
    case nestedFunction = "E207"
    case unknownWord = "E208"
    case loadCycle = "E209"
    case loadNotFound = "E210"
    case duplicateName = "E211"
    // Run time (exit 70 unless said)
    case typeMismatch = "E301"
    case overflow = "E302"
    case divisionByZero = "E303"
    case recursionTooDeep = "E304"
    case rule = "E306"
    case assertionFailed = "E307"   // exit 1
    case ioError = "E308"           // exit 74
    case interrupted = "E309"
    case limitExceeded = "E310"
    case badValue = "E311"

    /// True for the codes found before anything runs (syntax and names).
    public var isStatic: Bool { rawValue < "E300" }
}
