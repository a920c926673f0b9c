internal import Foundation
internal import ZIPFoundation

/// Writes a workbook as the bytes of an .xlsx file (Office Open XML, the format Excel,
/// LibreOffice and Google Sheets read): a ZIP of hand-written XML parts.
///
/// The same workbook always gives the same bytes: the parts are in a fixed order, every
/// ZIP entry carries the workbook's own time (`XLSXWorkbook.created`, else 1 January 1980)
/// and fixed permissions, and nothing reads the clock. Writing the bytes to disk (a
/// temporary file beside the target, then a rename) is the caller's.
public enum XLSXWriter {
    public struct Failure: Error, Sendable, Equatable {
        /// What the ZIP layer said.
        public let reason: String
    }

    /// The .xlsx bytes of `workbook`. A workbook without sheets gets one empty sheet:
    /// a spreadsheet refuses a file with none.
    public static func bytes(_ workbook: XLSXWorkbook) throws(Failure) -> [UInt8] {
        var sheets = workbook.sheets
        if sheets.isEmpty { sheets = [XLSXSheet(name: "Sheet1", header: [], rows: [])] }
        let names = sheetNames(sheets.map(\.name))
        var strings = XLSXWorksheet.SharedStrings()
        var sheetXML: [String] = []
        var ranges: [String?] = []
        for (i, sheet) in sheets.enumerated() {
            let (xml, range) = XLSXWorksheet.xml(sheet, selected: i == 0, strings: &strings)
            sheetXML.append(xml)
            ranges.append(range)
        }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", XLSXParts.contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", XLSXParts.rootRelationships),
            ("docProps/core.xml", XLSXParts.core(workbook)),
            ("docProps/app.xml", XLSXParts.app(workbook, sheetNames: names)),
            ("xl/workbook.xml", XLSXParts.workbook(sheetNames: names, filterRanges: ranges)),
            ("xl/_rels/workbook.xml.rels", XLSXParts.workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", XLSXParts.styles),
        ]
        for (i, xml) in sheetXML.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", xml)) }
        parts.append(("xl/sharedStrings.xml", strings.xml))
        return try zip(parts, time: workbook.created)
    }

    /// The ZIP of `parts`, deflated, each entry stamped with `time` (read as UTC, so that
    /// the bytes do not depend on the machine's time zone).
    static func zip(_ parts: [(String, String)], time: SheetDate?) throws(Failure) -> [UInt8] {
        let stamp = Date(timeIntervalSince1970: TimeInterval(max(time?.secondsSinceEpoch ?? 0, 315_532_800)))
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: stamp, permissions: 0o644, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure(reason: "the archive has no data") }
            return [UInt8](data)
        } catch let f as Failure {
            throw f
        } catch {
            throw Failure(reason: String(describing: error))
        }
    }

    /// Sheet names a spreadsheet accepts: without `[]:*?/\`, at most 31 characters, not
    /// empty, and unique (a second "DIP" becomes "DIP (2)"), case ignored as Excel does.
    static func sheetNames(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.map { raw in
            var n = String(raw.map { "[]:*?/\\".contains($0) ? " " : $0 }.filter { $0 != "\n" && $0 != "\r" })
            n = String(n.drop { $0 == "'" || $0 == " " })
            while n.last == "'" || n.last == " " { n.removeLast() }
            if n.isEmpty { n = "Sheet" }
            n = String(n.prefix(31))
            var candidate = n, k = 2
            while seen.contains(candidate.lowercased()) {
                let suffix = " (\(k))"
                candidate = String(n.prefix(31 - suffix.count)) + suffix
                k += 1
            }
            seen.insert(candidate.lowercased())
            return candidate
        }
    }
}
