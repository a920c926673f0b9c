import PPIDRuntime

/// Where a session records its state-changing statements: the workspace journal on disk,
/// or memory for a scratch session (`:save` writes it out). Both are append-only scripts
/// with a lock, so the session's journal logic is the same for either.
protocol SessionLog: AnyObject {
    /// Takes the exclusive lock, calling `whileWaiting` first when another holds it; false
    /// when interrupted while waiting.
    func lock(whileWaiting: () -> Void) throws(JournalFile.Failure) -> Bool
    func unlock()
    func size() throws(JournalFile.Failure) -> Int
    /// The bytes from `offset` to the end.
    func read(from offset: Int) throws(JournalFile.Failure) -> [UInt8]
    /// Appends whole statements, durably.
    func append(_ bytes: [UInt8]) throws(JournalFile.Failure)
    func truncate(to length: Int) throws(JournalFile.Failure)
}

extension JournalFile: SessionLog {}

/// The record of a scratch session.
final class MemoryLog: SessionLog {
    private(set) var bytes: [UInt8] = []
    func lock(whileWaiting: () -> Void) -> Bool { true }
    func unlock() {}
    func size() -> Int { bytes.count }
    func read(from offset: Int) -> [UInt8] { offset < bytes.count ? Array(bytes[max(0, offset)...]) : [] }
    func append(_ more: [UInt8]) { bytes.append(contentsOf: more) }
    func truncate(to length: Int) { if length < bytes.count { bytes.removeSubrange(max(0, length)...) } }
}
