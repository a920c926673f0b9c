extension FlowLayout {
    /// The inline SVG for one row: lines first, then the symbols (white-filled, so they hide
    /// the line ends under them), then arrowheads and labels on top. Coordinates are whole
    /// pixels, so the same document always gives the same bytes.
    func svg(row: Int) -> String {
        let g = geometry
        let drawing = rows[row]
        var out = "<svg class=\"flow-svg\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(g.width)\" height=\"100%\""
        out += " overflow=\"visible\" aria-hidden=\"true\">"
        if !drawing.lines.isEmpty {
            out += "<g class=\"links\" stroke=\"#000\" stroke-width=\"1.2\" fill=\"none\" shape-rendering=\"crispEdges\">"
            for line in drawing.lines {
                out += "<line x1=\"\(line.x1)\" y1=\"\(line.y1.svg)\" x2=\"\(line.x2)\" y2=\"\(line.y2.svg)\"/>"
            }
            out += "</g>"
        }
        out += "<g class=\"symbols\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"1.3\">"
        for symbol in drawing.symbols {
            out += symbolSVG(symbol.shape, cx: symbol.cx, dashed: symbol.dashed)
        }
        out += "</g>"
        if !drawing.arrows.isEmpty {
            out += "<g class=\"arrows\" fill=\"#000\">"
            for arrow in drawing.arrows { out += arrowSVG(x: arrow.x, y: arrow.y, arrow.direction) }
            out += "</g>"
        }
        if !drawing.labels.isEmpty {
            // A white halo (stroke painted under the fill) keeps a label readable where it
            // crosses a column rule or a line.
            out += "<g class=\"labels\" fill=\"#000\" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\""
            out += " paint-order=\"stroke\" font-family=\"Arial, Liberation Sans, sans-serif\" font-size=\"9\">"
            for label in drawing.labels {
                let anchor = label.anchorEnd ? " text-anchor=\"end\"" : ""
                out += "<text x=\"\(label.x)\" y=\"\(label.y)\"\(anchor)>\(escapeHTML(label.text))</text>"
            }
            out += "</g>"
        }
        return out + "</svg>"
    }

    private func symbolSVG(_ shape: FlowShape, cx: Int, dashed: Bool) -> String {
        let g = geometry
        let halfWidth = g.symbolWidth / 2
        let cy = g.centerY
        let dash = dashed ? " stroke-dasharray=\"3 2\"" : ""
        switch shape {
        case .terminator, .process:
            let h = g.boxHeight
            let rounded = shape == .terminator ? " rx=\"\(h / 2)\" ry=\"\(h / 2)\"" : ""
            return "<rect class=\"sym \(shape.rawValue)\" x=\"\(cx - halfWidth)\" y=\"\(cy - h / 2)\""
                + " width=\"\(g.symbolWidth)\" height=\"\(h)\"\(rounded)\(dash)/>"
        case .decision:
            let halfHeight = g.diamondHeight / 2
            let d = "M\(cx) \(cy - halfHeight)L\(cx + halfWidth) \(cy)L\(cx) \(cy + halfHeight)L\(cx - halfWidth) \(cy)Z"
            return "<path class=\"sym decision\" d=\"\(d)\"\(dash)/>"
        }
    }

    private func arrowSVG(x: Int, y: Int, _ direction: FlowDirection) -> String {
        let l = geometry.arrowLength
        let w = geometry.arrowHalfWidth
        let d: String
        switch direction {
        case .down: d = "M\(x) \(y)L\(x - w) \(y - l)L\(x + w) \(y - l)Z"
        case .up: d = "M\(x) \(y)L\(x - w) \(y + l)L\(x + w) \(y + l)Z"
        case .left: d = "M\(x) \(y)L\(x + l) \(y - w)L\(x + l) \(y + w)Z"
        case .right: d = "M\(x) \(y)L\(x - l) \(y - w)L\(x - l) \(y + w)Z"
        }
        return "<path class=\"arrow\" d=\"\(d)\"/>"
    }
}
