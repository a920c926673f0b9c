import Testing
@testable import PPIDSheets

@Suite struct SheetRowsTests {
    @Test(arguments: [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (703, "AAA")])
    func columnLettersAreTheSpreadsheets(column: Int, letters: String) {
        #expect(SheetRows.columnLetters(column) == letters)
    }
}
