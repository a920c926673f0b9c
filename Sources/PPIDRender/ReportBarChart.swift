/// The drawing primitives of the report's charts: inline SVG, whole-pixel coordinates
/// (so the same figures always give the same bytes), black text on white, and fills that
/// stay apart in black-and-white print (shades of grey and hatchings, never colour alone).

/// An axis for counts: a round step (1, 2, 5 × 10ⁿ) giving about four grid lines, and a top
/// that is a whole number of steps at or above the largest value.
struct CountScale: Equatable {
    let step: Int
    let top: Int

    init(maximum: Int, lines: Int = 4) {
        let maximum = max(maximum, 1)
        var base = 1
        var step = 1
        search: while true {
            for factor in [1, 2, 5] where base * factor * lines >= maximum {
                step = base * factor
                break search
            }
            base *= 10
        }
        self.step = step
        self.top = (maximum + step - 1) / step * step
    }

    var ticks: [Int] { Array(stride(from: 0, through: top, by: step)) }
}

/// The fills a chart may use, defined once per chart under ids prefixed by the chart's id.
enum ChartFill: Int, CaseIterable {
    case dark, hatch, cross, grey, dots, white

    func paint(_ chart: String) -> String {
        switch self {
        case .dark: return "#333"
        case .grey: return "#a6a6a6"
        case .white: return "#fff"
        case .hatch: return "url(#\(chart)-hatch)"
        case .cross: return "url(#\(chart)-cross)"
        case .dots: return "url(#\(chart)-dots)"
        }
    }

    /// The pattern definitions for the hatched fills.
    static func defs(_ chart: String) -> String {
        var out = "<defs>"
        out += "<pattern id=\"\(chart)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        out += "<rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000\" stroke-width=\"2\"/></pattern>"
        out += "<pattern id=\"\(chart)-cross\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
        out += "<rect width=\"6\" height=\"6\" fill=\"#fff\"/><path d=\"M0 3H6M3 0V6\" stroke=\"#000\" stroke-width=\"1.2\"/></pattern>"
        out += "<pattern id=\"\(chart)-dots\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">"
        out += "<rect width=\"5\" height=\"5\" fill=\"#fff\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.2\" fill=\"#000\"/></pattern>"
        return out + "</defs>"
    }
}

let chartFontFamily = "Arial, Liberation Sans, sans-serif"

/// The opening of a chart: an image for assistive technology, named by its title and
/// described by its values in words, as the figure's text alternative.
func chartOpen(id: String, width: Int, height: Int, title: String, description: String) -> String {
    var out = "<svg class=\"chart-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\""
    out += " width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""
    out += " font-family=\"\(chartFontFamily)\" font-size=\"11\">"
    out += "<title id=\"\(id)-title\">\(escapeHTML(title))</title><desc id=\"\(id)-desc\">\(escapeHTML(description))</desc>"
    return out + ChartFill.defs(id)
}

/// Text with a white halo, so that it stays readable over grid lines and hatching.
func chartText(_ text: String, x: Int, y: Int, anchor: String = "middle", size: Int? = nil, bold: Bool = false,
               extra: String = "") -> String {
    var out = "<text x=\"\(x)\" y=\"\(y)\" text-anchor=\"\(anchor)\""
    if let size { out += " font-size=\"\(size)\"" }
    if bold { out += " font-weight=\"bold\"" }
    out += " fill=\"#000\" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"\(extra)>"
    return out + escapeHTML(text) + "</text>"
}

/// A vertical bar chart of counts: one column per label, value printed above each
/// non-empty column, a count axis on the left with grid lines.
struct ColumnChart {
    struct Column {
        let label: String
        let value: Int
        let fill: ChartFill
    }

    let id: String
    let columns: [Column]
    var width = 640
    /// The plot area's top and bottom (the x axis); the labels go below the bottom.
    var top = 26
    var bottom = 190
    var left = 52
    var right = 14
    var yTitle = "Jumlah permohonan"
    var xTitle: String?

    var scale: CountScale { CountScale(maximum: columns.map(\.value).max() ?? 0) }
    /// The width of one column's slot; the bar takes the middle 70 %.
    var slot: Int { (width - left - right) / max(columns.count, 1) }
    /// A slot's left edge.
    func x(_ column: Int) -> Int { left + column * slot }
    var plotRight: Int { x(columns.count) }
    /// The bar's height: in scale, and at least 2 px for any non-zero count, so that one
    /// huge column never hides the small ones.
    func barHeight(_ value: Int) -> Int {
        guard value > 0 else { return 0 }
        return max(2, value * (bottom - top) / scale.top)
    }

    /// Every how many columns an x label is written, so that the labels never overlap
    /// (the last column, which may be a wider "> 30", is labelled on its own terms).
    var labelEvery: Int {
        let widest = columns.dropLast().map { $0.label.count }.max() ?? 1
        let needed = widest * 7 + 4
        return [1, 2, 5, 10, 20].first { $0 * slot >= needed } ?? 50
    }

