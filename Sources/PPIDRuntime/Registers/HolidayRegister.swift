import PPIDSyntax
import PPIDModel

/// `holidays`: the days off of the office calendar, one row per day.
enum HolidayRegister {
    static func field(_ name: String, _ help: String, _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        FieldSpec(name, column: true, help) { rt, v in
            guard case .row(.holiday(let i)) = v else { return .null }
            return read(rt, i)
        }
    }

    static let holidays = RegisterSpec(
        .holidays, help: "the holidays and cuti bersama, one row per day",
        fields: [
            field("date", "the day") { rt, i in .date(rt.registry.calendar.entries[i].date) },
            field("name", "the holiday's name") { rt, i in .string(rt.registry.calendar.entries[i].name) },
            field("leave", "true for cuti bersama") { rt, i in .bool(rt.registry.calendar.entries[i].isLeave) },
        ],
        count: { rt in rt.registry.calendar.entries.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.calendar.entries.indices { if try !body(.row(.holiday(i))) { return } }
    }
}
