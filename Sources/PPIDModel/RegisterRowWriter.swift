/// What a register's rows are written with: the digest (`DigestWriter`, hashed) and the
/// journal snapshot (`SnapshotWriter`, read back). Rows both write the same way are written
/// once, generically (Registry+RowWriting.swift); each writer keeps its own encoding of every
/// value, so neither's bytes depend on the other's.
///
/// A plain value and an optional one are separate requirements: inside generic code a
/// `DateTime` must still reach the writer's `time(DateTime)`, not be promoted to an optional.
protocol RegisterRowWriter {
    mutating func tag(_ t: UInt8)
    mutating func int(_ v: Int)
    mutating func int(_ v: Int?)
    mutating func bool(_ b: Bool)
    mutating func str(_ s: String)
    mutating func str(_ s: String?)
    mutating func strs(_ list: [String])
    mutating func date(_ d: CivilDate)
    mutating func date(_ d: CivilDate?)
    mutating func time(_ t: DateTime)
    mutating func time(_ t: DateTime?)
    /// A period's deadline figures.
    mutating func figures(_ f: DeadlineFigures)
}

extension DigestWriter: RegisterRowWriter {
    mutating func figures(_ f: DeadlineFigures) {
        for n in f.named { int(n.days) }
    }
}

extension SnapshotWriter: RegisterRowWriter {
    mutating func tag(_ t: UInt8) { byte(t) }
    // The snapshot writes a plain date or time as an optional one (as it always has).
    mutating func date(_ d: CivilDate) { date(Optional(d)) }
    mutating func time(_ t: DateTime) { time(Optional(t)) }

    mutating func figures(_ f: DeadlineFigures) {
        int(f.answer); int(f.extension); int(f.objection); int(f.objectionAnswer); int(f.dispute)
    }
}
