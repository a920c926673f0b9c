#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import PPIDSyntax
import PPIDRuntime

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
            return try valid(SourceFile(path: "<stdin>", bytes: bytes))
        }
        guard let bytes = FileSystem.read(path) else {
            Console.err("ppid: cannot read \(path): " + (FileSystem.isDirectory(path) ? "it is a folder" : "no such file"))
            throw ExitCode(66)
        }
        return try valid(SourceFile(path: path, bytes: bytes))
    }

    /// Rejects text that is not UTF-8, pointing at the first bad byte.
    static func valid(_ f: SourceFile) throws(ExitCode) -> SourceFile {
        guard let bad = firstInvalidUTF8(f.bytes) else { return f }
        // Show the line with the bad bytes replaced, so the message itself is valid text.
        let safe = SourceFile(path: f.path, bytes: f.bytes.map { $0 < 0x80 ? $0 : 0x3F })
        let d = Diagnostic(.invalidUTF8, "the file is not valid UTF-8 text (save it as UTF-8)", file: safe, range: SourceRange(bad, bad + 1))
        Console.report(ScriptFailure([d]))
        throw ExitCode(65)
    }

    /// The offset of the first byte that is not part of a valid UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        while i < b.count {
            let c = b[i]
            let n: Int
            if c < 0x80 { i += 1; continue }
            else if c >= 0xC2 && c <= 0xDF { n = 1 }
            else if c >= 0xE0 && c <= 0xEF { n = 2 }
            else if c >= 0xF0 && c <= 0xF4 { n = 3 }
            else { return i }
            guard i + n < b.count else { return i }
            for k in 1...n where (b[i + k] & 0xC0) != 0x80 { return i }
            // Overlong forms and surrogates: let the standard library decide for this sequence.
            if String(validating: b[i...(i + n)], as: UTF8.self) == nil { return i }
            i += n + 1
        }
        return nil
    }
}
