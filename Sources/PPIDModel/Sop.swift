import PPIDText

/// A Standard Operating Procedure in the Permenpan RB 35/2012 "SOP AP" format:
/// the identity header and the flow of steps (docs/language.md §10).
public struct Sop: Hashable, Sendable {
    public let name: String
    /// Nama SOP.
    public var title: String
    public var header: SopHeader
    /// Steps in order; step `k` is at index `k - 1` once validated.
    public var steps: [SopStep]

    public init(name: String, title: String, header: SopHeader = SopHeader(), steps: [SopStep] = []) {
        self.name = name
        self.title = title
        self.header = header
        self.steps = steps
    }

    /// The step with number `n`, if any (valid SOPs number steps 1...count).
    public func step(_ n: Int) -> SopStep? {
        guard n >= 1, n <= steps.count else { return nil }
        return steps[n - 1]
    }
}

/// The SOP identity block; every field optional.
public struct SopHeader: Hashable, Sendable {
    public var number: String?
    /// Tgl Pembuatan, Tgl Revisi, Tgl Pengesahan, Tgl Efektif.
    public var made: CivilDate?
    public var revised: CivilDate?
    public var enacted: CivilDate?
    public var effective: CivilDate?
    /// Disahkan oleh.
    public var enactedBy: String?
    /// Dasar Hukum.
    public var basis: [String]
    /// Kualifikasi Pelaksana.
    public var qualification: [String]
    /// Keterkaitan.
    public var related: [String]
    /// Peralatan/Perlengkapan.
    public var equipment: [String]
    /// Peringatan.
    public var warning: [String]
    /// Pencatatan dan Pendataan.
    public var records: [String]
    /// Jumlah Pelaksana.
    public var staffCount: Int?
    /// The person who signed (the name under "Disahkan oleh").
    public var signer: String?
    /// The unit named in the document's header box.
    public var unitName: String?
    /// The title over the flow chart, when the document has one of its own.
    public var flowTitle: String?

    public init(number: String? = nil, made: CivilDate? = nil, revised: CivilDate? = nil,
                enacted: CivilDate? = nil, effective: CivilDate? = nil, enactedBy: String? = nil,
                basis: [String] = [], qualification: [String] = [], related: [String] = [],
                equipment: [String] = [], warning: [String] = [], records: [String] = [],
                staffCount: Int? = nil, signer: String? = nil, unitName: String? = nil,
                flowTitle: String? = nil) {
        self.number = number
        self.made = made
        self.revised = revised
        self.enacted = enacted
        self.effective = effective
        self.enactedBy = enactedBy
        self.basis = basis
        self.qualification = qualification
        self.related = related
        self.equipment = equipment
        self.warning = warning
        self.records = records
        self.staffCount = staffCount
        self.signer = signer
        self.unitName = unitName
        self.flowTitle = flowTitle
    }
}

/// Where a decision exit leads: another step, or the end of the procedure.
public enum StepTarget: Hashable, Sendable, CustomStringConvertible {
    case step(Int)
    case end

    public var description: String {
        switch self {
        case .step(let n): String(n)
        case .end: "end"
        }
    }
}

/// A decision diamond's two exits (Ya/Tidak).
public struct Decision: Hashable, Sendable {
    public var yes: StepTarget
    public var no: StepTarget
    public init(yes: StepTarget, no: StepTarget) {
        self.yes = yes
        self.no = no
    }
}

/// One row of the SOP flow table.
public struct SopStep: Hashable, Sendable {
    public var number: Int
    /// Kegiatan.
    public var activity: String
    /// Pelaksana: the roles that may do it (any one of them).
    public var by: [String]
    /// Roles the output goes to.
    public var to: [String]
    /// Kelengkapan / Persyaratan.
    public var needs: [String]
    /// Waktu; nil for "tentatif" / no time standard.
    public var takes: Duration?
    /// Output.
    public var yields: [String]
    /// Set for a decision step (approve / reject).
    public var decide: Decision?
    /// Four eyes: steps whose latest actor may not do this one.
    public var separateFrom: [Int]
    /// States the run's subject items move to when this step completes or is approved.
    public var marks: [MarkState]
    /// Keterangan.
    public var note: String?

    public init(number: Int, activity: String, by: [String] = [], to: [String] = [],
                needs: [String] = [], takes: Duration? = nil, yields: [String] = [],
                decide: Decision? = nil, separateFrom: [Int] = [], marks: [MarkState] = [],
                note: String? = nil) {
        self.number = number
        self.activity = activity
        self.by = by
        self.to = to
        self.needs = needs
        self.takes = takes
        self.yields = yields
        self.decide = decide
        self.separateFrom = separateFrom
        self.marks = marks
        self.note = note
    }

    public var isDecision: Bool { decide != nil }
}

/// A problem in an SOP, located so the runtime can point at it.
public struct SopProblem: Hashable, Sendable, CustomStringConvertible {
    /// Index into `steps` (0-based); nil for the SOP as a whole.
    public let stepIndex: Int?
    /// The field the problem is in (`number`, `by`, `to`, `decide`, `separate_from`, `takes`, `staff_count`, `steps`).
    public let field: String
    /// For list fields, the index of the offending element (e.g. the second role of `by`).
    public let element: Int?
    /// What is wrong, in both languages.
    public let text: Text

    public init(stepIndex: Int?, field: String, element: Int? = nil, text: Text) {
        self.stepIndex = stepIndex
        self.field = field
        self.element = element
        self.text = text
    }

    /// The English text (for tests and logs).
    public var message: String { text.english }

    public func hash(into h: inout Hasher) {
        h.combine(stepIndex)
        h.combine(field)
        h.combine(element)
        h.combine(text.english)
        h.combine(text.indonesian)
    }

    public var description: String { message }
}
