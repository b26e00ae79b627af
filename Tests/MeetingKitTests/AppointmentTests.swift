import Testing
@testable import MeetingKit

@Suite("Appointments and the chair (P2–P4, E2)")
struct AppointmentTests {
    @Test("P2: each seat has one representative and one proxy")
    func oneEach() {
        let constitution = Fixture.elg()
        for seat in constitution.seats {
            let holders = constitution.holders[seat.id]
            #expect(holders?.proxy != nil)
            #expect(holders?.representative != holders?.proxy)
        }
    }

    @Test("P3: replacing a representative names the successor and records that partners were advised")
    func replaceRepresentative() throws {
        var meeting = TestMeeting()
        try meeting.run(.appoint(seat: "special-schools", capacity: .representative, name: "Robin New", partnersAdvised: true))
        let holders = meeting.state.constitution.holders["special-schools"]
        #expect(holders?.representative == "robin-new")
        let record = try #require(meeting.state.appointments.first)
        #expect(record.predecessor == Fixture.rep("special-schools"))
        #expect(record.appointment.partnersAdvised)
        let minutes = MinutesDocument(state: meeting.state)
        #expect(minutes.appointments.first?.successor == "Robin New")
        #expect(minutes.appointments.first?.predecessor == "Special Schools Rep")
    }

    @Test("P3: removing without a successor is refused")
    func noSuccessor() {
        var meeting = TestMeeting()
        #expect(meeting.refusal(.appoint(seat: "special-schools", capacity: .representative, name: "  ", partnersAdvised: true)) == "Name the successor: a representative is replaced, never removed (P3).")
    }

    @Test("P3: replacing a named representative without advising the partners is refused")
    func partnersMustBeAdvised() {
        var meeting = TestMeeting()
        #expect(meeting.refusal(.appoint(seat: "special-schools", capacity: .representative, name: "Robin New", partnersAdvised: false))?.contains("(P3)") == true)
    }

    @Test("P3: filling a blank placeholder removes nobody, so no advice is needed")
    func fillingPlaceholder() throws {
        let constitution = Fixture.elg { draft in
            let index = draft.people.firstIndex { $0.seat == "finance" }!
            draft.people[index].representative = ""
        }
        #expect(constitution.people[constitution.holders["finance"]!.representative]?.isNamed == false)
        var meeting = TestMeeting(constitution)
        try meeting.run(.appoint(seat: "finance", capacity: .representative, name: "Fran Money", partnersAdvised: false))
        #expect(meeting.state.constitution.displayName(meeting.state.constitution.holders["finance"]!.representative) == "Fran Money")
    }

    @Test("P4: a partner's preferred representative needs nobody's approval: the clerk records it, no vote is held")
    func noVeto() throws {
        var meeting = TestMeeting()
        let events = try meeting.run(.appoint(seat: "finance", capacity: .proxy, name: "Sam Spare", partnersAdvised: true))
        #expect(events.count == 1)
        #expect(meeting.state.motions.isEmpty)
        #expect(meeting.state.constitution.holders["finance"]?.proxy == "sam-spare")
    }

    @Test("P2: one person cannot represent two seats")
    func representTwoSeats() {
        var meeting = TestMeeting()
        #expect(meeting.refusal(.appoint(seat: "finance", capacity: .representative, name: "Special Schools Rep", partnersAdvised: true)) == "Special Schools Rep already represents Special Schools; one person cannot represent two seats.")
    }

    @Test("P2: an appointment to an unknown seat is refused and lists the seats")
    func unknownSeat() {
        var meeting = TestMeeting()
        #expect(meeting.refusal(.appoint(seat: "nursery", capacity: .proxy, name: "X", partnersAdvised: true))?.hasPrefix("There is no seat 'nursery'") == true)
    }

    @Test("A2: an appointed proxy holds the seat in the representative's absence")
    func appointedProxyHolds() throws {
        var meeting = TestMeeting()
        try meeting.run(.appoint(seat: "finance", capacity: .proxy, name: "Sam Spare", partnersAdvised: true))
        try meeting.arrive("sam-spare")
        #expect(meeting.state.voteHolders["finance"] == .held(by: "sam-spare", as: .proxy))
    }

    @Test("E2: a chair handover is a recorded act with its time, and the minutes show both chairs")
    func chairHandover() throws {
        var meeting = TestMeeting(Fixture.eog())
        #expect(meeting.state.chair == "stella-strategic")
        try meeting.run(.handOverChair(to: "adam-send"))
        #expect(meeting.state.chair == "adam-send")
        let minutes = MinutesDocument(state: meeting.state)
        #expect(minutes.header.chairs.map(\.name) == ["Stella Strategic", "Adam Send"])
        #expect(minutes.header.chairs.last?.from == t(1))
    }
}
