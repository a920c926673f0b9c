import Testing
@testable import PPIDREPL

@Suite struct InputClassifierTests {
    @Test(arguments: [
        ("", InputClassifier.Kind.empty),
        ("\n", .empty),
        ("   # only a comment\n", .empty),
        ("show dip\n", .complete),
        ("count(dip)\n", .complete),
        ("let a = 1; let b = 2\n", .complete),
        ("info x \"T\" {\n", .needsMore),
        ("info x \"T\" {\n  holder kul\n", .needsMore),
        ("info x \"T\" {\n  holder kul\n}\n", .complete),
        ("count(info\n", .needsMore),
        ("count(info\n  where holder == kul)\n", .complete),
        ("let l = [1,\n", .needsMore),
        ("let l = [1,\n 2]\n", .complete),
        ("if true {\n  print 1\n} else {\n", .needsMore),
        ("let s = \"\"\"\nbaris satu\n", .needsMore),
        ("let s = \"\"\"\nbaris satu\n\"\"\"\n", .complete),
        // Real errors run at once (and are reported), they do not wait for more lines.
        ("show info where\n", .complete),
        ("print \"no closing quote\n", .complete),
        ("}\n", .complete),
        ("let x = 1 +\n", .complete),
        // An error inside a block that is still open waits for the block to close.
        ("info x \"T\" {\n  holder kul )\n", .needsMore),
        ("info x \"T\" {\n  holder kul )\n  retention 5 years\n", .needsMore),
        ("info x \"T\" {\n  holder kul )\n}\n", .complete),
        ("info x \"T\" {\n  holder = = kul\n", .needsMore),
        ("if true {\n  print (1 +\n", .needsMore),
        ("if true {\n  print \"}\" ]\n", .needsMore),
        ("let l = [1, 2)\n", .needsMore),
        ("let l = [1, 2)]\n", .complete),
    ])
    func classifies(_ text: String, _ expected: InputClassifier.Kind) {
        #expect(InputClassifier.classify(text) == expected, "\(text.debugDescription)")
    }

    @Test(arguments: [
        (":help classify\n", "help", "classify"),
        ("  :save  latihan.ppid  \n", "save", "latihan.ppid"),
        (":undo\n", "undo", ""),
        (":mode pager off\n", "mode", "pager off"),
    ])
    func colonCommands(_ text: String, _ name: String, _ argument: String) {
        #expect(InputClassifier.classify(text) == .colonCommand(name: name, argument: argument))
    }

    @Test func explicitAtIsSeen() {
        #expect(InputClassifier.startsWithExplicitAt("at 2024-04-01T09:00\n"))
        #expect(InputClassifier.startsWithExplicitAt("at 2024-04-01; show dip\n"))
        #expect(!InputClassifier.startsWithExplicitAt("at now\n"))
        #expect(!InputClassifier.startsWithExplicitAt("show dip; at 2024-04-01\n"))
    }

    @Test func atNowIsRecognised() {
        #expect(InputClassifier.isAtNow("at now"))
        #expect(InputClassifier.isAtNow("at   now"))
        #expect(!InputClassifier.isAtNow("at 2024-04-01"))
        #expect(!InputClassifier.isAtNow("print now"))
    }
}
