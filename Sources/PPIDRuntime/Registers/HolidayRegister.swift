import PPIDSyntax
import PPIDModel
import PPIDText

/// `holidays`: the days off of the office calendar, one row per day.
enum HolidayRegister {
    static func field(_ name: String, _ type: FieldType, _ help: Text, _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        FieldSpec(name, type, column: true, help) { rt, v in
            guard case .row(.holiday(let i)) = v else { return .null }
            return read(rt, i)
        }
    }

    static let holidays = RegisterSpec(
        .holidays, help: Text(en: "the holidays and cuti bersama, one row per day", id: "hari libur dan cuti bersama, satu baris per hari"),
        fields: [
            field("date", .date, Text(en: "the day", id: "harinya")) { rt, i in .date(rt.registry.calendar.entries[i].date) },
            field("name", .text, Text(en: "the holiday's name", id: "nama hari libur")) { rt, i in .string(rt.registry.calendar.entries[i].name) },
            field("leave", .bool, Text(en: "true for cuti bersama", id: "true untuk cuti bersama")) { rt, i in .bool(rt.registry.calendar.entries[i].isLeave) },
        ],
        count: { rt in rt.registry.calendar.entries.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.calendar.entries.indices { if try !body(.row(.holiday(i))) { return } }
    }
}
