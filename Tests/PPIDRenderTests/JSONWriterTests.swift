import Testing
@testable import PPIDRender

@Suite struct JSONTests {
    @Test(arguments: [
        ("plain", "\"plain\""),
        ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("back\\slash", "\"back\\\\slash\""),
        ("a\nb\r\tc", "\"a\\nb\\r\\tc\""),
        ("\u{08}\u{0C}", "\"\\b\\f\""),
        ("\u{0}\u{1F}\u{1B}", "\"\\u0000\\u001f\\u001b\""),
        ("Désa 日本 🗳️", "\"Désa 日本 🗳️\""),
        ("</script>", "\"</script>\""),
    ])
    func string(input: String, expected: String) {
        #expect(jsonString(input) == expected)
    }

    @Test(arguments: [
        ("0", true), ("-0", true), ("3.50", true), ("1e10", true), ("-2.5E-3", true),
        ("", false), ("-", false), ("01", false), ("1.", false), (".5", false), ("1e", false),
        ("NaN", false), ("1,5", false), ("+1", false),
    ])
    func numberSyntax(text: String, valid: Bool) {
        #expect(isJSONNumber(text) == valid)
    }

    @Test func wholeTable() {
        let t = Table(columns: ["name", "n", "d", "ok", "formats", "none", "when"], rows: [
            [.text("lapkeu"), .int(-3), .decimal("2.50"), .bool(true),
             .list([.text("soft"), .list([.int(1)]), .null]), .null, .date("2024-04-01 09:30")],
            [.text("x"), .int(0), .decimal("bad"), .bool(false), .list([]), .null, .date("2024-04-02")],
        ])
        let expected = """
        [
          {
            "name": "lapkeu",
            "n": -3,
            "d": 2.50,
            "ok": true,
            "formats": [
              "soft",
              [
                1
              ],
              null
            ],
            "none": null,
            "when": "2024-04-01 09:30"
          },
          {
            "name": "x",
            "n": 0,
            "d": "bad",
            "ok": false,
            "formats": [],
            "none": null,
            "when": "2024-04-02"
          }
        ]

        """
        #expect(renderJSON(t) == expected)
    }

    @Test func emptyTable() {
        #expect(renderJSON(Table(columns: ["a"])) == "[]\n")
    }

    @Test func duplicateColumnsGetSuffixes() {
        #expect(uniqueKeys(["a", "b", "a", "a", "a_2"]) == ["a", "b", "a_2", "a_3", "a_2_2"])
        let out = renderJSON(Table(columns: ["a", "a"], rows: [[.int(1), .int(2)]]))
        #expect(out.contains("\"a\": 1,\n    \"a_2\": 2\n"))
    }

    @Test func shortRowsGetNulls() {
        let out = renderJSON(Table(columns: ["a", "b"], rows: [[.int(1)]]))
        #expect(out == "[\n  {\n    \"a\": 1,\n    \"b\": null\n  }\n]\n")
    }
}
