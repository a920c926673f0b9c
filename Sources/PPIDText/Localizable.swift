/// A value a message can show in either language: a name shows as itself, a date as
/// `2024-04-23` in English and `23 April 2024` in Indonesian, a text in its language.
public protocol Localizable: Sendable {
    func text(in language: Language) -> String
}

extension String: Localizable {
    public func text(in _: Language) -> String { self }
}

extension Substring: Localizable {
    public func text(in _: Language) -> String { String(self) }
}

extension Int: Localizable {
    public func text(in _: Language) -> String { String(self) }
}

extension Character: Localizable {
    public func text(in _: Language) -> String { String(self) }
}
