import PPIDText

/// A list in a message, joined the way each language writes it: "a, b and c" in English,
/// "a, b, dan c" in Indonesian (EYD puts a comma before the conjunction of three or more).
/// The parts are values, so a part that is itself a message is shown in the reader's language.
struct ListPhrase: Localizable {
    enum Conjunction: Sendable {
        case and, or

        func word(_ language: Language) -> String {
            switch (self, language) {
            case (.and, .en): "and"
            case (.or, .en): "or"
            case (.and, .id): "dan"
            case (.or, .id): "atau"
            }
        }
    }

    let parts: [any Localizable]
    let conjunction: Conjunction

    init(_ parts: [any Localizable], _ conjunction: Conjunction = .and) {
        self.parts = parts
        self.conjunction = conjunction
    }

    /// "`a`, `b` or `c`": declared names, each in backticks.
    static func names(_ names: [String], _ conjunction: Conjunction = .or) -> ListPhrase {
        ListPhrase(names.map { "`\($0)`" }, conjunction)
    }

    func text(in language: Language) -> String {
        let words = parts.map { $0.text(in: language) }
        let and = " " + conjunction.word(language) + " "
        switch words.count {
        case 0: return ""
        case 1: return words[0]
        case 2: return words[0] + and + words[1]
        default:
            let head = words.dropLast().joined(separator: ", ")
            return head + (language == .id ? "," : "") + and + words[words.count - 1]
        }
    }
}
