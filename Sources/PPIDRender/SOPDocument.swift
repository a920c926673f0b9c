/// An SOP as the official "SOP AP" document (Permenpan RB 35/2012) that an office signs:
/// the identity header and the flow table. Every field is display text; dates may be ISO
/// (`2025-01-05`, shown as `5 Januari 2025`) or already written out.
public struct SOPDocument: Sendable {
    /// The unit beside the logo, e.g. "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN KARANGANYAR".
    public var unitName: String
    /// Nama SOP.
    public var title: String
    /// Nomor SOP.
    public var number: String?
    /// Tgl Pembuatan.
    public var made: String?
    /// Tgl Revisi.
    public var revised: String?
    /// Tgl Efektif.
    public var effective: String?
    /// Tgl Pengesahan (a row of its own, shown only when given, as some seeds have it).
    public var enacted: String?
    /// Disahkan oleh: the signer's office, e.g. "Sekretaris KPU Kabupaten Karanganyar".
    public var enactedBy: String?
    /// The signer's name, under the signature space.
    public var signerName: String?
    /// Dasar Hukum.
    public var basis: [String]
    /// Kualifikasi Pelaksana.
    public var qualification: [String]
    /// Keterkaitan (related SOPs).
    public var related: [String]
    /// Peralatan/Perlengkapan.
    public var equipment: [String]
    /// Peringatan.
    public var warning: [String]
    /// Pencatatan dan Pendataan.
    public var records: [String]
    /// The Pelaksana column headers (role titles), one per actor, in order of first appearance.
    public var actors: [String]
    public var steps: [SOPDocStep]
    /// The line above the flow table; nil gives "BAGAN ALUR <NAMA SOP>".
    public var flowTitle: String?

    public init(unitName: String, title: String, number: String? = nil, made: String? = nil,
                revised: String? = nil, effective: String? = nil, enacted: String? = nil,
                enactedBy: String? = nil, signerName: String? = nil, basis: [String] = [],
                qualification: [String] = [], related: [String] = [], equipment: [String] = [],
                warning: [String] = [], records: [String] = [], actors: [String],
                steps: [SOPDocStep], flowTitle: String? = nil) {
        self.unitName = unitName
        self.title = title
        self.number = number
        self.made = made
        self.revised = revised
        self.effective = effective
        self.enacted = enacted
        self.enactedBy = enactedBy
        self.signerName = signerName
        self.basis = basis
        self.qualification = qualification
        self.related = related
        self.equipment = equipment
        self.warning = warning
        self.records = records
        self.actors = actors
        self.steps = steps
        self.flowTitle = flowTitle
    }
}

/// One row of the flow table.
public struct SOPDocStep: Sendable {
    /// The step number; decision targets refer to it.
    public var number: Int
    /// Kegiatan.
    public var activity: String
    /// Indexes into `SOPDocument.actors` of the columns that get this step's symbol. Empty
    /// (or only out-of-range indexes): the step has no actor column, and its symbol is drawn
    /// dashed in the previous step's column.
    public var actorIndexes: [Int]
    /// Mutu Baku: Kelengkapan (Persyaratan).
    public var needs: String
    /// Mutu Baku: Waktu, e.g. "1 hari", "5 hari kerja", "Tentatif" or "-".
    public var time: String
    /// Mutu Baku: Output.
    public var output: String
    /// Keterangan.
    public var note: String
    /// Makes the step a decision diamond with a "Ya" and a "Tidak" exit.
    public var decision: SOPDocDecision?

    public init(number: Int, activity: String, actorIndexes: [Int], needs: String = "",
                time: String = "", output: String = "", note: String = "", decision: SOPDocDecision? = nil) {
        self.number = number
        self.activity = activity
        self.actorIndexes = actorIndexes
        self.needs = needs
        self.time = time
        self.output = output
        self.note = note
        self.decision = decision
    }
}

/// The exits of a decision step: step numbers, nil meaning the end of the procedure.
public struct SOPDocDecision: Sendable, Hashable {
    public var yes: Int?
    public var no: Int?

    public init(yes: Int?, no: Int?) {
        self.yes = yes
        self.no = no
    }
}
