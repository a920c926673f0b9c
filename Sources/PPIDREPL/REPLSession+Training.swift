import PPIDSyntax
import PPIDRuntime

/// What training mode needs of the prompt's record.
extension REPLSession {
    /// Starts the record again, holding `seed` (the exercise's setup as a script), for the
    /// interpreter now in `rt`: `:save` writes the setup too, and `:undo` replays it.
    func restartRecord(seed: String) {
        let memory = MemoryLog()
        let bytes = Array(seed.utf8)
        memory.append(bytes)
        log = memory
        units = []
        knownSize = 0
        knownLines = 0
        knownTail = []
        advanceKnown(by: bytes)
        recordedClock = rt.registry.clock
        recordedActor = rt.registry.actor
        // The trainee starts with no actor, whatever the setup's last `as` was.
        actor = nil
        actorSource = .none
        actorBeforeUnit = [:]
        applyActor()
        pending = []
    }

    /// Runs one statement quietly and records it as if typed (resuming saved progress).
    /// Returns its failure.
    func replayRecorded(_ text: String) -> ScriptFailure? {
        let before = (clock: rt.registry.clock, actor: rt.registry.actor)
        let result = quietly { runEntryAsSession(SourceFile(path: entryPath, text: text + "\n", firstLine: knownLines + 1)) }
        let firstUnit = units.count
        record(result.succeeded, clock: before.clock, actor: before.actor)
        noteActorsBefore(units: firstUnit, before: before.actor)
        takeActorAfterEntry(before: before.actor)
        return result.failure
    }
}
