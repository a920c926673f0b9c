import PPIDSyntax
import PPIDModel

/// `info`, `dip` and `dik`: the information items, all of them or the two public lists.
/// The three share the item's fields and differ in their rows and main columns.
enum InfoRegisters {
    static let info = RegisterSpec(
        .info, help: "every information item",
        fields: fields(columns: ["name", "title", "holder", "class", "status"]),
        count: { rt in rt.registry.items.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.items.indices { if try !body(.entity(.item(i))) { return } }
    }

    static let dip = RegisterSpec(
        .dip, help: "the Daftar Informasi Publik: open items approved or published",
        fields: fields(columns: ["name", "title", "holder", "responsible", "made", "formats", "retention", "class"])
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.items.indices where rt.registry.items[i].isInDIP { if try !body(.entity(.item(i))) { return } }
    }

    static let dik = RegisterSpec(
        .dik, help: "the Daftar Informasi yang Dikecualikan: exempt items not withdrawn",
        fields: fields(columns: ["name", "title", "holder", "basis", "consequence", "until", "expired"])
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.items.indices where rt.registry.items[i].isInDIK { if try !body(.entity(.item(i))) { return } }
    }

    /// A field of item rows. Fields are read in place: copying the whole item for one field
    /// costs more than the field (a `where` over 100k items reads several per row).
    static func field(_ name: String, detail: Bool = true, _ help: String,
                      _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        FieldSpec(name, detail: detail, help) { rt, v in
            guard case .entity(.item(let i)) = v else { return .null }
            return read(rt, i)
        }
    }

    /// The item's fields, in the order `show ITEM` prints them.
    static let itemFields: [FieldSpec] = [
        field("name", "the item's name") { rt, i in .string(rt.registry.items[i].name) },
        field("title", "its title") { rt, i in .string(rt.registry.items[i].title) },
        field("summary", "its summary, or null") { rt, i in rt.opt(rt.registry.items[i].summary) },
        field("holder", "the unit holding it") { rt, i in rt.ref(rt.registry.items[i].holder) },
        field("responsible", "the staff member responsible") { rt, i in rt.ref(rt.registry.items[i].responsible) },
        field("made", "the date it was made") { rt, i in rt.registry.items[i].made.map { .date($0) } ?? .null },
        field("place", "where it is kept, or null") { rt, i in rt.opt(rt.registry.items[i].place) },
        field("formats", "a list of words: softcopy, hardcopy, ...") { rt, i in .list(rt.registry.items[i].formats.map { .string($0) }) },
        field("retention", "how long it is kept: a duration or text") { rt, i in
            switch rt.registry.items[i].retention {
            case .duration(let d)?: return .duration(d)
            case .text(let s)?: return .string(s)
            case nil: return .null
            }
        },
        field("media", "a list of words: where it is published") { rt, i in .list(rt.registry.items[i].media.map { .string($0) }) },
        field("class", "berkala, serta_merta, setiap_saat, dikecualikan, or null") { rt, i in
            rt.registry.items[i].infoClass.map { .string($0.rawValue) } ?? .null
        },
        field("status", "draft, proposed, approved, published or withdrawn") { rt, i in .string(rt.registry.items[i].status.rawValue) },
        field("documented", "yes/no: its documentation is complete") { rt, i in .bool(rt.registry.items[i].documented) },
        field("basis", "the exemption's legal basis, or null") { rt, i in rt.opt(rt.registry.items[i].exemption?.basis) },
        field("consequence", "the exemption's consequence test, or null") { rt, i in rt.opt(rt.registry.items[i].exemption?.consequence) },
        field("public_interest", "the exemption's public-interest test, or null") { rt, i in rt.opt(rt.registry.items[i].exemption?.publicInterest) },
        field("until", "the date the exemption ends, or null") { rt, i in rt.registry.items[i].exemption.map { .date($0.until) } ?? .null },
        field("decree", "the exemption's decree, or null") { rt, i in rt.opt(rt.registry.items[i].exemption?.decree) },
        field("expired", "true when the exemption's until is before today") { rt, i in .bool(rt.registry.items[i].isExpired(today: rt.registry.today)) },
        field("history", detail: false, "its changes: records with seq at actor what old new") { rt, i in rt.itemHistory(i) },
        field("withdrawn_reason", detail: false, "why it was withdrawn, or null") { rt, i in rt.opt(rt.registry.items[i].withdrawnReason) },
    ]

    /// The item's fields with the main columns of one register.
    static func fields(columns: Set<String>) -> [FieldSpec] {
        itemFields.map { f in FieldSpec(f.name, column: columns.contains(f.name), detail: f.inDetail, f.help, read: f.read) }
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
