import PPIDSyntax
import PPIDModel

/// `log`: every change, with the clock and the actor.
enum ChangeLogRegister {
    static func field(_ name: String, _ help: String, _ read: @escaping @Sendable (Interpreter, Int) -> Value) -> FieldSpec {
        FieldSpec(name, column: true, help) { rt, v in
            guard case .row(.log(let i)) = v else { return .null }
            return read(rt, i)
        }
    }

    static let log = RegisterSpec(
        .log, help: "every change, with the clock and the actor",
        fields: [
            field("seq", "the change's number, from 1") { rt, i in .int(rt.registry.log[i].seq) },
            field("at", "the clock when it was made, or null") { rt, i in rt.registry.log[i].clock.map { .dateTime($0) } ?? .null },
            field("actor", "who made it, or null") { rt, i in rt.ref(rt.registry.log[i].actor) },
            field("action", "the statement: office unit role staff sop declare update ...") { rt, i in .string(rt.registry.log[i].action) },
            field("subject", "what it changed") { rt, i in rt.ref(rt.registry.log[i].subject) },
            field("detail", "what changed, in words") { rt, i in .string(rt.registry.log[i].detail) },
        ],
        count: { rt in rt.registry.log.count }
    ) { rt, body throws(RuntimeError) in
        for i in rt.registry.log.indices { if try !body(.row(.log(i))) { return } }
    }
}
