import Testing
import Foundation

/// The built binary on journals, `--load`, standard input and the setup script: what an
/// officer (or the machine) does from the shell.
struct JournalBinaryTests {
    static func folder() throws -> String {
        URL(fileURLWithPath: try BinaryTests.script("")).deletingLastPathComponent().path
    }

    static func bytes(_ path: String) -> [UInt8] {
        (FileManager.default.contents(atPath: path)).map { Array($0) } ?? []
    }

    // MARK: - Write failures

    /// Past `ulimit -f` the append fails (EFBIG, SIGXFSZ ignored): the statement is taken
    /// back, the journal keeps only whole statements, and the exit code is 74.
    @Test func aJournalPastTheFileSizeLimitExits74AndTakesTheStatementBack() throws {
        let dir = try Self.folder()
        var input = ""
        for i in 1...60 { input += "unit u\(i) \"Unit kerja nomor \(i) pada sekretariat\"\n" }
        let r = try BinaryTests.bash("ulimit -f 1; \"$PPID_BIN\" j.ppid", stdin: input, cwd: dir)
        #expect(r.code == 74, "stderr: \(r.err)")
        #expect(r.err.contains("cannot write to the journal j.ppid: File too large"))
        #expect(r.err.contains("taken back"))
        let journal = Self.bytes(dir + "/j.ppid")
        #expect(journal.count <= 1024 && journal.count > 900)
        #expect(journal.last == 10)
        // What is there replays, and the statement that failed is not in it.
        let check = try BinaryTests.ppid(["run", dir + "/j.ppid"])
        #expect(check.code == 0, "\(check.err)")
        let lines = String(decoding: journal, as: UTF8.self).split(separator: "\n")
        #expect(lines.count < 60)
        #expect(lines.last.map { $0.hasPrefix("unit u\(lines.count) ") } == true)
    }

