import Testing
@testable import PPIDDatabase

@Suite struct DatabaseTableTests {
    @Test func aColumnIsNullableUnlessSaid() {
        #expect(DatabaseTable.Column(name: "a", type: .text).nullable)
        #expect(!DatabaseTable.Column(name: "a", type: .integer, nullable: false).nullable)
    }
}
