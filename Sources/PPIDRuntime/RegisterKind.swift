import PPIDModel

/// The registers a query can read (docs/language.md §12), with their fields.
public enum RegisterKind: String, CaseIterable, Sendable {
    case info, dip, dik, runs, steps, inbox, staff, roles, units, sops, holidays, log

    /// Every field a row of this register has, in the order `show` prints the main ones first.
    public var fields: [String] {
        switch self {
        case .info, .dip, .dik:
            return ["name", "title", "summary", "holder", "responsible", "made", "place", "formats", "retention",
                    "media", "class", "status", "documented", "basis", "consequence", "public_interest", "until",
                    "decree", "expired", "history"]
        case .runs: return ["name", "sop", "subjects", "step", "status", "started", "due", "overdue", "finished"]
        case .steps: return ["run", "step", "activity", "actor", "role", "started", "done", "due", "late", "outcome", "note"]
        case .inbox: return ["run", "step", "activity", "role", "due", "overdue", "sop", "started", "decision"]
        case .staff: return ["name", "full_name", "roles", "unit", "login"]
        case .roles: return ["name", "title", "holders"]
        case .units: return ["name", "title"]
        case .sops: return ["name", "title", "number", "steps"]
        case .holidays: return ["date", "name", "leave"]
        case .log: return ["seq", "at", "actor", "action", "subject", "detail"]
        }
    }

    /// The columns `show REG` prints.
    public var columns: [String] {
        switch self {
        case .info: return ["name", "title", "holder", "class", "status"]
        case .dip: return ["name", "title", "holder", "responsible", "made", "formats", "retention", "class"]
        case .dik: return ["name", "title", "holder", "basis", "consequence", "until", "expired"]
        case .runs: return ["name", "sop", "step", "status", "due", "overdue"]
        case .steps: return ["run", "step", "activity", "actor", "role", "done", "due", "late", "outcome", "note"]
        case .inbox: return ["run", "step", "activity", "due", "overdue"]
        case .staff: return ["name", "full_name", "roles", "unit"]
        case .roles: return ["name", "title", "holders"]
        case .units: return ["name", "title"]
        case .sops: return ["name", "title", "number", "steps"]
        case .holidays: return ["date", "name", "leave"]
        case .log: return ["seq", "at", "actor", "action", "subject", "detail"]
        }
    }

    /// The register whose rows a value of an entity kind belongs to (for `show` of a list).
    static func of(_ v: Value) -> RegisterKind? {
        switch v {
        case .entity(.item): return .info
        case .entity(.run): return .runs
        case .entity(.staff): return .staff
        case .entity(.role): return .roles
        case .entity(.unit): return .units
        case .entity(.sop): return .sops
        case .row(.step): return .steps
        case .row(.log): return .log
        case .row(.holiday): return .holidays
        default: return nil
        }
    }
}
