/// What another mode adds to the prompt (training mode, `ppid train`): its own prompt
/// text, colon commands of its own, and a look at the state after every entry. Without a
/// delegate the prompt behaves as it always does.
protocol REPLSessionDelegate: AnyObject {
    /// The prompt for a new entry (the continuation prompt stays `...> `).
    func promptText(for session: REPLSession) -> String
    /// Runs a colon command before the prompt's own; true when it was handled.
    func session(_ session: REPLSession, runColonCommand name: String, _ argument: String) -> Bool
    /// Called after each whole entry (statements or a colon command) has run.
    func sessionDidFinishEntry(_ session: REPLSession)
}
