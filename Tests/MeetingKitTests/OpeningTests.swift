import Foundation
import Testing
@testable import MeetingKit

/// Issue #24, point 6: what a series' first meeting has.
@Suite("#24: the series' first meeting")
struct OpeningTests {
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
