/// The language a user reads messages in: Indonesian or English (docs/language.md, "Language").
///
/// It is chosen by `option language` in a script, else by `ppid --lang`, else by the locale
/// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`: the first one set decides, and a value
/// starting with `id` means Indonesian), else English.
public enum Language: String, Sendable, CaseIterable {
    case en, id

    /// The language the environment's locale asks for. POSIX order: `LC_ALL` overrides
    /// `LC_MESSAGES`, which overrides `LANG`; an empty variable counts as unset.
    public static func fromLocale(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let v = environment[key], !v.isEmpty else { continue }
            return v.hasPrefix("id") ? .id : .en
        }
        return .en
    }

    /// `id`, `en` and the words an officer may type for them (`indonesia`, `english`, `inggris`).
    public init?(word: String) {
        switch word.lowercased() {
        case "id", "ind", "indonesia", "indonesian", "bahasa": self = .id
        case "en", "eng", "english", "inggris": self = .en
        default: return nil
        }
    }
}
