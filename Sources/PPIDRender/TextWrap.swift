/// Word wrapping by display width, for the terminal table.
enum TextWrap {
    /// Splits `text` into lines no wider than `width` display columns.
    ///
    /// Line breaks in the text are kept (CRLF and CR count as one break); each paragraph is
    /// filled greedily at spaces, and a word wider than `width` is broken between characters.
    /// A single character wider than `width` (a wide character in a 1-column cell) gets a
    /// line of its own rather than being lost. Always returns at least one line.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 1)
        var lines: [String] = []
        for paragraph in paragraphs(of: text) {
            lines.append(contentsOf: wrapParagraph(paragraph, width: width))
        }
        return lines.isEmpty ? [""] : lines
    }

    /// The text's lines, after turning CRLF and lone CR into LF.
    static func paragraphs(of text: String) -> [Substring] {
        let normalized = text.unicodeScalars.contains("\r")
            ? text.replacingCRLF()
            : text
        return normalized.split(separator: "\n", omittingEmptySubsequences: false)
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = displayWidth(word)
            if currentWidth > 0, currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            if currentWidth > 0 {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            if wordWidth <= width {
                current = String(word)
                currentWidth = wordWidth
            } else {
                var pieces = hardBreak(word, width: width)
                let last = pieces.removeLast()
                lines.append(contentsOf: pieces)
                current = last
                currentWidth = displayWidth(last)
            }
        }
        lines.append(current)
        return lines
    }

    /// Breaks a word into pieces of at most `width` columns (at least one character each).
    private static func hardBreak(_ word: Substring, width: Int) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var pieceWidth = 0
        for character in word {
            let w = displayWidth(character)
            if pieceWidth > 0, pieceWidth + w > width {
                pieces.append(piece)
                piece = ""
                pieceWidth = 0
            }
            piece.append(character)
            pieceWidth += w
        }
        pieces.append(piece)
        return pieces
    }
}

extension String {
    /// The string with CRLF and lone CR turned into LF.
    func replacingCRLF() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                out.unicodeScalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n", previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
