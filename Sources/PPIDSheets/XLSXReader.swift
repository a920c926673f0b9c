internal import Foundation
internal import ZIPFoundation

/// Reads one sheet of an XLSX workbook into rows of text cells, as the spreadsheet shows them:
/// shared and inline strings (rich text runs joined), numbers as written, booleans as
/// TRUE/FALSE, and cells formatted as dates as ISO dates (2024-12-10).
public enum XLSXReader {
    /// Reads the sheet named `sheet` (the first sheet when nil) of the workbook in `bytes`.
    public static func read(_ bytes: [UInt8], sheet: String? = nil, limits: SheetLimits = .standard) throws(SheetError) -> SheetRows {
        guard bytes.count <= limits.maxBytes else { throw .tooLarge(bytes: bytes.count, limit: limits.maxBytes) }
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
            throw .malformed(.init(en: "the file is not an XLSX workbook (not a ZIP archive)",
                                   id: "berkas bukan buku kerja XLSX (bukan arsip ZIP)"))
        }
        let parts = Parts(archive: archive, limits: limits)
        let book = try Workbook(parts)
        guard let first = book.sheets.first else {
            throw .malformed(.init(en: "the workbook has no sheet", id: "buku kerja tidak memiliki lembar kerja"))
        }
        let chosen: Workbook.Sheet
        if let sheet {
            guard let s = book.sheets.first(where: { $0.name == sheet })
                ?? book.sheets.first(where: { $0.name.lowercased() == sheet.lowercased() }) else {
                throw .noSuchSheet(sheet, available: book.sheets.map(\.name))
            }
            chosen = s
        } else {
            chosen = first
        }
        let strings = try sharedStrings(parts)
        let styles = try CellStyles(parts)
        guard let data = try parts.read(chosen.part) else {
            throw .malformed(.init(en: "the workbook names a sheet part \(chosen.part) it does not contain",
                                   id: "buku kerja menyebut bagian lembar \(chosen.part) yang tidak ada di dalamnya"))
        }
        let rows = try SheetPart.rows(data, part: chosen.part, strings: strings, styles: styles,
                                      date1904: book.date1904, limits: limits)
        return SheetRows(name: chosen.name, rows: rows)
    }

    /// The names of the workbook's sheets, in order.
    public static func sheetNames(_ bytes: [UInt8], limits: SheetLimits = .standard) throws(SheetError) -> [String] {
        guard bytes.count <= limits.maxBytes else { throw .tooLarge(bytes: bytes.count, limit: limits.maxBytes) }
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
            throw .malformed(.init(en: "the file is not an XLSX workbook (not a ZIP archive)",
                                   id: "berkas bukan buku kerja XLSX (bukan arsip ZIP)"))
        }
        return try Workbook(Parts(archive: archive, limits: limits)).sheets.map(\.name)
    }

    /// The shared strings table: each `<si>`'s text, its `<t>` or its runs' `<r><t>` joined;
    /// phonetic hints (`<rPh>`) are not part of the text.
    static func sharedStrings(_ parts: Parts) throws(SheetError) -> [String] {
        guard let data = try parts.read("xl/sharedStrings.xml") else { return [] }
        var x = XMLScanner(data, part: "xl/sharedStrings.xml")
        var out: [String] = []
        var current = ""
        var inItem = false
        while let e = try x.next() {
            switch e {
            case .start("si", _, let selfClosing):
                if selfClosing { out.append("") } else { inItem = true; current = "" }
            case .start("t", _, false) where inItem:
                current += try x.text(until: "t")
            case .start("rPh", _, false):
                _ = try x.text(until: "rPh")
            case .end("si"):
                out.append(current)
                inItem = false
            default: break
            }
            if out.count > parts.limits.maxCells { throw .tooManyCells(limit: parts.limits.maxCells) }
        }
        return out
    }
}

extension XLSXReader {
/// The parts of the archive, each read whole with a size limit (a ZIP may lie about sizes).
struct Parts {
    let archive: Archive
    let limits: SheetLimits

    /// The part's bytes; nil when the archive has no such part.
    func read(_ path: String) throws(SheetError) -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        let limit = limits.maxBytes
        guard entry.uncompressedSize <= UInt64(limit) else { throw .tooLarge(bytes: Int(clamping: entry.uncompressedSize), limit: limit) }
        var out: [UInt8] = []
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard out.count + chunk.count <= limit else { throw SheetError.tooLarge(bytes: out.count + chunk.count, limit: limit) }
                out.append(contentsOf: chunk)
            }
        } catch let e as SheetError {
            throw e
        } catch {
            throw .malformed(.init(en: "the workbook's part \(path) cannot be unpacked (\(error))",
                                   id: "bagian \(path) dari buku kerja tidak dapat dibuka (\(error))"))
        }
        return out
    }
}
}
