/// Lays out the flow chart of an SOP: where each step's symbols go and how the arrows
/// run, as one `FlowRowDrawing` per step (row).
///
/// Routing rules:
/// - the next step in order is reached from the bottom of the symbol: straight down when it
///   is in the same column, otherwise down, across under the symbol (the "jog"), and down
///   into the next row, where the arrowhead enters the symbol from above;
/// - any other decision exit (usually "Tidak" going back up to an earlier step, or a jump
///   forward) leaves from a side vertex of the diamond, runs along a vertical lane in the
///   blank margin of a column, and enters the target symbol from the side; exits and
///   entries keep to the outer side of a step's symbols, so they never run along the line
///   that joins the symbols of a step with several actors;
/// - a step with several actors gets a symbol in each of their columns, joined by a line;
/// - an exit to the end (nil) goes to the last step when that is an end capsule; otherwise,
///   and for a target that does not exist, a short arrow with a label says where it goes.
struct FlowLayout {
    let geometry: FlowGeometry
    private(set) var rows: [FlowRowDrawing]
    /// Each step's actor columns, sorted; never empty.
    private let columns: [[Int]]
    private let shapes: [FlowShape]
    /// Per row, the sides of the step's symbols already taken by an arrow (out or in).
    private var usedSides: [Set<Side>]
    private var usedLanes = Set<Int>()

    enum Side: Hashable { case left, right, bottom }

    init(_ document: SOPDocument) {
        let geometry = FlowGeometry(actorCount: document.actors.count)
        self.geometry = geometry
        let steps = document.steps
        var columns: [[Int]] = []
        var dashed: [Bool] = []
        for step in steps {
            let valid = Set(step.actorIndexes.filter { $0 >= 0 && $0 < geometry.columnCount }).sorted()
            // A step without an actor column stays in the previous step's column, dashed.
            columns.append(valid.isEmpty ? [columns.last?.first ?? 0] : valid)
            dashed.append(valid.isEmpty)
        }
        self.columns = columns
        self.shapes = steps.indices.map { i in
            if steps[i].decision != nil { return .decision }
            return i == 0 || i == steps.count - 1 ? .terminator : .process
        }
        rows = Array(repeating: FlowRowDrawing(), count: steps.count)
        usedSides = Array(repeating: [], count: steps.count)
        for i in steps.indices {
            let y = geometry.centerY
            if let first = columns[i].first, let last = columns[i].last, first != last {
                rows[i].lines.append((geometry.centerX(first), .px(y), geometry.centerX(last), .px(y)))
            }
            for c in columns[i] { rows[i].symbols.append((shapes[i], geometry.centerX(c), dashed[i])) }
        }
        routeEdges(steps)
    }

    /// Where an exit leads: a row, or nowhere drawable (with the text to show instead).
    private enum Target: Equatable {
        case row(Int)
        case stub(String)
    }

    private mutating func routeEdges(_ steps: [SOPDocStep]) {
        var rowOfNumber: [Int: Int] = [:]
        for (i, step) in steps.enumerated() where rowOfNumber[step.number] == nil {
            rowOfNumber[step.number] = i
        }
        let last = steps.count - 1
        var stubs: [(row: Int, label: String, text: String)] = []
        for (i, step) in steps.enumerated() {
            guard let decision = step.decision else {
                if i < last { routeDown(from: i, to: i + 1, label: nil) }
                continue
            }
            var exits: [(label: String, target: Target)] = []
            for (label, number) in [("Ya", decision.yes), ("Tidak", decision.no)] {
                let target: Target
                if let number {
                    if let row = rowOfNumber[number], row != i {
                        target = .row(row)
                    } else {
                        target = .stub("ke langkah \(number)")
                    }
                } else {
                    target = i < last && shapes[last] == .terminator ? .row(last) : .stub("Selesai")
                }
                if let k = exits.firstIndex(where: { $0.target == target }) {
                    exits[k].label += "/" + label
                } else {
                    exits.append((label, target))
                }
            }
            for exit in exits {
                switch exit.target {
                case .row(let row) where row == i + 1 && !usedSides[i].contains(.bottom):
                    routeDown(from: i, to: row, label: exit.label)
                case .row(let row):
                    routeSide(from: i, to: row, label: exit.label)
                case .stub(let text):
                    stubs.append((i, exit.label, text))
                }
            }
        }
        // Stubs last, so that they can keep clear of every arrow already drawn.
        for stub in stubs { routeStub(from: stub.row, label: stub.label, text: stub.text) }
    }

    /// The pair of columns (one of each step) closest to each other; leftmost on ties.
    private func nearest(_ a: [Int], _ b: [Int]) -> (Int, Int) {
        var best = (a.first ?? 0, b.first ?? 0)
        var bestDistance = Int.max
        for x in a {
            for y in b where abs(x - y) < bestDistance {
                best = (x, y)
                bestDistance = abs(x - y)
            }
        }
        return best
    }

