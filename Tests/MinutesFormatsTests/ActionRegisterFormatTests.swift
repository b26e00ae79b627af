import CommandLanguage
import ConstitutionFile
import Foundation
import MeetingKit
import MinutesFormats
import Testing

@Suite("The action register as CSV and Markdown (N2)")
struct ActionRegisterFormatTests {
    private func register(what: String, who: String = "Kim") throws -> ActionRegister {
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        try log.perform(.recordAction(ActionItem(id: "A1.1", item: nil, what: what, who: who, due: CalendarDay("2019-10-15"))), by: .clerk, at: Date(timeIntervalSince1970: 1_569_938_400))
        return ActionRegister(meetings: [(1, log.state)], today: CalendarDay("2019-11-01")!)
    }

    @Test("N2: CSV quotes commas, quotes and line breaks, marks overdue, and defuses spreadsheet formulas")
    func csv() throws {
        let text = ActionRegisterFormats.csv(try register(what: "Cost \"transport\", then report\nback", who: "=HYPERLINK(\"http://x\")"))
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == "Action,Raised at meeting,What,Who,Due,Status,Closed at meeting,Closing note")
        #expect(lines[1] == "A1.1,1,\"Cost \"\"transport\"\", then report\nback\",\"'=HYPERLINK(\"\"http://x\"\")\",2019-10-15,OVERDUE,,")
    }

    @Test("N2: the Markdown register escapes record text, so a pipe cannot add a column")
    func markdown() throws {
        let text = ActionRegisterFormats.markdown(try register(what: "a | b <i>c</i>"), series: "HNB ELG")
        let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("| A1.1") })
        #expect(row == "| A1.1 | 1 | a \\| b \\<i\\>c\\</i\\> | Kim | 2019-10-15 | **OVERDUE** |  |  |")
    }
}
