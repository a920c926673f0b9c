import PPIDSyntax
import PPIDModel
import PPIDText

extension Interpreter {
    static let divisionByZero = Text(en: "division by zero", id: "pembagian dengan nol")
    static let remainderByZero = Text(en: "remainder of a division by zero", id: "sisa pembagian dengan nol")

    func arithmetic(_ op: BinaryOp, _ a: Value, _ b: Value, at range: SourceRange) throws(RuntimeError) -> Value {
        func overflow() -> RuntimeError {
            let isDecimal = { if case .decimal = a { return true }; if case .decimal = b { return true }; return false }()
            let what = isDecimal ? Text(en: "decimal overflow", id: "luapan bilangan desimal")
                                 : Text(en: "integer overflow", id: "luapan bilangan bulat")
            return RuntimeError(.overflow, Text(en: "the result of '\(raw: op.rawValue)' is too large (\(what))",
                                                id: "hasil '\(raw: op.rawValue)' terlalu besar (\(what))"), at: range)
        }
        switch (a, b) {
        case (.int(let x), .int(let y)):
            let r: (partialValue: Int, overflow: Bool)
            switch op {
            case .add: r = x.addingReportingOverflow(y)
            case .sub: r = x.subtractingReportingOverflow(y)
            case .mul: r = x.multipliedReportingOverflow(by: y)
            case .div:
                guard y != 0 else { throw RuntimeError(.divisionByZero, Interpreter.divisionByZero, at: range) }
                r = x.dividedReportingOverflow(by: y)
            default:
                guard y != 0 else { throw RuntimeError(.divisionByZero, Interpreter.remainderByZero, at: range) }
                r = x.remainderReportingOverflow(dividingBy: y)
            }
            if r.overflow { throw overflow() }
            return .int(r.partialValue)
        case (.int, .decimal), (.decimal, .int), (.decimal, .decimal):
            let x = try decimal(a, range), y = try decimal(b, range)
            let r: (partialValue: Int, overflow: Bool)
            switch op {
            case .add: r = x.units.addingReportingOverflow(y.units)
            case .sub: r = x.units.subtractingReportingOverflow(y.units)
            case .mul:
                let p = x.units.multipliedFullWidth(by: y.units)
                let (q, rem) = Int.divideWithOverflowCheck(high: p.high, low: p.low, by: Decimal6.scale)
                _ = rem
                guard let q else { throw overflow() }
                r = (q, false)
            case .div:
                guard y.units != 0 else { throw RuntimeError(.divisionByZero, Interpreter.divisionByZero, at: range) }
                let p = x.units.multipliedFullWidth(by: Decimal6.scale)
                let (q, _) = Int.divideWithOverflowCheck(high: p.high, low: p.low, by: y.units)
                guard let q else { throw overflow() }
                r = (q, false)
            default:
                guard y.units != 0 else { throw RuntimeError(.divisionByZero, Interpreter.remainderByZero, at: range) }
                r = x.units.remainderReportingOverflow(dividingBy: y.units)
            }
            if r.overflow { throw overflow() }
            return .decimal(Decimal6(units: r.partialValue))
        case (.string(let x), _) where op == .add:
            let y: String
            if case .string(let s) = b { y = s } else { y = display(b) }
            try charge(x.utf8.count + y.utf8.count, forText: range)
            return .string(x + y)
        case (_, .string(let y)) where op == .add:
            let x = display(a)
            try charge(x.utf8.count + y.utf8.count, forText: range)
            return .string(x + y)
        case (.list(let x), .list(let y)) where op == .add, (.rows(_, let x), .list(let y)) where op == .add,
             (.list(let x), .rows(_, let y)) where op == .add, (.rows(_, let x), .rows(_, let y)) where op == .add:
            guard x.count + y.count <= Interpreter.maxListLength else {
                throw RuntimeError(.limitExceeded, Text(en: "a list may hold at most \(Interpreter.maxListLength) values",
                                                       id: "daftar paling banyak berisi \(Interpreter.maxListLength) nilai"), at: range)
            }
            try charge((x.count + y.count) &* MemoryLayout<Value>.stride, at: range)
            // Rows of one register joined are still that register's rows.
            if case .rows(let r, _) = a, case .rows(r, _) = b { return .rows(r, x + y) }
            return .list(x + y)
        case (.date(let d), .duration(let dur)) where op == .add:
            return try addDuration(DateTime(date: d, minuteOfDay: 0), dur, keepDate: true, at: range)
        case (.dateTime(let t), .duration(let dur)) where op == .add:
            return try addDuration(t, dur, keepDate: false, at: range)
        case (.date(let x), .date(let y)) where op == .sub:
            return .int(x.dayNumber - y.dayNumber)
        case (.date(let d), .int(let n)) where op == .add || op == .sub:
            guard let r = d.adding(days: op == .add ? n : -n) else {
                throw RuntimeError(.overflow, Text(en: "the date would leave the years 1 to 9999",
                                                   id: "tanggal itu akan berada di luar tahun 1 sampai 9999"), at: range)
            }
            return .date(r)
        case (.int(let n), .duration(let d)) where op == .mul, (.duration(let d), .int(let n)) where op == .mul:
            let (m, o) = d.amount.multipliedReportingOverflow(by: n)
            if o { throw overflow() }
            return .duration(Duration(amount: m, unit: d.unit))
        case (.duration(let x), .duration(let y)) where x.unit == y.unit && (op == .add || op == .sub):
            let (m, o) = op == .add ? x.amount.addingReportingOverflow(y.amount) : x.amount.subtractingReportingOverflow(y.amount)
            if o { throw overflow() }
            return .duration(Duration(amount: m, unit: x.unit))
        default:
            throw RuntimeError(.typeMismatch, Text(en: "cannot apply '\(raw: op.rawValue)' to \(a.typeName) and \(b.typeName)",
                                                   id: "'\(raw: op.rawValue)' tidak dapat diterapkan pada \(a.typeName) dan \(b.typeName)"), at: range)
        }
    }

