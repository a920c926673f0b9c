#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import PPIDSyntax
import PPIDRuntime
import PPIDText

/// Reading the files named on the command line.
enum ScriptLoading {
    /// The text of a script: a file, or standard input for "-".
    static func source(_ path: String) throws(ExitCode) -> SourceFile {
        if path == "-" {
            var bytes: [UInt8] = []
            var buf = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = buf.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                bytes.append(contentsOf: buf[0..<n])
            }
            return SourceFile(path: "<stdin>", bytes: bytes)
        }
        guard let bytes = FileSystem.source(path) else {
            Console.err(Console.say(FileSystem.isDirectory(path)
                ? Text(en: "ppid: cannot read \(path): it is a folder", id: "ppid: tidak dapat membaca \(path): ini sebuah folder, bukan berkas")
                : Text(en: "ppid: cannot read \(path): no such file", id: "ppid: tidak dapat membaca \(path): berkas tidak ada")))
            throw ExitCode(66)
        }
        if bytes.isMapped { MappedFileGuard.install(path: path) }
        return SourceFile(path: path, source: bytes)
    }

    /// Fails with exit code 66 unless `path`, given with --load, is a file that can be read.
    static func requireLoad(_ path: String) throws(ExitCode) {
        if !FileSystem.isDirectory(path) && access(path, R_OK) == 0 { return }
        let why = FileSystem.isDirectory(path) ? Text(en: "it is a folder", id: "ini sebuah folder, bukan berkas")
            : FileSystem.exists(path) ? Text(en: "it cannot be read", id: "berkas tidak dapat dibaca") : Text(en: "no such file", id: "berkas tidak ada")
        Console.err(Console.say(Text(en: "ppid: cannot load \(path) (given with --load): \(why)", id: "ppid: tidak dapat memuat \(path) (dari --load): \(why)")))
        throw ExitCode(66)
    }

}
