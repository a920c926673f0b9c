#if canImport(Glibc)
import Glibc
#endif
import Testing
import PPIDSyntax
import PPIDModel
import PPIDRuntime

/// A quick, seeded cousin of the libFuzzer target (`scripts/fuzz/`): a thousand scripts made
/// by mutating the golden files run in-process, as a script (`ppid run`) and as an entry at
/// the prompt, and each must end in success or in diagnostics that point inside their file.
/// A crash kills the test process, so "no crash" is checked by the suite finishing at all;
/// the seed is fixed, so a failure reproduces.
@Suite(.serialized)
struct MutationTests {
    /// How many mutated scripts to run (kept under a few seconds in a debug build).
    static let mutantCount = 1000
    /// Golden files larger than this are not mutated.
    static let maxBaseBytes = 64 * 1024
    static let seed: UInt64 = 0x5050_4944_2024_0001

    /// Words and punctuation inserted by the "insert a token" mutation: the statement words,
    /// the reserved class and register names, literals at the edges of their ranges, and every
    /// bracket and operator (an unbalanced bracket is the commonest typo).
    static let tokens: [String] = [
        "let", "if", "else", "for", "in", "fn", "return", "print", "assert", "load", "true", "false", "null",
        "and", "or", "not", "where", "order", "by", "limit", "asc", "desc", "as", "to", "office", "unit", "role",
        "staff", "holiday", "leave", "option", "at", "wait", "allow", "info", "update", "classify", "withdraw",
        "sop", "step", "start", "complete", "approve", "reject", "cancel", "show", "export", "render", "note",
        "decide", "separate", "from", "run", "now", "exercise", "berkala", "dikecualikan", "published", "dip",
        "dik", "runs", "steps", "log", "count", "len", "str", "digest", "exists", "workdays", "takes", "marks",
        "yields", "needs", "until", "basis", "3 workdays", "2 years", "1 day",
        "{", "}", "(", ")", "[", "]", ",", ";", ".", "..", "->", ":", "+", "-", "*", "/", "%", "~", "=", "==",
        "!=", "<", "<=", ">", ">=", "\n", "#", "\"", "\"\"\"", "\\", "0", "-1", "9223372036854775807",
        "99999999999999999999", "0.5", "2024-02-30", "2024-04-01", "2024-04-01T09:00", "25:61", "08:00..16:00",
        "2024-01-01..2024-12-31", "\"out/x.csv\"", "\"\\q\"", "é", "\u{FEFF}", "\t",
    ]

    /// One mutated script and how it was made (for the failure message).
    struct Mutant {
        let index: Int
        let base: String
        let steps: [String]
        let bytes: [UInt8]
    }

    @Test("mutated golden scripts end in success or in diagnostics inside their file")
    func mutatedScriptsNeverCrash() throws {
        let files = GoldenTests.goldenFiles
        try #require(!files.isEmpty, "no golden files found")
        let read: [(String, [UInt8])] = files.compactMap { f in FileSystem.read(f).map { (f, $0) } }
        try #require(read.count == files.count, "a golden file could not be read")
        // The 1 MiB fixture of E110 would take most of the time budget and only ever reach the
        // lexer; the limit itself has its own golden file. The fuzz crashers (golden/fuzz/) are
        // the golden suite's business: mutants of a known crasher would only hide new findings.
        let sources = read.filter { $0.1.count <= MutationTests.maxBaseBytes && !$0.0.contains("/golden/fuzz/") }
        let sandbox = try #require(MutationTests.makeSandbox(), "cannot create a temporary folder")
        defer { MutationTests.removeTree(sandbox) }

        var rng = SplitMix64(seed: MutationTests.seed)
        var succeeded = 0, failed = 0
        for i in 0..<MutationTests.mutantCount {
            let (path, original) = sources[rng.below(sources.count)]
            let mutant = MutationTests.mutate(original, index: i, base: path, rng: &rng)
            var problems: [String] = []
            if let failure = MutationTests.runScript(mutant, in: sandbox) {
                failed += 1
                problems += MutationTests.check(failure).map { "run: " + $0 }
            } else {
                succeeded += 1
            }
            MutationTests.runAtPrompt(mutant, in: sandbox, problems: &problems)
            if !problems.isEmpty {
                Issue.record(Comment(rawValue: "mutant #\(mutant.index) of \(mutant.base) (\(mutant.steps.joined(separator: ", "))): "
                                     + problems.joined(separator: "; ") + "\n--- script ---\n" + String(decoding: mutant.bytes, as: UTF8.self)))
            }
        }
        // Most mutants should break their script, yet some must still run: otherwise the
        // mutations are too rough to get past the parser, or too gentle to test anything.
        #expect(succeeded > 0 && failed > succeeded, "succeeded \(succeeded), failed \(failed)")
    }

