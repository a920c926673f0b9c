import Testing
import PPIDSyntax
import PPIDRuntime
import PPIDText

/// The examples of `docs/language.md` run as golden scripts.
///
/// Every ```ppid block of the page is one script, run on its own in a fresh interpreter, as if
/// it were a file at the repository root (so `load "scripts/calendar/id-2024.ppid"` works and
/// `export ... to "out/x.csv"` writes into the ignored `/out/` folder). Inside a block, as in a
/// golden file:
/// - `# expect: TEXT`: the next line the block prints is exactly TEXT (a block prints nothing
///   it does not expect);
/// - `# expect error: E431 TEXT`: a diagnostic with that code (optional) whose message contains
///   TEXT is reported on this very line;
/// - `# expect exit: N`: the exit code (default: 0, or what the expected errors imply).
///
/// ```ppid-pending blocks use forms that are not in the language yet; they are listed and
/// must parse, but are not run. ```sh blocks and other fences are not run.
struct LanguageDocTests {
    static let root = GoldenTests.root
    static let page = "docs/language.md"

    /// One fenced block of the page.
    struct Block: Sendable, CustomTestStringConvertible {
        /// The fence's language: `ppid` or `ppid-pending`.
        let language: String
        /// The page line of the block's first line.
        let line: Int
        let text: String
        var testDescription: String { "\(LanguageDocTests.page):\(line)" }
    }

    static let blocks: [Block] = {
        guard let bytes = FileSystem.read(root + "/" + page) else { return [] }
        var out: [Block] = []
        var open: (language: String, line: Int, lines: [String])? = nil
        for (i, raw) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if var o = open {
                if line.trimmingPrefix(" ").hasPrefix("```") {
                    out.append(Block(language: o.language, line: o.line, text: o.lines.map { $0 + "\n" }.joined()))
                    open = nil
                } else {
                    o.lines.append(line)
                    open = o
                }
            } else if line.hasPrefix("```") {
                let language = String(line.dropFirst(3)).trimmingPrefix(" ")
                open = (language, i + 2, [])
            }
        }
        return out
    }()

    static var runnable: [Block] { blocks.filter { $0.language == "ppid" } }
    static var pending: [Block] { blocks.filter { $0.language == "ppid-pending" } }

    @Test("the page has its examples")
    func pageHasExamples() {
        #expect(FileSystem.read(LanguageDocTests.root + "/" + LanguageDocTests.page) != nil, "\(LanguageDocTests.page) is missing")
        #expect(LanguageDocTests.runnable.count >= 50, "only \(LanguageDocTests.runnable.count) ```ppid blocks")
    }

    @Test("every ```ppid block of docs/language.md runs as it says", arguments: runnable)
    func example(_ block: Block) throws {
        for problem in LanguageDocTests.run(block) { Issue.record(Comment(rawValue: problem)) }
    }

    /// Blocks that wait for forms being added: few, and already valid syntax.
    @Test("```ppid-pending blocks are few and parse")
    func pendingBlocks() {
        let pending = LanguageDocTests.pending
        if !pending.isEmpty {
            print("docs/language.md: \(pending.count) ```ppid-pending block(s) not run: "
                  + pending.map { "line \($0.line)" }.joined(separator: ", "))
        }
        #expect(pending.count <= 10, "keep the pending blocks few: \(pending.count)")
        for b in pending {
            let file = SourceFile(path: LanguageDocTests.page, text: b.text, firstLine: b.line)
            let diagnostics = Parser.parse(file).diagnostics
            #expect(diagnostics.isEmpty, "\(b.testDescription): \(diagnostics.first?.description ?? "")")
        }
    }

    // MARK: - Running a block

    /// The `# expect` lines of a block, with page line numbers (read as golden files are).
    static func expectations(_ b: Block) -> Golden.Expectations {
        Golden.expectations(text: b.text, firstLine: b.line)
    }

    /// Runs a block as a script at the repository root; the problems found (none: it passed).
    static func run(_ b: Block) -> [String] {
        let ex = expectations(b)
        // A file that does not exist, at the root: relative loads and writes resolve from there.
        let path = root + "/language.md"
        var printed: [String] = []
        let rt = Interpreter(workingDirectory: root, output: { s in
            printed.append(contentsOf: s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        })
        var diagnostics: [Diagnostic] = []
        var exit: Int32 = 0
        do {
            try rt.run(SourceFile(path: path, text: b.text, firstLine: b.line))
        } catch {
            diagnostics = error.diagnostics
            exit = error.exitCode
        }
        return Golden.compare(ex, printed: printed, diagnostics: diagnostics, exit: exit, path: path,
                              name: b.testDescription, errorsAt: page, language: rt.language)
    }
}
