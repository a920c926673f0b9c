/// Reads a CSV file (RFC 4180) into rows of text cells.
///
/// Quoted fields may hold the separator, doubled quotes and line breaks; lines end with LF or
/// CRLF; a UTF-8 byte order mark is skipped. Excel in an Indonesian locale writes `;` between
/// fields (the comma is the decimal mark there), so the separator is whichever of `,` `;` and
/// tab occurs most often outside quotes in the header line.
public enum CSVReader {
    /// Reads `bytes` (the whole file). `name` becomes the sheet's name.
    public static func read(_ bytes: [UInt8], name: String, limits: SheetLimits = .standard) throws(SheetError) -> SheetRows {
        guard bytes.count <= limits.maxBytes else { throw .tooLarge(bytes: bytes.count, limit: limits.maxBytes) }
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        guard validUTF8(bytes[start...]) else { throw .notUTF8 }
        let sep = separator(bytes, from: start)
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var cells = 0
        var line = 1
        var i = start
        let n = bytes.count
        while i < n {
            if bytes[i] == 0x22 {
                // A quoted field runs to the quote not followed by another quote.
                let openLine = line
                i += 1
                var closed = false
                while i < n {
                    let c = bytes[i]
                    if c == 0x22 {
                        if i + 1 < n && bytes[i + 1] == 0x22 { field.append(0x22); i += 2; continue }
                        closed = true
                        i += 1
                        break
                    }
                    if c == 10 { line += 1 }
                    field.append(c)
                    i += 1
                }
                guard closed else { throw .malformed(Self.unclosedQuote(line: openLine)) }
                if i < n && bytes[i] != sep && bytes[i] != 10 && bytes[i] != 13 {
                    throw .malformed(Self.textAfterQuote(line: line))
                }
            } else {
                while i < n, bytes[i] != sep, bytes[i] != 10, bytes[i] != 13 {
                    field.append(bytes[i])
                    i += 1
                }
            }
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            cells += 1
            if cells > limits.maxCells { throw .tooManyCells(limit: limits.maxCells) }
            if i >= n { break }
            if bytes[i] == sep {
                i += 1
                // A separator at the very end leaves one more (empty) field.
                if i >= n { row.append("") }
                continue
            }
            // The end of a line: LF, CRLF or a lone CR.
            if bytes[i] == 13 { i += 1 }
            if i < n && bytes[i] == 10 { i += 1 }
            line += 1
            rows.append(row)
            row = []
        }
        if !row.isEmpty { rows.append(row) }
        // Blank lines at the end carry nothing.
        while let last = rows.last, last.allSatisfy(\.isEmpty) { rows.removeLast() }
        return SheetRows(name: name, rows: rows)
    }

    /// The separator of the file: the most frequent of `,` `;` tab outside quotes on the first line.
    static func separator(_ bytes: [UInt8], from start: Int) -> UInt8 {
        var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
        var quoted = false
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 { quoted.toggle() } else if !quoted && (b == 10 || b == 13) { break } else if !quoted, counts[b] != nil { counts[b]! += 1 }
            i += 1
        }
        let comma = counts[0x2C]!, semi = counts[0x3B]!, tab = counts[0x09]!
        if semi > comma && semi >= tab { return 0x3B }
        if tab > comma && tab > semi { return 0x09 }
        return 0x2C
    }

    static func validUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    static func unclosedQuote(line: Int) -> SheetError.Problem { .init(en: "a quoted field opened on line \(line) is never closed",
                                                                           id: "kolom bertanda kutip yang dibuka di baris \(line) tidak pernah ditutup") }
    static func textAfterQuote(line: Int) -> SheetError.Problem { .init(en: "line \(line): text after the closing quote of a field (write a quote inside a field as \"\")",
                                                                            id: "baris \(line): ada teks setelah tanda kutip penutup (tulis tanda kutip di dalam kolom sebagai \"\")") }
}
