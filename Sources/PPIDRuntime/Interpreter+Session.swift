/// What the interactive prompt needs to see of a session beyond the registers.
extension Interpreter {
    /// Turns following the wall clock on or off. The prompt starts following it (it then
    /// sets the clock before each entry); `at DATE` turns it off and `at now` on again.
    public func setFollowWallClock(_ on: Bool) { followWallClock = on }

    /// The names of the variables declared with `let` at the top level (for completion).
    public var variableNames: [String] { globalNames.keys.sorted() }

    /// The names of the functions declared with `fn` (for completion).
    public var functionNames: [String] { functions.keys.sorted() }
}
