import Testing
@testable import PPIDRender

@Suite struct FlowLayoutTests {
    @Test(arguments: [(1, 88), (2, 88), (5, 88), (6, 72), (7, 62), (9, 60), (20, 60)])
    func columnWidths(actors: Int, width: Int) {
        let g = FlowGeometry(actorCount: actors)
        #expect(g.columnWidth == width)
        #expect(g.symbolWidth + 2 * g.gap <= g.columnWidth)
        #expect(g.gap >= 10)
    }

    @Test func maklumatRouting() {
        let layout = FlowLayout(Fixtures.maklumat)
        let g = layout.geometry
        let rows = layout.rows
        // Step 1: two capsules joined by a line.
        #expect(rows[0].symbols.map(\.cx) == [g.centerX(0), g.centerX(1)])
        #expect(rows[0].symbols.allSatisfy { $0.shape == .terminator })
        // "Tidak" comes back into step 1 from the right, with a left-pointing arrowhead.
        #expect(rows[0].arrows.count == 1 && rows[0].arrows[0].direction == .left)
        #expect(rows[0].arrows[0].x == g.centerX(1) + g.symbolWidth / 2)
        // Step 2's row carries the lane through its whole height.
        #expect(rows[1].lines.contains { $0.y1 == .px(0) && $0.y2 == .bottom && $0.x1 == $0.x2 && $0.x1 != g.centerX(1) })
        // Every later step is entered from above.
        for r in 1..<rows.count {
            #expect(rows[r].arrows.contains { $0.direction == .down }, "row \(r)")
        }
        #expect(rows[2].symbols.map(\.shape) == [.decision])
        #expect(Set(rows[2].labels.map(\.text)) == ["Ya", "Tidak"])
        #expect(rows[5].symbols.map(\.shape) == [.terminator])
    }

    @Test(arguments: [Fixtures.maklumat, Fixtures.awkward])
    func linesAreAxisAlignedAndInside(doc: SOPDocument) {
        let layout = FlowLayout(doc)
        for row in layout.rows {
            for line in row.lines {
                #expect(line.x1 == line.x2 || line.y1 == line.y2)
                #expect((0...layout.geometry.width).contains(line.x1) && (0...layout.geometry.width).contains(line.x2))
            }
        }
    }

    @Test func awkwardCases() {
        let layout = FlowLayout(Fixtures.awkward)
        let rows = layout.rows
        // Step 4 has no actor: a dashed box in the previous step's column.
        #expect(rows[3].symbols.count == 1 && rows[3].symbols[0].dashed)
        #expect(rows[3].symbols[0].cx == layout.geometry.centerX(1))
        // Step 5 jumps forward to 8: step 8 is entered from the side as well as from above.
        #expect(rows[7].arrows.contains { $0.direction == .right })
        // Step 7's "Ya" (end) cannot go to step 8, a decision: a stub says "Selesai".
        #expect(rows[6].labels.contains { $0.text == "Ya: Selesai" })
        // Step 8 is the last: its end exit is a stub, and the missing step 99 another.
        #expect(rows[7].labels.contains { $0.text == "Ya: Selesai" })
        #expect(rows[7].labels.contains { $0.text == "ke langkah 99" })
        // The out-of-range actor index 99 is ignored.
        #expect(rows[7].symbols.count == 1)
    }

    @Test func endExitGoesToTheFinalCapsule() {
        let d = SOPDocument(unitName: "U", title: "T", actors: ["A", "B"], steps: [
            SOPDocStep(number: 1, activity: "mulai", actorIndexes: [0]),
            SOPDocStep(number: 2, activity: "cek", actorIndexes: [1], decision: SOPDocDecision(yes: 3, no: nil)),
            SOPDocStep(number: 3, activity: "proses", actorIndexes: [0]),
            SOPDocStep(number: 4, activity: "selesai", actorIndexes: [1]),
        ])
        let rows = FlowLayout(d).rows
        // "Tidak" (nil) runs down a lane into the side of the final capsule.
        #expect(rows[3].arrows.contains { $0.direction == .left || $0.direction == .right })
        #expect(rows[2].lines.contains { $0.y1 == .px(0) && $0.y2 == .bottom })
        #expect(!rows.flatMap(\.labels).contains { $0.text.contains("Selesai") })
    }

    @Test func bothExitsToTheSameStepShareOneArrow() {
        let d = SOPDocument(unitName: "U", title: "T", actors: ["A"], steps: [
            SOPDocStep(number: 1, activity: "cek", actorIndexes: [0], decision: SOPDocDecision(yes: 2, no: 2)),
            SOPDocStep(number: 2, activity: "selesai", actorIndexes: [0]),
        ])
        let rows = FlowLayout(d).rows
        #expect(rows[0].labels.map(\.text) == ["Ya/Tidak"])
        #expect(rows[1].arrows.count == 1)
    }
}
