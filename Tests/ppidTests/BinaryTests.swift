import Testing
import Foundation

/// Runs the built `ppid` binary as a user would: exit codes, stdout, stderr.
struct BinaryTests {
    static let root: String = {
        let here = #filePath
        return String(here[..<(here.range(of: "/Tests/")?.lowerBound ?? here.endIndex)])
    }()

    /// The binary next to the test bundle (the same build), else the debug build.
    static let binary: String = {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
        let beside = dir + "/ppid"
        return FileManager.default.isExecutableFile(atPath: beside) ? beside : root + "/.build/debug/ppid"
    }()

    struct Output {
        let code: Int32
        let out: String
        let err: String
    }

    /// Runs the binary. The locale variables of the test's own environment are removed, so
    /// messages are in English unless `environment` sets one (docs/language.md, "Language").
    static func ppid(_ args: [String], stdin: String? = nil, cwd: String? = nil, environment: [String: String] = [:]) throws -> Output {
        var env = environment
        env["NO_COLOR"] = env["NO_COLOR"] ?? "1"
        return try spawn(binary, args, stdin: stdin ?? "", cwd: cwd, environment: env, removing: ["LC_ALL", "LC_MESSAGES", "LANG"])
    }

    /// Runs `command` with bash -c, `stdin` on its standard input, in `cwd`, with PPID_BIN set
    /// to the binary (the scripts under scripts/ and the shell lines of the journal tests).
    static func bash(_ command: String, stdin: String = "", cwd: String? = nil,
                     environment: [String: String] = [:]) throws -> Output {
        var env = ["NO_COLOR": "1", "PPID_BIN": binary]
        for (k, v) in environment { env[k] = v }
        return try spawn("/bin/bash", ["-c", command], stdin: stdin, cwd: cwd, environment: env)
    }