    /// The grid, the columns, their values and the axes, without the svg element around them.
    func body() -> String {
        var out = "<g class=\"grid\" stroke=\"#c8c8c8\" stroke-width=\"1\" shape-rendering=\"crispEdges\">"
        let s = scale
        for tick in s.ticks where tick > 0 {
            let y = bottom - tick * (bottom - top) / s.top
            out += "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(plotRight)\" y2=\"\(y)\"/>"
        }
        out += "</g><g class=\"ticks\" font-size=\"10\">"
        for tick in s.ticks {
            let y = bottom - tick * (bottom - top) / s.top
            out += chartText(reportNumber(tick), x: left - 6, y: y + 4, anchor: "end")
        }
        out += "</g><g class=\"bars\" stroke=\"#000\" stroke-width=\"1\" shape-rendering=\"crispEdges\">"
        let barWidth = max(slot * 7 / 10, 2)
        for (i, column) in columns.enumerated() where column.value > 0 {
            let h = barHeight(column.value)
            out += "<rect class=\"bar\" x=\"\(x(i) + (slot - barWidth) / 2)\" y=\"\(bottom - h)\" width=\"\(barWidth)\""
            out += " height=\"\(h)\" fill=\"\(column.fill.paint(id))\"/>"
        }
        out += "</g><g class=\"values\" font-size=\"\(slot < 22 ? 9 : 10)\">"
        for (i, column) in columns.enumerated() where column.value > 0 {
            out += chartText(reportNumber(column.value), x: x(i) + slot / 2, y: bottom - barHeight(column.value) - 4)
        }
        out += "</g><g class=\"axis\" stroke=\"#000\" stroke-width=\"1\" shape-rendering=\"crispEdges\">"
        out += "<line x1=\"\(left)\" y1=\"\(top - 6)\" x2=\"\(left)\" y2=\"\(bottom)\"/>"
        out += "<line x1=\"\(left)\" y1=\"\(bottom)\" x2=\"\(plotRight)\" y2=\"\(bottom)\"/></g>"
        out += "<g class=\"labels\" font-size=\"10\">"
        let every = labelEvery, last = columns.count - 1
        for (i, column) in columns.enumerated() where i == last || (i % every == 0 && last - i >= every) {
            out += chartText(column.label, x: x(i) + slot / 2, y: bottom + 14)
        }
        out += "</g>"
        let middle = (top + bottom) / 2
        out += chartText(yTitle, x: 14, y: middle, extra: " transform=\"rotate(-90 14 \(middle))\"")
        if let xTitle { out += chartText(xTitle, x: (left + plotRight) / 2, y: bottom + 32) }
        return out
    }
}

/// A horizontal bar chart: one row per label, the label on the left, the bar scaled to the
/// largest count, and after it the count and its share.
struct RowChart {
    struct Row {
        let label: String
        let value: Int
        let share: String
        let fill: ChartFill
    }

    let id: String
    let rows: [Row]
    var width = 640
    var labelRight = 236
    var barLeft = 244
    /// Room for the longest bar; what is right of it holds the count and the share.
    var barRoom = 280
    var rowHeight = 28
    var top = 10

    var height: Int { top + rows.count * rowHeight + 8 }

    func barWidth(_ value: Int) -> Int {
        let largest = rows.map(\.value).max() ?? 0
        guard value > 0, largest > 0 else { return 0 }
        return max(2, value * barRoom / largest)
    }

    func body() -> String {
        var out = "<g class=\"bars\" stroke=\"#000\" stroke-width=\"1\" shape-rendering=\"crispEdges\">"
        for (i, row) in rows.enumerated() where row.value > 0 {
            let y = top + i * rowHeight + 5
            out += "<rect class=\"bar\" x=\"\(barLeft)\" y=\"\(y)\" width=\"\(barWidth(row.value))\" height=\"\(rowHeight - 10)\""
            out += " fill=\"\(row.fill.paint(id))\"/>"
        }
        out += "</g><line class=\"axis\" x1=\"\(barLeft)\" y1=\"\(top)\" x2=\"\(barLeft)\" y2=\"\(top + rows.count * rowHeight)\""
        out += " stroke=\"#000\" stroke-width=\"1\" shape-rendering=\"crispEdges\"/><g class=\"labels\">"
        for (i, row) in rows.enumerated() {
            let baseline = top + i * rowHeight + rowHeight / 2 + 4
            out += chartText(row.label, x: labelRight, y: baseline, anchor: "end")
            out += chartText(reportNumber(row.value) + " (" + row.share + ")", x: barLeft + barWidth(row.value) + 6,
                             y: baseline, anchor: "start", bold: true)
        }
        return out + "</g>"
    }
}
