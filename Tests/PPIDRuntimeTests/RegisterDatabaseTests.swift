import Testing
import PPIDDatabase
@testable import PPIDRuntime

/// The tables of `export registers` come from the registers' schemas: every field declares
/// its type, every key is a column, every reference a register keyed by name.
struct RegisterDatabaseTests {
    static func tables() -> [DatabaseTable] {
        let rt = Interpreter(workingDirectory: "/tmp", output: { _ in })
        return rt.databaseTables(RegisterKind.allCases.map { ($0, []) })
    }

    @Test func everyRegisterIsATableAndMetaComesFirst() {
        let t = Self.tables()
        #expect(t.map(\.name) == ["meta"] + RegisterKind.allCases.map(\.rawValue))
        #expect(t.first?.primaryKey == ["key"])
    }

    @Test(arguments: RegisterKind.allCases)
    func theKeysAreColumnsAndTheColumnsAreTheFields(_ k: RegisterKind) throws {
        let rt = Interpreter(workingDirectory: "/tmp", output: { _ in })
        let table = rt.databaseTable(k, rows: [], present: Set(RegisterKind.allCases))
        let names = table.columns.map(\.name)
        #expect(names == k.spec.fields.filter { $0.type != .omitted }.map(\.name))
        for key in table.primaryKey {
            #expect(table.columns.first { $0.name == key }?.nullable == false, "\(k).\(key)")
        }
        for index in table.indexes { #expect(index.allSatisfy(names.contains), "\(k): \(index)") }
        for c in table.columns {
            guard let r = c.references else { continue }
            let target = try #require(RegisterKind(rawValue: r.table), "\(k).\(c.name) → \(r.table)")
            #expect(RegisterDatabase.keys(target).primary == [r.column], "\(k).\(c.name)")
        }
    }

    @Test func typesComeFromTheSchema() {
        let rt = Interpreter(workingDirectory: "/tmp", output: { _ in })
        let info = rt.databaseTable(.info, rows: [], present: [.info, .units, .staff])
        let type = Dictionary(uniqueKeysWithValues: info.columns.map { ($0.name, $0.type) })
        #expect(type["made"] == .date && type["documented"] == .boolean && type["formats"] == .text && type["title"] == .text)
        #expect(info.columns.first { $0.name == "holder" }?.references?.table == "units")
        #expect(!info.columns.contains { $0.name == "history" })
        // Alone, a register refers to nothing: its references' tables are not there.
        let alone = rt.databaseTable(.info, rows: [], present: [.info])
        #expect(alone.columns.allSatisfy { $0.references == nil })
        let requests = rt.databaseTable(.requests, rows: [], present: Set(RegisterKind.allCases))
        #expect(requests.columns.first { $0.name == "received" }?.type == .dateTime)
        #expect(requests.columns.first { $0.name == "cost" }?.type == .integer)
    }

    @Test func valuesBecomeCellsOfTheirColumn() {
        let rt = Interpreter(workingDirectory: "/tmp", output: { _ in })
        #expect(rt.databaseCell(f: .bool, .bool(true)) == .integer(1))
        #expect(rt.databaseCell(f: .list, .list([.string("softcopy"), .string("a \"b\"")])) == .text("[\"softcopy\", \"a \\\"b\\\"\"]"))
        #expect(rt.databaseCell(f: .text, .null) == .null)
        #expect(rt.databaseCell(f: .integer, .int(5000)) == .integer(5000))
    }

    @Test func databaseFileNames() {
        #expect(RegisterDatabase.isDatabasePath("/a/kantor.sqlite") && RegisterDatabase.isDatabasePath("k.DB") && RegisterDatabase.isDatabasePath("k.sqlite3"))
        #expect(!RegisterDatabase.isDatabasePath("k.csv") && !RegisterDatabase.isDatabasePath("a.db/k") && !RegisterDatabase.isDatabasePath("sqlite"))
    }
}
