/// Reading the registers back from a snapshot (see Registry+Snapshot.swift). Everything read
/// is checked as it is rebuilt: names are unique, history entries and indices point at rows
/// and entities that exist, words are known. A snapshot that fails any check is an error.
extension Registry {
    /// What a snapshot's reader decodes aside: the log and the items' history.
    public struct AsidePart: Sendable {
        let log: LogRegister
        let history: HistoryStore
    }

    /// Runs a part of the reading elsewhere (`work`, on another thread) and returns how to
    /// wait for its result; `Registry.readAtOnce` runs it at once.
    public typealias ReadAside = (@escaping @Sendable () -> Result<AsidePart, SnapshotError>) -> () -> Result<AsidePart, SnapshotError>

    /// Runs the work at once, where it is asked for.
    public static func readAtOnce(_ work: @escaping @Sendable () -> Result<AsidePart, SnapshotError>) -> () -> Result<AsidePart, SnapshotError> {
        let result = work()
        return { result }
    }

    /// Reads the registers. The log's rows and the items' history are decoded by `aside` (the
    /// caller may run that on another thread: they are half of reading a large snapshot, and
    /// only the end of the reading needs them).
    public static func readSnapshot(from r: inout SnapshotReader, aside: ReadAside = readAtOnce) throws(SnapshotError) -> Registry {
        guard try r.int() == snapshotVersion else { throw SnapshotError("other registry version") }
        var g = Registry()
        if try r.present() {
            let name = try r.str()
            let n = try r.count(minimumSize: 2)
            var fields: [OfficeField] = []
            for _ in 0..<n { fields.append(OfficeField(key: try r.str(), value: try r.str())) }
            g.office = Office(name: name, fields: fields)
        }
        for _ in 0..<(try r.count(minimumSize: 2)) {
            let u = Unit(name: try r.str(), title: try r.str())
            try g.add(u.name, .unit(g.units.count))
            g.units.append(u)
        }
        for _ in 0..<(try r.count(minimumSize: 2)) {
            let x = Role(name: try r.str(), title: try r.str())
            try g.add(x.name, .role(g.roles.count))
            g.roles.append(x)
        }
        for _ in 0..<(try r.count(minimumSize: 5)) {
            let s = Staff(name: try r.str(), fullName: try r.str(), roles: try r.strs(), unit: try r.optionalStr(),
                          login: try r.optionalStr())
            try g.add(s.name, .staff(g.staff.count))
            g.staff.append(s)
        }

        var actions: [LogAction] = []
        for name in try r.strs() {
            guard let a = LogAction(rawValue: name) else { throw SnapshotError("unknown log action") }
            actions.append(a)
        }
        let rows = try r.count(minimumSize: 2)
        let rowBytes = try r.nested()
        guard rows <= rowBytes.remaining / 2 else { throw SnapshotError("bad log rows") }
        let words = try ItemWords(from: &r)
        let changes = try r.count(minimumSize: 5)
        let changeBytes = try r.nested()
        // The log's rows and the history decoded aside (on another thread) while the rest is
        // read here; waited for however the rest ends, so no decoding is left running.
        let aside = aside { [actions] in
            var rr = rowBytes, hr = changeBytes
            do throws(SnapshotError) {
                let log = try readLogRows(rows, actions: actions, from: &rr)
                return .success(AsidePart(log: log, history: try HistoryStore(reading: &hr, count: changes, words: words, logRows: rows)))
            } catch {
                return .failure(error)
            }
        }
        do throws(SnapshotError) {
            try readAfterLog(into: &g, from: &r, words: words, logRows: rows, changes: changes)
            let part = try aside().get()
            g.log = part.log
            g.historyStore = part.history
        } catch {
            _ = aside()
            throw error
        }
        return g
    }