    /// An arrow out of the bottom of `from` into the top of `to` (the next row).
    private mutating func routeDown(from: Int, to: Int, label: String?) {
        let g = geometry
        let (a, b) = nearest(columns[from], columns[to])
        let xa = g.centerX(a)
        let xb = g.centerX(b)
        let y = g.centerY
        usedSides[from].insert(.bottom)
        if a == b {
            rows[from].lines.append((xa, .px(y), xa, .bottom))
        } else {
            rows[from].lines.append((xa, .px(y), xa, .px(g.jogY)))
            rows[from].lines.append((xa, .px(g.jogY), xb, .px(g.jogY)))
            rows[from].lines.append((xb, .px(g.jogY), xb, .bottom))
        }
        let top = y - g.halfHeight(shapes[to])
        rows[to].lines.append((xb, .px(0), xb, .px(top)))
        rows[to].arrows.append((xb, top, .down))
        if let label {
            // Beside the line under the diamond, on the side the jog does not take.
            let baseline = y + g.halfHeight(shapes[from]) + 9
            if b > a {
                rows[from].labels.append((label, xa - 3, baseline, true))
            } else {
                rows[from].labels.append((label, xa + 3, baseline, false))
            }
        }
    }

    /// An arrow out of a side vertex, along a lane, into the side of `to` (any other row).
    private mutating func routeSide(from: Int, to: Int, label: String) {
        let g = geometry
        let src = columns[from]
        let dst = columns[to]
        guard let srcLo = src.first, let srcHi = src.last, let dstLo = dst.first, let dstHi = dst.last else { return }
        // Towards the target; the other side if this step already uses that one.
        var left = dstLo + dstHi <= srcLo + srcHi
        if usedSides[from].contains(left ? .left : .right), !usedSides[from].contains(left ? .right : .left) {
            left.toggle()
        }
        let half = g.symbolWidth / 2
        let vertexX = left ? g.centerX(srcLo) - half : g.centerX(srcHi) + half
        let baseLane: Int
        let entryX: Int
        let entersFromRight: Bool
        if left {
            if dstHi < srcLo {
                baseLane = g.columnStart(dstHi + 1) + g.gap / 2
                entryX = g.centerX(dstHi) + half
                entersFromRight = true
            } else {
                baseLane = g.columnStart(min(dstLo, srcLo)) + g.gap / 2
                entryX = g.centerX(dstLo) - half
                entersFromRight = false
            }
        } else {
            if dstLo > srcHi {
                baseLane = g.columnStart(dstLo) - g.gap / 2
                entryX = g.centerX(dstLo) - half
                entersFromRight = false
            } else {
                baseLane = g.columnStart(max(dstHi, srcHi) + 1) - g.gap / 2
                entryX = g.centerX(dstHi) + half
                entersFromRight = true
            }
        }
        usedSides[from].insert(left ? .left : .right)
        usedSides[to].insert(entersFromRight ? .right : .left)
        // Parallel lanes in the same margin are kept a few pixels apart.
        var lane = baseLane
        for offset in [0, -4, 4, -7, 7] where !usedLanes.contains(baseLane + offset) {
            lane = baseLane + offset
            break
        }
        usedLanes.insert(lane)

        let y = g.centerY
        rows[from].lines.append((vertexX, .px(y), lane, .px(y)))
        if to < from {
            rows[from].lines.append((lane, .px(y), lane, .px(0)))
            for r in (to + 1)..<from { rows[r].lines.append((lane, .px(0), lane, .bottom)) }
            rows[to].lines.append((lane, .bottom, lane, .px(y)))
        } else {
            rows[from].lines.append((lane, .px(y), lane, .bottom))
            for r in (from + 1)..<to { rows[r].lines.append((lane, .px(0), lane, .bottom)) }
            rows[to].lines.append((lane, .px(0), lane, .px(y)))
        }
        rows[to].lines.append((lane, .px(y), entryX, .px(y)))
        rows[to].arrows.append((entryX, y, entersFromRight ? .left : .right))
        // The label sits on the side of the exit line away from the lane's vertical run.
        let labelY = to < from ? y + 11 : y - 4
        rows[from].labels.append((label, left ? vertexX - 2 : vertexX + 2, labelY, left))
    }

    /// A short arrow with text saying where it goes: down from the bottom vertex when that
    /// is free, else out of a free side.
    private mutating func routeStub(from: Int, label: String, text: String) {
        let g = geometry
        let y = g.centerY
        let used = usedSides[from]
        if !used.contains(.bottom) {
            usedSides[from].insert(.bottom)
            let x = g.centerX(columns[from].first ?? 0)
            let start = y + g.halfHeight(shapes[from])
            rows[from].lines.append((x, .px(start), x, .px(start + 14)))
            rows[from].arrows.append((x, start + 14, .down))
            rows[from].labels.append((label + ": " + text, x + 4, start + 11, false))
            return
        }
        let left = used.contains(.right) && !used.contains(.left)
        usedSides[from].insert(left ? .left : .right)
        let half = g.symbolWidth / 2
        let vertexX = left ? g.centerX(columns[from].first ?? 0) - half : g.centerX(columns[from].last ?? 0) + half
        let endX = left ? vertexX - 16 : vertexX + 16
        rows[from].lines.append((vertexX, .px(y), endX, .px(y)))
        rows[from].arrows.append((endX, y, left ? .left : .right))
        rows[from].labels.append((label, left ? vertexX - 2 : vertexX + 2, y - 4, left))
        rows[from].labels.append((text, left ? endX - 2 : endX + 2, y + 11, left))
    }
}
