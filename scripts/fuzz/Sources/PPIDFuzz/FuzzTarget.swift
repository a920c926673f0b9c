import PPIDSyntax
import PPIDModel
import PPIDRuntime

/// The throwaway folder the fuzzed scripts run in: `export` and `render` refuse to write
/// anywhere else, and `load` resolves relative names against it. `run.sh` creates it
/// (with copies of the calendar and SOP scripts the seeds load, one level up).
let sandbox = "/tmp/ppid-fuzz-sandbox/wd"

/// libFuzzer's entry point: parse, resolve and run one input, once as a script
/// (`ppid run`, parsed ahead on a second thread when the input's length is odd) and once as
/// an entry typed at the prompt (the REPL's path).
///
/// Any outcome but a crash, a sanitizer report or a hang is fine: the script either runs
/// to the end or fails with diagnostics (a run computing for long is interrupted as Ctrl-C
/// would, Watchdog.swift). Output is discarded. Fresh interpreters per input
/// keep runs independent, so a crasher reproduces on its own.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))

    let script = Interpreter(workingDirectory: sandbox, output: { _ in })
    // Inputs of odd length are parsed on a second thread as long scripts are (ParseAhead),
    // so the fuzzer also reaches the run's thread handoff and its early stops.
    script.parseAheadMinimumBytes = size % 2 == 1 ? 0 : Int.max
    Watchdog.begin()
    defer { Watchdog.end() }
    do {
        try script.run(SourceFile(path: "<fuzz>", bytes: bytes))
    } catch {
        checkDiagnostics(error)
        // A script that ran into a size limit (10 M values, 100 MB of text) spent seconds under
        // ASan getting there; running it a second time would only turn it into a timeout.
        if error.diagnostics.first?.code == .limitExceeded { return 0 }
    }

    let prompt = Interpreter(workingDirectory: sandbox, output: { _ in })
    let before = prompt.registry
    Watchdog.begin()
    let entry = prompt.runEntry(SourceFile(path: "<prompt>", bytes: bytes))
    if let failure = entry.failure {
        checkDiagnostics(failure)
        // A statement that fails changes nothing: with nothing run before it, nothing changed.
        if entry.succeeded.isEmpty {
            precondition(prompt.registry == before, "a failed entry changed the registers")
        }
    }
    return 0
}

/// A failure has diagnostics, each pointing inside its file, and each can be printed.
func checkDiagnostics(_ failure: ScriptFailure) {
    precondition(!failure.diagnostics.isEmpty, "a ScriptFailure without diagnostics")
    precondition(failure.exitCode != 0, "a ScriptFailure with exit code 0")
    for d in failure.diagnostics {
        checkRange(d.range, in: d.file, what: "diagnostic \(d.code.rawValue)")
        for n in d.notes {
            if let f = n.file, let r = n.range { checkRange(r, in: f, what: "a note of \(d.code.rawValue)") }
        }
        // The signal that stops a statement running ahead of the check is never reported.
        precondition(!d.message.hasPrefix("stopped to check the rest"), "the run-ahead signal escaped as a diagnostic")
        // The CLI prints every diagnostic: rendering it must not trap either.
        _ = d.description
    }
}

/// A diagnostic must point inside its file (the caret line is drawn from the range).
func checkRange(_ r: SourceRange, in file: SourceFile, what: String) {
    precondition(r.start >= 0 && r.start <= r.end && r.end <= file.bytes.count,
                 "\(what) has range \(r.start)..<\(r.end) outside the \(file.bytes.count)-byte file \(file.path)")
}
