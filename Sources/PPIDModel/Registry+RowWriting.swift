/// The rows the digest and the journal snapshot write alike (RegisterRowWriter): a request
/// and an objection, every field in order. A field added here is in both.
extension Registry {
    func write(_ q: Request, to w: inout some RegisterRowWriter) {
        w.str(q.name); w.str(q.number); w.int(q.sequence); w.int(q.year); w.time(q.received)
        w.str(q.receivedBy); w.str(q.from); w.str(q.address); w.str(q.contact); w.str(q.job)
        w.str(q.identity); w.str(q.asks); w.str(q.purpose); w.str(q.via?.rawValue)
        w.str(q.wants?.rawValue); w.str(q.delivery?.rawValue); w.strs(q.about)
        w.str(q.period); w.figures(q.figures); w.time(q.due)
        if let e = q.extended {
            w.tag(1); w.str(e.reason); w.time(e.at); w.str(e.by)
        } else {
            w.tag(0)
        }
        if let a = q.answer {
            w.tag(1)
            w.str(a.outcome.rawValue); w.time(a.at); w.str(a.by); w.int(a.days); w.bool(a.late)
            w.str(a.form?.rawValue); w.int(a.cost); w.str(a.note); w.strs(a.given); w.str(a.withheld)
            w.str(a.basis); w.str(a.reason); w.str(a.holder); w.date(a.ready)
        } else {
            w.tag(0)
        }
    }

    func write(_ o: Objection, to w: inout some RegisterRowWriter) {
        w.str(o.name); w.str(o.number); w.int(o.sequence); w.int(o.year); w.str(o.request)
        w.time(o.received); w.str(o.receivedBy); w.strs(o.grounds.map(\.rawValue)); w.str(o.reason)
        w.str(o.period); w.figures(o.figures); w.time(o.due)
        if let a = o.answer {
            w.tag(1); w.str(a.outcome.rawValue); w.time(a.at); w.str(a.by); w.int(a.days); w.bool(a.late)
            w.str(a.reason); w.str(a.note); w.strs(a.given)
        } else {
            w.tag(0)
        }
        if let d = o.dispute {
            w.tag(1); w.str(d.commission); w.str(d.number); w.time(d.at)
        } else {
            w.tag(0)
        }
        if let r = o.ruling {
            w.tag(1); w.str(r.outcome.rawValue); w.str(r.number); w.str(r.note); w.strs(r.given); w.time(r.at)
        } else {
            w.tag(0)
        }
    }
}
