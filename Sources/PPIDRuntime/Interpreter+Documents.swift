import PPIDModel
import PPIDRender

extension Interpreter {
    /// The office name and details for document headers.
    var officeHeader: (String, [String]) {
        guard let o = registry.office else { return ("(kantor belum dideklarasikan)", []) }
        let labels = ["code": "Kode", "province": "Provinsi", "address": "Alamat", "phone": "Telepon",
                      "email": "Surel", "website": "Laman", "city": "Kota/Kabupaten"]
        // The DIP's penetapan fields go to its own block, not into every letterhead.
        return (o.name, o.fields.filter { !$0.key.hasPrefix("dip_") }.map { "\(labels[$0.key] ?? $0.key): \($0.value)" })
    }

    /// The date a document was brought up to date: the clock's date, or empty before any `at`.
    var documentDate: String { registry.clock?.date.iso ?? "" }

    func unitTitle(_ name: String?) -> String {
        guard let n = name else { return "" }
        return registry.unit(named: n)?.title ?? n
    }

    func staffTitle(_ name: String?) -> String {
        guard let n = name else { return "" }
        return registry.staffMember(named: n)?.fullName ?? n
    }

    /// A duration in Indonesian, as the documents print it ("10 tahun", "5 hari kerja").
    func indonesian(_ d: Duration) -> String {
        let word: String
        switch d.unit {
        case .minute: word = "menit"
        case .hour: word = "jam"
        case .day: word = "hari"
        case .workday: word = "hari kerja"
        case .week: word = "minggu"
        case .month: word = "bulan"
        case .year: word = "tahun"
        }
        return "\(d.amount) \(word)"
    }

    func dipDocument(_ rows: [Value]) -> DIPDocument {
        let (name, details) = officeHeader
        var items: [DIPRow] = []
        for case .entity(.item(let i)) in rows {
            let it = registry.items[i]
            // The invariant, once more at the edge: nothing exempt reaches a public page.
            guard it.isInDIP, let c = it.infoClass else { continue }
            var when = it.made.map { indonesianDate($0.iso) } ?? ""
            if let p = it.place { when += when.isEmpty ? p : ", " + p }
            let retention: String
            switch it.retention {
            case .duration(let d)?: retention = indonesian(d)
            case .text(let s)?: retention = s
            case nil: retention = ""
            }
            items.append(DIPRow(name: it.name, title: it.title, summary: it.summary ?? "", holder: unitTitle(it.holder),
                                responsible: staffTitle(it.responsible), madeWhenWhere: when,
                                formats: it.formats.joined(separator: ", "), retention: retention,
                                category: c.rawValue, status: it.status.rawValue))
        }
        // The decree that set the DIP (penetapan), from the office's `dip_decree`, `dip_decided`
        // and `dip_signed_by` fields (docs/language.md §13).
        var decree: DIPDecree? = nil
        if let o = registry.office, let number = o.field("dip_decree") {
            decree = DIPDecree(number: number, date: o.field("dip_decided") ?? "", signerName: o.field("dip_signed_by") ?? "",
                               place: o.field("city") ?? "")
        }
        return DIPDocument(officeName: name, officeDetails: details, updated: documentDate, items: items, decree: decree)
    }

    func dikDocument(_ rows: [Value]) -> DIKDocument {
        let (name, details) = officeHeader
        var items: [PPIDRender.DIKRow] = []
        for case .entity(.item(let i)) in rows {
            let it = registry.items[i]
            // A public item with parts withheld: one row per part (the item itself is in the DIP).
            if it.exemption == nil, it.status != .withdrawn {
                for w in it.withheld {
                    items.append(PPIDRender.DIKRow(name: it.name, title: it.title + " — bagian yang dihitamkan: " + w.part, summary: it.summary ?? "",
                                                   basis: w.basis, consequence: "", publicInterest: "", period: "",
                                                   holder: unitTitle(it.holder), decree: "", expired: false))
                }
                continue
            }
            guard let e = it.exemption, it.isInDIK else { continue }
            var period = "sampai " + (e.until.map { indonesianDate($0.iso) } ?? e.condition ?? "")
            if let p = e.period { period = indonesian(p) + " (" + period + ")" }
            items.append(PPIDRender.DIKRow(name: it.name, title: it.title, summary: it.summary ?? "", basis: e.basis, consequence: e.consequence,
                                publicInterest: e.publicInterest ?? "", period: period, holder: unitTitle(it.holder),
                                decree: e.decree ?? "", expired: it.isExpired(today: registry.today), proposed: e.isProposed))
        }
        return DIKDocument(officeName: name, officeDetails: details, updated: documentDate, items: items)
    }
}
