import Testing
@testable import PPIDModel

@Suite struct OrganisationTests {
    @Test func declarationsAreLookedUpByName() throws {
        let r = try karanganyar()
        #expect(r.office?.field("code") == "3313")
        #expect(r.units.map(\.name) == ["kul", "tph"])
        #expect(r.staffMember(named: "sri")?.roles == ["ppid", "pelaksana"])
        #expect(r.entity(named: "ppid") == .role(0))
        #expect(r.entity(named: "maklumat") == .sop(0))
        #expect(r.holders(of: "ppid") == ["sri", "tono"])
        #expect(r.log.first?.action == "office")
    }

    @Test func declarationErrors() throws {
        var r = try karanganyar()
        expectError(.officeDuplicate) { try r.declareOffice(name: "Lain") }
        var fresh = Registry()
        expectError(.officeField) {
            try fresh.declareOffice(name: "X", fields: [OfficeField(key: "code", value: "1"), OfficeField(key: "code", value: "2")])
        }
        expectError(.nameEmpty) { try fresh.declareOffice(name: "") }
        let dup = expectError(.nameDuplicate) { try r.declareRole(name: "kul", title: "K") }
        #expect(dup?.message == "`kul` is already declared as a unit")
        expectError(.nameDuplicate) { try r.declareUnit(name: "sri", title: "S") }
        expectError(.nameReserved) { try r.declareUnit(name: "published", title: "P") }
        expectError(.roleUnknown) { try r.declareStaff(name: "x", fullName: "X", roles: ["nope"]) }
        expectError(.unitUnknown) { try r.declareStaff(name: "x", fullName: "X", unit: "ppid") }
        try r.declareStaff(name: "x", fullName: "X", roles: ["ppid", "ppid"])
        #expect(r.staffMember(named: "x")?.roles == ["ppid"])
    }

    @Test func actorIsAPerson() throws {
        var r = try karanganyar()
        try r.setActor("sri")
        #expect(r.actor == "sri" && r.actorHolds("ppid") && !r.actorHolds("komisioner"))
        // A role one person holds means that person.
        try r.setActor("komisioner")
        #expect(r.actor == "ani" && r.actorHolds("komisioner") && !r.actorHolds("ppid"))
        expectError(.actorUnknown) { try r.setActor("kul") }
        expectError(.actorUnknown) { try r.setActor("nobody") }
        // A role several hold, or nobody holds, names no one person.
        let several = expectError(.actorRoleShared) { try r.setActor("ppid") }
        #expect(several?.message == "the role `ppid` is held by `sri` and `tono`: name the person acting")
        try r.declareRole(name: "humas", title: "Humas")
        let none = expectError(.actorRoleUnheld) { try r.setActor("humas") }
        #expect(none?.message.hasPrefix("no staff member holds the role `humas`") == true)
        #expect(r.actor == "ani")
    }

    @Test func loginBelongsToOneStaffMember() throws {
        var r = try karanganyar()
        try r.declareStaff(name: "dewi", fullName: "Dewi", roles: ["ppid"], login: "dewi.s")
        #expect(r.staffMember(withLogin: "dewi.s")?.name == "dewi")
        #expect(r.staffMember(withLogin: "sri") == nil)
        #expect(r.log.last?.detail == "Dewi; roles ppid; login dewi.s")
        let dup = expectError(.staffLogin) { try r.declareStaff(name: "dewi2", fullName: "Dewi", login: "dewi.s") }
        #expect(dup?.message == "the login \"dewi.s\" is already `dewi`'s: a login names one staff member")
        expectError(.staffLogin) { try r.declareStaff(name: "x", fullName: "X", login: "") }
        expectError(.staffLogin) { try r.declareStaff(name: "x", fullName: "X", login: "a b") }
        #expect(r.staffMember(named: "x") == nil && r.staffMember(named: "dewi2") == nil)
    }

    @Test func allowRestrictsActionsToRoles() throws {
        var r = try karanganyar()
        try declare(&r, "x")               // no rules yet: anyone, even no actor
        try r.allow(roles: ["ppid", "atasan_ppid"], actions: [.classify, .withdraw])
        expectError(.actorUnset) { try r.classify("x", as: .berkala) }   // no actor
        try r.setActor("budi")
        let e = expectError(.permissionDenied) { try r.classify("x", as: .berkala) }
        #expect(e?.message == "`budi` may not classify: only `ppid` or `atasan_ppid` may")
        #expect(e?.notes.map(\.english) == ["`ppid` is held by `sri` and `tono`", "`atasan_ppid` is held by `tono`"])
        expectError(.permissionDenied) { try r.withdraw("x", reason: "r") }
        try r.update("x", fields: ItemFields(place: "Solo"))   // update is not restricted
        try r.setActor("sri")
        try r.classify("x", as: .berkala)
        try r.setActor("atasan_ppid")                           // tono, its one holder
        #expect(r.actor == "tono")
        try r.withdraw("x", reason: "r")
        // A later rule replaces the earlier one.
        try r.allow(roles: ["komisioner"], actions: [.classify])
        try r.setActor("sri")
        expectError(.permissionDenied) { try r.classify("x", as: .berkala) }
        #expect(r.allowRules[.classify] == ["komisioner"] && r.allowRules[.withdraw] == ["ppid", "atasan_ppid"])
        // declare and export
        try r.allow(roles: ["pelaksana"], actions: [.declare, .export])
        try r.setActor("tono")
        expectError(.permissionDenied) { try declare(&r, "y") }
        expectError(.permissionDenied) { try r.authorize(.export) }
        try r.setActor("budi")
        try declare(&r, "y")
        try r.authorize(.export)
    }

    @Test func allowErrors() throws {
        var r = try karanganyar()
        expectError(.roleUnknown) { try r.allow(roles: ["sri"], actions: [.classify]) }
        expectError(.allowEmpty) { try r.allow(roles: [], actions: [.classify]) }
        expectError(.allowEmpty) { try r.allow(roles: ["ppid"], actions: []) }
        try r.allow(roles: ["operator"], actions: [.update])
        let e = expectError(.actorUnset) { try r.authorize(.update) }
        #expect(e?.message.contains("no actor is set") == true)
    }

    @Test func clockNeverMovesBackwards() throws {
        var r = try karanganyar()
        expectError(.clockUnset) { try r.wait(Duration(amount: 1, unit: .day)) }
        try r.setClock(moment("2024-04-01T09:30"))
        try r.setClock(moment("2024-04-01T09:30"))
        let e = expectError(.clockBackwards) { try r.setClock(moment("2024-03-31T09:00")) }
        #expect(e?.message.contains("2024-04-01 09:30") == true)
        try r.wait(Duration(amount: 2, unit: .day))
        #expect(r.clock == moment("2024-04-03T09:30"))
        expectError(.waitNegative) { try r.wait(Duration(amount: -1, unit: .day)) }
        #expect(r.today == day("2024-04-03"))
    }

    @Test func calendarChangesAreLogged() throws {
        var r = Registry()
        try r.setWorkHours(start: TimeOfDay(minutes: 7 * 60), end: TimeOfDay(minutes: 15 * 60))
        r.setLeaveIsWorkday(true)
        try r.addHoliday(from: day("2024-12-25"), to: day("2024-12-25"), name: "Natal")
        #expect(r.log.map(\.action) == ["option", "option", "holiday"])
        #expect(r.log.map(\.detail) == ["07:00..15:00", "true", "2024-12-25"])
        #expect(r.calendar.leaveIsWorkday && !r.calendar.isWorkday(day("2024-12-25")))
    }
}
