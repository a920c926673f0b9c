#if canImport(Glibc)
import Glibc
#endif
import PPIDModel
import PPIDRuntime
@testable import PPIDREPL

/// A fresh folder under /tmp for one test (tests run in parallel).
func temporaryDirectory() -> String {
    var template = Array("/tmp/ppid-repl-test-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buf -> Bool in
        guard let base = buf.baseAddress else { return false }
        return mkdtemp(base) != nil
    }
    guard made else { return "/tmp" }
    return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

func readText(_ path: String) -> String {
    String(decoding: FileSystem.read(path) ?? [], as: UTF8.self)
}

func writeText(_ path: String, _ text: String) {
    try? FileSystem.writeAtomically(path, Array(text.utf8))
}

/// What a session printed.
final class Captured {
    var out = ""
    var err = ""
}

/// A session on `journal` (or scratch), with a fixed wall clock when `wall` is given.
/// `configure` changes the rest (the actor from `--as`, the user name logins match).
func makeSession(journal: String? = nil, directory: String, interactive: Bool = true,
                 wall: DateTime? = nil, lines: [String] = [],
                 configure: (inout REPLConfiguration) -> Void = { _ in }) -> (REPLSession, Captured) {
    let captured = Captured()
    var c = REPLConfiguration()
    c.workingDirectory = directory
    c.journalPath = journal
    c.interactive = interactive
    if let wall { c.wallClock = { wall } }
    c.writeOut = { captured.out += $0 }
    c.writeErr = { captured.err += $0 }
    configure(&c)
    return (REPLSession(config: c, reader: ScriptedLineReader(lines)), captured)
}

/// A small office to start journals with.
let officeScript = """
unit kul "Subbagian Keuangan"
role ppid "PPID"
role atasan "Atasan PPID"
staff sri "Sri Wahyuni" { roles ppid; unit kul }
staff budi "Budi Santoso" { roles atasan; unit kul }
info lapkeu "Laporan Keuangan" { holder kul; responsible sri }
info dipa "DIPA" { holder kul }

"""

func dateTime(_ iso: String) -> DateTime {
    DateTime(iso: iso) ?? DateTime(minutes: 0)!
}
