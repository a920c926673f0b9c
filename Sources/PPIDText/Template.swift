/// One language's text of a message, written as a string literal whose interpolations are
/// the message's placeholders: `"unknown name '\(name)'"`. The values are kept, not turned
/// into text, so a date or a nested message is shown in the language the reader gets.
///
/// Only `Localizable` values may be interpolated, so an English word cannot slip into an
/// Indonesian text through `description`; `\(raw: x)` shows a value that reads the same in
/// both languages (a code, a file name), and `\(count: n, "row")` is `1 row` / `2 rows` in
/// English (Indonesian writes `\(n) baris`: nouns do not change with number).
public struct Template: Sendable, ExpressibleByStringInterpolation {
    enum Part: Sendable {
        case literal(String)
        case value(any Localizable)
        case count(Int, singular: String, plural: String)
    }

    var parts: [Part]

    public init(stringLiteral value: String) { parts = [.literal(value)] }

    public init(stringInterpolation: Interpolation) { parts = stringInterpolation.parts }

    public struct Interpolation: StringInterpolationProtocol {
        var parts: [Part] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            parts.reserveCapacity(interpolationCount * 2 + 1)
        }

        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { parts.append(.literal(literal)) }
        }

        public mutating func appendInterpolation(_ value: some Localizable) {
            parts.append(.value(value))
        }

        public mutating func appendInterpolation(raw value: some CustomStringConvertible) {
            parts.append(.literal(value.description))
        }

        /// `1 row`, `2 rows` (English); give `plural` when it is not `noun + "s"`.
        public mutating func appendInterpolation(count n: Int, _ noun: String, plural: String? = nil) {
            parts.append(.count(n, singular: noun, plural: plural ?? noun + "s"))
        }
    }

    /// The text in `language`, with every placeholder filled in.
    public func text(in language: Language) -> String {
        var out = ""
        for p in parts {
            switch p {
            case .literal(let s): out += s
            case .value(let v): out += v.text(in: language)
            case .count(let n, let one, let many): out += "\(n) " + (n == 1 ? one : many)
            }
        }
        return out
    }
}
