/// The three charts of the Laporan Layanan Informasi Publik. Each is nil when it has nothing
/// to draw (all counts zero): the page then says so in words instead of an empty frame.

/// Grafik 1: requests received per month, as columns (months in calendar order).
func monthChart(_ d: ServiceReportDocument) -> String? {
    let months = d.byMonth.enumerated().sorted { ($0.element.month, $0.offset) < ($1.element.month, $1.offset) }.map(\.element)
    guard months.contains(where: { $0.count > 0 }) else { return nil }
    let id = "sr-month"
    let chart = ColumnChart(id: id, columns: months.map { .init(label: monthAbbreviation($0.month), value: $0.count, fill: .grey) },
                            top: 26, bottom: 190)
    let description = "Jumlah permohonan per bulan: "
        + months.map { "\(monthName($0.month)) \(reportNumber($0.count))" }.joined(separator: ", ") + "."
    return chartOpen(id: id, width: chart.width, height: 212, title: "Jumlah permohonan informasi per bulan, \(d.period)",
                     description: description) + chart.body() + "</svg>"
}

/// The fill of each outcome, in the order of `ServiceReportDocument.outcomes`: the answers
/// in full and in part darkest and hatched, the open ones white.
let outcomeFills: [ChartFill] = [.dark, .hatch, .cross, .grey, .dots, .white]

/// Grafik 2: how the requests ended, as rows with count and share.
func outcomeChart(_ d: ServiceReportDocument) -> String? {
    let outcomes = d.outcomes
    guard outcomes.contains(where: { $0.count > 0 }) else { return nil }
    let id = "sr-outcome"
    let rows = outcomes.enumerated().map { i, o in
        RowChart.Row(label: o.label, value: o.count, share: o.share, fill: outcomeFills[i % outcomeFills.count])
    }
    let chart = RowChart(id: id, rows: rows)
    let description = "Hasil permohonan: "
        + outcomes.map { "\($0.label) \(reportNumber($0.count)) (\($0.share))" }.joined(separator: ", ") + "."
    return chartOpen(id: id, width: chart.width, height: chart.height, title: "Hasil penyelesaian permohonan informasi, \(d.period)",
                     description: description) + chart.body() + "</svg>"
}

/// Grafik 3: how many working days the answers took, one column per day, with a dashed
/// line after the statutory day: answers left of it were in time, the hatched ones right of
/// it were late. Long tails are gathered in a last column ("> N"), so that the columns stay
/// wide enough to label.
struct AnswerTimeChart {
    let statutoryDays: Int
    let chart: ColumnChart
    /// The last day drawn on its own; later days are summed into the last column.
    let lastDay: Int
    let tail: Int

    init(distribution: [Int], statutoryDays: Int) {
        let limit = max(statutoryDays, 0)
        self.statutoryDays = limit
        let lastDay = max(30, limit + 8)
        // Always one column past the limit, so that the line has a column on either side.
        let shown = max(min(distribution.count, lastDay + 1), limit + 2)
        var columns: [ColumnChart.Column] = (0..<shown).map { day in
            let value = day < distribution.count ? max(distribution[day], 0) : 0
            return .init(label: String(day), value: value, fill: day > limit ? .hatch : .dark)
        }
        let tail = distribution.count > lastDay + 1 ? distribution[(lastDay + 1)...].reduce(0) { $0 + max($1, 0) } : 0
        if distribution.count > lastDay + 1 {
            columns.append(.init(label: "> \(lastDay)", value: tail, fill: .hatch))
        }
        self.lastDay = lastDay
        self.tail = tail
        chart = ColumnChart(id: "sr-time", columns: columns, top: 36, bottom: 196, xTitle: "Lama menjawab (hari kerja)")
    }

    /// Where the limit line stands: the right edge of the statutory day's slot.
    var limitX: Int { chart.x(statutoryDays + 1) }
    var height: Int { 262 }
    var isEmpty: Bool { !chart.columns.contains { $0.value > 0 } }

    func svg(period: String) -> String {
        let id = chart.id
        let counts = chart.columns.filter { $0.value > 0 }.map { column in
            (column.label.hasPrefix(">") ? "lebih dari \(lastDay) hari kerja" : "\(column.label) hari kerja")
                + ": \(reportNumber(column.value))"
        }
        let description = "Jumlah permohonan menurut lama menjawab; batas \(statutoryDays) hari kerja. "
            + counts.joined(separator: ", ") + "."
        var out = chartOpen(id: id, width: chart.width, height: height,
                            title: "Lama menjawab permohonan dalam hari kerja, \(period)", description: description)
        out += chart.body()
        out += "<line class=\"limit\" x1=\"\(limitX)\" y1=\"\(chart.top - 20)\" x2=\"\(limitX)\" y2=\"\(chart.bottom)\""
        out += " stroke=\"#000\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
        // The label reads to the right of the line unless it would leave the chart.
        let label = "batas \(statutoryDays) hari kerja"
        let fitsRight = limitX + 4 + label.count * 6 <= chart.width
        out += chartText(label, x: fitsRight ? limitX + 4 : limitX - 4, y: chart.top - 16,
                         anchor: fitsRight ? "start" : "end", bold: true, extra: " class=\"limit-label\"")
        out += legend(y: height - 12)
        return out + "</svg>"
    }

    /// The key under the chart: which fill is in time and which late.
    private func legend(y: Int) -> String {
        let x = chart.left
        var out = "<g class=\"legend\" font-size=\"10\" stroke=\"#000\" stroke-width=\"1\">"
        out += "<rect x=\"\(x)\" y=\"\(y - 9)\" width=\"14\" height=\"10\" fill=\"\(ChartFill.dark.paint(chart.id))\"/>"
        out += "<rect x=\"\(x + 210)\" y=\"\(y - 9)\" width=\"14\" height=\"10\" fill=\"\(ChartFill.hatch.paint(chart.id))\"/></g>"
        out += chartText("dijawab dalam \(statutoryDays) hari kerja", x: x + 20, y: y, anchor: "start", size: 10)
        out += chartText("melewati \(statutoryDays) hari kerja", x: x + 230, y: y, anchor: "start", size: 10)
        return out
    }
}
