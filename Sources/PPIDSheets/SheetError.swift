/// How much a sheet read may hold: a file or sheet past these is refused, not read slowly.
public struct SheetLimits: Sendable, Equatable {
    /// The largest file read, in bytes (also the largest part inside an XLSX, unpacked).
    public var maxBytes: Int
    /// The most cells one sheet may have.
    public var maxCells: Int

    public init(maxBytes: Int, maxCells: Int) {
        self.maxBytes = maxBytes
        self.maxCells = maxCells
    }

    /// 64 MiB and 1,000,000 cells: far above any DIP (a few thousand rows of ten columns).
    public static let standard = SheetLimits(maxBytes: 64 << 20, maxCells: 1_000_000)
}

/// Why a sheet could not be read. PPIDSheets knows no message catalogue, so each problem
/// carries its English and Indonesian wording; the runtime makes a diagnostic of it.
public enum SheetError: Error, Sendable, Equatable {
    /// A message in both languages.
    public struct Problem: Sendable, Equatable {
        public let en: String
        public let id: String
        public init(en: String, id: String) {
            self.en = en
            self.id = id
        }
    }

    case tooLarge(bytes: Int, limit: Int)
    case tooManyCells(limit: Int)
    case notUTF8
    case noSuchSheet(String, available: [String])
    case malformed(Problem)

    /// What went wrong, in both languages.
    public var problem: Problem {
        switch self {
        case .tooLarge(let bytes, let limit):
            Problem(en: "the file is too large to import (\(bytes) bytes; at most \(limit))",
                    id: "berkas terlalu besar untuk diimpor (\(bytes) bita; paling banyak \(limit))")
        case .tooManyCells(let limit):
            Problem(en: "the sheet has more than \(limit) cells; split it into smaller files",
                    id: "lembar kerja berisi lebih dari \(limit) sel; pecah menjadi beberapa berkas yang lebih kecil")
        case .notUTF8:
            Problem(en: "the file is not UTF-8 text (save the CSV as \"CSV UTF-8\")",
                    id: "berkas bukan teks UTF-8 (simpan CSV sebagai \"CSV UTF-8\")")
        case .noSuchSheet(let name, let available):
            Problem(en: "the workbook has no sheet \"\(name)\" (it has: \(available.joined(separator: ", ")))",
                    id: "buku kerja tidak memiliki lembar \"\(name)\" (yang ada: \(available.joined(separator: ", ")))")
        case .malformed(let p):
            p
        }
    }
}
