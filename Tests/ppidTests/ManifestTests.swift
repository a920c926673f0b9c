import Testing
import Foundation

/// `Package.swift` says what each target uses, and only that: every module a target's sources
/// import is among its declared dependencies, and every project target it declares is imported
/// by it. So the layering (Syntax → Runtime → REPL/CLI; the Model knows no syntax) can be read
/// off the manifest.
struct ManifestTests {
    /// The project's own modules and the products whose imports the manifest must declare.
    static let tracked: [String: String] = [
        "PPIDText": "PPIDText", "PPIDSyntax": "PPIDSyntax", "PPIDModel": "PPIDModel", "PPIDRender": "PPIDRender",
        "PPIDSheets": "PPIDSheets", "PPIDDatabase": "PPIDDatabase",
        "PPIDRuntime": "PPIDRuntime", "PPIDREPL": "PPIDREPL", "CEditLine": "CEditLine",
        "Crypto": "Crypto", "ArgumentParser": "ArgumentParser", "ZIPFoundation": "ZIPFoundation", "GRDB": "GRDB",
    ]

    /// Target name → declared dependencies, read from the manifest's text.
    static func declared(_ manifest: String = BinaryTests.root + "/Package.swift") throws -> [String: Set<String>] {
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
        var out: [String: Set<String>] = [:]
        let target = try Regex(#"\.(?:target|executableTarget|testTarget)\(\s*name:\s*"([A-Za-z]+)""#)
        let matches = text.matches(of: target)
        for (i, m) in matches.enumerated() {
            let name = String(m.output[1].substring ?? "")
            let end = i + 1 < matches.count ? matches[i + 1].range.lowerBound : text.endIndex
            let body = text[m.range.upperBound..<end]
            var deps: Set<String> = []
            for q in body.matches(of: try Regex(#""([A-Za-z]+)""#)) {
                let word = String(q.output[1].substring ?? "")
                if tracked[word] != nil { deps.insert(word) }
            }
            out[name] = deps
        }
        return out
    }

    /// The tracked modules imported by the Swift files under `folder`.
    static func imports(under folder: String) -> Set<String> {
        var out: Set<String> = []
        let fm = FileManager.default
        guard let walk = fm.enumerator(atPath: folder) else { return [] }
        for case let file as String in walk where file.hasSuffix(".swift") && !file.contains("/golden/") {
            guard let text = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ")
                guard let at = words.firstIndex(of: "import"), at + 1 < words.count,
                      words[..<at].allSatisfy({ $0.hasPrefix("@") }) else { continue }
                let module = String(words[at + 1])
                if tracked[module] != nil { out.insert(module) }
            }
        }
        return out
    }

    @Test("every target declares what it imports and imports what it declares")
    func manifestIsHonest() throws {
        let decl = try Self.declared()
        #expect(decl.count >= 12, "targets found in Package.swift: \(decl.keys.sorted())")
        for (target, deps) in decl where target != "CEditLine" {
            let folder = BinaryTests.root + (target.hasSuffix("Tests") ? "/Tests/" : "/Sources/") + target
            guard FileManager.default.fileExists(atPath: folder) else { continue }
            let used = Self.imports(under: folder).subtracting([target])
            #expect(used.subtracting(deps).isEmpty, "\(target) imports \(used.subtracting(deps).sorted()) without declaring them")
            // A test target may depend on the module it tests only through @testable import;
            // the executable test target depends on `ppid` to have it built.
            let projectDeps = deps.filter { $0.hasPrefix("PPID") || $0 == "CEditLine" }
            #expect(projectDeps.subtracting(used).isEmpty, "\(target) declares \(projectDeps.subtracting(used).sorted()) but never imports them")
        }
    }

    @Test("the model knows no syntax and the renderers know neither")
    func layersPointOneWay() throws {
        let decl = try Self.declared()
        #expect(decl["PPIDModel"]?.contains("PPIDSyntax") == false)
        #expect(decl["PPIDRender"]?.isDisjoint(with: ["PPIDSyntax", "PPIDModel", "PPIDRuntime"]) == true)
        #expect(decl["PPIDSyntax"] == ["PPIDText"])
        #expect(decl["PPIDRuntime"]?.contains("PPIDREPL") == false)
        for plain in ["PPIDSheets", "PPIDDatabase"] {
            #expect(decl[plain]?.isDisjoint(with: ["PPIDSyntax", "PPIDModel", "PPIDRuntime", "PPIDRender"]) == true, "\(plain)")
        }
    }

    /// scripts/fuzz/ builds the library modules from their own sources (symlinks) with its own
    /// manifest: each module the fuzz target needs must be declared there as here, or
    /// `scripts/fuzz/run.sh` stops building when a module gains a dependency.
    @Test("the fuzz package declares the library modules as the main package does")
    func fuzzPackageKeepsInStep() throws {
        let main = try Self.declared()
        let fuzz = try Self.declared(BinaryTests.root + "/scripts/fuzz/Package.swift")
        var needed: Set<String> = ["PPIDRuntime"]
        var queue = ["PPIDRuntime"]
        while let t = queue.popLast() {
            for d in main[t] ?? [] where d.hasPrefix("PPID") && needed.insert(d).inserted { queue.append(d) }
        }
        for t in needed.sorted() {
            #expect(fuzz[t] == main[t], "scripts/fuzz/Package.swift: \(t) depends on \(fuzz[t].map { $0.sorted() } ?? []), Package.swift says \(main[t]?.sorted() ?? [])")
            var isDir: ObjCBool = false
            let folder = BinaryTests.root + "/scripts/fuzz/Sources/" + t
            #expect(FileManager.default.fileExists(atPath: folder, isDirectory: &isDir) && isDir.boolValue, "\(folder) is missing (a symlink to Sources/\(t))")
        }
    }
}
