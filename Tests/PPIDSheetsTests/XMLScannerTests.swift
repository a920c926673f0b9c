import Testing
@testable import PPIDSheets

/// The scanner's start tags: attributes looked up lazily must read as a full parse would.
@Suite struct XMLScannerTests {
    /// The first start tag of `xml`.
    static func firstTag(_ xml: String) throws -> (String, XMLAttributes) {
        var x = XMLScanner(Array(xml.utf8), part: "test.xml")
        while let e = try x.next() {
            if case .start(let name, let a, _) = e { return (name, a) }
        }
        Issue.record("no start tag in \(xml)")
        return ("", XMLAttributes([]))
    }

    @Test(arguments: [
        ("<c r=\"B2\" t=\"s\" s=\"1\">", "t", "s"),
        ("<c r=\"B2\" t=\"s\" s=\"1\">", "r", "B2"),
        ("<c r=\"B2\" t=\"s\" s=\"1\"/>", "s", "1"),
        ("<x:c x:r='C3' >", "r", "C3"),                       // prefixes dropped, single quotes
        ("<sheet name=\"DIP &amp; DIK\" sheetId=\"2\">", "name", "DIP & DIK"),
        ("<sheet name=\"&#x41;&#66;\"/>", "name", "AB"),
        ("<c\n  r = \"D4\"\t>", "r", "D4"),                      // spaces around '='
        ("<c rr=\"1\" r=\"E5\">", "r", "E5"),                    // a longer name is another name
    ])
    func anAttributeReadsAsWritten(xml: String, key: String, value: String) throws {
        let (_, a) = try Self.firstTag(xml)
        #expect(a[key] == value)
    }

    @Test func aMissingAttributeIsNil() throws {
        let (name, a) = try Self.firstTag("<x:row spans=\"1:3\">")
        #expect(name == "row")
        #expect(a["r"] == nil)
        #expect(a["spans"] == "1:3")
    }

    @Test(arguments: ["<c r=\"A1>", "<c r=A1>", "<c r>", "<c =\"1\">", "<c r=\"&bogus;\">"])
    func aBrokenAttributeIsAnError(xml: String) {
        #expect(throws: SheetError.self) { _ = try Self.firstTag(xml) }
    }
}
