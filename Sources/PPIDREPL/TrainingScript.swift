import PPIDSyntax
import PPIDRuntime

/// The texts training mode makes out of an exercise file: the setup as a standalone
/// script, a task's solution on one input line, and the names of the files it keeps.
enum TrainingScript {
    /// The setup's statements as written in the exercise, with each `load` path made
    /// absolute, so the text runs from any folder (the session record and the saved session).
    static func setupText(_ block: Block?, file: SourceFile, exerciseDirectory: String) -> String {
        guard let block else { return "" }
        var out = ""
        for stmt in block.statements {
            if case .load(let path, _) = stmt.kind {
                let joined = FileSystem.join(exerciseDirectory, path)
                out += "load " + quoted(FileSystem.realPath(joined) ?? joined) + "\n"
            } else {
                out += dedented(file.text(of: stmt.range), column: column(of: stmt.range.start, in: file)) + "\n"
            }
        }
        return out
    }

    /// A string literal for `text`.
    static func quoted(_ text: String) -> String { Lexer.quote(text) }

    /// A solution's statements on one line (`as ppid; complete mk note "..."`), as typed at
    /// the prompt; nil when they cannot be written on one line (a `"""` text block).
    static func oneLine(_ block: Block, file: SourceFile) -> String? {
        var parts: [String] = []
        for stmt in block.statements {
            let text = file.text(of: stmt.range)
            if text.contains("\"\"\"") { return nil }
            var line = ""
            var previous = ""
            for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
                let piece = withoutComment(raw).trimmingBlanks()
                if piece.isEmpty || piece.hasPrefix("#") { continue }
                if !line.isEmpty { line += continues(previous, piece) ? " " : "; " }
                line += piece
                previous = piece
            }
            parts.append(line)
        }
        let joined = parts.joined(separator: "; ")
        // Only offer what parses as the same number of statements.
        let (stmts, diagnostics) = Parser.parse(SourceFile(path: "<solution>", text: joined))
        guard diagnostics.isEmpty, stmts.count == block.statements.count else { return nil }
        return joined
    }

    /// A line without its `#` comment (a `#` inside a string is text).
    static func withoutComment(_ line: Substring) -> Substring {
        var inString = false
        var escaped = false
        for i in line.indices {
            let c = line[i]
            if escaped { escaped = false; continue }
            if inString {
                if c == "\\" { escaped = true } else if c == "\"" { inString = false }
            } else if c == "\"" {
                inString = true
            } else if c == "#" {
                return line[..<i]
            }
        }
        return line
    }

    /// True when the line break between two lines of one statement is not a statement end:
    /// inside an opening brace, before a closing one, or around an operator.
    static func continues(_ previous: String, _ next: String) -> Bool {
        let openers: [String] = ["{", "(", "[", ",", "+", "-", "*", "/", "=", "<", ">", "~", " and", " or", " not"]
        let closers: [String] = ["}", ")", "]", ".", "+", "*", "/", "=", "<", ">", "~", "and ", "or "]
        return openers.contains { previous.hasSuffix($0) } || closers.contains { next.hasPrefix($0) }
    }

    /// The 0-based column (in bytes) where `offset` starts its line.
    static func column(of offset: Int, in file: SourceFile) -> Int {
        var i = min(max(offset, 0), file.bytes.count)
        var col = 0
        while i > 0 && file.bytes[i - 1] != 10 {
            i -= 1
            col += 1
        }
        return col
    }

    /// A multi-line statement sliced from an indented block, with the block's indent taken
    /// off its later lines (the first line starts at the statement).
    static func dedented(_ text: String, column: Int) -> String {
        guard column > 0, text.contains("\n") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for i in lines.indices.dropFirst() {
            var line = Substring(lines[i])
            var removed = 0
            while removed < column, line.first == " " {
                line = line.dropFirst()
                removed += 1
            }
            lines[i] = String(line)
        }
        return lines.joined(separator: "\n")
    }

    /// The name training files of an exercise are kept under: the file's base name and a
    /// short hash of its real path (two exercises of the same name in different folders
    /// keep apart), plus the exercise's number when the file declares several.
    static func storeName(exercisePath: String, index: Int) -> String {
        let real = FileSystem.realPath(exercisePath) ?? exercisePath
        var base = String(real.split(separator: "/").last ?? "latihan")
        if base.hasSuffix(".ppid") { base.removeLast(5) }
        let safe = String(base.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in real.utf8 { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        let hex = String(hash >> 32, radix: 16)
        let padded = String(repeating: "0", count: max(0, 8 - hex.count)) + hex
        return (safe.isEmpty ? "latihan" : safe) + (index > 0 ? "-\(index + 1)" : "") + "-" + padded
    }
}