    /// The log's `count` rows, which must fill `r`.
    private static func readLogRows(_ count: Int, actions: [LogAction], from r: inout SnapshotReader) throws(SnapshotError) -> LogRegister {
        var log = LogRegister()
        var stamp: (DateTime?, String?) = (nil, nil)
        var subject = "", detail = ""
        for k in 0..<count {
            let flags = try r.byte()
            guard flags < 8, k > 0 || flags == 0 else { throw SnapshotError("bad log row") }
            if flags & 1 == 0 { stamp = (try r.time(), try r.optionalStr()) }
            let a = try r.int()
            guard actions.indices.contains(a) else { throw SnapshotError("bad log action") }
            if flags & 2 == 0 { subject = try r.str() }
            if flags & 4 == 0 { detail = try r.str() }
            log.append(actions[a], subject: subject, detail: detail, clock: stamp.0, actor: stamp.1)
        }
        guard r.isAtEnd else { throw SnapshotError("bad log rows") }
        return log
    }

    /// What follows the log and the history: the items (which point into the log's `logRows`
    /// rows and the history's `changes` entries) and the other registers.
    private static func readAfterLog(into g: inout Registry, from r: inout SnapshotReader, words: ItemWords, logRows: Int,
                                     changes: Int) throws(SnapshotError) {
        let itemCount = try r.count(minimumSize: 16)
        g.reserveNames(itemCount)
        for _ in 0..<itemCount { try g.readItem(from: &r, words: words, logRows: logRows, changes: changes) }

        for _ in 0..<(try r.count(minimumSize: 20)) {
            let sop = try readSop(from: &r)
            try g.add(sop.name, .sop(g.sops.count))
            g.sops.append(sop)
            let runs = try r.int()
            guard runs >= 0 else { throw SnapshotError("bad run count") }
            g.sopRunCounts.append(runs)
        }

        for _ in 0..<(try r.count(minimumSize: 12)) { try g.readRun(from: &r) }
        for _ in 0..<(try r.count(minimumSize: 11)) {
            g.steps.append(StepRecord(run: try r.str(), step: try r.int(), activity: try r.str(), actor: try r.optionalStr(),
                                      role: try r.optionalStr(), started: try required(r.time()), done: try required(r.time()),
                                      due: try r.time(), late: try r.bool(), outcome: try r.word(StepOutcome.self),
                                      note: try r.optionalStr()))
        }

        for _ in 0..<(try r.count(minimumSize: 3)) {
            let date = try required(r.date()), name = try r.str(), isLeave = try r.bool()
            do throws(ModelError) {
                if isLeave {
                    try g.calendar.addLeave(from: date, to: date, name: name)
                } else {
                    try g.calendar.addHoliday(from: date, to: date, name: name)
                }
            } catch {
                throw SnapshotError("bad calendar: \(error.text.english)")
            }
        }
        let start = try r.int(), end = try r.int()
        guard (0...1440).contains(start), (0...1440).contains(end) else { throw SnapshotError("bad work hours") }
        do {
            try g.calendar.setWorkHours(start: TimeOfDay(minutes: start), end: TimeOfDay(minutes: end))
        } catch {
            throw SnapshotError("bad work hours")
        }
        g.calendar.leaveIsWorkday = try r.bool()
        g.calendar.unknownYears = try r.word(WorkCalendar.UnknownYears.self)

        g.clock = try r.time()
        g.actor = try r.optionalStr()
        for _ in 0..<(try r.count(minimumSize: 2)) {
            g.allowRules[try r.word(Permission.self)] = try r.strs()
        }

        let pattern = try r.str()
        do throws(ModelError) {
            g.requestNumberPattern = try RequestNumberPattern(pattern)
        } catch {
            throw SnapshotError("bad request number pattern: \(error.text.english)")
        }
        g.requestSequences = try readSequences(from: &r)
        for _ in 0..<(try r.count(minimumSize: 9)) {
            g.periods.append(Period(name: try r.str(), from: try required(r.date()), to: try required(r.date()),
                                    title: try r.str(), figures: try readFigures(from: &r)))
        }
        for _ in 0..<(try r.count(minimumSize: 20)) { try g.readRequest(from: &r) }
        g.objectionSequences = try readSequences(from: &r)
        for _ in 0..<(try r.count(minimumSize: 14)) { try g.readObjection(from: &r) }
    }

    /// Adds a name read from a snapshot, refusing one already there.
    mutating func add(_ name: String, _ ref: EntityRef) throws(SnapshotError) {
        guard addNameIfNew(name, ref) else { throw SnapshotError("a name twice") }
    }

