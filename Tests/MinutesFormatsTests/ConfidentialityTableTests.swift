import ConstitutionFile
import Foundation
import MeetingKit
import MinutesFormats
import Testing

/// N4 as a table: every kind of entry, made under an item that is confidential when it is made, marked
/// confidential later, or marked later and then corrected, never reaches a public output; and the private
/// record has it, so the table can tell the difference.
@Suite("Confidentiality is decided when output is made (rule N4)")
struct ConfidentialityTableTests {
    enum Kind: String, CaseIterable { case note, concern, action, risk, motion, sharing, report, declaration }
    enum Timing: String, CaseIterable { case confidentialWhenMade, markedLater, corrected }

    static let secret = "SECRET-MATTER"
    static let correctionText = "SECRET-CORRECTION"
    static let constitution = ShippedConstitution.hnbELG.constitution

    /// The meeting with one entry of `kind` under item 1, and the events that made it.
    func meeting(_ kind: Kind, _ timing: Timing) throws -> MeetingState {
        var log = MeetingLog(constitution: Self.constitution)
        var minute = 0.0
        func run(_ command: Command, _ role: Role) throws {
            minute += 1
            try log.perform(command, by: role, at: Date(timeIntervalSince1970: 1_570_000_000 + minute * 60))
        }
        try run(.openMeeting(MeetingDetails(title: "N4", date: CalendarDay("2019-10-01")!, place: "", clerk: "")), .chair)
        try run(.addAgendaItem(AgendaItem(id: "1", title: "Placement of a named child", confidential: timing == .confidentialWhenMade)), .chair)
        try run(.openAgendaItem("1"), .chair)
        let text = Self.secret
        switch kind {
        case .note: try run(.note(MinuteText(item: nil, text: text)), .clerk)
        case .concern: try run(.raiseConcern(MinuteText(item: nil, text: text)), .clerk)
        case .action: try run(.recordAction(ActionItem(id: "A1.1", item: nil, what: text, who: "Dee", due: CalendarDay("2019-10-01"))), .clerk)
        case .risk: try run(.recordRisk(Risk(id: "R1.1", item: nil, description: text, owner: "AD", rating: .high, mitigation: "m")), .clerk)
        case .sharing: try run(.agreeInformationSharing(InformationSharing(item: nil, what: text, shareWith: "Schools", howOften: "Monthly")), .clerk)
        case .report: try run(.receiveReport(HighlightReport(item: nil, title: text, from: "EOG", challenge: text)), .clerk)
        case .declaration: try run(.declareInterest(Declaration(person: Self.constitution.people.keys.sorted()[0], item: nil, interest: text)), .clerk)
        case .motion:
            try run(.moveMotion(MotionDraft(id: "M1", text: text, mover: "EOG")), .chair)
            try run(.openVote("M1", overrideInquorate: "to test"), .chair)
            try run(.closeVote("M1"), .chair)
        }
        let entry = log.events.last!.sequence
        if timing != .confidentialWhenMade { try run(.markConfidential("1", true), .clerk) }
        if timing == .corrected { try run(.correct(Correction(target: entry, text: Self.correctionText)), .clerk) }
        try run(.closeMeeting, .chair)
        return log.state
    }

    /// Every public output of the meeting, by name.
    func publicOutputs(_ state: MeetingState) throws -> [(String, String)] {
        let document = MinutesDocument(state: state)
        let utc = TimeZone(identifier: "UTC")!
        let register = ActionRegister(meetings: [(1, state)], today: CalendarDay("2019-12-01")!)
        let next = MeetingState(constitution: state.constitutionForNext, mattersArising: state.mattersArisingForNext(meetingNumber: 1))
        return [
            ("public minutes, Markdown", MarkdownMinutes.render(document, head: "h", timeZone: utc)),
            ("public minutes, HTML", HTMLMinutes.render(document, head: "h", timeZone: utc)),
            ("public minutes, JSON", try JSONMinutes.render(document, head: .init(meeting: 1, eventCount: 0, hash: String(repeating: "0", count: 64)))),
            ("public action register, CSV", ActionRegisterFormats.csv(register)),
            ("public action register, Markdown", ActionRegisterFormats.markdown(register, series: "s")),
            ("next meeting's public matters arising", MarkdownMinutes.render(MinutesDocument(state: next), head: "h", timeZone: utc)),
        ]
    }

    @Test("rule N4: no kind of entry, confidential when made, marked later or corrected, reaches a public output",
          arguments: Kind.allCases, Timing.allCases)
    func nothingConfidentialIsPublic(kind: Kind, timing: Timing) throws {
        let state = try meeting(kind, timing)
        for (output, text) in try publicOutputs(state) {
            #expect(!text.contains(Self.secret), "\(kind) \(timing): \(output) shows the matter")
            #expect(!text.contains(Self.correctionText), "\(kind) \(timing): \(output) shows the correction")
            #expect(!text.contains("Placement of a named child"), "\(kind) \(timing): \(output) shows the item's title")
        }
        let privateRecord = MarkdownMinutes.render(MinutesDocument(state: state, includeConfidential: true), head: "h")
        #expect(privateRecord.contains(Self.secret), "the private record keeps \(kind)")
        if timing == .corrected { #expect(privateRecord.contains(Self.correctionText)) }
    }
}
