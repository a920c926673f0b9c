import Testing
@testable import PPIDModel

/// A date from `YYYY-MM-DD` (test literals only).
func day(_ iso: String) -> CivilDate {
    guard let d = CivilDate(iso: iso) else { fatalError("bad test date \(iso)") }
    return d
}

/// A moment from `YYYY-MM-DDTHH:MM` (test literals only).
func moment(_ iso: String) -> DateTime {
    guard let t = DateTime(iso: iso) else { fatalError("bad test time \(iso)") }
    return t
}

/// Runs `body` and checks that it throws a ModelError with `code`; returns the error.
@discardableResult
func expectError(_ code: RuleCode, sourceLocation: SourceLocation = #_sourceLocation,
                 _ body: () throws -> Void) -> ModelError? {
    do {
        try body()
        Issue.record("expected error \(code), but nothing was thrown", sourceLocation: sourceLocation)
        return nil
    } catch let error as ModelError {
        #expect(error.code == code, "message: \(error.message)", sourceLocation: sourceLocation)
        return error
    } catch {
        Issue.record("expected a ModelError \(code), got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// A kabupaten office as in docs/language.md: units, roles, staff, part of the April 2024 calendar,
/// and the Maklumat SOP (with a decision loop and four eyes). Clock unset, no actor.
func karanganyar() throws -> Registry {
    var r = Registry()
    try r.declareOffice(name: "KPU Kabupaten Karanganyar",
                        fields: [OfficeField(key: "code", value: "3313"), OfficeField(key: "province", value: "Jawa Tengah")])
    try r.declareUnit(name: "kul", title: "Subbagian Keuangan, Umum dan Logistik")
    try r.declareUnit(name: "tph", title: "Subbagian Teknis Penyelenggaraan dan Hukum")
    try r.declareRole(name: "ppid", title: "PPID")
    try r.declareRole(name: "atasan_ppid", title: "Atasan PPID")
    try r.declareRole(name: "komisioner", title: "Komisioner")
    try r.declareRole(name: "operator", title: "Operator e-PPID")
    try r.declareRole(name: "pelaksana", title: "PPID Pelaksana")
    try r.declareStaff(name: "sri", fullName: "Sri Wahyuni", roles: ["ppid", "pelaksana"], unit: "kul")
    try r.declareStaff(name: "budi", fullName: "Budi Santoso", roles: ["pelaksana"], unit: "tph")
    try r.declareStaff(name: "tono", fullName: "Tono Hartono", roles: ["atasan_ppid", "ppid"])
    try r.declareStaff(name: "ani", fullName: "Ani Lestari", roles: ["komisioner"])
    try r.declareStaff(name: "eko", fullName: "Eko Prasetyo", roles: ["operator"])
    try r.addHoliday(from: day("2024-04-10"), to: day("2024-04-11"), name: "Idulfitri 1445 H")
    try r.addLeave(from: day("2024-04-08"), to: day("2024-04-09"), name: "Cuti bersama Idulfitri")
    try r.addLeave(from: day("2024-04-12"), to: day("2024-04-12"), name: "Cuti bersama Idulfitri")
    try r.addLeave(from: day("2024-04-15"), to: day("2024-04-15"), name: "Cuti bersama Idulfitri")
    try r.declareSop(maklumatSop())
    return r
}

/// The Maklumat SOP of docs/language.md §10.
func maklumatSop() -> Sop {
    Sop(name: "maklumat", title: "Penyusunan Pengumuman Maklumat Pelayanan Informasi Publik",
        header: SopHeader(number: "58/PP.07-SOP/3313/2023", made: day("2025-01-05"),
                          enacted: day("2023-01-05"), effective: day("2023-01-05"),
                          enactedBy: "Sekretaris KPU Kabupaten Karanganyar",
                          basis: ["UU 14/2008 tentang Keterbukaan Informasi Publik", "PKPU 1/2015"]),
        steps: [
            SopStep(number: 1, activity: "Menyusun draft Maklumat", by: ["atasan_ppid", "ppid"],
                    needs: ["Regulasi PPID"], takes: Duration(amount: 1, unit: .day), yields: ["Draft naskah"],
                    marks: [.proposed]),
            SopStep(number: 2, activity: "Menyampaikan draft kepada Komisioner", by: ["ppid"], to: ["komisioner"],
                    takes: Duration(amount: 1, unit: .day), yields: ["Nota Dinas"]),
            SopStep(number: 3, activity: "Memberikan arahan, koreksi dan persetujuan", by: ["komisioner", "ppid"],
                    takes: Duration(amount: 1, unit: .day), yields: ["Disposisi"],
                    decide: Decision(yes: .step(4), no: .step(1)), separateFrom: [1], marks: [.approved]),
            SopStep(number: 4, activity: "Mempublikasikan Maklumat", by: ["operator"],
                    takes: Duration(amount: 1, unit: .day), marks: [.published]),
        ])
}

/// Declares a plain item held by `kul`, made by `sri`.
func declare(_ r: inout Registry, _ name: String, title: String = "Laporan") throws {
    try r.declareItem(name: name, title: title,
                      fields: ItemFields(summary: "Ringkasan", holder: "kul", responsible: "sri",
                                         made: day("2024-01-15"), place: "Karanganyar",
                                         formats: ["softcopy", "hardcopy"],
                                         retention: .duration(Duration(amount: 10, unit: .year))))
}

/// A complete exemption (Pasal 17 huruf h until `until`).
func exemption(until: String = "2029-12-31") -> ExemptionInput {
    ExemptionInput(basis: "Pasal 17 huruf h", consequence: "Mengungkap data pribadi",
                   publicInterest: "Tidak ada kepentingan publik yang lebih besar", until: day(until))
}

/// Checks THE invariant on every item: exempt items are never published and never in the DIP.
func expectInvariant(_ r: Registry, sourceLocation: SourceLocation = #_sourceLocation) {
    for item in r.items where item.infoClass == .dikecualikan {
        #expect(item.status != .published, "\(item.name) is exempt and published", sourceLocation: sourceLocation)
        #expect(!item.isInDIP, "\(item.name) is exempt and in dip", sourceLocation: sourceLocation)
    }
    #expect(r.dip.allSatisfy { $0.infoClass != .dikecualikan }, sourceLocation: sourceLocation)
}
