import CommandLanguage
import ConstitutionFile
import Foundation
import MeetingKit
import MinutesFormats
import Testing

/// The example meeting in examples/ (a proxy voting, late arrivals, a tie, quorum lost and regained, a
/// declaration, a confidential item), then a correction after the close.
func exampleMeeting() throws -> MeetingState {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../examples/elg-october-2019.txt").standardized.path
    let text = try String(contentsOfFile: file, encoding: .utf8)
    var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
    let utc = TimeZone(identifier: "UTC")!
    let steps = try MeetingScript.plan(text.components(separatedBy: "\n"), file: file, from: log, now: Date(), timeZone: utc, meetingNumber: 1)
    for step in steps { try log.perform(step.command, by: step.author, at: step.time) }
    let note = try #require(log.events.first { if case .noted = $0.payload { true } else { false } })
    try log.perform(.correct(Correction(target: note.sequence, text: "The EOG presented the banding model; the Consultant Head presented its rationale.")),
                    by: .clerk, at: log.state.closedAt!.addingTimeInterval(3600))
    return log.state
}

/// Compares `text` with a reviewed file in __Golden__; GAVEL_RECORD_SNAPSHOTS=1 writes it instead.
func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Golden__/\(name)").path
    if ProcessInfo.processInfo.environment["GAVEL_RECORD_SNAPSHOTS"] == "1" {
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return
    }
    let expected = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "(no golden file \(name); record it with GAVEL_RECORD_SNAPSHOTS=1)"
    #expect(text == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
}

@Suite("Minutes in Markdown (N1–N5)")
struct MarkdownMinutesTests {
    @Test("N1–N5, A1–A4, Q3, V2, V5, V6: the example meeting's public minutes match the reviewed file")
    func publicMinutes() throws {
        let text = MarkdownMinutes.render(MinutesDocument(state: try exampleMeeting()), head: "meeting 1, 71 events, head 3f2a", timeZone: TimeZone(identifier: "UTC")!)
        expectGolden(text, "elg-october-2019.md")
        #expect(text.contains("Pat Proxy acted as proxy for Jo Bloggs (Special Schools)"), "A4: the proxy acting, and for whom")
        #expect(text.contains("Jo Bloggs, representative, Special Schools; arrived late, 14:12"), "A1: a late arrival with its time")
        #expect(text.contains("- 14:41: NOT QUORATE"), "Q3: quorum lost, with the time")
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
        try log.perform(.recordAction(ActionItem(id: "A1.1", item: nil, what: hostile, who: "x | y", due: nil)), by: .clerk, at: at)
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

@Suite("The privacy check before a public export (N4)")
struct PrivacyCheckTests {
    private func document(note: String) throws -> MinutesDocument {
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        let at = Date(timeIntervalSince1970: 1_569_938_400)
        try log.perform(.addAgendaItem(AgendaItem(id: "2", title: "Placements")), by: .chair, at: at)
        try log.perform(.openAgendaItem("2"), by: .chair, at: at)
        try log.perform(.note(MinuteText(item: nil, text: note)), by: .clerk, at: at)
        return MinutesDocument(state: log.state)
    }

    @Test("N4: a UPN, an NHS number and a date of birth are found, each with where it is")
    func findsPersonalData() throws {
        let found = PrivacyCheck.findings(in: try document(note: "Pupil A123456789012, NHS 943 476 5919, DOB: 01/02/2015"))
        #expect(found.map(\.kind) == [.pupilNumber, .nhsNumber, .dateOfBirth])
        #expect(found.allSatisfy { $0.location == "item 2, note 1" })
        #expect(found.first?.description == "item 2, note 1: looks like a Unique Pupil Number (A123456789012)")
    }

    @Test("N4: budgets, dates and ten-digit figures that are not NHS numbers pass")
    func ordinaryNumbersPass() throws {
        #expect(PrivacyCheck.findings(in: try document(note: "Budget 1234567890 for 2019-10-01; meeting on 01/02/2020; 300 places")).isEmpty)
    }
}

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

@Suite("Minutes as JSON, against their schema (N1–N5)")
struct JSONMinutesTests {
    private let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Schemas/minutes-v1.schema.json").standardized.path
    private let head = JSONMinutes.ChainHead(meeting: 1, eventCount: 71, hash: String(repeating: "ab", count: 32))

    private func json(_ document: MinutesDocument) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(try JSONMinutes.render(document, head: head).utf8))
    }

