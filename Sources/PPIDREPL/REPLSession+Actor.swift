import PPIDSyntax
import PPIDModel
import PPIDRuntime
import PPIDText

/// The session's own actor: a prompt session starts
/// with no actor unless `--as NAME` is given or a staff member's `login` is the operating-
/// system user's; the actor is never inherited from the journal, and another session's `as`
/// never changes it. The record still gets the `as` lines a replay needs.
extension REPLSession {
    /// After the record replayed: the actor from `--as`, else the staff member whose login
    /// is the user's, else none (a new session has none of its own yet). Returns an exit code when `--as` names nobody.
    func chooseStartingActor() -> Int32? {
        if let name = config.actor {
            do {
                try rt.act(as: name)
            } catch {
                errProgram(Text(verbatim: "--as \(name): ") + error.text)
                return 64
            }
            actor = rt.registry.actor
            actorSource = .option
        } else if let user = config.userName, let member = rt.registry.staffMember(withLogin: user) {
            actor = member.name
            actorSource = .login
        }
        // Otherwise the session keeps the actor it has: none, or (training) what the trainee's
        // resumed statements left.
        applyActor()
        return nil
    }

    /// Puts this session's actor into the interpreter (after a replay left the record's).
    func applyActor() {
        guard rt.registry.actor != actor else { return }
        do {
            try rt.act(as: actor)
        } catch {
            // The person is no longer declared (an `:undo` took their staff entry back).
            actor = nil
            actorSource = .none
            try? rt.act(as: nil)
        }
    }

    /// Sets the interpreter's actor to the one the record ends with, so what another session
    /// appended replays as it was written.
    func actAsRecord() {
        guard rt.registry.actor != recordedActor else { return }
        try? rt.act(as: recordedActor)
    }

    /// Runs an entry's statements with this session's actor rules: a change stamped with no
    /// actor is refused when the record ends with one (a replay would stamp it with that
    /// actor). Afterwards the session's actor is what its statements left.
    func runEntryAsSession(_ file: SourceFile) -> Interpreter.EntryResult {
        rt.changesNeedActor = recordedActor != nil
        defer { rt.changesNeedActor = false }
        return rt.runEntry(file)
    }

    /// Notes, for `:undo`, the actor before each statement just recorded (`units` from
    /// `firstUnit` on), starting from `before`.
    func noteActorsBefore(units firstUnit: Int, before: String?) {
        guard firstUnit < units.count else { return }
        var running = (actor: before, source: actorSource)
        for unit in units[firstUnit...] {
            actorBeforeUnit[unit.offset] = running
            if let name = Self.actedAs(unit.text) {
                let r = rt.registry
                let person = r.staffMember(named: name) != nil ? name : r.holders(of: name).first
                running = (person, .statement)
            }
        }
    }

    /// Takes the session's actor after an entry: changed only by its own statements.
    func takeActorAfterEntry(before: String?) {
        guard rt.registry.actor != before else { return }
        actor = rt.registry.actor
        actorSource = .statement
    }

    /// The registers' digest as a replay of the record sees them: with no actor of its own,
    /// the session's registers are the record's but for the actor the record ends with.
    func recordDigest() -> String {
        guard rt.registry.actor == nil, let recorded = recordedActor else { return rt.registry.digest() }
        var r = rt.registry
        try? r.setActor(recorded)
        return r.digest()
    }

    /// The NAME of an `as NAME` statement's text, else nil.
    static func actedAs(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count >= 2, words[0] == "as" else { return nil }
        let name = words[1].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }

    /// `actor: sri (Sri Wahyuni, ppid) — from login`, or how to set one.
    func actorDescription() -> Text {
        guard let name = actor else {
            return Text(en: "actor: none — use `as NAME` or start with `ppid --as NAME`",
                        id: "pelaku: belum ada — gunakan `as NAMA` atau mulai dengan `ppid --as NAMA`")
        }
        var who = name
        if let member = rt.registry.staffMember(named: name) {
            who += " (" + ([member.fullName] + member.roles).joined(separator: ", ") + ")"
        }
        switch actorSource {
        case .login: return Text(en: "actor: \(who) — from login; `as NAME` changes it", id: "pelaku: \(who) — dari login; `as NAMA` menggantinya")
        case .option: return Text(en: "actor: \(who) — from --as; `as NAME` changes it", id: "pelaku: \(who) — dari --as; `as NAMA` menggantinya")
        case .statement, .none: return Text(en: "actor: \(who); `as NAME` changes it", id: "pelaku: \(who); `as NAMA` menggantinya")
        }
    }
}