    static func required<T>(_ v: T?) throws(SnapshotError) -> T {
        guard let v else { throw SnapshotError("missing value") }
        return v
    }

    private static func readSequences(from r: inout SnapshotReader) throws(SnapshotError) -> [Int: Int] {
        var out: [Int: Int] = [:]
        for _ in 0..<(try r.count(minimumSize: 2)) { out[try r.int()] = try r.int() }
        return out
    }

    private static func readFigures(from r: inout SnapshotReader) throws(SnapshotError) -> DeadlineFigures {
        DeadlineFigures(answer: try r.int(), extension: try r.int(), objection: try r.int(),
                        objectionAnswer: try r.int(), dispute: try r.int())
    }

    private static func readSop(from r: inout SnapshotReader) throws(SnapshotError) -> Sop {
        let name = try r.str(), title = try r.str()
        let header = SopHeader(number: try r.optionalStr(), made: try r.date(), revised: try r.date(), enacted: try r.date(),
                               effective: try r.date(), enactedBy: try r.optionalStr(), basis: try r.strs(),
                               qualification: try r.strs(), related: try r.strs(), equipment: try r.strs(),
                               warning: try r.strs(), records: try r.strs(), staffCount: try r.optionalInt(),
                               signer: try r.optionalStr(), unitName: try r.optionalStr(), flowTitle: try r.optionalStr())
        var steps: [SopStep] = []
        for _ in 0..<(try r.count(minimumSize: 10)) {
            let number = try r.int(), activity = try r.str(), by = try r.strs(), to = try r.strs(), needs = try r.strs()
            let takes = try r.duration(), yields = try r.strs()
            var decide: Decision?
            if try r.present() { decide = Decision(yes: try readTarget(from: &r), no: try readTarget(from: &r)) }
            var separate: [Int] = []
            for _ in 0..<(try r.count()) { separate.append(try r.int()) }
            var marks: [MarkState] = []
            for _ in 0..<(try r.count()) { marks.append(try r.word(MarkState.self)) }
            steps.append(SopStep(number: number, activity: activity, by: by, to: to, needs: needs, takes: takes,
                                 yields: yields, decide: decide, separateFrom: separate, marks: marks, note: try r.optionalStr()))
        }
        return Sop(name: name, title: title, header: header, steps: steps)
    }

    private static func readTarget(from r: inout SnapshotReader) throws(SnapshotError) -> StepTarget {
        try r.present() ? .step(try r.int()) : .end
    }

    private mutating func readRun(from r: inout SnapshotReader) throws(SnapshotError) {
        let name = try r.str(), sop = try r.str(), subjects = try r.strs()
        guard let s = sopIndex(named: sop) else { throw SnapshotError("a run of no SOP") }
        // Requests come after runs in the snapshot: found below, once they are read.
        var requests: [Int] = []
        let step = try r.optionalInt(), status = try r.word(RunStatus.self), started = try Registry.required(r.time())
        let startedBy = try r.optionalStr(), stepStarted = try r.time(), due = try r.time(), finished = try r.time()
        let cancelReason = try r.optionalStr()
        var actors: [String?] = []
        for _ in 0..<(try r.count()) { actors.append(try r.optionalStr()) }
        guard actors.count == sops[s].steps.count || actors.isEmpty || actors.count <= sops[s].steps.count else {
            throw SnapshotError("a run with more steps than its SOP")
        }
        try add(name, .run(runs.count))
        requests = []
        runs.append(Run(name: name, sop: sop, subjects: subjects, step: step, status: status, started: started,
                        startedBy: startedBy, stepStarted: stepStarted, due: due, finished: finished,
                        cancelReason: cancelReason, stepActors: actors, sopIndex: s,
                        requestIndices: requests))
    }

