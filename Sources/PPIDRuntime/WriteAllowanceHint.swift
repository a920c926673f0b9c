import PPIDText

/// Which command line the note under a refused `export`/`render` names: the `--allow-write`
/// option that works where the user is, since `ppid run` and the prompt are started apart.
public enum WriteAllowanceHint: Sendable {
    /// A script run with `ppid run`.
    case run
    /// The prompt, piped input and `-e` (`ppid`, `ppid FILE.ppid`).
    case prompt
    /// Where no option allows another folder (training): no note.
    case none

    /// The note, or nil for none.
    public var note: Text? {
        switch self {
        case .run: Text(en: "to allow another folder, run with `ppid run --allow-write DIR`",
                        id: "untuk mengizinkan folder lain, jalankan dengan `ppid run --allow-write DIR`")
        case .prompt: Text(en: "to allow another folder, start ppid with `ppid --allow-write DIR`",
                           id: "untuk mengizinkan folder lain, mulai ppid dengan `ppid --allow-write DIR`")
        case .none: nil
        }
    }
}
