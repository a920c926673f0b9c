/// The stable code of a problem a user can cause (`E101`...), shown after the message.
///
/// The codes of syntax, names and run time (E1xx–E3xx) are listed here; the rules of the
/// domain (E4xx) belong to the Model's `RuleCode`, and the runtime makes a `DiagnosticCode`
/// from one with `init(rawValue:)`. Every code has a fixture in
/// `Tests/PPIDRuntimeTests/golden/errors/` and an entry in `docs/errors.md` (tests check both).
public struct DiagnosticCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    init(_ rawValue: String) { self.rawValue = rawValue }

    // Syntax (exit 65)
    public static let unexpectedCharacter = DiagnosticCode("E101")
    public static let unterminatedString = DiagnosticCode("E102")
    public static let invalidEscape = DiagnosticCode("E103")
    public static let invalidDate = DiagnosticCode("E104")
    public static let invalidTime = DiagnosticCode("E105")
    public static let numberTooLarge = DiagnosticCode("E106")
    public static let unexpectedToken = DiagnosticCode("E107")
    public static let unexpectedEnd = DiagnosticCode("E108")
    public static let nestingTooDeep = DiagnosticCode("E109")
    public static let statementTooLong = DiagnosticCode("E110")
    public static let invalidUTF8 = DiagnosticCode("E111")
    // Names (exit 65)
    public static let unknownName = DiagnosticCode("E201")
    public static let reservedName = DiagnosticCode("E202")
    public static let unknownField = DiagnosticCode("E203")
    public static let unknownFunction = DiagnosticCode("E204")
    public static let wrongArgumentCount = DiagnosticCode("E205")
    public static let returnOutsideFunction = DiagnosticCode("E206")
    public static let nestedFunction = DiagnosticCode("E207")
    public static let unknownWord = DiagnosticCode("E208")
    public static let loadCycle = DiagnosticCode("E209")
    public static let loadNotFound = DiagnosticCode("E210")
    public static let duplicateName = DiagnosticCode("E211")
    public static let nestedLoad = DiagnosticCode("E212")
    public static let notARegister = DiagnosticCode("E213")
    // Run time (exit 70 unless said)
    public static let typeMismatch = DiagnosticCode("E301")
    public static let overflow = DiagnosticCode("E302")
    public static let divisionByZero = DiagnosticCode("E303")
    public static let recursionTooDeep = DiagnosticCode("E304")
    public static let assertionFailed = DiagnosticCode("E307")   // exit 1
    public static let ioError = DiagnosticCode("E308")           // exit 74
    public static let interrupted = DiagnosticCode("E309")
    public static let limitExceeded = DiagnosticCode("E310")
    public static let badValue = DiagnosticCode("E311")
    public static let notDeclaredYet = DiagnosticCode("E312")
    public static let memoryExceeded = DiagnosticCode("E313")
    // Data in: `import info from "dip.csv"` (E32x; exit 70, E321: 66)
    public static let importRows = DiagnosticCode("E320")
    public static let importFile = DiagnosticCode("E321")
    // E305 is unused; E306 was every rule of the domain before they had their own E4xx codes.
    // Neither is given to another problem.

    /// Every code above, in order (a test checks the list against this file).
    public static let allCases: [DiagnosticCode] = [
        unexpectedCharacter, unterminatedString, invalidEscape, invalidDate, invalidTime, numberTooLarge,
        unexpectedToken, unexpectedEnd, nestingTooDeep, statementTooLong, invalidUTF8,
        unknownName, reservedName, unknownField, unknownFunction, wrongArgumentCount, returnOutsideFunction,
        nestedFunction, unknownWord, loadCycle, loadNotFound, duplicateName, nestedLoad, notARegister,
        typeMismatch, overflow, divisionByZero, recursionTooDeep, assertionFailed, ioError, interrupted,
        limitExceeded, badValue, notDeclaredYet, memoryExceeded, importRows, importFile,
    ]

    /// True for the codes found before anything runs (syntax and names).
    public var isStatic: Bool { rawValue < "E300" }
    /// True for a rule of the domain (E4xx, from the Model).
    public var isRule: Bool { rawValue.hasPrefix("E4") }

    public var description: String { rawValue }
}
