import Testing
import Foundation

/// `export registers to "kantor.sqlite"` read back with the `sqlite3` shell (scripts/setup.sh
/// installs it): every register's rows, the declared types, the keys, and `meta`.
struct DatabaseExportBinaryTests {
    static let registers = ["info", "dip", "dik", "runs", "steps", "inbox", "staff", "roles", "units", "sops",
                            "holidays", "log", "requests", "objections"]

    /// Offices of the examples and the goldens: many items and a calendar, requests, objections
    /// with a dispute, a run sent back to an earlier step (steps repeat there).
    static let offices = ["scripts/examples/kpu-kabupaten.ppid", "scripts/examples/permohonan-kpu.ppid",
                          "Tests/PPIDRuntimeTests/golden/objections/chain.ppid", "Tests/PPIDRuntimeTests/golden/runs/decide-to-step.ppid"]

    /// Runs `sqlite3 FILE SQL` (fails the test when the shell is not there).
    static func sqlite3(_ file: String, _ sql: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["sqlite3", "-batch", file, sql]
        let o = Pipe(), e = Pipe()
        p.standardOutput = o
        p.standardError = e
        try p.run()
        let out = o.fileHandleForReading.readDataToEndOfFile()
        let err = e.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "sqlite3: \(String(decoding: err, as: UTF8.self))")
        return String(decoding: out, as: UTF8.self)
    }

    /// Loads `office`, exports it to kantor.sqlite in a fresh folder, and prints `lines`.
    static func export(_ office: String, then lines: [String] = []) throws -> (dir: String, out: [String]) {
        let script = try BinaryTests.script((["load \"\(BinaryTests.root)/\(office)\"", "export registers to \"kantor.sqlite\""] + lines).joined(separator: "\n") + "\n")
        let dir = (script as NSString).deletingLastPathComponent
        let r = try BinaryTests.ppid(["run", script], cwd: dir)
        #expect(r.code == 0, "\(office): \(r.err)")
        return (dir, r.out.split(separator: "\n").map(String.init))
    }

    @Test(arguments: offices)
    func everyRegisterIsATableWithItsRows(_ office: String) throws {
        let (dir, out) = try Self.export(office, then: Self.registers.map { "print \"\($0)\", count(\($0))" } + ["print digest()"])
        let db = dir + "/kantor.sqlite"
        let counts = Array(out.suffix(Self.registers.count + 1).dropLast())
        #expect(counts.count == Self.registers.count)
        let sql = Self.registers.map { "SELECT '\($0)', count(*) FROM \"\($0)\"" }.joined(separator: " UNION ALL ")
        let inDatabase = try Self.sqlite3(db, sql).split(separator: "\n").map { $0.replacingOccurrences(of: "|", with: " ") }
        #expect(inDatabase == counts, "\(office)")
        let total = counts.compactMap { Int($0.split(separator: " ").last ?? "") }.reduce(0, +)
        #expect(out.contains("wrote kantor.sqlite: 14 registers and meta, \(total) rows"), "\(out)")

        // Every value has the storage of its column's declared type.
        let storage = ["TEXT": "text", "DATE": "text", "DATETIME": "text", "INTEGER": "integer", "BOOLEAN": "integer", "REAL": "real"]
        var checks: [String] = []
        for table in Self.registers + ["meta"] {
            for line in try Self.sqlite3(db, "SELECT name, type FROM pragma_table_info('\(table)')").split(separator: "\n") {
                let parts = line.split(separator: "|").map(String.init)
                guard let want = storage[parts[1]] else { Issue.record("\(table).\(parts[0]): type \(parts[1])"); continue }
                checks.append("SELECT '\(table).\(parts[0])' FROM \"\(table)\" WHERE \"\(parts[0])\" IS NOT NULL AND typeof(\"\(parts[0])\") != '\(want)'")
            }
        }
        #expect(try Self.sqlite3(db, checks.joined(separator: " UNION ") + ";") == "", "\(office): values of another type")
        #expect(try Self.sqlite3(db, "PRAGMA foreign_key_check; PRAGMA integrity_check;") == "ok\n", "\(office)")
        #expect(try Self.sqlite3(db, "SELECT value FROM meta WHERE key = 'digest'; PRAGMA user_version;") == "\(out.last ?? "")\n1\n")
    }

    @Test func theShellReadsTheOfficesDatabase() throws {
        let (dir, out) = try Self.export("scripts/examples/kpu-kabupaten.ppid",
                                         then: ["print count(dip)", "print count(info where holder != null)", "print count(holidays)"])
        let db = dir + "/kantor.sqlite"
        let want = out.suffix(3).joined(separator: "\n") + "\n"
        let got = try Self.sqlite3(db, """
            select count(*) from dip;
            select count(*) from info join units on units.name = info.holder;
            select count(*) from holidays where date like '2025-%';
            """)
        #expect(got == want)
        #expect(Int(out.last ?? "") ?? 0 > 0, "the office has holidays")
        let schema = try Self.sqlite3(db, ".schema info")
        for part in ["\"name\" TEXT NOT NULL", "\"made\" DATE", "\"documented\" BOOLEAN", "\"holder\" TEXT REFERENCES \"units\" (\"name\")",
                     "PRIMARY KEY (\"name\")"] {
            #expect(schema.contains(part), "\(part) in \(schema)")
        }
        let unit = try Self.sqlite3(db, "select units.title from dip join units on units.name = dip.holder order by dip.name limit 1;")
        #expect(!unit.isEmpty)
        let office = try Self.sqlite3(db, "select value from meta where key in ('office_code', 'format_version', 'ppid_version') order by key;")
        #expect(office.split(separator: "\n").count == 3, "\(office)")
    }

    /// A write that fails half-way (here a file size limit, as a full disk would) keeps the
    /// old database as it was and leaves no temporary file.
    @Test func aFailedExportKeepsTheOldDatabase() throws {
        let (dir, _) = try Self.export("scripts/examples/permohonan-kpu.ppid")
        let db = dir + "/kantor.sqlite"
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        #expect(before.count > 40 * 512)
        // Ignored, SIGXFSZ stays ignored in ppid: the write that passes the limit fails with EFBIG.
        let r = try BinaryTests.bash("trap '' XFSZ; ulimit -f 40; exec '\(BinaryTests.binary)' run s.ppid", cwd: dir,
                                            environment: ["NO_COLOR": "1"])
        #expect(r.code == 74, "\(r.err)")
        #expect(r.err.contains("cannot write") && r.err.contains("[E308]"), "\(r.err)")
        #expect(r.err.contains("nothing was changed"), "\(r.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".tmp-") }
        #expect(left.isEmpty, "\(left)")
    }

    @Test func aFolderIsNotReplaced() throws {
        let script = try BinaryTests.script("export registers to \"kantor.sqlite\"\n")
        let dir = (script as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir + "/kantor.sqlite", withIntermediateDirectories: false)
        let r = try BinaryTests.ppid(["run", script], cwd: dir)
        #expect(r.code == 74)
        #expect(r.err.contains("cannot write kantor.sqlite: it is a folder"), "\(r.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["kantor.sqlite", "s.ppid"])
    }
}
