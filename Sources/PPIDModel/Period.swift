/// The statutory time limits, in working days, that a request, an objection and a dispute run
/// by. `standard` is UU 14/2008's; a `period` sets others for what is received inside it
/// (Perki 1/2019: 3 + 2 during election stages).
public struct DeadlineFigures: Hashable, Sendable {
    /// To give the written notice (Pasal 22(7)): 10.
    public var answer: Int
    /// The one extension, still counted from receipt (Pasal 22(8)): 7.
    public var `extension`: Int
    /// To file an objection after its ground arose (Pasal 36(1)): 30.
    public var objection: Int
    /// For the Atasan PPID to answer an objection (Pasal 36(2)): 30.
    public var objectionAnswer: Int
    /// To file a dispute after the objection's answer (Pasal 37(2)): 14.
    public var dispute: Int

    public init(answer: Int = 10, `extension`: Int = 7, objection: Int = 30, objectionAnswer: Int = 30,
                dispute: Int = 14) {
        self.answer = answer
        self.extension = `extension`
        self.objection = objection
        self.objectionAnswer = objectionAnswer
        self.dispute = dispute
    }

    /// UU 14/2008's figures: answer 10, extension 7, objection 30, objection answer 30, dispute 14.
    public static let standard = DeadlineFigures()

    /// The figures with their names as the `period` block writes them, in a fixed order.
    public var named: [(name: String, days: Int)] {
        [("answer", answer), ("extension", self.extension), ("objection", objection),
         ("objection_answer", objectionAnswer), ("dispute", dispute)]
    }
}

/// `period NAME FROM..TO "title" { answer N workdays; ... }`: the days `from...to` (both
/// included) during which other deadline figures apply to what is received.
public struct Period: Hashable, Sendable {
    public let name: String
    public let from: CivilDate
    public let to: CivilDate
    public let title: String
    public let figures: DeadlineFigures

    /// True when `date` is inside the period.
    public func contains(_ date: CivilDate) -> Bool { from <= date && date <= to }
}
