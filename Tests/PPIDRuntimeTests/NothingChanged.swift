import Testing
import PPIDSyntax
import PPIDModel
import PPIDRuntime

/// Runs statements one by one at the prompt (`runEntry`), as an officer types them: a step
/// with a code must fail with it and leave the digest, `register` and the whole registry as
/// they were; a step without one must succeed, and change the digest when `mustChange` says
/// so. Returns how many steps failed as expected.
func runNothingChangedSteps<R: Equatable>(_ rt: Interpreter, _ steps: [(text: String, code: String?)],
                                          register name: String, _ register: (Registry) -> R,
                                          mustChange: (String) -> Bool = { _ in false }) -> Int {
    var failures = 0
    for (i, step) in steps.enumerated() {
        let digest = rt.registry.digest()
        let rows = register(rt.registry)
        let registry = rt.registry
        let entry = rt.runEntry(SourceFile(path: "<step-\(i)>", text: step.text + "\n"))
        if let code = step.code {
            failures += 1
            let got = entry.failure?.diagnostics.first?.code.rawValue
            #expect(got == code, "\(step.text): expected \(code), got \(got ?? "success")")
            #expect(rt.registry.digest() == digest, "\(step.text) changed the digest")
            #expect(register(rt.registry) == rows, "\(step.text) changed the \(name) register")
            #expect(rt.registry == registry, "\(step.text) changed the registry")
        } else {
            #expect(entry.failure == nil, "\(step.text) failed: \(entry.failure?.diagnostics.first?.message ?? "")")
            if mustChange(step.text) {
                #expect(rt.registry.digest() != digest, "\(step.text) succeeded but changed nothing")
            }
        }
    }
    return failures
}
