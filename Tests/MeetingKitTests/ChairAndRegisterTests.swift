import Foundation
import Testing
@testable import MeetingKit

@Suite("The chair, actions, risks and reports (rule E2, rule M4, rule N2, rule N3)")
struct ChairAndRegisterTests {
    @Test("rule E2: a chair handover carries into the next meeting of the series")
    func handoverCarries() throws {
        var m = TestMeeting()
        try m.open()
        try m.run(.handOverChair(to: Fixture.officer))
        let next = MeetingState(constitution: m.state.constitutionForNext)
        #expect(next.chair == Fixture.officer)
        #expect(MinutesDocument(state: next).header.chairs.map(\.name) == ["Dee People"])
    }

    @Test("rule E2, rule M4: a chair given by seat is whoever holds the seat at the instant, never its placeholder")
    func chairFollowsTheSeat() throws {
        var draft = ConstitutionDraft()
        draft.name = "EOG"
        draft.body = "EOG"
        draft.project = Project(name: "P")
        draft.quorum = "all-core-members"
        draft.seats = [.init(id: "lbs-people", partner: "LBS", role: "Director of People Services", core: true, field: "seat[0]")]
        draft.people = [.init(seat: "lbs-people", representative: "", proxy: nil, field: "people.lbs-people")]
        draft.chairSeat = "lbs-people"
        var m = TestMeeting(try draft.build())
        #expect(MinutesDocument(state: m.state).header.chairs.map(\.name) == ["Chair (not named)"])
        try m.run(.appoint(seat: "lbs-people", capacity: .representative, name: "Stella Strategic", partnersAdvised: false))
        try m.open()
        // A1: the chair who opened, the seat's representative, is recorded present at the opening.
        #expect(m.state.present.contains(PersonID("stella-strategic")))
        #expect(m.state.chair == PersonID("stella-strategic"))
        let document = MinutesDocument(state: m.state)
        #expect(document.header.chairs.last?.name == "Stella Strategic")
        #expect(document.attendance.absent.isEmpty, "the seat's placeholder is nobody absent")
        #expect(MeetingState(constitution: m.state.constitutionForNext).chair == PersonID("stella-strategic"))
    }

    @Test("rule N2: an action without a date by when is refused")
    func actionNeedsDue() throws {
        var m = TestMeeting()
        let refusal = m.refusal(.recordAction(ActionItem(id: "A1", item: nil, what: "Do it", who: "Dee", due: nil)))
        #expect(refusal == "An action needs a date by when it is done (N2): due=YYYY-MM-DD.")
    }

    @Test("rule N3: a risk is closed with a note; the register shows it closed and it is carried no further")
    func riskClosed() throws {
        var m = TestMeeting()
        try m.run(.recordRisk(Risk(id: "R1", item: nil, description: "Overspend", owner: "AD", rating: .high, mitigation: "Review")))
        try m.run(.recordRisk(Risk(id: "R2", item: nil, description: "Staffing", owner: "AD", rating: .low, mitigation: "Recruit")))
        #expect(m.refusal(.closeRisk("R1", note: " ")) == "Say why risk R1 is closed (N3).")
        try m.run(.closeRisk("R1", note: "Budget agreed"))
        #expect(m.refusal(.closeRisk("R1", note: "again")) == "Risk R1 is already closed.")
        #expect(m.refusal(.rerateRisk("R1", rating: .low, note: "")) == "Risk R1 is closed.")
        let risks = MinutesDocument(state: m.state).risks
        #expect(risks.map(\.closed) == [true, false])
        #expect(risks.first?.closedNote == "Budget agreed")
        #expect(m.state.mattersArisingForNext(meetingNumber: 1).risks.map(\.risk.id) == ["R2"])
    }

    @Test("rule N3: a report received is minuted under its item with the challenge given")
    func reportReceived() throws {
        var m = TestMeeting()
        try m.open()
        try m.run(.addAgendaItem(AgendaItem(id: "1", title: "Highlight report")))
        try m.run(.openAgendaItem("1"))
        try m.run(.receiveReport(HighlightReport(item: nil, title: "Highlight report 4", from: "EOG", challenge: "Why is banding late?")))
        #expect(m.refusal(.receiveReport(HighlightReport(item: nil, title: " ", from: "EOG", challenge: ""))) == "Say which report was received (N3).")
        let section = try #require(MinutesDocument(state: m.state).items.first { $0.id == "1" })
        #expect(section.reports == [.init(title: "Highlight report 4", from: "EOG", challenge: "Why is banding late?")])
    }

    @Test("rule Q3: a quorum line says quorate once")
    func quorumLineNotDoubled() throws {
        var m = TestMeeting()
        try m.open()
        try m.arriveRepresentatives(5)
        let changes = MinutesDocument(state: m.state).quorum.changes
        #expect(changes.last?.summary == "Quorate: 5 of 9 seats represented, 5 needed")
    }
}