    func decimal(_ v: Value, _ range: SourceRange) throws(RuntimeError) -> Decimal6 {
        switch v {
        case .decimal(let d): return d
        case .int(let i):
            let (u, o) = i.multipliedReportingOverflow(by: Decimal6.scale)
            if o {
                throw RuntimeError(.overflow, Text(en: "the number \(i) is too large for decimal arithmetic",
                                                   id: "angka \(i) terlalu besar untuk perhitungan desimal"), at: range)
            }
            return Decimal6(units: u)
        default: throw RuntimeError(.typeMismatch, Value.expected(Text(en: "a number", id: "angka"), found: v), at: range)
        }
    }

    /// Date plus duration follows the office calendar (docs/language.md §8): working days skip
    /// weekends, holidays and leave; the result is a date for a date.
    func addDuration(_ t: DateTime, _ d: Duration, keepDate: Bool, at range: SourceRange) throws(RuntimeError) -> Value {
        do {
            let r = try registry.calendar.due(from: t, after: d)
            if keepDate && d.unit != .minute && d.unit != .hour { return .date(r.date) }
            return .dateTime(r)
        } catch {
            throw RuntimeError(error, at: range)
        }
    }

    /// Checks a text of `bytes` about to be built: no longer than `maxStringLength`, and
    /// within the budget (checked before the text exists).
    func charge(_ bytes: Int, forText range: SourceRange) throws(RuntimeError) {
        guard bytes <= Interpreter.maxStringLength else {
            throw RuntimeError(.limitExceeded, Text(en: "a text may be at most \(Interpreter.maxStringLength) bytes long",
                                                   id: "teks paling panjang \(Interpreter.maxStringLength) bita"), at: range)
        }
        try charge(bytes, at: range)
    }

    func checkedString(_ s: String, _ range: SourceRange) throws(RuntimeError) -> String {
        guard s.utf8.count <= Interpreter.maxStringLength else {
            throw RuntimeError(.limitExceeded, Text(en: "a text may be at most \(Interpreter.maxStringLength) bytes long",
                                                   id: "teks paling panjang \(Interpreter.maxStringLength) bita"), at: range)
        }
        return s
    }
}

extension Int {
    /// (high, low) / d, or nil when the quotient does not fit an Int.
    static func divideWithOverflowCheck(high: Int, low: UInt, by d: Int) -> (Int?, Int) {
        guard d != 0 else { return (nil, 0) }
        // |high:low| must be < |d| * 2^63 for the quotient to fit; dividingFullWidth traps otherwise.
        let negative = (high < 0) != (d < 0)
        let magHigh: UInt, magLow: UInt
        if high < 0 {
            let (nl, o) = (~low).addingReportingOverflow(1)
            magLow = nl
            magHigh = ~UInt(bitPattern: high) &+ (o ? 1 : 0)
        } else {
            magLow = low
            magHigh = UInt(bitPattern: high)
        }
        let md = d.magnitude
        guard magHigh < md else { return (nil, 0) }
        let (q, r) = md.dividingFullWidth((magHigh, magLow))
        guard q <= UInt(Int.max) else { return (nil, 0) }
        let qi = Int(q)
        return (negative ? -qi : qi, Int(r))
    }
}
