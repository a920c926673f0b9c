import PPIDSyntax
import PPIDModel
import PPIDText

/// `info`, `dip` and `dik`: the information items, all of them or the two public lists.
/// The three share the item's fields and differ in their rows and main columns.
enum InfoRegisters {
    static let info = RegisterSpec(
        .info, help: Text(en: "every information item", id: "semua item informasi"),
        fields: fields(columns: ["name", "title", "holder", "class", "status"]),
        count: { rt in rt.registry.items.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.items.indices { if try !body(.entity(.item(i))) { return } }
    }

    static let dip = RegisterSpec(
        .dip, help: Text(en: "the Daftar Informasi Publik: open items approved or published", id: "Daftar Informasi Publik: informasi terbuka yang disetujui atau diumumkan"),
        fields: fields(columns: ["name", "title", "holder", "responsible", "made", "formats", "retention", "class"])
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.items.indices where rt.registry.items[i].isInDIP { if try !body(.entity(.item(i))) { return } }
    }

    static let dik = RegisterSpec(
        .dik, help: Text(en: "the Daftar Informasi yang Dikecualikan: exempt items not withdrawn", id: "Daftar Informasi yang Dikecualikan: informasi yang dikecualikan dan tidak ditarik"),
        fields: fields(columns: ["name", "title", "holder", "basis", "consequence", "until", "expired"])
    ) { rt, body throws(RuntimeError) in
        // Exempt items, and public items with parts withheld (their parts are listed).
        for i in rt.registry.items.indices where rt.registry.items[i].isInDIK
            || (!rt.registry.items[i].withheld.isEmpty && rt.registry.items[i].status != .withdrawn) {
            if try !body(.entity(.item(i))) { return }
        }
    }

    /// A field of item rows. Fields are read in place: copying the whole item for one field
    /// costs more than the field (a `where` over 100k items reads several per row).
    static func field(_ name: String, _ type: FieldType, detail: Bool = true, _ help: Text,
                      _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        FieldSpec(name, type, detail: detail, help) { rt, v in
            guard case .entity(.item(let i)) = v else { return .null }
            return read(rt, i)
        }
    }

    /// The item's fields, in the order `show ITEM` prints them.
    static let itemFields: [FieldSpec] = [
        field("name", .text, Text(en: "the item's name", id: "nama item")) { rt, i in .string(rt.registry.items[i].name) },
        field("title", .text, Text(en: "its title", id: "judulnya")) { rt, i in .string(rt.registry.items[i].title) },
        field("summary", .text, Text(en: "its summary, or null", id: "ringkasannya, atau null")) { rt, i in rt.opt(rt.registry.items[i].summary) },
        field("holder", .reference(.units), Text(en: "the unit holding it", id: "unit kerja yang menguasainya")) { rt, i in rt.ref(rt.registry.items[i].holder) },
        field("responsible", .reference(.staff), Text(en: "the staff member responsible", id: "pegawai penanggung jawab")) { rt, i in rt.ref(rt.registry.items[i].responsible) },
        field("made", .date, Text(en: "the date it was made", id: "tanggal pembuatannya")) { rt, i in rt.registry.items[i].made.map { .date($0) } ?? .null },
        field("place", .text, Text(en: "where it is kept, or null", id: "tempat penyimpanannya, atau null")) { rt, i in rt.opt(rt.registry.items[i].place) },
        field("formats", .list, Text(en: "a list of words: softcopy, hardcopy, ...", id: "daftar kata: softcopy, hardcopy, ...")) { rt, i in .list(rt.registry.items[i].formats.map { .string($0) }) },
        field("retention", .text, Text(en: "how long it is kept: a duration or text", id: "jangka waktu penyimpanan: durasi atau teks")) { rt, i in
            switch rt.registry.items[i].retention {
            case .duration(let d)?: return .duration(d)
            case .text(let s)?: return .string(s)
            case nil: return .null
            }
        },
        field("media", .list, Text(en: "a list of words: where it is published", id: "daftar kata: media pengumumannya")) { rt, i in .list(rt.registry.items[i].media.map { .string($0) }) },
        field("class", .text, Text(en: "berkala, serta_merta, setiap_saat, dikecualikan, or null", id: "berkala, serta_merta, setiap_saat, dikecualikan, atau null")) { rt, i in
            rt.registry.items[i].infoClass.map { .string($0.rawValue) } ?? .null
        },
        field("status", .text, Text(en: "draft, proposed, approved, published or withdrawn", id: "draft, proposed, approved, published, atau withdrawn")) { rt, i in .string(rt.registry.items[i].status.rawValue) },
        field("documented", .bool, Text(en: "yes/no: its documentation is complete", id: "ya/tidak: dokumentasinya lengkap")) { rt, i in .bool(rt.registry.items[i].documented) },
        field("basis", .text, Text(en: "the exemption's legal basis, or null", id: "dasar hukum pengecualian, atau null")) { rt, i in rt.opt(rt.registry.items[i].exemption?.basis) },
        field("consequence", .text, Text(en: "the exemption's consequence test, or null", id: "uji konsekuensi pengecualian, atau null")) { rt, i in rt.opt(rt.registry.items[i].exemption?.consequence) },
        field("public_interest", .text, Text(en: "the exemption's public-interest test, or null", id: "uji kepentingan publik pengecualian, atau null")) { rt, i in rt.opt(rt.registry.items[i].exemption?.publicInterest) },
        field("until", .date, Text(en: "the date the exemption ends, or null", id: "tanggal berakhirnya pengecualian, atau null")) { rt, i in rt.registry.items[i].exemption?.until.map { .date($0) } ?? .null },
        field("condition", .text, Text(en: "what ends an exemption with no date (consent, a condition), or null", id: "syarat berakhirnya pengecualian tanpa tanggal (persetujuan, suatu keadaan), atau null")) { rt, i in rt.opt(rt.registry.items[i].exemption?.condition) },
        field("withheld", .list, Text(en: "the parts withheld from a public item, each with its basis (a list of texts)", id: "bagian informasi terbuka yang dihitamkan, masing-masing dengan dasarnya (daftar teks)")) { rt, i in
            .list(rt.registry.items[i].withheld.map { .string("\($0.part) (\($0.basis))") })
        },
        field("decree", .text, Text(en: "the exemption's decree, or null", id: "keputusan penetapan pengecualian, atau null")) { rt, i in rt.opt(rt.registry.items[i].exemption?.decree) },
        field("determination", .text, Text(en: "proposed (no decree yet) or decided, or null when not exempt", id: "proposed (belum ada keputusan) atau decided, atau null bila tidak dikecualikan")) { rt, i in
            rt.registry.items[i].exemption.map { .string($0.isProposed ? "proposed" : "decided") } ?? .null
        },
        field("scope", .text, Text(en: "the consequence test: the material and its scope, or null", id: "uji konsekuensi: materi informasi dan ruang lingkupnya, atau null")) { rt, i in rt.opt(rt.registry.items[i].exemption?.test?.scope) },
        field("law", .text, Text(en: "the consequence test: the law behind the basis, or null", id: "uji konsekuensi: undang-undang yang menjadi dasar, atau null")) { rt, i in rt.opt(rt.registry.items[i].exemption?.test?.law) },
        field("balance", .text, Text(en: "the consequence test: harm weighed against the public interest, or null", id: "uji konsekuensi: penimbangan dampak dan kepentingan publik, atau null")) { rt, i in rt.opt(rt.registry.items[i].exemption?.test?.balance) },
        field("conclusion", .text, Text(en: "the consequence test's conclusion, or null", id: "kesimpulan uji konsekuensi, atau null")) { rt, i in rt.opt(rt.registry.items[i].exemption?.test?.conclusion) },
        field("decided", .date, Text(en: "when the exemption was decided, or null", id: "tanggal penetapan pengecualian, atau null")) { rt, i in rt.registry.items[i].exemption?.test?.decided.map { .date($0) } ?? .null },
        field("signed_by", .reference(.staff), Text(en: "who signed the exemption's decision, or null", id: "penanda tangan penetapan pengecualian, atau null")) { rt, i in rt.ref(rt.registry.items[i].exemption?.test?.signedBy) },
        field("expired", .bool, Text(en: "true when the exemption's until is before today", id: "true bila tanggal until pengecualian sudah lewat")) { rt, i in .bool(rt.registry.items[i].isExpired(today: rt.registry.today)) },
        field("history", .omitted, detail: false, Text(en: "its changes: records with seq at actor what old new", id: "riwayat perubahannya: rekaman dengan seq at actor what old new")) { rt, i in rt.itemHistory(i) },
        field("withdrawn_reason", .text, detail: false, Text(en: "why it was withdrawn, or null", id: "alasan penarikannya, atau null")) { rt, i in rt.opt(rt.registry.items[i].withdrawnReason) },
    ]

    /// The item's fields with the main columns of one register.
    static func fields(columns: Set<String>) -> [FieldSpec] {
        itemFields.map { f in FieldSpec(f.name, f.type, column: columns.contains(f.name), detail: f.inDetail, f.help, read: f.read) }
    }
}

extension Interpreter {
    /// An item's history as records (the `history` field).
    func itemHistory(_ i: Int) -> Value {
        .list(registry.history(ofItemAt: i).map { h in
            .record(Record([("seq", .int(h.seq)), ("at", h.clock.map { .dateTime($0) } ?? .null),
                            ("actor", ref(h.actor)), ("what", .string(h.what)),
                            ("old", opt(h.old)), ("new", opt(h.new))]))
        })
    }
}
