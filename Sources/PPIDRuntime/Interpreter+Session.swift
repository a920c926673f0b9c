import PPIDModel
import PPIDText

/// What the interactive prompt needs to see of a session beyond the registers.
extension Interpreter {
    /// Turns following the wall clock on or off. The prompt starts following it (it then
    /// sets the clock before each entry); `at DATE` turns it off and `at now` on again.
    public func setFollowWallClock(_ on: Bool) { followWallClock = on }

    /// The names of the variables declared with `let` at the top level (for completion).
    public var variableNames: [String] { globalNames.keys.sorted() }

    /// Sets the session's actor (`as NAME`, a role meaning its one holder) or, with nil,
    /// clears it. Not recorded: the prompt writes the `as` line its record needs.
    public func act(as name: String?) throws(ModelError) {
        if let name { try registry.setActor(name) } else { registry.clearActor() }
    }

    /// Why a change is refused when `changesNeedActor` is set and there is no actor.
    static let noActorForChange = ModelError(
        .actorUnset, Text(en: "no actor is set, so this change would be recorded as nobody's",
                          id: "pelaku belum ditetapkan, sehingga perubahan ini akan tercatat tanpa pelaku"),
        notes: [Text(en: "start the prompt with `ppid --as NAME`, or give your staff entry the `login` of your computer account",
                     id: "mulai prompt dengan `ppid --as NAMA`, atau isikan `login` akun komputer Anda pada entri `staff` Anda")])

    /// The names of the functions declared with `fn` (for completion).
    public var functionNames: [String] { functions.keys.sorted() }
}