    /// The fuzz crashers of `golden/fuzz/`: the golden suite runs them as scripts; some
    /// crashed only on the prompt's path (`runEntry` compiles without the check pass).
    static let crashers: [String] = GoldenTests.goldenFiles.filter { $0.contains("/golden/fuzz/") }

    @Test("every fuzz crasher also fails cleanly as an entry at the prompt",
          arguments: crashers.map { String($0.dropFirst(GoldenTests.root.count + 1)) })
    func crasherAtThePrompt(_ relative: String) throws {
        let bytes = try #require(FileSystem.read(GoldenTests.root + "/" + relative))
        let sandbox = try #require(MutationTests.makeSandbox(), "cannot create a temporary folder")
        defer { MutationTests.removeTree(sandbox) }
        var problems: [String] = []
        MutationTests.runAtPrompt(Mutant(index: 0, base: relative, steps: [], bytes: bytes), in: sandbox, problems: &problems)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("the generator is deterministic and mutates")
    func generatorIsDeterministic() {
        let text = Array("info a \"A\"\nclassify a as berkala\nprint count(dip)\n".utf8)
        var r1 = SplitMix64(seed: 7), r2 = SplitMix64(seed: 7)
        let a = (0..<50).map { MutationTests.mutate(text, index: $0, base: "t", rng: &r1).bytes }
        let b = (0..<50).map { MutationTests.mutate(text, index: $0, base: "t", rng: &r2).bytes }
        #expect(a == b)
        #expect(a.filter { $0 != text }.count >= 45)
        // SplitMix64's published first outputs for seed 0.
        var z = SplitMix64(seed: 0)
        #expect(z.next() == 0xE220_A839_7B1D_CDAF)
        #expect(z.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    /// Runs a mutant as `ppid run` does; its failure, or nil when it ran to the end.
    static func runScript(_ m: Mutant, in sandbox: String) -> ScriptFailure? {
        let rt = Interpreter(workingDirectory: sandbox, output: { _ in })
        do {
            try rt.run(SourceFile(path: "<mutant-\(m.index)>", bytes: m.bytes))
            return nil
        } catch {
            return error
        }
    }

    /// Runs a mutant as one entry at the prompt: a failure is well formed, and when nothing
    /// ran before the failing statement, the registers are as they were.
    static func runAtPrompt(_ m: Mutant, in sandbox: String, problems: inout [String]) {
        let rt = Interpreter(workingDirectory: sandbox, output: { _ in })
        let before = rt.registry
        let entry = rt.runEntry(SourceFile(path: "<mutant-\(m.index)>", bytes: m.bytes))
        guard let failure = entry.failure else { return }
        problems += check(failure).map { "prompt: " + $0 }
        if entry.succeeded.isEmpty && rt.registry != before {
            problems.append("prompt: a failed entry changed the registers")
        }
    }

    /// What is wrong with a failure: no diagnostics, exit code 0, an empty message, a range
    /// outside its file. Each diagnostic is also rendered (the caret line must not trap).
    static func check(_ failure: ScriptFailure) -> [String] {
        var problems: [String] = []
        if failure.diagnostics.isEmpty { problems.append("a failure without diagnostics") }
        if failure.exitCode == 0 { problems.append("a failure with exit code 0") }
        for d in failure.diagnostics {
            if let p = rangeProblem(d.range, in: d.file) { problems.append("\(d.code.rawValue) \(d.message): \(p)") }
            for n in d.notes {
                if let f = n.file, let r = n.range, let p = rangeProblem(r, in: f) { problems.append("note of \(d.code.rawValue): \(p)") }
            }
            if d.message.isEmpty { problems.append("\(d.code.rawValue) has an empty message") }
            _ = d.description
        }
        return problems
    }

    static func rangeProblem(_ r: SourceRange, in file: SourceFile) -> String? {
        r.start >= 0 && r.start <= r.end && r.end <= file.bytes.count ? nil
            : "range \(r.start)..<\(r.end) outside \(file.path) (\(file.bytes.count) bytes)"
    }

    // MARK: Mutations

    /// One to three mutations of a script: bytes flipped, lines cut, duplicated or shuffled,
    /// a token inserted, the text cut short.
    static func mutate(_ original: [UInt8], index: Int, base: String, rng: inout SplitMix64) -> Mutant {
        var bytes = original
        var steps: [String] = []
        for _ in 0...rng.below(3) {
            switch rng.below(6) {
            case 0:
                let n = 1 + rng.below(4)
                for _ in 0..<n where !bytes.isEmpty {
                    let at = rng.below(bytes.count)
                    bytes[at] = rng.below(2) == 0 ? bytes[at] ^ UInt8(1 << rng.below(8)) : UInt8(truncatingIfNeeded: rng.next())
                }
                steps.append("flipped \(n) byte(s)")
            case 1:
                var lines = split(bytes)
                guard !lines.isEmpty else { continue }
                let at = rng.below(lines.count), n = min(1 + rng.below(3), lines.count - at)
                lines.removeSubrange(at..<(at + n))
                bytes = join(lines)
                steps.append("cut lines \(at + 1)-\(at + n)")
            case 2:
                var lines = split(bytes)
                guard lines.count > 1 else { continue }
                let start = rng.below(lines.count - 1), width = min(2 + rng.below(6), lines.count - start)
                for i in stride(from: start + width - 1, to: start, by: -1) {
                    lines.swapAt(i, start + rng.below(i - start + 1))
                }
                bytes = join(lines)
                steps.append("shuffled lines \(start + 1)-\(start + width)")
            case 3, 4:
                let token = tokens[rng.below(tokens.count)]
                let at = rng.below(bytes.count + 1)
                bytes.insert(contentsOf: Array((rng.below(2) == 0 ? " " + token + " " : token).utf8), at: at)
                steps.append("inserted \(token.debugDescription) at byte \(at)")
            default:
                var lines = split(bytes)
                if rng.below(2) == 0, !lines.isEmpty {
                    let at = rng.below(lines.count)
                    lines.insert(lines[at], at: at)
                    bytes = join(lines)
                    steps.append("duplicated line \(at + 1)")
                } else {
                    let at = rng.below(bytes.count + 1)
                    bytes.removeSubrange(at...)
                    steps.append("cut at byte \(at)")
                }
            }
        }
        return Mutant(index: index, base: base, steps: steps, bytes: bytes)
    }

    static func split(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    }

    static func join(_ lines: [ArraySlice<UInt8>]) -> [UInt8] {
        Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }

    // MARK: A throwaway folder (exports of the mutants land here, never in Tests/)

    static func makeSandbox() -> String? {
        var template = Array("/tmp/ppid-mutation-XXXXXX".utf8CString)
        return template.withUnsafeMutableBufferPointer { p -> String? in
            guard let base = p.baseAddress, mkdtemp(base) != nil else { return nil }
            return String(cString: base)
        }
    }

    /// Removes a folder and everything in it (without following symbolic links).
    static func removeTree(_ path: String) {
        var st = stat()
        guard lstat(path, &st) == 0 else { return }
        if st.st_mode & S_IFMT == S_IFDIR {
            if let d = opendir(path) {
                var names: [String] = []
                while let e = readdir(d) {
                    let name = withUnsafePointer(to: e.pointee.d_name) { p in
                        p.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                    }
                    if name != "." && name != ".." { names.append(name) }
                }
                closedir(d)
                for n in names { removeTree(path + "/" + n) }
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): a tiny deterministic generator, so every run
/// makes the same mutants.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<n (n > 0); the slight modulo bias does not matter here.
    mutating func below(_ n: Int) -> Int {
        Int(next() % UInt64(max(n, 1)))
    }
}
