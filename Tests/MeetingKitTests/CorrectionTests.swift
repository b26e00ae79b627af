import Testing
@testable import MeetingKit

@Suite("Corrections, not edits (V5)")
struct CorrectionTests {
    @Test("V5: a closed vote is corrected by a later event; the vote itself is unchanged")
    func correctClosedVote() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(9)
        let before = try meeting.decide("M1", votes: [("finance", .inFavour)])
        let closeSequence = meeting.state.lastSequence
        try meeting.run(.correct(Correction(target: closeSequence, text: "Finance voted against, not for")), as: .clerk)
        #expect(meeting.state.motions["M1"] == before)
        let minutes = MinutesDocument(state: meeting.state)
        #expect(minutes.corrections.first?.text == "Finance voted against, not for")
        #expect(minutes.corrections.first?.targetDescription == "vote on motion M1 closed")
    }

    @Test("V5: a minuted note is corrected, never rewritten, even after the meeting closes")
    func correctAfterClose() throws {
        var meeting = TestMeeting()
        try meeting.open()
        let note = try meeting.run(.note(MinuteText(item: nil, text: "Budget is £1m")))
        try meeting.run(.closeMeeting)
        #expect(meeting.refusal(.note(MinuteText(item: nil, text: "late"))) == "The meeting is closed; record a correction instead of minuting a note.")
        try meeting.run(.correct(Correction(target: note[0].sequence, text: "Budget is £1.2m")), as: .chair)
        #expect(meeting.state.entries.count == 1)
        #expect(meeting.state.corrections.count == 1)
    }

    @Test("V5: only closed votes and minuted entries can be corrected")
    func onlyCorrectable() throws {
        var meeting = TestMeeting()
        let arrival = try meeting.run(.arrive(Fixture.chair))
        #expect(meeting.refusal(.correct(Correction(target: arrival[0].sequence, text: "x")))?.contains("(V5)") == true)
        #expect(meeting.refusal(.correct(Correction(target: 99, text: "x")))?.contains("(V5)") == true)
    }
}

@Suite("Event summaries")
struct EventSummaryTests {
    @Test("A4, V5: the log says who did what in plain words, with names from the constitution")
    func summaries() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(5)
        let closed = try meeting.decide("M1", votes: [("early-years", .inFavour)])
        #expect(closed.result != nil)
        let c = meeting.state.constitution
        let lines = meeting.log.events.map { "\($0.author.rawValue) \($0.summary(in: c))" }
        #expect(lines.contains("clerk recorded Special Schools Rep's arrival"))
        #expect(lines.contains("chair opened the vote on motion M1"))
        #expect(lines.last == "chair closed the vote on motion M1")
    }
}
