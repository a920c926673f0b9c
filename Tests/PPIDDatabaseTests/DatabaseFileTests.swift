#if canImport(Glibc)
import Glibc
#endif
import Testing
import GRDB
@testable import PPIDDatabase

/// The SQLite writer: declared types and keys, and a target replaced whole or not at all.
@Suite struct DatabaseFileTests {
    static func freshFolder() -> String {
        var template = Array("/tmp/ppid-db-XXXXXX".utf8CString)
        return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }

    static func bytes(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { break }
            out.append(contentsOf: buf[0..<n])
        }
        return out
    }

    static func files(in dir: String) -> [String] {
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    static let units = DatabaseTable(
        name: "units",
        columns: [.init(name: "name", type: .text, nullable: false), .init(name: "title", type: .text)],
        primaryKey: ["name"],
        rows: [[.text("kul"), .text("Keuangan")], [.text("tek"), .text("Teknis")]])

    static let info = DatabaseTable(
        name: "info",
        columns: [
            .init(name: "name", type: .text, nullable: false), .init(name: "holder", type: .text, references: ("units", "name")),
            .init(name: "made", type: .date), .init(name: "at", type: .dateTime), .init(name: "documented", type: .boolean),
            .init(name: "cost", type: .integer), .init(name: "share", type: .real), .init(name: "from", type: .text),
        ],
        primaryKey: ["name"],
        indexes: [["holder"]],
        rows: [
            [.text("lap"), .text("kul"), .text("2024-12-10"), .text("2024-12-10 08:00"), .integer(1), .integer(5000), .real(0.5), .text("a \"quoted\" text")],
            [.text("ren"), .null, .null, .null, .integer(0), .null, .null, .null],
        ])

    @Test func columnsHaveTheirDeclaredTypesAndValuesTheirStorage() throws {
        let path = Self.freshFolder() + "/kantor.sqlite"
        try DatabaseFile.write([Self.units, Self.info], to: path, userVersion: 3)
        let q = try DatabaseQueue(path: path)
        try q.read { db in
            let cols = try Row.fetchAll(db, sql: "PRAGMA table_info(info)")
            let types = Dictionary(uniqueKeysWithValues: cols.map { ($0["name"] as String, $0["type"] as String) })
            #expect(types == ["name": "TEXT", "holder": "TEXT", "made": "DATE", "at": "DATETIME", "documented": "BOOLEAN",
                              "cost": "INTEGER", "share": "REAL", "from": "TEXT"])
            let pk = cols.filter { ($0["pk"] as Int) > 0 }.map { $0["name"] as String }
            #expect(pk == ["name"])
            let stored = try Row.fetchOne(db, sql: "SELECT typeof(made), typeof(at), typeof(documented), typeof(cost), typeof(share), \"from\" FROM info WHERE name = 'lap'")
            #expect(stored?[0] == "text" && stored?[1] == "text" && stored?[2] == "integer")
            #expect(stored?[3] == "integer" && stored?[4] == "real")
            #expect(stored?[5] == "a \"quoted\" text")
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == 3)
            let fk = try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(info)")
            let first: [String] = fk.first.map { [$0["table"], $0["from"], $0["to"]] } ?? []
            #expect(fk.count == 1)
            #expect(first == ["units", "holder", "name"])
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'info' AND sql IS NOT NULL") == 1)
            #expect(try String.fetchAll(db, sql: "SELECT info.name FROM info JOIN units ON units.name = info.holder") == ["lap"])
        }
    }

    @Test func aCompositeKeyAndARowidTable() throws {
        let path = Self.freshFolder() + "/k.db"
        let holidays = DatabaseTable(name: "holidays", columns: [.init(name: "date", type: .date, nullable: false), .init(name: "leave", type: .boolean, nullable: false)],
                                     primaryKey: ["date", "leave"], rows: [[.text("2024-12-25"), .integer(0)], [.text("2024-12-25"), .integer(1)]])
        let steps = DatabaseTable(name: "steps", columns: [.init(name: "run", type: .text), .init(name: "step", type: .integer)],
                                  rows: [[.text("r1"), .integer(1)], [.text("r1"), .integer(1)]])
        try DatabaseFile.write([holidays, steps], to: path, userVersion: 1)
        let q = try DatabaseQueue(path: path)
        try q.read { db in
            let pk = try Row.fetchAll(db, sql: "PRAGMA table_info(holidays)").filter { ($0["pk"] as Int) > 0 }.map { $0["name"] as String }
            #expect(pk == ["date", "leave"])
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM steps") == 2)
        }
    }

    @Test func aFailureKeepsTheOldFileAndLeavesNothingBehind() throws {
        let dir = Self.freshFolder()
        let path = dir + "/kantor.sqlite"
        try DatabaseFile.write([Self.units], to: path, userVersion: 1)
        let before = Self.bytes(path)
        #expect(before != nil)
        // Two rows with one key: SQLite refuses the second, half-way through the file.
        var twice = Self.units
        twice.rows.append([.text("kul"), .text("again")])
        #expect(throws: DatabaseFile.Failure.self) { try DatabaseFile.write([Self.info, twice], to: path, userVersion: 2) }
        do {
            try DatabaseFile.write([Self.info, twice], to: path, userVersion: 2)
        } catch {
            guard case .database(let why) = error.reason else { Issue.record("not a database failure: \(error)"); return }
            #expect(why.contains("UNIQUE"))
        }
        #expect(Self.bytes(path) == before)
        #expect(Self.files(in: dir) == ["kantor.sqlite"])
    }

    @Test func aFolderIsNotReplaced() throws {
        let dir = Self.freshFolder()
        #expect(mkdir(dir + "/kantor.sqlite", 0o755) == 0)
        #expect(throws: DatabaseFile.Failure(path: dir + "/kantor.sqlite", reason: .isDirectory)) {
            try DatabaseFile.write([Self.units], to: dir + "/kantor.sqlite", userVersion: 1)
        }
        #expect(Self.files(in: dir) == ["kantor.sqlite"])
    }

    @Test func aMissingFolderIsACannotWrite() throws {
        let path = Self.freshFolder() + "/no/such/kantor.sqlite"
        do {
            try DatabaseFile.write([Self.units], to: path, userVersion: 1)
            Issue.record("wrote into a missing folder")
        } catch {
            guard case .cannotWrite(let why) = error.reason else { Issue.record("\(error)"); return }
            #expect(why.contains("No such file"))
        }
    }

    @Test func theNewFileReplacesTheOldOne() throws {
        let path = Self.freshFolder() + "/kantor.sqlite"
        try DatabaseFile.write([Self.units], to: path, userVersion: 1)
        try DatabaseFile.write([Self.units, Self.info], to: path, userVersion: 2)
        let q = try DatabaseQueue(path: path)
        let (version, count) = try q.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"), try Int.fetchOne(db, sql: "SELECT count(*) FROM info"))
        }
        #expect(version == 2)
        #expect(count == 2)
    }

    @Test func theStatementQuotesNames() {
        let sql = DatabaseFile.createStatement(Self.info)
        #expect(sql.contains("\"from\" TEXT"))
        #expect(sql.contains("\"holder\" TEXT REFERENCES \"units\" (\"name\")"))
        #expect(sql.contains("PRIMARY KEY (\"name\")"))
        #expect(DatabaseFile.quote("a\"b") == "\"a\"\"b\"")
    }
}
