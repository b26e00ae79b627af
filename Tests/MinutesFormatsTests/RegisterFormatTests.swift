import Foundation
import MeetingKit
@testable import MinutesFormats
import TextHazards
import Testing

@Suite("The registers in every format")
struct RegisterFormatTests {
    private let table = RegisterTable(title: "Register of interests declared", columns: ["Meeting", "Person", "Interest"],
                                      rows: [["1", "Jo | Bloggs", "=HYPERLINK(\"x\") \u{1B}]52;c;aGk=\u{7} \u{202E}"]], notes: ["1 left out (N4)."])

    @Test("N4: Markdown, CSV, HTML and JSON escape record text, defuse formulas and carry no hazard raw")
    func escaping() throws {
        for format in RegisterFormats.formats {
            let text = try RegisterFormats.render([table], series: "HNB ELG", format: format)
            #expect(!text.unicodeScalars.contains { TextHazard.of($0) != nil && TextHazard.of($0) != .lineBreak }, "\(format) carries a hazard raw")
            // #25: a CSV is one table and nothing else; `gavel register` prints a table's notes on standard error.
            #expect(text.contains("1 left out (N4).") == (format != "csv"), "\(format)")
        }
        #expect(try RegisterFormats.render([table], series: "s", format: "md").contains("Jo \\| Bloggs"))
        #expect(try RegisterFormats.render([table], series: "s", format: "csv").contains("\"'=HYPERLINK"))
        let json = try JSONSerialization.jsonObject(with: Data(try RegisterFormats.render([table], series: "s", format: "json").utf8)) as? [String: Any]
        let rows = (json?["registers"] as? [[String: Any]])?.first?["rows"] as? [[String: String]]
        #expect(rows?.first?["Person"] == "Jo | Bloggs", "JSON rows are objects keyed by column, the text as recorded")
    }

    @Test("N4: the privacy check reads every cell, naming register, row and column")
    func privacy() {
        let findings = PrivacyCheck.findings(in: [RegisterTable(title: "Register of decisions", columns: ["Text"], rows: [["Pupil A123456789012 moved"]])])
        #expect(findings.first?.location == "Register of decisions, row 1, Text")
    }
}
