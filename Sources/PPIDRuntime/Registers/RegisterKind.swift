import PPIDModel

/// The registers a query can read (docs/language.md §12): the identity of a register.
/// What a register holds (its rows and fields) is its `RegisterSpec`.
public enum RegisterKind: String, CaseIterable, Sendable {
    case info, dip, dik, runs, steps, inbox, staff, roles, units, sops, holidays, log, requests, objections

    /// The register's schema.
    public var spec: RegisterSpec { RegisterSpec.byKind[Int(index)] }

    /// The position in `allCases` (and in `RegisterSpec.byKind`).
    var index: UInt8 {
        switch self {
        case .info: 0
        case .dip: 1
        case .dik: 2
        case .runs: 3
        case .steps: 4
        case .inbox: 5
        case .staff: 6
        case .roles: 7
        case .units: 8
        case .sops: 9
        case .holidays: 10
        case .log: 11
        case .requests: 12
        case .objections: 13
        }
    }

    /// The register whose rows a value of an entity kind belongs to (for its fields, and `show` of a list).
    static func of(_ v: Value) -> RegisterKind? {
        switch v {
        case .entity(.item): return .info
        case .entity(.run): return .runs
        case .entity(.staff): return .staff
        case .entity(.role): return .roles
        case .entity(.unit): return .units
        case .entity(.sop): return .sops
        case .entity(.request): return .requests
        case .entity(.objection): return .objections
        case .row(.step): return .steps
        case .row(.log): return .log
        case .row(.holiday): return .holidays
        default: return nil
        }
    }
}
