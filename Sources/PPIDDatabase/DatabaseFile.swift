#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GRDB

/// Writes SQLite files from table descriptions.
///
/// The whole file is written in one transaction to a temporary file beside the target,
/// which then replaces the target with one `rename`: a reader sees the old database or the
/// new one, and a failure (a full disk, a bad row) leaves the old file as it was.
public enum DatabaseFile {
    /// Why a database could not be written. The runtime words it for the user.
    public struct Failure: Error, Sendable, Equatable {
        public enum Reason: Sendable, Equatable {
            /// The target is a folder.
            case isDirectory
            /// The disk (or the user's quota) is full.
            case diskFull
            /// The temporary file could not be made or renamed: the system's reason.
            case cannotWrite(String)
            /// SQLite refused a statement (a bug in the descriptions, such as a repeated key).
            case database(String)
        }
        public let path: String
        public let reason: Reason
    }

    /// Writes `tables` as a new SQLite file at `path`, replacing any file there.
    ///
    /// - Parameters:
    ///   - tables: created in order, each with its rows; foreign keys are declared but not
    ///     enforced while writing, so the order of the tables does not matter.
    ///   - path: the target; its folder must exist.
    ///   - userVersion: written as `PRAGMA user_version` (the export format's version).
    public static func write(_ tables: [DatabaseTable], to path: String, userVersion: Int32) throws(Failure) {
        var st = stat()
        if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { throw Failure(path: path, reason: .isDirectory) }
        let tmp = try temporaryFile(for: path)
        do {
            var config = Configuration()
            config.foreignKeysEnabled = false
            config.label = "ppid export"
            let queue = try DatabaseQueue(path: tmp, configuration: config)
            try queue.write { db in
                try db.execute(sql: "PRAGMA user_version = \(userVersion)")
                for t in tables { try create(t, in: db) }
            }
            try queue.close()
        } catch {
            remove(tmp)
            if let e = error as? DatabaseError {
                if e.resultCode == .SQLITE_FULL { throw Failure(path: path, reason: .diskFull) }
                // The disk refused a write (a file size limit, a failing disk): a system failure.
                if e.resultCode == .SQLITE_IOERR || e.resultCode == .SQLITE_CANTOPEN || e.resultCode == .SQLITE_READONLY {
                    throw Failure(path: path, reason: .cannotWrite(e.message ?? "\(e.resultCode)"))
                }
                throw Failure(path: path, reason: .database(e.message ?? "\(e.resultCode)"))
            }
            throw Failure(path: path, reason: .database("\(error)"))
        }
        if rename(tmp, path) != 0 {
            let failure = systemFailure(path)
            remove(tmp)
            throw failure
        }
    }

    /// `CREATE TABLE`, its indexes, and the rows, with one prepared `INSERT`.
    static func create(_ t: DatabaseTable, in db: Database) throws {
        try db.execute(sql: createStatement(t))
        for (i, cols) in t.indexes.enumerated() {
            try db.execute(sql: "CREATE INDEX \(quote("\(t.name)_\(i + 1)")) ON \(quote(t.name)) (\(cols.map(quote).joined(separator: ", ")))")
        }
        guard !t.rows.isEmpty else { return }
        let marks = Array(repeating: "?", count: t.columns.count).joined(separator: ", ")
        let insert = try db.makeStatement(sql: "INSERT INTO \(quote(t.name)) VALUES (\(marks))")
        for row in t.rows {
            try insert.execute(arguments: StatementArguments(row.map(\.databaseValue)))
        }
    }

    /// The table's `CREATE TABLE` statement (names always quoted: `from` is a field name).
    public static func createStatement(_ t: DatabaseTable) -> String {
        var parts: [String] = t.columns.map { c in
            var s = "\(quote(c.name)) \(c.type.rawValue)"
            if !c.nullable { s += " NOT NULL" }
            if let r = c.references { s += " REFERENCES \(quote(r.table)) (\(quote(r.column)))" }
            return s
        }
        if !t.primaryKey.isEmpty { parts.append("PRIMARY KEY (\(t.primaryKey.map(quote).joined(separator: ", ")))") }
        return "CREATE TABLE \(quote(t.name)) (\n  " + parts.joined(separator: ",\n  ") + "\n)"
    }

    /// An SQL identifier in double quotes.
    static func quote(_ name: String) -> String {
        "\"" + String(name.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }) + "\""
    }

    /// A new empty file beside `path` (an empty file is an empty SQLite database), with the
    /// mode a new file gets, named so that no one can guess or plant it (`mkstemp`).
    static func temporaryFile(for path: String) throws(Failure) -> String {
        var template = Array((path + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw systemFailure(path) }
        let mask = umask(0o022)
        umask(mask)
        fchmod(fd, 0o644 & ~mask)
        close(fd)
        return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The failure `errno` describes.
    static func systemFailure(_ path: String) -> Failure {
        let code = errno
        if code == ENOSPC || code == EDQUOT { return Failure(path: path, reason: .diskFull) }
        if code == EISDIR { return Failure(path: path, reason: .isDirectory) }
        return Failure(path: path, reason: .cannotWrite(String(cString: strerror(code))))
    }

    /// Removes the temporary file and a journal SQLite may have left beside it.
    static func remove(_ tmp: String) {
        unlink(tmp)
        unlink(tmp + "-journal")
    }
}

extension DatabaseTable.Cell {
    var databaseValue: DatabaseValue {
        switch self {
        case .text(let s): return s.databaseValue
        case .integer(let i): return i.databaseValue
        case .real(let d): return d.databaseValue
        case .null: return .null
        }
    }
}
