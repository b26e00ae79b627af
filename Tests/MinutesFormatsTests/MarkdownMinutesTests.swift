import CommandLanguage
import ConstitutionFile
import Foundation
import MeetingKit
import MinutesFormats
import Testing

@Suite("Minutes in Markdown (N1–N5)")
struct MarkdownMinutesTests {
    @Test("N1–N5, A1–A4, Q3, V2, V5, V6: the example meeting's public minutes match the reviewed file")
    func publicMinutes() throws {
        let text = MarkdownMinutes.render(MinutesDocument(state: try exampleMeeting()), head: "meeting 1, 71 events, head 3f2a", timeZone: TimeZone(identifier: "UTC")!)
        expectGolden(text, "elg-october-2019.md")
        #expect(text.contains("Pat Proxy acted as proxy for Jo Bloggs (Special Schools)"), "A4: the proxy acting, and for whom")
        #expect(text.contains("Jo Bloggs, representative, Special Schools; arrived late, 14:12"), "A1: a late arrival with its time")
        #expect(text.contains("- 14:41: Not quorate: 3 of 9"), "Q3: quorum lost, with the time, in the same phrasing as quorate")
        #expect(text.contains("Outcome: **NOT CARRIED**, tied 3–3"), "V2: a tie is not carried")
        #expect(text.contains("| A1.1 | Circulate the banding model to all headteachers | Consultant Head | 2019-10-15 |"), "N2: the action table")
        #expect(!text.contains("named child"), "N4: the confidential note is left out of the public minutes")
        #expect(text.contains("Confidential matter is left out of these minutes (N4)."))
        #expect(text.contains("Record: meeting 1, 71 events, head 3f2a."))
        #expect(text.contains("the Consultant Head presented its rationale"), "V5: the correction is minuted")
    }

    @Test("N4: the private record includes the confidential item and says so at the top and the foot")
    func privateMinutes() throws {
        let text = MarkdownMinutes.render(MinutesDocument(state: try exampleMeeting(), includeConfidential: true), head: "meeting 1", timeZone: TimeZone(identifier: "UTC")!)
        expectGolden(text, "elg-october-2019-private.md")
        #expect(text.contains("A named child's placement was discussed."))
        #expect(text.hasPrefix("# Minutes: ELG, October 2019\n\n**CONFIDENTIAL"))
        #expect(text.hasSuffix("**CONFIDENTIAL: the private record (N4).**\n\nRecord: meeting 1. Check with `gavel verify --head HASH`.\n"))
    }

    @Test("text from the record cannot add headings, table cells, links, HTML, terminal escapes or reversed text")
    func injection() throws {
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        let at = Date(timeIntervalSince1970: 1_569_938_400)
        let hostile = "# Heading\n| a | b |\n<script>alert(1)</script> [link](http://x) *bold* `code` \u{1B}[31mred \u{202E}desrever"
        try log.perform(.openMeeting(MeetingDetails(title: hostile, date: CalendarDay("2019-10-01")!, place: "<b>", clerk: "")), by: .chair, at: at)
        try log.perform(.recordAction(ActionItem(id: "A1.1", item: nil, what: hostile, who: "x | y", due: CalendarDay("2019-11-01"))), by: .clerk, at: at)
        try log.perform(.note(MinuteText(item: nil, text: hostile)), by: .clerk, at: at)
        let text = MarkdownMinutes.render(MinutesDocument(state: log.state), head: "h")
        #expect(!text.contains("<script>") && !text.contains("<b>"), "raw HTML")
        #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}"), "raw control or bidi characters")
        #expect(text.contains("\\<U+202E\\>desrever") && text.contains("\\<U+001B\\>\\[31mred"))
        #expect(!text.contains("[link](http") && text.contains("\\[link\\](http://x)"), "a live link")
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("# Heading") || $0.hasPrefix("| a") }, "a heading or a table row from record text")
        let actionRows = text.split(separator: "\n").filter { $0.hasPrefix("| A1") }
        #expect(actionRows.count == 1)
        #expect(actionRows.first.map { $0.components(separatedBy: " | ").count } == 4, "a pipe in record text added a column")
    }
}
