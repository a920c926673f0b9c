import PPIDModel
import PPIDRender

/// The words of the language that are not names: classes, statuses, registers, built-in
/// functions and output formats. The compiler and the prompt's completion both read them
/// here, so a new word is added in one place (most come from the Model's enums).
public enum Vocabulary {
    /// Class words (`classify X as ...`, `class == ...`).
    public static let classes: [String] = InfoClass.allCases.map(\.rawValue)
    /// An item's status words (`status == ...`).
    public static let itemStatuses: [String] = ItemStatus.allCases.map(\.rawValue)
    /// A request's outcome and status words (`outcome == refuse`, `status == open`).
    public static let requestWords: [String] = RequestOutcome.allCases.map(\.rawValue) + RequestStatus.allCases.map(\.rawValue)
    /// Words whose value is the word itself: the classes and statuses of items, runs, steps
    /// and requests.
    public static let words: Set<String> = Set(classes + itemStatuses + RunStatus.allCases.map(\.rawValue)
                                               + StepOutcome.allCases.map(\.rawValue) + requestWords + ["documented"])
    /// The registers' names.
    public static let registers: [String] = RegisterSpec.all.map(\.name)
    /// What no variable may be named: the words and the registers' names (one set, looked
    /// up for every declaration).
    public static let notVariableNames: Set<String> = words.union(RegisterKind.allCases.map(\.rawValue))
    /// What no entity may be named: those and the registry's reserved names.
    public static let notEntityNames: Set<String> = notVariableNames.union(Registry.reservedNames)
    /// The built-in functions' names.
    public static let builtins: [String] = Builtin.allCases.map(\.rawValue)
    /// The formats `show ... as` and `:mode` take (xlsx is a file only: `export` takes it).
    public static let formats: [String] = OutputFormat.allCases.filter(\.isText).map(\.rawValue)
    /// The formats `export ... as` takes.
    public static let exportFormats: [String] = OutputFormat.allCases.map(\.rawValue)
}
