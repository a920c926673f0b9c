import Testing
import PPIDSyntax
import PPIDModel
import PPIDRuntime

/// The golden suite: every `.ppid` file under `golden/` (and every script under `scripts/`)
/// runs, and its output must match its `# expect:` lines.
///
/// In a golden file:
/// - `# expect: TEXT`: the next line the script prints is exactly TEXT;
/// - `# expect error: E201 TEXT`: a diagnostic with that code (optional) whose message
///   contains TEXT is reported on this very line;
/// - `# expect exit: N`: the exit code (default: 0, or what the expected errors imply);
/// - `# lang: id` among the comment lines at the top: the script starts in Indonesian (as
///   `ppid --lang id` does). An expected error's TEXT is matched in the language the script
///   ended in (`option language` changes it), the one `ppid run` would print it in.
struct GoldenTests {
    static let root: String = {
        let here = #filePath
        return String(here[..<(here.firstRange(of: "/Tests/")?.lowerBound ?? here.endIndex)])
    }()

    static let goldenFiles: [String] = Golden.files(under: root + "/Tests/PPIDRuntimeTests/golden")
    static let scriptFiles: [String] = Golden.files(under: root + "/scripts").filter { !$0.contains("/bench/") }

    @Test("golden file", arguments: goldenFiles.map { String($0.dropFirst(root.count + 1)) })
    func golden(_ relative: String) throws {
        let result = try Golden.run(GoldenTests.root + "/" + relative)
        for problem in result.problems { Issue.record(Comment(rawValue: problem)) }
    }

    /// The same expectations with the script parsed on a second thread (as every script of
    /// 256 KiB or more is): the same output, errors and exit code, in the same order.
    @Test("golden file, parsed ahead on a second thread", arguments: goldenFiles.map { String($0.dropFirst(root.count + 1)) })
    func goldenParsedAhead(_ relative: String) throws {
        let result = try Golden.run(GoldenTests.root + "/" + relative, parseAhead: true)
        for problem in result.problems { Issue.record(Comment(rawValue: problem)) }
    }

    @Test("there are at least 80 golden files")
    func enoughGoldens() {
        #expect(GoldenTests.goldenFiles.count >= 80)
    }

    @Test("every script under scripts/ runs", arguments: scriptFiles.map { String($0.dropFirst(root.count + 1)) })
    func script(_ relative: String) throws {
        // Scripts are checked by their own asserts; their output only where they say `# expect:`.
        let result = try Golden.run(GoldenTests.root + "/" + relative, compareOutput: false)
        for problem in result.problems { Issue.record(Comment(rawValue: problem)) }
    }

    @Test("every diagnostic code has a fixture in golden/errors")
    func everyCodeHasAFixture() throws {
        var seen: Set<String> = []
        for f in GoldenTests.goldenFiles where f.contains("/errors/") {
            for e in try Golden.expectations(f).errors { if let c = e.code { seen.insert(c) } }
        }
        // E309 (interrupted) needs Ctrl-C; InterpreterTests.interruptStopsAStatement covers it.
        for code in DiagnosticCode.allCases where code != .interrupted {
            #expect(seen.contains(code.rawValue), "no fixture expects \(code.rawValue) (\(code))")
        }
        for rule in RuleCode.allCases where !GoldenTests.unreachableRules.keys.contains(rule) {
            if GoldenTests.pendingRules.contains(rule) {
                #expect(!seen.contains(rule.rawValue), "\(rule.rawValue) has a fixture now: take it out of pendingRules")
                continue
            }
            #expect(seen.contains(rule.rawValue), "no fixture expects \(rule.rawValue) (\(rule))")
        }
    }

    /// Rules of the Model whose statements the language does not have yet. Whoever adds a
    /// statement adds each rule's reproducer and docs/errors.md entry and takes it out of this
    /// list. (The requests rules E471–E485 have theirs: golden/errors/e47x, e48x.)
    static let pendingRules: Set<RuleCode> = []

    /// Rules a script cannot break: the parser or the runtime reports the problem first (with
    /// the code given). The Model keeps each rule for its own callers, and PPIDModelTests
    /// cover it; docs/errors.md says "Reproducer: none" for them.
    static let unreachableRules: [RuleCode: String] = [
        .allowEmpty: "E107",          // `allow` without a role or an action does not parse
        .calendarWorkHours: "E311",   // option workhours checks its time range first
        .classifyFields: "E203",      // exemption fields on another class are unknown fields
    ]

    @Test("a rule said to be unreachable is still reported first with the code said")
    func unreachableRulesHaveNoFixture() throws {
        for f in GoldenTests.goldenFiles {
            for e in try Golden.expectations(f).errors {
                if let c = e.code, let rule = RuleCode(rawValue: c) {
                    #expect(GoldenTests.unreachableRules[rule] == nil, "\(f) reaches \(c): add it to the reproducers")
                }
            }
        }
    }
}
