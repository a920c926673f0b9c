import PPIDText

/// Which column of a sheet holds which field of an item: the DIP's own headers (Perki 1/2021,
/// as `export dip` writes them) are known without a map, compared with case, spaces and
/// punctuation ignored; `FIELD "Header"` in the import block maps a column explicitly.
struct ImportColumns {
    /// What a column can hold. `madePlace` is the DIP's "Waktu dan Tempat" (a date, then a place).
    enum Field: String, CaseIterable {
        case name, title, summary, holder, responsible, made, place, madePlace, formats, retention, infoClass
        /// The word in an import block (`title "Judul"`).
        var word: String {
            switch self {
            case .madePlace: "made_place"
            case .infoClass: "class"
            default: rawValue
            }
        }
    }

    /// The words an import block accepts besides `sheet`.
    static let blockWords = Field.allCases.map(\.word)

    /// Field → column index (0-based).
    var column: [Field: Int] = [:]
    /// The headers of columns nothing reads, as written (the `No` column is expected and not listed).
    var ignored: [String] = []
    /// Explicit maps naming a header the sheet does not have: (field word, header).
    var missing: [(String, String)] = []

    /// `Pejabat/Unit …` → `pejabatunit…`: letters and digits only, lowercased.
    static func key(_ s: String) -> String {
        // Most cells are ASCII: bytes, without Unicode's property tables (an import reads
        // every unit, staff and class cell through here).
        if s.utf8.allSatisfy({ $0 < 128 }) {
            var out: [UInt8] = []
            out.reserveCapacity(s.utf8.count)
            for b in s.utf8 {
                if b >= 65 && b <= 90 { out.append(b + 32) } else if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) { out.append(b) }
            }
            return String(decoding: out, as: UTF8.self)
        }
        return String(s.lowercased().unicodeScalars.filter { CharacterSetLite.isAlphanumeric($0) }.map(Character.init))
    }

    /// The field a header names by itself, if any.
    static func known(_ header: String) -> Field? {
        let k = key(header)
        switch k {
        case "kode", "kodeinformasi", "nama", "name", "namainformasi": return .name
        case "judulinformasi", "judul", "title", "judulinformasipublik": return .title
        case "ringkasanisiinformasi", "ringkasan", "ringkasanisi", "summary": return .summary
        case "waktudantempatpembuataninformasi", "waktudantempat", "waktudantempatpembuatan": return .madePlace
        case "waktupembuatan", "tanggalpembuatan", "tanggal", "waktu", "made", "date": return .made
        case "tempatpembuatan", "tempat", "place": return .place
        case "jenisinformasi", "jenis", "jeniskategori", "kategori", "kategoriinformasi", "class", "klasifikasi": return .infoClass
        case "holder", "unit", "unitpengelola", "pejabat": return .holder
        case "responsible", "penanggungjawab": return .responsible
        case "formats", "format", "bentuk", "bentukinformasi": return .formats
        case "retention", "retensi", "jangkawaktu", "jangkawaktupenyimpanan": return .retention
        default: break
        }
        if k.hasPrefix("pejabatunit") || k.hasPrefix("pejabatatau") { return .holder }
        if k.hasPrefix("penanggungjawab") { return .responsible }
        if k.hasPrefix("bentukinformasi") { return .formats }
        if k.hasPrefix("jangkawaktu") || k.hasPrefix("retensi") { return .retention }
        if k.hasPrefix("waktudantempat") { return .madePlace }
        if k.hasPrefix("ringkasan") { return .summary }
        return nil
    }

    /// Headers that are part of the DIP but carry nothing an item keeps.
    static func expectedButUnused(_ header: String) -> Bool {
        ["no", "nomor", "nourut", ""].contains(key(header))
    }

    /// Maps `headers` with the explicit `maps` (field → header) first, then the known headers.
    init(headers: [String], maps: [(Field, String)]) {
        var taken = Set<Int>()
        for (field, header) in maps {
            let k = ImportColumns.key(header)
            if let i = headers.indices.first(where: { ImportColumns.key(headers[$0]) == k && !taken.contains($0) }) {
                column[field] = i
                taken.insert(i)
            } else {
                missing.append((field.word, header))
            }
        }
        for (i, h) in headers.enumerated() where !taken.contains(i) {
            if let f = ImportColumns.known(h), column[f] == nil {
                column[f] = i
                taken.insert(i)
            } else if !ImportColumns.expectedButUnused(h) {
                ignored.append(h)
            }
        }
    }
}

/// Letters and digits of any script (Unicode's alphanumeric properties, without Foundation).
enum CharacterSetLite {
    static func isAlphanumeric(_ u: Unicode.Scalar) -> Bool {
        u.properties.isAlphabetic || u.properties.numericType != nil
    }
}
