import Foundation
import Testing
@testable import MeetingKit

/// Issue #24, points 1 and 6: what the opening records, and what a series' first meeting has.
@Suite("#24: the opening and the series' first meeting")
struct OpeningTests {
    @Test("A1: the chair who opens the meeting is recorded present from the opening, not late")
    func chairWhoOpensIsPresent() throws {
        var meeting = TestMeeting()
        #expect(!meeting.state.present.contains(Fixture.chair))
        let details = MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "", clerk: "")
        let events = try meeting.run(.openMeeting(details))
        #expect(events.map(\.payload) == [.meetingOpened(details), .arrived(person: Fixture.chair, at: t(1))])
        #expect(meeting.state.present.contains(Fixture.chair))
        #expect(!meeting.state.arrivesLate(at: t(1)))
        // The arrival is part of the opening: one undo takes both back.
        let opening = try #require(meeting.state.lastAction)
        try meeting.run(.undoLastAction(first: opening.first))
        #expect(meeting.state.openedAt == nil)
        #expect(!meeting.state.present.contains(Fixture.chair))
    }

    @Test("A1: a chair already marked arrived by the clerk is not recorded twice")
    func chairAlreadyPresent() throws {
        var meeting = TestMeeting()
        try meeting.arrive(Fixture.chair)
        try meeting.open()
        #expect(meeting.state.movements.filter { $0.person == Fixture.chair }.count == 1)
    }

    @Test("A1, Q1: a chair given by seat (the EOG's) arrives as that seat's representative, so the seat counts")
    func chairBySeat() throws {
        var meeting = TestMeeting(Fixture.eog())
        try meeting.open()
        let chair = try #require(meeting.state.chair)
        #expect(meeting.state.present.contains(chair))
        #expect(meeting.state.quorum.missingCore.count == 2, "the chair is one of the three core members")
    }

    @Test("#24: the first meeting of a series has no previous minutes to approve; the record refuses it, saying why")
    func firstMeetingHasNoPreviousMinutes() throws {
        var first = TestMeeting(MeetingLog(constitution: Fixture.elg(), isFirstOfSeries: true))
        try first.open()
        #expect(first.refusal(.approvePreviousMinutes(note: "Approved as a true record"))
                == "This is the first meeting of the series; there are no previous minutes to approve.")
        #expect(MinutesDocument(state: first.state).previousMinutes == nil)
        var second = TestMeeting(MeetingLog(constitution: Fixture.elg(), isFirstOfSeries: false))
        try second.open()
        #expect(second.refusal(.approvePreviousMinutes(note: "Approved as a true record")) == nil)
    }

    @Test("#24: a first meeting stays the first when an undo makes the state fold its journal again")
    func firstSurvivesRefold() throws {
        var first = TestMeeting(MeetingLog(constitution: Fixture.elg(), isFirstOfSeries: true))
        try first.open()
        let open = try #require(first.state.lastAction)
        try first.run(.undoLastAction(first: open.first))
        #expect(first.state.isFirstOfSeries)
        try first.open()
        #expect(first.refusal(.approvePreviousMinutes(note: "")) != nil)
    }
}
