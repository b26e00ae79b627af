import Testing
@testable import MeetingKit

@Suite("Undo, then corrections (V5)")
struct UndoTests {
    @Test("V5: undo takes back its author's newest action; the state is as before it, and the journal keeps both")
    func undoArrival() throws {
        var meeting = TestMeeting()
        try meeting.open()
        let before = meeting.state
        let recorded = meeting.log.events.count
        let arrival = try meeting.run(.arrive(Fixture.rep("finance")))
        #expect(meeting.state.present.contains(Fixture.rep("finance")))
        let undo = try meeting.run(.undoLastAction(first: arrival[0].sequence), as: .clerk)
        #expect(undo.map(\.payload) == [.undone(first: arrival[0].sequence, last: arrival[0].sequence)])
        #expect(meeting.state.present == before.present)
        #expect(meeting.state.movements == before.movements)
        #expect(meeting.log.events.count == recorded + 2, "the undone event and the undo both stay in the journal")
        let refolded = MeetingState.fold(constitution: Fixture.elg(), events: meeting.log.events)
        #expect(refolded == meeting.state)
    }

    @Test("V5: once anything is recorded after an action, it can no longer be undone; a correction is the way")
    func undoOnlyNewest() throws {
        var meeting = TestMeeting()
        try meeting.open()
        let note = try meeting.run(.note(MinuteText(item: nil, text: "Budget is £1m")))
        try meeting.run(.arrive(Fixture.rep("finance")))
        let reason = meeting.refusal(.undoLastAction(first: note[0].sequence), as: .clerk)
        #expect(reason?.contains("can no longer be undone; record a correction instead (V5)") == true)
        #expect(meeting.state.entries.count == 1)
    }

    @Test("V5: only the action's author may undo it, and a closed vote is never undone")
    func undoAuthorAndClosedVote() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(5)
        let arrival = meeting.state.lastAction!
        #expect(meeting.refusal(.undoLastAction(first: arrival.first), as: .chair) == "Event \(arrival.first) is the clerk's action; only its author can undo it.")
        _ = try meeting.decide("M1", votes: [("early-years", .inFavour)])
        let close = meeting.state.lastAction!
        #expect(meeting.refusal(.undoLastAction(first: close.first), as: .chair) == "A closed vote is never undone, only corrected (V5).")
        #expect(meeting.state.motions["M1"]?.result != nil)
    }

    @Test("V1: undoing a vote cast takes the ballot out of the open vote; there is no undoing an undo")
    func undoVote() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(5)
        try meeting.move("M1")
        try meeting.run(.openVote("M1"))
        let cast = try meeting.run(.castVote("M1", seat: "early-years", choice: .against))
        #expect(meeting.state.motions["M1"]?.ballots["early-years"] != nil)
        let undo = try meeting.run(.undoLastAction(first: cast[0].sequence), as: .chair)
        #expect(meeting.state.motions["M1"]?.ballots["early-years"] == nil)
        #expect(meeting.state.openVote == "M1")
        #expect(meeting.refusal(.undoLastAction(first: undo[0].sequence), as: .chair) == "There is nothing to undo.")
        try meeting.run(.castVote("M1", seat: "early-years", choice: .inFavour))
        #expect(meeting.state.motions["M1"]?.ballots["early-years"]?.choice == .inFavour)
    }

    @Test("N1: an undone note is not in the minutes; the meeting's close can be undone by the chair who closed it")
    func undoneLeavesMinutes() throws {
        var meeting = TestMeeting()
        try meeting.open()
        let note = try meeting.run(.note(MinuteText(item: nil, text: "Said in error")))
        try meeting.run(.undoLastAction(first: note[0].sequence), as: .clerk)
        #expect(MinutesDocument(state: meeting.state).items.allSatisfy { $0.notes.isEmpty })
        let close = try meeting.run(.closeMeeting)
        try meeting.run(.undoLastAction(first: close[0].sequence), as: .chair)
        #expect(meeting.state.closedAt == nil)
        try meeting.run(.note(MinuteText(item: nil, text: "The meeting went on")))
    }
}
