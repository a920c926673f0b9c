import PPIDModel

/// What to type to put a broken rule right. The Model states the rule in the officer's terms
/// and knows no statements; the runtime adds the statement as a `help:` line after the notes.
/// A rule without a statement to suggest has no hint.
enum RuleHint {
    /// The hint for `e`; `subject` (an item, a run, a year) fills the statement in.
    static func text(for e: ModelError) -> String? {
        let s = e.subject ?? "NAME"
        switch e.code {
        case .clockUnset: return "use `at DATE` first"
        case .actorUnset: return "use `as NAME` first"
        case .actorRoleUnheld: return "act as a person with `as NAME`, or give the role to someone: `staff NAME \"Full Name\" { roles \(s) }`"
        case .actorRoleShared: return "`as \(s)`, or `as` another holder"
        case .withdrawReason: return "`withdraw \(s) \"reason\"`"
        case .classifyPublished: return "`withdraw \(s) \"reason\"`, then `classify \(s) as dikecualikan { ... }`"
        case .exemptMissing: return "in the block: `basis \"Pasal 17 huruf h\"`, `consequence \"...\"` and `until DATE` or `for DURATION`"
        case .exemptPeriod: return "give the period once: `until DATE` or `for DURATION` (days, weeks, months or years)"
        case .runDecision: return "use `approve \(s)` or `reject \(s)`"
        case .runNotDecision: return "use `complete \(s)`"
        case .calendarUnknownYear:
            return "load \"scripts/calendar/id-\(s).ppid\" or declare its holidays, or use `option unknown_years workdays` to count Monday–Friday"
        default: return nil
        }
    }
}
