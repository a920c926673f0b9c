/// A small pull scanner for the XML parts of an XLSX file: start tags with their attributes,
/// end tags and text, entities decoded. It is no validating parser; it reads the subset
/// spreadsheets write (no DTDs) and stops with an error at anything it cannot read, never
/// looping: every step moves forward through the bytes.
///
/// Namespace prefixes are dropped (`x:c` is `c`): spreadsheets use one namespace per part.
struct XMLScanner {
    enum Event {
        /// `<name a="1">`; `selfClosing` for `<name/>` (no end event follows).
        case start(name: String, attributes: XMLAttributes, selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    let bytes: [UInt8]
    var i = 0
    let part: String

    init(_ bytes: [UInt8], part: String) {
        self.bytes = bytes
        self.part = part
    }

    /// The next event, nil at the end of the part.
    mutating func next() throws(SheetError) -> Event? {
        let n = bytes.count
        while i < n {
            if bytes[i] != 0x3C { // text up to the next '<'
                let s = i
                while i < n && bytes[i] != 0x3C { i += 1 }
                return .text(try decode(bytes[s..<i]))
            }
            // bytes[i] == '<'
            if starts("<?") { try skip(past: "?>"); continue }
            if starts("<!--") { try skip(past: "-->"); continue }
            if starts("<![CDATA[") {
                i += 9
                let s = i
                try skip(past: "]]>")
                return .text(String(decoding: bytes[s..<(i - 3)], as: UTF8.self))
            }
            if starts("<!") { try skip(past: ">"); continue }
            if starts("</") {
                i += 2
                let name = readName()
                skipSpace()
                guard i < n && bytes[i] == 0x3E else { throw bad("an end tag is not closed") }
                i += 1
                return .end(name: name)
            }
            i += 1
            let name = readName()
            guard !name.isEmpty else { throw bad("a tag has no name") }
            // The attributes are checked here and decoded only when asked for: a worksheet's
            // cells carry three each, and building a dictionary per cell was most of the reading.
            let attributesStart = i
            while true {
                skipSpace()
                guard i < n else { throw bad("a tag is not closed") }
                if bytes[i] == 0x3E {
                    let attributes = XMLAttributes(bytes[attributesStart..<i])
                    i += 1
                    return .start(name: name, attributes: attributes, selfClosing: false)
                }
                if bytes[i] == 0x2F {
                    guard i + 1 < n && bytes[i + 1] == 0x3E else { throw bad("'/' inside a tag") }
                    let attributes = XMLAttributes(bytes[attributesStart..<i])
                    i += 2
                    return .start(name: name, attributes: attributes, selfClosing: true)
                }
                let keyStart = i
                _ = XMLScanner.nameEnd(bytes, from: &i)
                guard i > keyStart else { throw bad("a tag has an unreadable attribute") }
                skipSpace()
                guard i < n && bytes[i] == 0x3D else { throw bad("an attribute has no value") }
                i += 1
                skipSpace()
                guard i < n, bytes[i] == 0x22 || bytes[i] == 0x27 else { throw bad("an attribute value is not quoted") }
                let quote = bytes[i]
                i += 1
                let s = i
                while i < n && bytes[i] != quote { i += 1 }
                guard i < n else { throw bad("an attribute value is not closed") }
                if bytes[s..<i].contains(0x26) { _ = try XMLScanner.decode(bytes[s..<i], part: part) }
                i += 1
            }
        }
        return nil
    }

    /// The text up to the end tag of the element just opened (nested tags' text included,
    /// for `<is><t>…</t></is>`); the scanner then stands after that end tag.
    mutating func text(until end: String) throws(SheetError) -> String {
        var out = ""
        var depth = 0
        while let e = try next() {
            switch e {
            case .text(let t): out += t
            case .start(_, _, let selfClosing): if !selfClosing { depth += 1 }
            case .end(let name):
                if depth == 0 {
                    guard name == end else { throw bad("</\(name)> where </\(end)> was expected") }
                    return out
                }
                depth -= 1
            }
        }
        throw bad("<\(end)> is never closed")
    }

    private func starts(_ s: StaticString) -> Bool {
        let count = s.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        let p = s.utf8Start
        for k in 0..<count where bytes[i + k] != p[k] { return false }
        return true
    }

    private mutating func skip(past s: StaticString) throws(SheetError) {
        while i < bytes.count {
            if starts(s) { i += s.utf8CodeUnitCount; return }
            i += 1
        }
        throw bad("the part ends inside a comment or declaration")
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    /// The element or attribute name at `i`, without its namespace prefix (`x:c` is `c`).
    private mutating func readName() -> String {
        let local = XMLScanner.nameEnd(bytes, from: &i)
        return String(decoding: bytes[local..<i], as: UTF8.self)
    }

    /// Moves `i` past the name standing there; returns where its local part (after the last
    /// ':') begins.
    static func nameEnd(_ bytes: [UInt8], from i: inout Int) -> Int {
        var local = i
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x3E || b == 0x2F || b == 0x3D || b == 0x3C { break }
            i += 1
            if b == 0x3A { local = i }
        }
        return local
    }

    /// Decodes `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` and character references.
    func decode(_ s: ArraySlice<UInt8>) throws(SheetError) -> String {
        try XMLScanner.decode(s, part: part)
    }

    static func decode(_ s: ArraySlice<UInt8>, part: String) throws(SheetError) -> String {
        guard s.contains(0x26) else { return String(decoding: s, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var k = s.startIndex
        while k < s.endIndex {
            let b = s[k]
            guard b == 0x26 else { out.append(b); k += 1; continue }
            guard let semi = s[k...].prefix(12).firstIndex(of: 0x3B) else { throw bad("an '&' that starts no entity", part: part) }
            let entity = String(decoding: s[(k + 1)..<semi], as: UTF8.self)
            switch entity {
            case "amp": out.append(0x26)
            case "lt": out.append(0x3C)
            case "gt": out.append(0x3E)
            case "quot": out.append(0x22)
            case "apos": out.append(0x27)
            default:
                var code: UInt32?
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") { code = UInt32(entity.dropFirst(2), radix: 16) }
                else if entity.hasPrefix("#") { code = UInt32(entity.dropFirst(1)) }
                guard let c = code, let scalar = Unicode.Scalar(c) else { throw bad("an unknown entity &\(entity);", part: part) }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            }
            k = semi + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    func bad(_ what: String) -> SheetError { XMLScanner.bad(what, part: part) }

    static func bad(_ what: String, part: String) -> SheetError {
        .malformed(.init(en: "the workbook's part \(part) is not readable XML (\(what))",
                         id: "bagian \(part) dari buku kerja bukan XML yang dapat dibaca (\(what))"))
    }
}