    private mutating func readRequest(from r: inout SnapshotReader) throws(SnapshotError) {
        let name = try r.str(), number = try r.str(), sequence = try r.int(), year = try r.int()
        let received = try Registry.required(r.time()), receivedBy = try r.optionalStr(), from = try r.str()
        let address = try r.optionalStr(), contact = try r.optionalStr(), job = try r.optionalStr()
        let identity = try r.optionalStr(), asks = try r.str(), purpose = try r.str()
        let via = try r.optionalWord(RequestChannel.self), wants = try r.optionalWord(RequestForm.self)
        let delivery = try r.optionalWord(RequestDelivery.self), about = try r.strs()
        var aboutIndices: [Int] = []
        for a in about {
            guard let i = itemIndex(named: a) else { throw SnapshotError("a request about no item") }
            aboutIndices.append(i)
        }
        let period = try r.optionalStr(), figures = try Registry.readFigures(from: &r), due = try Registry.required(r.time())
        var extended: RequestExtension?
        if try r.present() { extended = RequestExtension(reason: try r.str(), at: try Registry.required(r.time()), by: try r.optionalStr()) }
        var answer: RequestAnswer?
        if try r.present() {
            answer = RequestAnswer(outcome: try r.word(RequestOutcome.self), at: try Registry.required(r.time()),
                                   by: try r.optionalStr(), days: try r.int(), late: try r.bool(),
                                   form: try r.optionalWord(RequestForm.self), cost: try r.optionalInt(),
                                   note: try r.optionalStr(), given: try r.strs(), withheld: try r.optionalStr(),
                                   basis: try r.optionalStr(), reason: try r.optionalStr(), holder: try r.optionalStr(),
                                   ready: try r.date())
        }
        let q = requests.count
        try add(name, .request(q))
        requests.append(Request(name: name, number: number, sequence: sequence, year: year, received: received,
                                receivedBy: receivedBy, from: from, address: address, contact: contact, job: job,
                                identity: identity, asks: asks, purpose: purpose, via: via, wants: wants,
                                delivery: delivery, about: about, period: period, figures: figures, due: due,
                                extended: extended, answer: answer, aboutIndices: aboutIndices))
        // The runs over this request (read before it) learn its index.
        for k in runs.indices where runs[k].subjects.contains(name) {
            let run = runs[k]
            var indices: [Int] = []
            for s in run.subjects {
                if case .request(let i)? = lookupName(s) { indices.append(i) }
            }
            runs[k] = Run(name: run.name, sop: run.sop, subjects: run.subjects, step: run.step, status: run.status,
                          started: run.started, startedBy: run.startedBy, stepStarted: run.stepStarted, due: run.due,
                          finished: run.finished, cancelReason: run.cancelReason, stepActors: run.stepActors,
                          sopIndex: run.sopIndex, requestIndices: indices)
        }
    }

    private mutating func readObjection(from r: inout SnapshotReader) throws(SnapshotError) {
        let name = try r.str(), number = try r.str(), sequence = try r.int(), year = try r.int(), request = try r.str()
        guard let q = requestIndex(named: request) else { throw SnapshotError("an objection to no request") }
        let received = try Registry.required(r.time()), receivedBy = try r.optionalStr()
        var grounds: [ObjectionGround] = []
        for _ in 0..<(try r.count()) { grounds.append(try r.word(ObjectionGround.self)) }
        let reason = try r.optionalStr(), period = try r.optionalStr(), figures = try Registry.readFigures(from: &r)
        let due = try Registry.required(r.time())
        var answer: ObjectionAnswer?
        if try r.present() {
            answer = ObjectionAnswer(outcome: try r.word(ObjectionOutcome.self), at: try Registry.required(r.time()),
                                     by: try r.optionalStr(), days: try r.int(), late: try r.bool(),
                                     reason: try r.optionalStr(), note: try r.optionalStr(), given: try r.strs())
        }
        var dispute: ObjectionDispute?
        if try r.present() {
            dispute = ObjectionDispute(commission: try r.str(), number: try r.optionalStr(), at: try Registry.required(r.time()))
        }
        var ruling: ObjectionRuling?
        if try r.present() {
            ruling = ObjectionRuling(outcome: try r.word(RulingOutcome.self), number: try r.optionalStr(),
                                     note: try r.optionalStr(), given: try r.strs(), at: try Registry.required(r.time()))
        }
        try add(name, .objection(objections.count))
        objections.append(Objection(name: name, number: number, sequence: sequence, year: year, request: request,
                                    received: received, receivedBy: receivedBy, grounds: grounds, reason: reason,
                                    period: period, figures: figures, due: due, answer: answer, dispute: dispute,
                                    ruling: ruling, requestIndex: q))
    }
}
