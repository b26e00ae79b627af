import CommandLanguage
import ConstitutionFile
import Foundation
import MeetingKit
import MinutesFormats
import Testing
import TestSupport

/// A meeting with what the example leaves out: a named chair who holds no seat and a handover, a named
/// non-voting member who leaves and returns, a guest who leaves, a motion never put to the vote, a seat
/// whose name ends in "s" voting, quorum lost, and a confidential item with only confidential matter.
private let wordingScript = """
    @2019-11-05T13:45
    appoint early-years representative "Ann Early"
    appoint primary-schools representative "Priya Primary"
    appoint secondary-schools representative "Sam Second"
    appoint secondary-governors representative "Seb Governor"
    appoint special-schools representative "Jo Bloggs"
    appoint finance representative "Fran Money"
    name chair "Chris Chair"
    name member-consultant-sutton-education-partnership-head-teacher "Hal Glenthorne"
    @13:55
    arrive "Ann Early"
    arrive "Priya Primary"
    arrive "Sam Second"
    arrive "Seb Governor"
    arrive "Jo Bloggs"
    arrive chair
    arrive "Hal Glenthorne"
    @14:00
    open "ELG, November 2019" date=2019-11-05
    guest "Gus Visitor" "Observer"
    arrive "Gus Visitor"
    item add "Budget"
    item add "A placement" confidential
    item open 1
    motion "That the budget be noted"
    vote open M1
    vote M1 secondary-governors for
    vote M1 early-years for
    vote close M1
    motion "That the next meeting be held in January"
    @14:20
    leave "Hal Glenthorne"
    @14:25
    arrive "Hal Glenthorne"
    leave "Gus Visitor"
    @14:30
    chair "Ann Early"
    item open 2
    note "A named child's placement was discussed." confidential
    @14:41
    leave "Priya Primary"
    leave "Sam Second"
    leave "Seb Governor"
    @14:50
    close
    """

private func wordingMeeting() throws -> MeetingState {
    var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
    let steps = try MeetingScript.plan(wordingScript.components(separatedBy: "\n"), file: "wording", from: log, now: Date(),
                                       timeZone: TimeZone(identifier: "UTC")!, meetingNumber: 1)
    for step in steps { try log.perform(step.command, by: step.author, at: step.time) }
    return log.state
}

private func publicMarkdown() throws -> [String] {
    MarkdownMinutes.render(MinutesDocument(state: try wordingMeeting()), head: "h", timeZone: TimeZone(identifier: "UTC")!)
        .components(separatedBy: "\n")
}

/// The lines under `heading` up to the next heading or rule.
private func section(_ lines: [String], after heading: String) -> [String] {
    guard let start = lines.firstIndex(of: heading) else { return [] }
    return Array(lines[(start + 1)...].prefix { !$0.hasPrefix("#") && $0 != "---" })
}

@Suite("#25: minutes a clerk would sign")
struct ClerkWordingTests {
    @Test("#25 M4: the chair sits in the chair's place, not among the non-voting members")
    func chairInTheChairsPlace() throws {
        let lines = try publicMarkdown()
        let chair = try #require(lines.firstIndex(of: "In the chair:"))
        #expect(lines[chair + 2] == "- Chris Chair", "\(lines[chair + 2])")
        let nonVoting = section(lines, after: "In attendance, non-voting:").prefix { !$0.hasSuffix(":") || $0.hasPrefix("- ") }
        #expect(!nonVoting.contains { $0.contains("Chris Chair") }, "\(nonVoting)")
    }

    @Test("#25 A1: non-voting members and guests carry their times; a return reads returned")
    func everyonesTimes() throws {
        let text = try publicMarkdown().joined(separator: "\n")
        #expect(text.contains("- Hal Glenthorne, non-voting: Consultant Sutton Education Partnership Head Teacher; left 14:20, returned 14:25"))
        #expect(text.contains("- Gus Visitor, guest: Observer; arrived late, 14:00; left 14:25") || text.contains("- Gus Visitor, guest: Observer; left 14:25"))
        #expect(text.contains("- 14:25 Hal Glenthorne returned"))
        #expect(!text.contains("14:25 Hal Glenthorne arrived"))
    }

    @Test("#25 Q3: one quorum phrasing, the same case whether quorate or not")
    func oneQuorumPhrasing() throws {
        let quorum = section(try publicMarkdown(), after: "## Quorum")
        #expect(quorum.contains("- 14:00: Quorate: 5 of 9 seats represented, 5 needed"), "\(quorum)")
        #expect(quorum.contains("- 14:41: Not quorate: 2 of 9 seats represented, 5 needed"), "\(quorum)")
        #expect(!quorum.contains { $0.contains("QUORATE") })
    }

    @Test("#25 N4: a confidential item in the public minutes is one line saying it was taken in confidence")
    func confidentialItemIsOneLine() throws {
        let lines = try publicMarkdown()
        #expect(lines.contains("## Item 2: Taken in confidence"))
        #expect(section(lines, after: "## Item 2: Taken in confidence").allSatisfy { $0.isEmpty })
        #expect(!lines.contains { $0.contains("Nothing minuted") || $0.contains("(CONFIDENTIAL)") || $0.contains("A placement") })
    }

    @Test("#25 N1 M4 E2: every appointment and naming, the chair's and non-voting members' too")
    func everyNaming() throws {
        let appointments = section(try publicMarkdown(), after: "## Appointments")
        #expect(appointments.contains("- 13:45: Ann Early named representative for Early Years' Settings"))
        #expect(appointments.contains("- 13:45: Chris Chair named to the place of Chair"), "\(appointments)")
        #expect(appointments.contains("- 13:45: Hal Glenthorne named to the place of non-voting: Consultant Sutton Education Partnership Head Teacher"))
        #expect(appointments.contains("- 14:30: Ann Early took the chair (E2)"))
    }

    @Test("#25 V5: a motion never put to the vote says so, not a bare \"moved\"")
    func noBareMoved() throws {
        let lines = try publicMarkdown()
        #expect(lines.contains("- Moved; not put to the vote"))
        #expect(!lines.contains("- moved"))
    }

    @Test("#25 A4: possessives as a clerk writes them: Secondary Governors' vote, Ann Early's arrival")
    func possessives() throws {
        #expect("Secondary Governors".possessive == "Secondary Governors'")
        #expect("Ann Early".possessive == "Ann Early's")
        let c = ShippedConstitution.hnbELG.constitution
        let change = MeetingEvent(sequence: 1, time: Date(), author: .chair,
                                  payload: .voteChanged(Ballot(motion: MotionID("M1"), seat: SeatID("secondary-governors"), voter: PersonID("x"), capacity: .representative, choice: .against)))
        #expect(change.summary(in: c) == "changed Secondary Governors' vote to against on motion M1")
    }

    @Test("#25 N1 V5: the same meeting as JSON (namings, the chair's place, returns, a moved motion) validates against the schema")
    func jsonValidates() throws {
        let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Schemas/minutes-v1.schema.json").standardized.path
        let head = JSONMinutes.ChainHead(meeting: 1, eventCount: 40, hash: String(repeating: "ab", count: 32))
        let text = try JSONMinutes.render(MinutesDocument(state: try wordingMeeting()), head: head)
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        let errors = try SchemaValidator(file: schema).errors(in: value)
        #expect(errors.isEmpty, "\(errors.prefix(5))")
        #expect(text.contains("\"tookTheChair\" : true") && text.contains("\"returned\" : true") && text.contains("Moved; not put to the vote"))
    }
}
