import PPIDRuntime

/// Building the interpreter the commands share.
enum Session {
    /// An interpreter printing to stdout, in the command line's language until a script's
    /// `option language` says otherwise.
    static func interpreter() -> Interpreter {
        let rt = Interpreter(workingDirectory: FileSystem.currentDirectory(), output: { Console.out($0) })
        rt.language = Console.language
        return rt
    }
}
