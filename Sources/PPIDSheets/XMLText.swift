/// Text made safe for the XML parts of a workbook, written by hand (no XML library: libxml2
/// does not link into the static release binary).
enum XMLText {
    /// `s` escaped for element content and attribute values (`&`, `<`, `>`, `"`), with the
    /// characters XML 1.0 forbids left out (C0 controls other than tab and line feed,
    /// U+FFFE, U+FFFF), since a single one makes the whole file unreadable. A carriage
    /// return becomes a line feed: spreadsheets break lines in a cell with a line feed, and
    /// an XML reader would turn a raw CR into one anyway.
    ///
    /// With `spreadsheetEscapes`, an `_xHHHH_` already in the text gets its underscore
    /// written as `_x005F_`: spreadsheets read `_xHHHH_` in a cell's text as the character
    /// HHHH (ECMA-376 ST_Xstring), and the text must come back as it was.
    static func escape(_ s: String, spreadsheetEscapes: Bool = false) -> String {
        // Most cells need nothing: one pass over the bytes says so (0xEF starts U+FFFE/FFFF).
        let plain = s.utf8.allSatisfy { b in
            b >= 0x20 ? (b != UInt8(ascii: "&") && b != UInt8(ascii: "<") && b != UInt8(ascii: ">")
                         && b != UInt8(ascii: "\"") && b != 0xEF && !(spreadsheetEscapes && b == UInt8(ascii: "_")))
                : (b == 0x09 || b == 0x0A)
        }
        if plain { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\r":
                out += "\n"
                if i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
            case "\t", "\n": out.unicodeScalars.append(c)
            case "_" where spreadsheetEscapes && startsEscape(scalars, at: i):
                out += "_x005F_"
            default:
                if isAllowed(c) { out.unicodeScalars.append(c) }
            }
            i += 1
        }
        return out
    }

    /// XML 1.0's Char production (tab, LF and CR are handled by the caller).
    static func isAllowed(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || (0x10000...0x10FFFF).contains(v)
    }

    /// True when `_xHHHH_` (four hex digits) starts at `i`.
    static func startsEscape(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 6 < s.count, s[i + 1] == "x", s[i + 6] == "_" else { return false }
        return s[(i + 2)...(i + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
