/// A message a user can read, in English and Indonesian, with the same placeholders in both
/// (a test reads every `Text(en:id:)` in the sources and compares them; docs/errors.md).
///
/// Messages are values, rendered only when shown: a diagnostic made while a script runs in
/// English is printed in Indonesian if the session's language is Indonesian.
public struct Text: Sendable, Localizable, Equatable, CustomStringConvertible {
    let en: Template
    let id: Template

    /// A message in both languages.
    public init(en: Template, id: Template) {
        self.en = en
        self.id = id
    }

    /// Text that reads the same in both languages: a name, a quoted piece of the script,
    /// a value the user wrote.
    public init(verbatim: String) {
        en = Template(stringLiteral: verbatim)
        id = en
    }

    /// The message in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .en: return en.text(in: .en)
        case .id: return id.text(in: .id)
        }
    }

    /// The English text (for logs and tests that match English messages).
    public var english: String { text(in: .en) }

    /// The Indonesian text.
    public var indonesian: String { text(in: .id) }

    public var description: String { english }

    public static func == (a: Text, b: Text) -> Bool { a.english == b.english && a.indonesian == b.indonesian }

    /// Two messages one after the other, in the same language (`"\(a); \(b)"` in both).
    public static func + (a: Text, b: Text) -> Text {
        Text(en: "\(a)\(b)", id: "\(a)\(b)")
    }
}


