/// The flow chart's fixed geometry, in CSS pixels.
///
/// The chart is drawn one SVG per table row, each laid over that row's Pelaksana columns.
/// Column widths are fixed in pixels so that x positions are known exactly; the row heights
/// are not known (text wraps in the other cells), so every symbol sits at a fixed distance
/// from the top of its row and lines that must reach the row's bottom edge use `100%`.
/// That keeps the chart connected whatever height the browser gives a row.
struct FlowGeometry: Sendable {
    let columnCount: Int
    let columnWidth: Int

    /// Symbol centre, from the top of the row.
    let centerY = 28
    /// Height of a process box and a terminator capsule.
    let boxHeight = 24
    /// Height of a decision diamond.
    let diamondHeight = 34
    /// Rows are never shorter than this, so that the symbol and the jog below it fit.
    let minRowHeight = 66
    /// Length and half-width of an arrowhead.
    let arrowLength = 7
    let arrowHalfWidth = 4

    /// - Parameter actorCount: the number of Pelaksana columns (at least one is drawn).
    init(actorCount: Int) {
        columnCount = max(actorCount, 1)
        // About 440 px for all actor columns (under half of an A4 landscape page), each
        // between 60 and 88 px, even so that centres fall on whole pixels.
        let share = 440 / columnCount
        columnWidth = min(88, max(60, share)) / 2 * 2
    }

    /// The width of all actor columns together.
    var width: Int { columnCount * columnWidth }
    var symbolWidth: Int { max(30, min(60, columnWidth - 36)) }
    /// The free space between a symbol's side and its column's edge.
    var gap: Int { (columnWidth - symbolWidth) / 2 }
    /// The y of a horizontal jog that takes a line under a symbol into another column.
    var jogY: Int { centerY + diamondHeight / 2 + 9 }

    func columnStart(_ column: Int) -> Int { column * columnWidth }
    func centerX(_ column: Int) -> Int { column * columnWidth + columnWidth / 2 }

    func halfHeight(_ shape: FlowShape) -> Int {
        shape == .decision ? diamondHeight / 2 : boxHeight / 2
    }
}

/// The flowchart symbols of SOP AP that this renderer draws.
enum FlowShape: String, Sendable {
    /// Capsule: the first and the last step.
    case terminator
    /// Rectangle: an activity.
    case process
    /// Diamond: a decision with "Ya" and "Tidak" exits.
    case decision
}

/// A y coordinate inside one row: pixels from the row's top, or the row's bottom edge.
enum FlowY: Hashable, Sendable {
    case px(Int)
    case bottom

    var svg: String {
        switch self {
        case .px(let y): return String(y)
        case .bottom: return "100%"
        }
    }
}

enum FlowDirection: Sendable { case down, up, left, right }

/// What one row's SVG contains, in drawing order: lines under symbols under marks.
struct FlowRowDrawing: Sendable {
    var lines: [(x1: Int, y1: FlowY, x2: Int, y2: FlowY)] = []
    var symbols: [(shape: FlowShape, cx: Int, dashed: Bool)] = []
    var arrows: [(x: Int, y: Int, direction: FlowDirection)] = []
    var labels: [(text: String, x: Int, y: Int, anchorEnd: Bool)] = []
}
