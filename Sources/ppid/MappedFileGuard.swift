#if canImport(Glibc)
import Glibc
#endif
import PPIDText

/// A long script is mapped, not read (FileSystem.source): if another program cuts the file
/// short while ppid runs it, reading a page past the new end raises SIGBUS. This handler turns
/// that into a message and exit status 74 instead of a crash report. Nothing is half written
/// then: every file ppid writes goes to a temporary file that is renamed only when complete.
enum MappedFileGuard {
    /// The message, made before the signal can come (a handler may only write and exit).
    nonisolated(unsafe) private static var message: UnsafeMutableBufferPointer<UInt8>?
    /// The scripts mapped so far, which the message names.
    nonisolated(unsafe) private static var paths: [String] = []

    static func install(path: String) {
        paths.append(path)
        let names = paths.joined(separator: ", ")
        let text = Console.say(Text(
            en: "ppid: a script was cut short while ppid ran it (\(names)), so ppid stopped; files it wrote before are complete (run the script again once the file is whole)",
            id: "ppid: skrip terpotong saat dijalankan (\(names)), jadi ppid berhenti; berkas yang sudah ditulis tetap utuh (jalankan lagi skripnya setelah berkasnya utuh)")) + "\n"
        let bytes = Array(text.utf8)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
        // The old message stays allocated: a signal arriving now may still be writing it.
        message = buffer
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            if let m = MappedFileGuard.message { _ = write(2, m.baseAddress, m.count) }
            _exit(74)
        }
        sigemptyset(&action.sa_mask)
        sigaction(SIGBUS, &action, nil)
    }
}