    @Test("N1–N5: the example meeting's minutes, public and private, and a meeting with matters arising, all validate")
    func validates() throws {
        let validator = try SchemaValidator(file: schema)
        let state = try exampleMeeting()
        for document in [MinutesDocument(state: state), MinutesDocument(state: state, includeConfidential: true)] {
            #expect(validator.errors(in: try json(document)) == [])
        }
        var next = MeetingLog(constitution: state.constitutionForNext, mattersArising: state.mattersArisingForNext(meetingNumber: 1))
        try next.perform(.closeAction("A1.1", note: "Sent"), by: .clerk, at: Date(timeIntervalSince1970: 1_572_000_000))
        let carried = MinutesDocument(state: next.state)
        #expect(carried.mattersArising.count == 2)
        #expect(validator.errors(in: try json(carried)) == [])
    }

    @Test("the schema check can fail: a missing key, a wrong type and a bad choice are each found")
    func validatorFails() throws {
        let validator = try SchemaValidator(file: schema)
        var root = try #require(try json(MinutesDocument(state: try exampleMeeting())) as? [String: Any])
        var minutes = try #require(root["minutes"] as? [String: Any])
        minutes["quorum"] = nil
        minutes["includesConfidential"] = "no"
        var items = try #require(minutes["items"] as? [[String: Any]])
        var motions = try #require(items[1]["motions"] as? [[String: Any]])
        var votes = try #require(motions[0]["votes"] as? [[String: Any]])
        votes[0]["choice"] = "maybe"
        motions[0]["votes"] = votes
        items[1]["motions"] = motions
        minutes["items"] = items
        root["minutes"] = minutes
        let errors = validator.errors(in: root)
        #expect(errors.contains("$.minutes: missing quorum"))
        #expect(errors.contains("$.minutes.includesConfidential: expected boolean"))
        #expect(errors.contains { $0.hasPrefix("$.minutes.items[1].motions[0].votes[0].choice: not one of") })
    }

    @Test("N4: the public JSON matches the reviewed file and leaves out the confidential note; V2: the tie is there as not carried")
    func content() throws {
        let text = try JSONMinutes.render(MinutesDocument(state: try exampleMeeting()), head: head)
        expectGolden(text, "elg-october-2019.json")
        #expect(!text.contains("named child"))
        #expect(text.contains("\"format\" : \"gavel-minutes/1\""))
        #expect(text.contains("\"reason\" : \"tied 3–3: a tie is not carried\""))
    }
}

@Suite("Minutes as one printable HTML page (N1–N5)")
struct HTMLMinutesTests {
    @Test("N1–N5, N4: the example meeting's minutes, public and private, match the reviewed pages; the private one is marked on every printed page")
    func golden() throws {
        let state = try exampleMeeting()
        let utc = TimeZone(identifier: "UTC")!
        let publicPage = HTMLMinutes.render(MinutesDocument(state: state), head: "meeting 1, 71 events, head 3f2a", timeZone: utc)
        expectGolden(publicPage, "elg-october-2019.html")
        #expect(!publicPage.contains("named child") && !publicPage.contains("confidential-page\">"))
        let privatePage = HTMLMinutes.render(MinutesDocument(state: state, includeConfidential: true), head: "meeting 1", timeZone: utc)
        expectGolden(privatePage, "elg-october-2019-private.html")
        #expect(privatePage.contains("<div class=\"confidential-page\">CONFIDENTIAL: the private record (N4)</div>"))
        #expect(privatePage.contains("position: fixed"), "the banner repeats on every printed page")
        for page in [publicPage, privatePage] {
            #expect(!page.contains("<script") && !page.contains("<link") && !page.contains("src="), "not self-contained")
            #expect(page.contains("@media print"))
        }
    }

    @Test("text from the record cannot add markup, scripts, attributes, terminal escapes or reversed text")
    func injection() throws {
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        let at = Date(timeIntervalSince1970: 1_569_938_400)
        let hostile = "</li><script>alert(1)</script><img src=x onerror=\"y\"> 'q' & \u{1B}[31m \u{202E}desrever"
        try log.perform(.openMeeting(MeetingDetails(title: hostile, date: CalendarDay("2019-10-01")!, place: hostile, clerk: "")), by: .chair, at: at)
        try log.perform(.recordAction(ActionItem(id: "A1.1", item: nil, what: hostile, who: hostile, due: nil)), by: .clerk, at: at)
        let page = HTMLMinutes.render(MinutesDocument(state: log.state), head: "h")
        #expect(!page.contains("<script>") && !page.contains("<img") && !page.contains("</li><"))
        #expect(!page.contains("\u{1B}") && !page.contains("\u{202E}"))
        #expect(page.contains("&lt;/li&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;y&quot;&gt; &#39;q&#39; &amp; &lt;U+001B&gt;[31m &lt;U+202E&gt;desrever"))
    }
}