    /// Runs `executable` with the test's environment, less `removing`, plus `environment`;
    /// writes `stdin` and closes it, then collects both outputs and the exit status.
    static func spawn(_ executable: String, _ args: [String], stdin: String, cwd: String?,
                      environment: [String: String], removing: [String] = []) throws -> Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        var env = ProcessInfo.processInfo.environment
        for key in removing { env[key] = nil }
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let o = Pipe(), e = Pipe(), i = Pipe()
        p.standardOutput = o
        p.standardError = e
        p.standardInput = i
        try p.run()
        i.fileHandleForWriting.write(Data(stdin.utf8))
        try i.fileHandleForWriting.close()
        let out = o.fileHandleForReading.readDataToEndOfFile()
        let err = e.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Output(code: p.terminationStatus, out: String(decoding: out, as: UTF8.self), err: String(decoding: err, as: UTF8.self))
    }

    static func script(_ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-bin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("s.ppid").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("exit codes of docs/language.md", arguments: [
        ("print 1", Int32(0)),
        ("assert 1 == 2", 1),
        ("let = 3", 65),
        ("print nama_tak_dikenal", 65),
        ("print 1 / 0", 70),
        ("load \"tidak-ada.ppid\"", 66),
        ("export info to \"/proc/ppid-test.csv\"", 74),
    ])
    func exitCodes(_ text: String, _ code: Int32) throws {
        let r = try BinaryTests.ppid(["run", try BinaryTests.script(text)])
        #expect(r.code == code, "stderr: \(r.err)")
    }

    /// `ppid run FILE...` skips the argument parser (FastPath); with an option it goes
    /// through it. Both must run the same scripts in one session, print the same and stop
    /// with the same code at the same error, in both languages.
    @Test("ppid run without the argument parser does what it does with it", arguments: [
        ("let x = 2\nprint x\n", "print x * 10\nassert x == 3\n"),
        ("print 1\n", "print (2 +\n"),
        ("print 1\n", "unit kul \"Keuangan\"\nunit kul \"Lagi\"\n"),
    ])
    func runWithoutTheParser(_ first: String, _ second: String) throws {
        let a = try BinaryTests.script(first), b = try BinaryTests.script(second)
        for lang in [[], ["--lang", "id"]] {
            let fast = try BinaryTests.ppid(lang + ["run", a, b])
            let parsed = try BinaryTests.ppid(lang + ["run", "--allow-write", "/tmp", a, b])
            #expect(fast.code != 0)
            #expect(fast.code == parsed.code)
            #expect(fast.out == parsed.out)
            #expect(fast.err == parsed.err)
        }
        let missing = try BinaryTests.ppid(["run", a, "/no/such/second.ppid"])
        #expect(missing.code == 66)
        #expect(missing.out == "\(first == "print 1\n" ? "1" : "2")\n", "the first script ran before the second was found missing")
    }

    @Test func usageErrorsExit64() throws {
        #expect(try BinaryTests.ppid(["run"]).code == 64)
        #expect(try BinaryTests.ppid(["--no-such-flag"]).code == 64)
    }

    @Test func missingFileExits66() throws {
        let r = try BinaryTests.ppid(["run", "/no/such/file.ppid"])
        #expect(r.code == 66)
        #expect(r.err.contains("cannot read /no/such/file.ppid"))
    }

    @Test func diagnosticsGoToStderrWithLineColumnAndCaret() throws {
        let path = try BinaryTests.script("print 1\nprint 2 +\n")
        let r = try BinaryTests.ppid(["run", path])
        #expect(r.code == 65)
        #expect(r.out.isEmpty, "nothing runs when the script does not parse")
        #expect(r.err.contains(path + ":2:10: error: expected a value"))
        #expect(r.err.contains("    print 2 +\n             ^"))
    }

    @Test func misspeltNameIsFoundBeforeAnythingRuns() throws {
        var text = "role komisioner \"Komisioner\"\nprint \"mulai\"\n"
        for _ in 0..<300 { text += "print 1\n" }
        text += "as komisionr\n"
        let r = try BinaryTests.ppid(["check", try BinaryTests.script(text)])
        #expect(r.code == 65)
        #expect(r.err.contains(":303:4: error: unknown name 'komisionr'"))
        #expect(r.err.contains("did you mean 'komisioner'?"))
        let run = try BinaryTests.ppid(["run", try BinaryTests.script(text)])
        #expect(!run.out.contains("mulai"), "line 2 must not run")
    }

    @Test func commandLineStatements() throws {
        let r = try BinaryTests.ppid(["-e", "print 1 + 1", "-e", "print \"dua\""])
        #expect(r.code == 0)
        #expect(r.out == "2\ndua\n")
    }

    @Test func scriptFromStandardInput() throws {
        let r = try BinaryTests.ppid(["run", "-"], stdin: "let x = 20\nprint x * 2\n")
        #expect(r.out == "40\n")
        let plain = try BinaryTests.ppid([], stdin: "print \"tanpa prompt\"\n")
        #expect(plain.out == "tanpa prompt\n")
        #expect(plain.code == 0)
    }

    @Test func helpForEachCommand() throws {
        for cmd in [["--help"], ["run", "--help"], ["check", "--help"], ["verify", "--help"]] {
            let r = try BinaryTests.ppid(cmd)
            #expect(r.code == 0)
            #expect(r.out.contains("USAGE"))
        }
    }

    @Test func verifyReportsEveryFailedAssert() throws {
        let path = try BinaryTests.script("assert 1 == 2, \"pertama\"\nprint \"lanjut\"\nassert 2 == 3, \"kedua\"\n")
        let r = try BinaryTests.ppid(["verify", path])
        #expect(r.code == 1)
        #expect(r.err.contains("pertama") && r.err.contains("kedua"))
        #expect(r.out.contains("lanjut"))
    }

    /// A file loaded by a loaded file runs in `ppid run` and `ppid check` as when run alone,
    /// and so does a whole script loaded from `-e` (the tour asserts a due date that needs
    /// the calendar it loads).
    @Test func nestedLoadsRunInEveryCommand() throws {
        let main = try BinaryTests.script("load \"lib/s.ppid\"\nprint \"main\", count(holidays)\n")
        let dir = (main as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir + "/lib", withIntermediateDirectories: true)
        try "load \"h.ppid\"\nprint \"s\", count(holidays)\n".write(toFile: dir + "/lib/s.ppid", atomically: true, encoding: .utf8)
        try "holiday 2024-04-10 \"Idulfitri 1445 H\"\nlet libur = \"Idulfitri\"\n".write(toFile: dir + "/lib/h.ppid", atomically: true, encoding: .utf8)
        let alone = try BinaryTests.ppid(["run", "lib/s.ppid"], cwd: dir)
        #expect(alone.out == "s 1\n")
        let run = try BinaryTests.ppid(["run", "s.ppid"], cwd: dir)
        #expect(run.code == 0, "stderr: \(run.err)")
        #expect(run.out == "s 1\nmain 1\n")
        // The issue's main.ppid: nothing but the load.
        try "load \"lib/s.ppid\"\n".write(toFile: dir + "/main.ppid", atomically: true, encoding: .utf8)
        let issue = try BinaryTests.ppid(["run", "main.ppid"], cwd: dir)
        #expect(issue.code == 0 && issue.out == "s 1\n", "stdout: \(issue.out) stderr: \(issue.err)")
        // `check` resolves a name that only the file two loads down declares, and still
        // finds a misspelling of it.
        try "load \"lib/s.ppid\"\nprint libur\n".write(toFile: dir + "/uses.ppid", atomically: true, encoding: .utf8)
        let check = try BinaryTests.ppid(["check", "s.ppid", "uses.ppid"], cwd: dir)
        #expect(check.code == 0, "stderr: \(check.err)")
        #expect(check.out.isEmpty && check.err.isEmpty)
        try "load \"lib/s.ppid\"\nprint libr\n".write(toFile: dir + "/typo.ppid", atomically: true, encoding: .utf8)
        let typo = try BinaryTests.ppid(["check", "typo.ppid"], cwd: dir)
        #expect(typo.code == 65)
        #expect(typo.err.contains("typo.ppid:2:7: error: unknown name 'libr'") && typo.err.contains("did you mean 'libur'?"), "stderr: \(typo.err)")
        let e = try BinaryTests.ppid(["-e", "load \"\(main)\"", "-e", "print count(holidays)"], cwd: "/")
        #expect(e.out == "s 1\nmain 1\n1\n", "stderr: \(e.err)")
        let tour = try BinaryTests.ppid(["-e", "load \"scripts/examples/tour.ppid\""], cwd: BinaryTests.root)
        #expect(tour.code == 0, "stderr: \(tour.err)")
        #expect(!tour.err.contains("assertion failed"))
    }

    /// `ppid --as NAME FILE`: the prompt acts as that person (a role: its one holder), not as
    /// the journal's last `as`; naming nobody, or with -e, is a usage error.
    @Test func asOptionSetsThePromptsActor() throws {
        let journal = try BinaryTests.script("""
        role ppid "PPID"
        role atasan "Atasan PPID"
        unit kul "Keuangan"
        staff sri "Sri" { roles ppid; unit kul }
        staff budi "Budi" { roles atasan; unit kul }
        info a "A" { holder kul }
        as budi

        """)
        let r = try BinaryTests.ppid(["--as", "ppid", journal], stdin: ":status\nclassify a as berkala\n")
        #expect(r.code == 0, "stderr: \(r.err)")
        #expect(r.out.contains("actor: sri (Sri, ppid) — from --as"))
        let text = try String(contentsOfFile: journal, encoding: .utf8)
        #expect(text.hasSuffix("as budi\nas sri\nclassify a as berkala\n"))
        let plain = try BinaryTests.ppid([journal], stdin: ":status\n")
        #expect(plain.out.contains("actor: none — use `as NAME` or start with `ppid --as NAME`"))

        let nobody = try BinaryTests.ppid(["--as", "tono", journal], stdin: "")
        #expect(nobody.code == 64)
        #expect(nobody.err.contains("ppid: --as tono: there is no staff member or role named `tono`"))
        let shared = try BinaryTests.ppid(["--as", "ppid", journal], stdin: "staff tono \"Tono\" { roles ppid }\n")
        #expect(shared.code == 0, "stderr: \(shared.err)")
        let several = try BinaryTests.ppid(["--as", "ppid", journal], stdin: "")
        #expect(several.code == 64)
        #expect(several.err.contains("the role `ppid` is held by `sri` and `tono`: name the person acting"))
        let inline = try BinaryTests.ppid(["--as", "sri", "-e", "print 1"])
        #expect(inline.code == 64)
        #expect(inline.err.contains("write `as NAME` in it"))
    }
}
