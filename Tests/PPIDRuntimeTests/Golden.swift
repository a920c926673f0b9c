#if canImport(Glibc)
import Glibc
#endif
import PPIDSyntax
import PPIDRuntime
import PPIDText

/// Runs a golden script in-process and compares it with its expectations.
enum Golden {
    struct ExpectedError {
        let line: Int
        let code: String?
        let text: String
    }

    struct Expectations {
        var output: [String] = []
        var errors: [ExpectedError] = []
        var exit: Int32? = nil
        /// `# lang: id` among the comment lines at the top: the language the script starts in.
        var language: Language = .en
        /// `# max-memory: MIB` at the top: the value-size budget the script runs with.
        var maxMemory: Int? = nil
    }

    struct Result {
        var problems: [String] = []
    }

    static func files(under dir: String) -> [String] {
        var out: [String] = []
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafePointer(to: e.pointee.d_name) { p in
                p.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") || name == "out" { continue }
            names.append(name)
        }
        for name in names.sorted() {
            let path = dir + "/" + name
            if FileSystem.isDirectory(path) { out += files(under: path) } else if name.hasSuffix(".ppid") { out.append(path) }
        }
        return out
    }

    static func expectations(_ path: String) throws -> Expectations {
        guard let bytes = FileSystem.read(path) else { throw GoldenError.unreadable(path) }
        return expectations(text: String(decoding: bytes, as: UTF8.self))
    }

    /// The `# expect` lines of a script whose first line is `firstLine` (a block of a page
    /// starts further down).
    static func expectations(text: String, firstLine: Int = 1) -> Expectations {
        var ex = Expectations()
        var atTop = true
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if atTop, line.hasPrefix("# lang: "), let l = Language(word: String(line.dropFirst("# lang: ".count))) {
                ex.language = l
                continue
            }
            // `# max-memory: MIB` runs the script as `--max-memory MIB` would.
            if atTop, line.hasPrefix("# max-memory: "), let m = Int(line.dropFirst("# max-memory: ".count)) {
                ex.maxMemory = m
                continue
            }
            if !line.hasPrefix("#") && !line.allSatisfy(\.isWhitespace) { atTop = false }
            if let r = line.firstRange(of: "# expect: ") {
                ex.output.append(String(line[r.upperBound...]))
            } else if line.hasSuffix("# expect:") {
                ex.output.append("")
            } else if let r = line.firstRange(of: "# expect error: ") {
                var text = String(line[r.upperBound...])
                var code: String? = nil
                if text.count >= 4, text.first == "E", text.prefix(4).dropFirst().allSatisfy { $0.isNumber } {
                    code = String(text.prefix(4))
                    text = String(text.dropFirst(4)).trimmingPrefix(" ")
                }
                ex.errors.append(ExpectedError(line: firstLine + i, code: code, text: text))
            } else if let r = line.firstRange(of: "# expect exit: ") {
                ex.exit = Int32(line[r.upperBound...].filter(\.isNumber))
            }
        }
        return ex
    }

    /// Runs the golden script at `path`; with `parseAhead` it is parsed on a second thread
    /// however short it is (as a long script is, ParseAhead.swift).
    static func run(_ path: String, compareOutput: Bool = true, parseAhead: Bool = false) throws -> Result {
        let ex = try expectations(path)
        guard let bytes = FileSystem.read(path) else { throw GoldenError.unreadable(path) }
        var printed: [String] = []
        let rt = Interpreter(workingDirectory: FileSystem.directory(of: path), output: { s in
            printed.append(contentsOf: s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        })
        rt.language = ex.language
        if let m = ex.maxMemory { rt.maxValueBytes = m << 20 }
        if parseAhead { rt.parseAheadMinimumBytes = 0 }
        var diagnostics: [Diagnostic] = []
        var exit: Int32 = 0
        do {
            try rt.run(SourceFile(path: path, bytes: bytes))
        } catch {
            diagnostics = error.diagnostics
            exit = error.exitCode
        }
        let name = path.split(separator: "/").suffix(2).joined(separator: "/")
        return Result(problems: compare(ex, printed: printed, diagnostics: diagnostics, exit: exit, path: path,
                                        name: name, language: rt.language, compareOutput: compareOutput))
    }

    /// What a run did against what its `# expect` lines say: one line per difference (none:
    /// it passed). `path` is the file diagnostics must be in; `name` names the script in the
    /// problems (errors are placed at `errorsAt:LINE`, the page of a documentation block).
    static func compare(_ ex: Expectations, printed: [String], diagnostics: [Diagnostic], exit: Int32, path: String,
                        name: String, errorsAt: String? = nil, language: Language, compareOutput: Bool = true) -> [String] {
        var problems: [String] = []
        func describe(_ d: Diagnostic) -> String {
            "\(d.code.rawValue) line \(d.file.location(of: d.range.start).line): \(d.text.text(in: language))"
        }
        if (compareOutput || !ex.output.isEmpty) && printed != ex.output {
            let n = min(printed.count, ex.output.count)
            let first = (0..<n).first { printed[$0] != ex.output[$0] } ?? n
            let got = first < printed.count ? printed[first] : "(nothing more)"
            let want = first < ex.output.count ? ex.output[first] : "(nothing more)"
            problems.append("\(name): output line \(first + 1): expected \"\(want)\", got \"\(got)\"")
        }
        for e in ex.errors {
            let match = diagnostics.contains { d in
                d.file.path == path && d.file.location(of: d.range.start).line == e.line
                    && (e.code == nil || d.code.rawValue == e.code) && (e.text.isEmpty || d.text.text(in: language).contains(e.text))
            }
            if !match {
                problems.append("\(errorsAt ?? name):\(e.line): expected error \(e.code ?? "") \"\(e.text)\"; got: "
                                + (diagnostics.isEmpty ? "no error" : diagnostics.map(describe).joined(separator: " | ")))
            }
        }
        if ex.errors.isEmpty, let d = diagnostics.first, ex.exit == nil || ex.exit == 0 {
            problems.append("\(name): unexpected error: \(d.rendered(color: false, language: language))")
        }
        if !ex.errors.isEmpty && diagnostics.count != ex.errors.count {
            problems.append("\(name): expected \(ex.errors.count) error(s), got \(diagnostics.count): "
                            + diagnostics.map(describe).joined(separator: " | "))
        }
        let wantExit = ex.exit ?? (ex.errors.isEmpty ? 0 : ScriptFailure.exitCode(for: diagnostics))
        if exit != wantExit { problems.append("\(name): exit code \(exit), expected \(wantExit)") }
        return problems
    }

    enum GoldenError: Error { case unreadable(String) }
}

extension String {
    func trimmingPrefix(_ p: String) -> String {
        var s = Substring(self)
        while s.hasPrefix(p) { s = s.dropFirst(p.count) }
        return String(s)
    }
}
