import Testing
@testable import PPIDModel

/// Every rule of the Model speaks both languages (docs/errors.md, E4xx): a sample of rules from
/// each area, each with its exact English (as the golden files show it) and Indonesian text,
/// with dates, durations and lists written the Indonesian way.
@Suite struct IndonesianMessageTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let code: RuleCode
        let en: String
        let id: String
        /// The notes' Indonesian texts, when the rule has notes to check.
        var idNotes: [String]? = nil
        let act: @Sendable (inout Registry) throws -> Void

        var testDescription: String { code.rawValue + " " + en }
    }

    /// The office of ModelFixtures with the clock at 2024-04-01 09:00 and `sri` acting, a plain
    /// item `lap` and a run `m1` of the Maklumat SOP at its first step.
    static func office() throws -> Registry {
        var r = try karanganyar()
        try r.setClock(moment("2024-04-01T09:00"))
        try r.setActor("sri")
        try declare(&r, "lap")
        try r.start(sop: "maklumat", name: "m1", subjects: ["lap"])
        return r
    }

    static let cases: [Case] = [
        // E40x: names
        Case(code: .nameEmpty, en: "a unit needs a name", id: "unit kerja memerlukan nama") {
            try $0.declareUnit(name: "", title: "Tanpa nama")
        },
        Case(code: .nameReserved, en: "`berkala` is a reserved word and cannot name an information item",
             id: "`berkala` adalah kata yang dicadangkan dan tidak dapat menjadi nama item informasi") {
            try $0.declareItem(name: "berkala", title: "Laporan")
        },
        Case(code: .nameDuplicate, en: "`kul` is already declared as a unit",
             id: "`kul` sudah dideklarasikan sebagai unit kerja") {
            try $0.declareRole(name: "kul", title: "Keuangan")
        },
        // E41x: the office and its staff
        Case(code: .officeDuplicate, en: "the office is already declared as \"KPU Kabupaten Karanganyar\"",
             id: "kantor sudah dideklarasikan sebagai \"KPU Kabupaten Karanganyar\"") {
            try $0.declareOffice(name: "KPU Kabupaten Sragen")
        },
        Case(code: .unitUnknown,
             en: "`sri` is a staff member, not a unit: the holder must be a declared unit",
             id: "`sri` adalah pegawai, bukan unit kerja: unit penguasa informasi harus unit kerja yang sudah dideklarasikan") {
            try $0.update("lap", fields: ItemFields(holder: "sri"))
        },
        Case(code: .roleUnknown, en: "there is no role named `humas`", id: "tidak ada peran bernama `humas`") {
            try $0.allow(roles: ["humas"], actions: [.classify])
        },
        // E42x: actors and permissions
        Case(code: .actorRoleShared, en: "the role `pelaksana` is held by `sri` and `budi`: name the person acting",
             id: "peran `pelaksana` dipegang oleh `sri` dan `budi`: sebutkan siapa yang bertindak") {
            try $0.setActor("pelaksana")
        },
        Case(code: .actorUnknown,
             en: "`kul` is a unit: the actor must be a staff member (or a role one person holds)",
             id: "`kul` adalah unit kerja: pelaku harus pegawai (atau peran yang dipegang satu orang)") {
            try $0.setActor("kul")
        },
        Case(code: .permissionDenied, en: "`eko` may not classify: only `ppid` may",
             id: "`eko` tidak berwenang mengklasifikasikan informasi: hanya `ppid` yang berwenang",
             idNotes: ["`ppid` dipegang oleh `sri` dan `tono`"]) {
            try $0.allow(roles: ["ppid"], actions: [.classify])
            try $0.setActor("eko")
            try $0.classify("lap", as: .berkala)
        },
        Case(code: .actorUnset,
             en: "only `ppid`, `atasan_ppid` or `komisioner` may withdraw, and no actor is set",
             id: "hanya `ppid`, `atasan_ppid`, atau `komisioner` yang berwenang menarik informasi, dan pelaku belum ditetapkan",
             idNotes: ["`ppid` dipegang oleh `sri` dan `tono`", "`atasan_ppid` dipegang oleh `tono`",
                       "`komisioner` dipegang oleh `ani`"]) {
            try $0.allow(roles: ["ppid", "atasan_ppid", "komisioner"], actions: [.withdraw])
            $0.clearActor()
            try $0.withdraw("lap", reason: "Ganda")
        },
        // E43x: the clock and the calendar
        Case(code: .clockBackwards,
             en: "the clock cannot go back to 2024-03-28 16:00: it is already 2024-04-01 09:00",
             id: "waktu tidak dapat dimundurkan ke 28 Maret 2024 pukul 16.00: sekarang sudah 1 April 2024 pukul 09.00") {
            try $0.setClock(moment("2024-03-28T16:00"))
        },
        Case(code: .waitNegative, en: "the clock cannot wait a negative duration, got -2 workdays",
             id: "waktu tidak dapat dimajukan dengan durasi negatif, tertulis -2 hari kerja") {
            try $0.wait(Duration(amount: -2, unit: .workday))
        },
        Case(code: .calendarRange, en: "holiday range 2024-05-02..2024-05-01 ends before it starts",
             id: "rentang hari libur dari 2 Mei 2024 sampai 1 Mei 2024 berakhir sebelum dimulai") {
            try $0.addHoliday(from: day("2024-05-02"), to: day("2024-05-01"), name: "Salah ketik")
        },
        Case(code: .calendarUnknownYear, en: "2025 has no holidays declared (the calendar has 2024)",
             id: "tahun 2025 belum memiliki hari libur yang dideklarasikan (kalender memuat tahun 2024)") {
            _ = try $0.calendar.workdays(from: day("2024-12-20"), to: day("2025-01-10"))
        },
        // E44x: items and classification
        Case(code: .itemUnknown, en: "there is no information item named `lapor`",
             id: "tidak ada item informasi bernama `lapor`") {
            try $0.withdraw("lapor", reason: "Ganda")
        },
        Case(code: .withdrawReason, en: "say why `lap` is withdrawn", id: "sebutkan alasan `lap` ditarik") {
            try $0.withdraw("lap", reason: "")
        },
        Case(code: .exemptMissing,
             en: "an exemption needs a legal basis (e.g. \"Pasal 17 huruf h\"), a consequence (the harm if the information were opened) and a period (an end date or a duration)",
             id: "pengecualian memerlukan dasar pengecualian (misalnya \"Pasal 17 huruf h\"), uji konsekuensi (kerugian jika informasi dibuka), dan jangka waktu (tanggal berakhir atau durasi)") {
            try $0.classify("lap", as: .dikecualikan)
        },
        Case(code: .exemptPeriod, en: "an exemption period is counted in days, weeks, months or years, not hours",
             id: "jangka waktu pengecualian dihitung dalam hari, minggu, bulan atau tahun, bukan jam") {
            var e = exemption()
            e.until = nil
            e.period = Duration(amount: 2, unit: .hour)
            try $0.classify("lap", as: .dikecualikan, exemption: e)
        },
        // E45x: marks and publication
        Case(code: .publishExempt,
             en: "`lap` is exempt (dikecualikan) under Pasal 17 huruf h until 2029-12-31: it can never be published",
             id: "`lap` dikecualikan berdasarkan Pasal 17 huruf h sampai 31 Desember 2029: informasi ini tidak boleh diumumkan",
             idNotes: ["untuk membukanya, klasifikasikan sebagai berkala, serta_merta atau setiap_saat setelah pengecualian berakhir atau dicabut"]) {
            try $0.classify("lap", as: .dikecualikan, exemption: exemption())
            try $0.mark("lap", .published)
        },
        Case(code: .publishUnclassified, en: "`lap` is not classified yet: classify it before it is published",
             id: "`lap` belum diklasifikasikan: klasifikasikan sebelum diumumkan") {
            try $0.mark("lap", .published)
        },
        // E46x: SOPs and runs
        Case(code: .runNotDecision, en: "step 1 \"Menyusun draft Maklumat\" of `m1` is not a decision",
             id: "tahap 1 \"Menyusun draft Maklumat\" pada `m1` bukan tahap keputusan") {
            try $0.approve("m1")
        },
        Case(code: .runActor,
             en: "`eko` may not do step 1 \"Menyusun draft Maklumat\" of `m1`: it is for `atasan_ppid` or `ppid`",
             id: "`eko` tidak berwenang mengerjakan tahap 1 \"Menyusun draft Maklumat\" pada `m1`: tahap ini adalah tugas `atasan_ppid` atau `ppid`",
             idNotes: ["`atasan_ppid` dipegang oleh `tono`", "`ppid` dipegang oleh `sri` dan `tono`"]) {
            try $0.setActor("eko")
            try $0.complete("m1")
        },
        Case(code: .runFinished, en: "run `m1` is already cancelled", id: "pelaksanaan `m1` sudah dibatalkan") {
            try $0.cancel("m1", reason: "Batal")
            try $0.complete("m1")
        },
        Case(code: .sopUnknown, en: "`m1` is a run, not an SOP", id: "`m1` adalah pelaksanaan SOP, bukan SOP") {
            try $0.start(sop: "m1")
        },
        Case(code: .sopInvalid,
             en: "SOP `cepat`: step 1: `takes` must be positive, got 0 workdays (omit it for no time standard)",
             id: "pada SOP `cepat`: tahap 1: `takes` harus positif, tertulis 0 hari kerja (hapus jika tidak ada standar waktu)") {
            try $0.declareSop(Sop(name: "cepat", title: "Cepat", steps: [
                SopStep(number: 1, activity: "Menjawab", by: ["ppid"], takes: Duration(amount: 0, unit: .workday)),
            ]))
        },
    ]

    @Test("a rule's message in English and Indonesian", arguments: cases)
    func message(_ c: Case) throws {
        var r = try Self.office()
        guard let e = expectError(c.code, { try c.act(&r) }) else { return }
        #expect(e.text.english == c.en)
        #expect(e.text.indonesian == c.id)
        if let notes = c.idNotes { #expect(e.notes.map(\.indonesian) == notes) }
    }

    @Test("every area of rules (E40x–E46x) has a case above")
    func everyAreaIsSampled() {
        let areas = Set(Self.cases.map { $0.code.rawValue.prefix(3) })
        #expect(areas == ["E40", "E41", "E42", "E43", "E44", "E45", "E46"])
    }

    @Test("the clock error every time-dependent statement gives")
    func clockUnset() {
        #expect(Registry.clockUnset.text.indonesian == "waktu belum ditetapkan")
        #expect(Registry.clockUnset.message == "the clock is not set")
    }

    @Test("each kind of thing is named in Indonesian, with no article")
    func kinds() {
        #expect(EntityKind.allCases.map(\.name.indonesian)
            == ["unit kerja", "peran", "pegawai", "item informasi", "SOP", "pelaksanaan SOP",
                "permohonan informasi", "periode", "keberatan"])
        #expect(EntityKind.allCases.map(\.withArticle.english)
            == ["a unit", "a role", "a staff member", "an information item", "an SOP", "a run",
                "a request", "a period", "an objection"])
        #expect(EntityRef.item(0).kindName == "an information item")
    }
}
