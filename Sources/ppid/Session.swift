import PPIDRuntime

/// Building the interpreter the commands share.
enum Session {
    static func interpreter() -> Interpreter {
        Interpreter(workingDirectory: FileSystem.currentDirectory(), output: { Console.out($0) })
    }
}
