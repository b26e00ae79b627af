import Testing
@testable import MeetingKit

@Suite("Quorum (Q1–Q4)")
struct QuorumTests {
    @Test("Q2: the ELG is quorate with more than half of its voting seats represented (5 of 9)")
    func elgMajority() throws {
        var meeting = TestMeeting()
        try meeting.arriveRepresentatives(4)
        #expect(!meeting.state.quorum.isQuorate)
        #expect(meeting.state.quorum.seatsNeeded == 5)
        try meeting.arrive(Fixture.proxy("finance"))
        #expect(meeting.state.quorum.isQuorate)
        #expect(meeting.state.quorum.ruleText == "more than half of 9 voting seats represented (5 needed)")
    }

    @Test("Q2: a seat counts once whether by representative or proxy; non-voting members do not count")
    func seatsNotPeople() throws {
        var meeting = TestMeeting()
        try meeting.arrive(Fixture.rep("finance"), Fixture.proxy("finance"), Fixture.officer, Fixture.chair)
        #expect(meeting.state.quorum.seatsRepresented == 1)
    }

    @Test("Q2, Q3, Q4: every wording of the quorum comes from QuorumStatus: the light, the count, and the light while a vote is open")
    func wordings() throws {
        var meeting = TestMeeting()
        try meeting.arriveRepresentatives(5)
        var status = meeting.state.quorum
        #expect(status.lightWithCount == "QUORATE 5/9, 5 needed")
        #expect(status.lightDuringVote(openedWithoutQuorum: false) == "QUORATE 5/9, 5 needed")
        #expect(status.seatCount == "5 of 9 seats")
        #expect(status.seatsRepresentedLine == "5 of 9 voting seats represented")
        try meeting.depart(Fixture.rep(Fixture.nineSeats[0].id))
        status = meeting.state.quorum
        #expect(status.lightDuringVote(openedWithoutQuorum: false) == "QUORUM LOST DURING VOTE NOT QUORATE 4/9, 5 needed")
        #expect(status.lightDuringVote(openedWithoutQuorum: true) == "VOTE OPENED WITHOUT QUORUM NOT QUORATE 4/9, 5 needed")
        #expect(status.minuted == "Not quorate: 4 of 9 seats represented, 5 needed")
    }

    @Test("Q1: the EOG is quorate only when every core member is present")
    func eogAllCore() throws {
        var meeting = TestMeeting(Fixture.eog())
        try meeting.arrive("stella-strategic", "adam-send", "pat-manager")
        let status = meeting.state.quorum
        #expect(!status.isQuorate)
        #expect(status.missingCore == ["cora-cognus"])
        #expect(status.summary == "NOT QUORATE: 1 core member(s) absent")
        try meeting.arrive("cora-cognus")
        #expect(meeting.state.quorum.isQuorate)
    }

    @Test("Q3: quorum is evaluated at any instant from the timeline")
    func atAnyInstant() throws {
        var meeting = TestMeeting()
        try meeting.arriveRepresentatives(5)  // minutes 1–5
        try meeting.depart(Fixture.rep("early-years"))  // minute 6
        #expect(!meeting.state.quorum(at: t(4)).isQuorate)
        #expect(meeting.state.quorum(at: t(5)).isQuorate)
        #expect(!meeting.state.quorum(at: t(6)).isQuorate)
    }

    @Test("Q3: losing and regaining quorum is written into the minutes with the time")
    func changesMinuted() throws {
        var meeting = TestMeeting()
        try meeting.arriveRepresentatives(5)
        try meeting.open()  // minute 6
        _ = try meeting.run(.addAgendaItem(AgendaItem(id: "1", title: "Banding")))  // minute 7
        _ = try meeting.run(.openAgendaItem("1"))  // minute 8: the roll call at the opening ends (A1)
        try meeting.depart(Fixture.rep("early-years"))  // minute 9
        try meeting.arrive(Fixture.proxy("early-years"))  // minute 10
        let changes = MinutesDocument(state: meeting.state).quorum.changes
        #expect(changes.map(\.quorate) == [true, false, true])
        #expect(changes.map(\.at) == [t(6), t(9), t(10)])
    }

    @Test("Q4: a vote cannot open while inquorate without the chair's explicit override")
    func voteNeedsQuorum() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(4)
        try meeting.move("M1")
        let refusal = meeting.refusal(.openVote("M1"))
        let reason = try #require(refusal)
        #expect(reason.contains("not quorate"))
        #expect(reason.contains("4 of 9 seats represented, 5 needed"))
        #expect(reason.contains("(Q4)"))
        #expect(meeting.state.openVote == nil)
    }

    @Test("Q4: the chair's override opens the vote and is minuted")
    func overrideMinuted() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(4)
        try meeting.move("M1")
        let events = try meeting.run(.openVote("M1", overrideInquorate: "Urgent: deadline before next meeting"))
        #expect(events.map(\.payload) == [
            .quorumOverridden("M1", reason: "Urgent: deadline before next meeting"), .voteOpened("M1"),
        ])
        let minutes = MinutesDocument(state: meeting.state)
        #expect(minutes.quorum.overrides == [.init(motion: "M1", reason: "Urgent: deadline before next meeting")])
    }

    @Test("Q4: a constitution may forbid the override altogether")
    func overrideForbidden() throws {
        var meeting = TestMeeting(Fixture.elg(allowOverride: false))
        try meeting.open()
        try meeting.move("M1")
        #expect(meeting.refusal(.openVote("M1", overrideInquorate: "please"))?.contains("does not allow") == true)
    }

    @Test("Q3, Q4: quorum lost between two votes refuses the second")
    func lostBetweenVotes() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(5)
        _ = try meeting.decide("M1", votes: seats(5).map { ($0, .inFavour) })
        try meeting.depart(Fixture.rep("primary-schools"), Fixture.rep("early-years"))
        try meeting.move("M2")
        #expect(meeting.refusal(.openVote("M2"))?.contains("not quorate") == true)
        #expect(meeting.state.motions["M1"]?.result?.quorumAtOpening?.isQuorate == true)
    }
}