    /// A new journal's folder is fsynced after the file is made and before the first
    /// statement is, so a crash cannot keep the statement and lose the file's name.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/strace")))
    func aNewJournalsFolderIsFlushedToDisk() throws {
        let dir = try Self.folder()
        let r = try BinaryTests.bash("/usr/bin/strace -f -e trace=openat,fsync -o trace.txt \"$PPID_BIN\" j.ppid", stdin: "unit kul \"K\"\n", cwd: dir)
        #expect(r.code == 0, "\(r.err)")
        let calls = try String(contentsOfFile: dir + "/trace.txt", encoding: .utf8).split(separator: "\n").map(String.init)
        let created = try #require(calls.firstIndex { $0.contains("\"j.ppid\", O_RDWR|O_CREAT") })
        let folder = try #require(calls.firstIndex { $0.contains("\".\", O_RDONLY|O_CLOEXEC|O_DIRECTORY") && !$0.contains("= -1") },
                                  "the folder is opened")
        let fd = try #require(calls[folder].split(separator: "=").last?.trimmingCharacters(in: .whitespaces))
        #expect(folder > created)
        #expect(calls[folder...].contains { $0.contains("fsync(\(fd))") && $0.hasSuffix("= 0") })
    }

    // MARK: - Repair

    /// The officer's case: twenty statements, then one cut two bytes into the "—".
    @Test func repairOfATearInsideACharacterKeepsTwentyStatements() throws {
        let dir = try Self.folder(), path = dir + "/j.ppid"
        var whole = ""
        for i in 1...20 { whole += "unit u\(i) \"Unit \(i)\"\n" }
        let torn = Array("unit h \"Laporan Keuangan — 2024\"\n".utf8)
        let dash = try #require(torn.firstIndex(of: 0xE2))
        try Data(Array(whole.utf8) + torn[..<(dash + 2)]).write(to: URL(fileURLWithPath: path))
        let open = try BinaryTests.ppid([path], stdin: "")
        #expect(open.code == 65)
        #expect(open.err.contains("j.ppid:21:1: error: the journal ends with a torn statement"), "\(open.err)")
        let r = try BinaryTests.ppid(["repair", path])
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("from line 21, column 1"))
        #expect(r.out.contains("replays (20 statements)"))
        #expect(Self.bytes(path) == Array(whole.utf8))
    }

    @Test func repairAddsTheLineBreakAfterAWholeLastStatement() throws {
        let dir = try Self.folder(), path = dir + "/j.ppid"
        try "unit kul \"Keuangan\"\nrole ppid \"PPID\"".write(toFile: path, atomically: true, encoding: .utf8)
        let r = try BinaryTests.ppid(["repair", path])
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("line 2 is whole but had no line break"))
        #expect(r.out.contains("replays (2 statements)"))
        #expect(String(decoding: Self.bytes(path), as: UTF8.self) == "unit kul \"Keuangan\"\nrole ppid \"PPID\"\n")
    }

    @Test func aScriptMayStartWithAByteOrderMark() throws {
        let path = try BinaryTests.script("")
        try Data([0xEF, 0xBB, 0xBF] + Array("print \"ok\"\nlet = 3\n".utf8)).write(to: URL(fileURLWithPath: path))
        let r = try BinaryTests.ppid(["run", path])
        #expect(r.code == 65)
        #expect(r.err.contains(path + ":2:5: error:"), "\(r.err)")
        try Data([0xEF, 0xBB, 0xBF] + Array("print \"ok\"\n".utf8)).write(to: URL(fileURLWithPath: path))
        let ok = try BinaryTests.ppid(["run", path])
        #expect(ok.code == 0, "\(ok.err)")
        #expect(ok.out == "ok\n")
    }

    // MARK: - --load and standard input

    @Test func loadRunsFirstWithCommandLineStatements() throws {
        let lib = try BinaryTests.script("let x = 20\nprint \"dimuat\"\n")
        let r = try BinaryTests.ppid(["--load", lib, "-e", "print x * 2"])
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out == "dimuat\n40\n")
    }

    @Test func loadRunsFirstWithPipedStatements() throws {
        let lib = try BinaryTests.script("let x = 20\n")
        let r = try BinaryTests.ppid(["--load", lib], stdin: "print x * 2\n")
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out == "40\n")
    }

    @Test(arguments: [["-e", "print 1"], [], ["j.ppid"]])
    func aMissingLoadFileExits66(_ rest: [String]) throws {
        let dir = try Self.folder()
        let r = try BinaryTests.ppid(["--load", "tidak-ada.ppid"] + rest, stdin: "print 1\n", cwd: dir)
        #expect(r.code == 66, "\(r.err)")
        #expect(r.err.contains("ppid: cannot load tidak-ada.ppid (given with --load): no such file"))
        #expect(r.out.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: dir + "/j.ppid"))
    }

    @Test func dashReadsStatementsFromStandardInput() throws {
        let dir = try Self.folder()
        let r = try BinaryTests.ppid(["-"], stdin: "let x = 20\nprint x * 2\n", cwd: dir)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out == "40\n")
        #expect(!FileManager.default.fileExists(atPath: dir + "/-"), "no journal named -")
        let bad = try BinaryTests.ppid(["-"], stdin: "print 1 / 0\nprint 2\n", cwd: dir)
        #expect(bad.code == 70)
        #expect(bad.out.isEmpty)
    }

    // MARK: - setup.sh

    static func setup(_ args: String, _ env: [String: String]) throws -> BinaryTests.Output {
        try BinaryTests.bash("bash scripts/setup.sh \(args)", cwd: BinaryTests.root, environment: env)
    }

    @Test func setupScriptParses() throws {
        let r = try BinaryTests.bash("bash -n scripts/setup.sh && bash -n .ci/run", cwd: BinaryTests.root)
        #expect(r.code == 0, "\(r.err)")
        let ci = try String(contentsOfFile: BinaryTests.root + "/.ci/run", encoding: .utf8)
        #expect(ci.contains("scripts/setup.sh --deps-only"), "CI installs with the setup script")
    }

    @Test func setupAsRootRefreshesTheListsThenInstallsWithoutSudo() throws {
        let r = try Self.setup("--dry-run", ["PPID_SETUP_UID": "0", "PPID_SETUP_SUDO": "", "PPID_SETUP_INSTALLED": "git",
                                             "PPID_SETUP_SWIFT": "/usr/local/bin/swift-stand-in"])
        let lines = r.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "+ apt-get update", "\(r.out)\(r.err)")
        #expect(lines.contains("+ env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libedit-dev libsqlite3-dev zlib1g-dev sqlite3 tmux python3-openpyxl"))
        #expect(lines.last == "+ /usr/local/bin/swift-stand-in build -c release --static-swift-stdlib")
        #expect(r.code == 0)
    }

    @Test func setupAsAUserUsesSudo() throws {
        let r = try Self.setup("--dry-run --deps-only", ["PPID_SETUP_UID": "1000", "PPID_SETUP_SUDO": "sudo", "PPID_SETUP_INSTALLED": ""])
        #expect(r.out == "+ sudo apt-get update\n+ sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libedit-dev libsqlite3-dev zlib1g-dev sqlite3 tmux git python3-openpyxl\n",
                "\(r.err)")
        #expect(r.code == 0)
    }

    @Test func setupAsAUserWithoutSudoSaysWhatToRunAsRoot() throws {
        let r = try Self.setup("--dry-run", ["PPID_SETUP_UID": "1000", "PPID_SETUP_SUDO": "", "PPID_SETUP_INSTALLED": "git"])
        #expect(r.code != 0)
        #expect(r.out.isEmpty)
        #expect(r.err.contains("apt-get update && apt-get install -y libedit-dev libsqlite3-dev zlib1g-dev sqlite3 tmux python3-openpyxl"))
    }

    @Test func setupWithEverythingInstalledRunsNoAptGet() throws {
        let r = try Self.setup("--dry-run", ["PPID_SETUP_UID": "1000", "PPID_SETUP_SUDO": "", "PPID_SETUP_INSTALLED": "libedit-dev libsqlite3-dev zlib1g-dev sqlite3 tmux git python3-openpyxl",
                                             "PPID_SETUP_SWIFT": "swift"])
        #expect(r.code == 0, "\(r.err)")
        #expect(!r.out.contains("apt-get"))
        #expect(r.out.contains("+ swift build -c release --static-swift-stdlib"))
    }

    @Test func setupWithoutSwiftSaysWhichVersionAndWhereToGetIt() throws {
        let r = try Self.setup("--dry-run", ["PPID_SETUP_UID": "0", "PPID_SETUP_INSTALLED": "libedit-dev libsqlite3-dev zlib1g-dev sqlite3 tmux git python3-openpyxl", "PPID_SETUP_SWIFT": ""])
        #expect(r.code != 0)
        #expect(r.err.contains("Swift 6.3"))
        #expect(r.err.contains("swift.org/install"))
        #expect(!r.out.contains("build"))
    }
}
