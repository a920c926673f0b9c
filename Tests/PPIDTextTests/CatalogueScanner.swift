#if canImport(Glibc)
import Glibc
#endif

/// Reads every `Text(en: "...", id: "...")` in Swift sources: the catalogue of messages is
/// the set of these pairs, kept next to the rules that use them (docs/errors.md).
struct CatalogueScanner {
    struct Entry {
        let file: String
        let line: Int
        let en: String
        let id: String
        /// The values each text interpolates, label removed (`count: n, "row"` → `n`).
        let enPlaceholders: [String]
        let idPlaceholders: [String]
    }

    /// The entries of one source text, and the places where a `Text(en:` could not be read.
    static func entries(in source: String, file: String) -> (entries: [Entry], unreadable: [Int]) {
        let s = Array(source.utf8)
        let marker = Array("Text(en:".utf8)
        var out: [Entry] = [], bad: [Int] = []
        var i = 0
        while i + marker.count <= s.count {
            guard s[i..<(i + marker.count)].elementsEqual(marker) else { i += 1; continue }
            let line = 1 + s[..<i].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
            // A mention in a comment (`/// every Text(en:id:)`) is not a message.
            var lineStart = i
            while lineStart > 0, s[lineStart - 1] != 10 { lineStart -= 1 }
            if String(decoding: s[lineStart..<i], as: UTF8.self).contains("//") { i += marker.count; continue }
            var j = i + marker.count
            skipSpace(s, &j)
            guard let en = literal(s, &j) else { bad.append(line); i += marker.count; continue }
            skipSpace(s, &j)
            guard j < s.count, s[j] == UInt8(ascii: ",") else { bad.append(line); i = j; continue }
            j += 1
            skipSpace(s, &j)
            let idLabel = Array("id:".utf8)
            guard j + 3 <= s.count, s[j..<(j + 3)].elementsEqual(idLabel) else { bad.append(line); i = j; continue }
            j += 3
            skipSpace(s, &j)
            guard let id = literal(s, &j) else { bad.append(line); i = j; continue }
            out.append(Entry(file: file, line: line, en: en.text, id: id.text,
                             enPlaceholders: en.placeholders, idPlaceholders: id.placeholders))
            i = j
        }
        return (out, bad)
    }

    static func skipSpace(_ s: [UInt8], _ j: inout Int) {
        while j < s.count, s[j] == 32 || s[j] == 10 || s[j] == 9 || s[j] == 13 { j += 1 }
    }

    /// A string literal at `j` (`"..."` or `"""..."""`): its text with interpolations kept
    /// as written, and the interpolations' values.
    static func literal(_ s: [UInt8], _ j: inout Int) -> (text: String, placeholders: [String])? {
        guard j < s.count, s[j] == UInt8(ascii: "\"") else { return nil }
        let triple = j + 2 < s.count && s[j + 1] == UInt8(ascii: "\"") && s[j + 2] == UInt8(ascii: "\"")
        j += triple ? 3 : 1
        var text: [UInt8] = [], holes: [String] = []
        while j < s.count {
            let c = s[j]
            if c == UInt8(ascii: "\\") {
                guard j + 1 < s.count else { return nil }
                if s[j + 1] == UInt8(ascii: "(") {
                    var depth = 1, k = j + 2
                    var inString = false
                    while k < s.count, depth > 0 {
                        let d = s[k]
                        if inString {
                            if d == UInt8(ascii: "\\") { k += 1 } else if d == UInt8(ascii: "\"") { inString = false }
                        } else if d == UInt8(ascii: "\"") { inString = true }
                        else if d == UInt8(ascii: "(") { depth += 1 }
                        else if d == UInt8(ascii: ")") { depth -= 1 }
                        k += 1
                    }
                    guard depth == 0 else { return nil }
                    let inner = String(decoding: s[(j + 2)..<(k - 1)], as: UTF8.self)
                    holes.append(placeholderKey(inner))
                    text += Array("{}".utf8)
                    j = k
                    continue
                }
                text += s[j...(j + 1)]
                j += 2
                continue
            }
            if c == UInt8(ascii: "\"") {
                if !triple { j += 1; return (String(decoding: text, as: UTF8.self), holes) }
                if j + 2 < s.count, s[j + 1] == UInt8(ascii: "\""), s[j + 2] == UInt8(ascii: "\"") {
                    j += 3
                    return (String(decoding: text, as: UTF8.self), holes)
                }
            }
            if c == 10, !triple { return nil }
            text.append(c)
            j += 1
        }
        return nil
    }

    /// The value an interpolation shows: `count: n, "row"` → `n`, `raw: x.code` → `x.code`.
    static func placeholderKey(_ inner: String) -> String {
        var t = Substring(inner)
        if let colon = t.firstIndex(of: ":"), t[..<colon].allSatisfy({ $0.isLetter }), !t[..<colon].isEmpty {
            t = t[t.index(after: colon)...]
        }
        var depth = 0, end = t.endIndex, inString = false
        for idx in t.indices {
            let c = t[idx]
            if c == "\"" { inString.toggle() }
            if inString { continue }
            if c == "(" || c == "[" { depth += 1 }
            if c == ")" || c == "]" { depth -= 1 }
            if c == ",", depth == 0 { end = idx; break }
        }
        return t[..<end].trimmingSpaces
    }

    /// Every `.swift` file under `dir`.
    static func swiftFiles(under dir: String) -> [String] {
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var out: [String] = []
        while let e = readdir(d) {
            let name = withUnsafePointer(to: e.pointee.d_name) { p in
                p.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            let path = dir + "/" + name
            if e.pointee.d_type == UInt8(DT_DIR) { out += swiftFiles(under: path) }
            else if name.hasSuffix(".swift") { out.append(path) }
        }
        return out.sorted()
    }

    static func read(_ path: String) -> String? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { break }
            bytes += buf[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
