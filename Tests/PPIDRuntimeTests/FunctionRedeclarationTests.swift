import Testing
import PPIDSyntax
import PPIDRuntime

/// Declaring a function again replaces its body in the one function object earlier calls
/// hold; an entry or statement that fails must put the old body back (a failed statement
/// changes nothing, docs/language.md §15), as must the check of the rest of a script.
struct FunctionRedeclarationTests {
    /// Entries at the prompt that do not compile, each declaring `f` again (with other
    /// parameters, or with a body that does not compile): `f()` still answers 1 after each.
    @Test(arguments: [
        "fn f() { return 2 }\nprint no_such_name\n",
        "fn f(a, b, c) { return a }\nprint no_such_name\n",
        "fn f() { let y = 2\n return no_such_name }\n",
    ])
    func aFailedEntryKeepsTheFunctionAsItWas(_ entry: String) {
        let (rt, out) = InterpreterTests.interpreter()
        #expect(rt.runEntry(SourceFile(path: "<t>", text: "fn f() { return 1 }\n")).failure == nil)
        #expect(rt.runEntry(SourceFile(path: "<t>", text: entry)).failure != nil)
        #expect(rt.runEntry(SourceFile(path: "<t>", text: "print f()\n")).failure == nil)
        #expect(out.lines == ["1"])
    }

    /// A script: the check of the rest (before the first print) compiles the later `fn`, and
    /// is undone; each call runs the body declared so far.
    @Test func theCheckOfTheRestLeavesEachBodyAsDeclaredSoFar() throws {
        let (rt, out) = InterpreterTests.interpreter()
        try rt.run(SourceFile(path: "<t>", text: """
            fn f() { return 1 }
            print f()
            let n = 10
            fn f() { return n + 1 }
            print f()

            """))
        #expect(out.lines == ["1", "11"])
    }
}
