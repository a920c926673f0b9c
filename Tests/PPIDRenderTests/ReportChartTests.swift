import Testing
@testable import PPIDRender

@Suite struct ReportChartTests {
    @Test(arguments: [
        [98, 17, 9, 11, 3, 5], [1, 1, 1], [2, 1], [0, 0, 7], [1, 1, 1, 1, 1, 1, 1], [999_999, 1], [3],
    ])
    func percentagesSumToExactlyAHundred(counts: [Int]) {
        let tenths = percentTenths(counts)
        #expect(tenths.reduce(0, +) == 1000)
        #expect(tenths.count == counts.count)
        // No share is off its exact value by a tenth or more.
        let total = counts.reduce(0, +)
        for (count, share) in zip(counts, tenths) {
            #expect(abs(share * total - count * 1000) < total)
        }
    }

    @Test func percentagesOfNothingAreZeroAndTextIsFixed() {
        #expect(percentTenths([0, 0, 0]) == [0, 0, 0])
        #expect(percentTenths([1, 1, 1]) == [334, 333, 333])
        #expect(percentText(1000) == "100,0%")
        #expect(percentText(5) == "0,5%")
        #expect(decimalText(4.5) == "4,5")
        #expect(decimalText(3) == "3")
        #expect(decimalText(2.25) == "2,3")
        #expect(reportNumber(1_234_567) == "1.234.567")
        #expect(reportNumber(-1500) == "-1.500")
        #expect(romanNumeral(8) == "VIII" && romanNumeral(14) == "XIV")
    }

    @Test func countScaleIsRoundAndCoversTheMaximum() {
        #expect(CountScale(maximum: 0) == CountScale(maximum: 1))
        #expect(CountScale(maximum: 1).top == 1)
        #expect(CountScale(maximum: 21).step == 10 && CountScale(maximum: 21).top == 30)
        #expect(CountScale(maximum: 5000).step == 2000 && CountScale(maximum: 5000).top == 6000)
        for m in [3, 7, 19, 101, 4999] { #expect(CountScale(maximum: m).top >= m) }
    }

    @Test func statutoryLineStandsAfterTheTenthDay() throws {
        let chart = AnswerTimeChart(distribution: ServiceReportFixtures.busy.answerTime.distribution, statutoryDays: 10)
        let svg = chart.svg(period: "Tahun 2024")
        #expect(chart.limitX == chart.chart.x(11))
        // The line is right of the day-10 column's bar and left of the day-11 one.
        let bars = svg.ranges(of: "<rect class=\"bar\" x=\"").map { range in
            Int(svg[range.upperBound...].prefix { $0.isNumber })!
        }
        #expect(bars.count == 16)   // day 15 is empty
        #expect(bars[10] < chart.limitX && chart.limitX < bars[11])
        #expect(svg.contains("<line class=\"limit\" x1=\"\(chart.limitX)\""))
        #expect(svg.contains("stroke-dasharray=\"6 4\""))
        #expect(svg.contains(">batas 10 hari kerja</text>"))
        // Columns past the limit are hatched, the others solid.
        #expect(svg.contains("height=\"\(chart.chart.barHeight(3))\" fill=\"url(#sr-time-hatch)\""))
    }

    @Test func anotherStatutoryLimitMovesTheLine() {
        let chart = AnswerTimeChart(distribution: [1, 2], statutoryDays: 14)
        #expect(chart.chart.columns.count == 16)
        #expect(chart.limitX == chart.chart.x(15))
        #expect(chart.svg(period: "").contains(">batas 14 hari kerja</text>"))
        // The line stays inside the chart, and its label with it.
        #expect(chart.limitX < chart.chart.width)
    }

    @Test func oneHugeBarLeavesTheSmallOnesVisible() throws {
        let d = ServiceReportFixtures.oneHugeMonth
        let svg = try #require(monthChart(d))
        #expect(svg.contains(">5.000</text>") && svg.contains(">2</text>"))
        let chart = ColumnChart(id: "x", columns: d.byMonth.map { .init(label: "", value: $0.count, fill: .grey) })
        #expect(chart.barHeight(2) == 2)
        #expect(chart.barHeight(5000) <= chart.bottom - chart.top)
        #expect(chart.barHeight(0) == 0)
        // A long tail is summed in a last column, so 46 days do not make 46 thin columns.
        let time = AnswerTimeChart(distribution: d.answerTime.distribution, statutoryDays: 10)
        #expect(time.chart.columns.count == 32)
        #expect(time.chart.columns.last?.label == "> 30" && time.tail == 1)
        // The tail is labelled, and the label before it left out so that the two do not overlap.
        let timeSVG = time.svg(period: "")
        #expect(timeSVG.contains(">&gt; 30</text>") && !timeSVG.contains(">29</text>"))
        #expect(time.chart.labelEvery == 2 && timeSVG.contains(">28</text>"))
        // A share too small for a tenth still shows that there is one.
        let page = renderServiceReportHTML(d)
        #expect(page.contains(">2 (&lt; 0,1%)</text>") && page.contains(">5.000 (&gt; 99,9%)</text>"))
        #expect(page.contains("<td class=\"count\">5.002</td><td class=\"count\">100,0%</td>"))
        let rows = RowChart(id: "y", rows: [.init(label: "a", value: 5000, share: "", fill: .dark),
                                            .init(label: "b", value: 2, share: "", fill: .hatch)])
        #expect(rows.barWidth(5000) == rows.barRoom && rows.barWidth(2) == 2)
    }

    @Test func allZeroChartsAreNil() {
        let d = ServiceReportFixtures.empty
        #expect(monthChart(d) == nil)
        #expect(outcomeChart(d) == nil)
        #expect(AnswerTimeChart(distribution: [], statutoryDays: 10).isEmpty)
        #expect(AnswerTimeChart(distribution: [0, 0, 0], statutoryDays: 10).isEmpty)
    }

    @Test func everyCoordinateIsAWholeNumber() throws {
        let page = renderServiceReportHTML(ServiceReportFixtures.busy)
        for attribute in [" x=\"", " y=\"", " width=\"", " height=\"", " x1=\"", " x2=\""] {
            for range in page.ranges(of: attribute) {
                let value = page[range.upperBound...].prefix { $0 != "\"" }
                #expect(!value.contains("."), "\(attribute)\(value)")
            }
        }
    }
}
