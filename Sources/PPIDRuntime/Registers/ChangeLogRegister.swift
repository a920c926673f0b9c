import PPIDSyntax
import PPIDModel
import PPIDText

/// `log`: every change, with the clock and the actor.
enum ChangeLogRegister {
    static func field(_ name: String, _ type: FieldType, _ help: Text, _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        FieldSpec(name, type, column: true, help) { rt, v in
            guard case .row(.log(let i)) = v else { return .null }
            return read(rt, i)
        }
    }

    static let log = RegisterSpec(
        .log, help: Text(en: "every change, with the clock and the actor", id: "setiap perubahan, dengan waktu dan pelakunya"),
        fields: [
            field("seq", .integer, Text(en: "the change's number, from 1", id: "nomor perubahan, mulai dari 1")) { rt, i in .int(rt.registry.log[i].seq) },
            field("at", .dateTime, Text(en: "the clock when it was made, or null", id: "waktu perubahan, atau null")) { rt, i in rt.registry.log[i].clock.map { .dateTime($0) } ?? .null },
            field("actor", .reference(.staff), Text(en: "who made it, or null", id: "yang membuatnya, atau null")) { rt, i in rt.ref(rt.registry.log[i].actor) },
            field("action", .text, Text(en: "the statement: office unit role staff sop declare update ...", id: "perintahnya: office unit role staff sop declare update ...")) { rt, i in .string(rt.registry.log[i].action) },
            field("subject", .text, Text(en: "what it changed", id: "apa yang diubahnya")) { rt, i in rt.ref(rt.registry.log[i].subject) },
            field("detail", .text, Text(en: "what changed, in words", id: "apa yang berubah, dalam kata-kata")) { rt, i in .string(rt.registry.log[i].detail) },
        ],
        count: { rt in rt.registry.log.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.log.indices { if try !body(.row(.log(i))) { return } }
    }
}
