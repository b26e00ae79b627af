import Foundation
import Testing
@testable import MeetingKit

@Suite("Corrections where the mistake is (V5)")
struct CorrectionInPlaceTests {
    @Test("rule V5: a corrected note reads as corrected, marked C1, in every view; the history keeps how it read")
    func noteInPlace() throws {
        var meeting = TestMeeting()
        try meeting.open()
        let note = try meeting.run(.note(MinuteText(item: nil, text: "Budget is £1m")))
        let before = meeting.state
        try meeting.run(.correct(Correction(target: note[0].sequence, text: "Budget is £1.2m")), as: .clerk)
        #expect(meeting.state.currentText(of: note[0].sequence) == "Budget is £1.2m")
        #expect(meeting.state.correctionMark(note[0].sequence) == " (corrected, see C1)")
        let minutes = MinutesDocument(state: meeting.state)
        #expect(minutes.items.first?.notes == ["Budget is £1.2m (corrected, see C1)"])
        #expect(minutes.corrections.first?.number == 1)
        #expect(minutes.corrections.first?.was == "Budget is £1m")
        // The instant before the correction still reads as it did then.
        #expect(MinutesDocument(state: before).items.first?.notes == ["Budget is £1m"])
        #expect(meeting.state.entries.count == 1, "a correction adds no entry")
    }

    @Test("rule V5: a second correction of the same entry wins in place and is C2; both stay in the history")
    func correctedTwice() throws {
        var meeting = TestMeeting()
        try meeting.open()
        let action = try meeting.run(.recordAction(ActionItem(id: "A1.1", item: nil, what: "Circulate the model", who: "Kim", due: CalendarDay("2019-11-01"))))
        try meeting.run(.correct(Correction(target: action[0].sequence, text: "Circulate the banding model")), as: .clerk)
        try meeting.run(.correct(Correction(target: action[0].sequence, text: "Circulate the banding model to heads")), as: .chair)
        let minutes = MinutesDocument(state: meeting.state)
        #expect(minutes.actions.first?.what == "Circulate the banding model to heads (corrected, see C2)")
        #expect(minutes.corrections.map(\.was) == ["Circulate the model", "Circulate the banding model"])
    }

    @Test("rule V5: outcome= puts a closed vote's outcome right in place; the tally and ballots stand")
    func outcomeInPlace() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(5)
        let closed = try meeting.decide("M1", votes: [("early-years", .inFavour), ("primary-schools", .against)])
        #expect(closed.result?.outcome.carried == false)
        let close = try #require(closed.result?.sequence)
        try meeting.run(.correct(Correction(target: close, text: "Primary Schools voted for; the clerk keyed against", carried: true)), as: .clerk)
        let corrected = try #require(meeting.state.motions["M1"]?.result)
        #expect(corrected.outcome.carried)
        #expect(corrected.tally == closed.result?.tally, "the votes as cast stay on the record")
        #expect(corrected.outcome.reason == "Primary Schools voted for; the clerk keyed against")
        let section = try #require(MinutesDocument(state: meeting.state).items.first?.motions.first)
        #expect(section.outcome?.word == "CARRIED")
        #expect(section.outcome?.reason.hasSuffix("(corrected, see C1)") == true)
        let line = try #require(MinutesDocument(state: meeting.state).corrections.first)
        #expect(line.outcome == "CARRIED")
        #expect(line.was?.hasPrefix("NOT CARRIED") == true)
    }

    @Test("rule V5, V3: outcome= is for a closed vote only, and never for a rule change, whose rule has already applied")
    func outcomeRefusals() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.arriveRepresentatives(5)
        let note = try meeting.run(.note(MinuteText(item: nil, text: "x")))
        #expect(meeting.refusal(.correct(Correction(target: note[0].sequence, text: "y", carried: true)), as: .clerk)?.contains("outcome= corrects a closed vote") == true)
        try meeting.move("M2")
        try meeting.run(.moveMotion(MotionDraft(id: "M1", text: "Unanimity for M2", mover: "EOG", ruleChange: RuleChange(newRule: .unanimity, appliesTo: ["M2"]))))
        try meeting.run(.openVote("M1"))
        for seat in seats(5) { try meeting.run(.castVote("M1", seat: SeatID(seat), choice: .inFavour)) }
        let close = try meeting.run(.closeVote("M1"))
        #expect(meeting.refusal(.correct(Correction(target: close[0].sequence, text: "wrong", carried: false)), as: .clerk)?.contains("(V3, V5)") == true)
    }

    @Test("rule V5: an undone correction leaves the entry as it was")
    func undoneCorrection() throws {
        var meeting = TestMeeting()
        try meeting.open()
        let note = try meeting.run(.note(MinuteText(item: nil, text: "first")))
        let correction = try meeting.run(.correct(Correction(target: note[0].sequence, text: "second")), as: .clerk)
        try meeting.run(.undoLastAction(first: correction[0].sequence), as: .clerk)
        #expect(meeting.state.currentText(of: note[0].sequence) == "first")
        #expect(meeting.state.correctionMark(note[0].sequence) == "")
    }
}

@Suite("Agenda titles and names put right")
struct RenameAndNameTests {
    @Test("an agenda item is renamed before the meeting closes; afterwards only a correction would do")
    func renameItem() throws {
        var meeting = TestMeeting()
        try meeting.open()
        try meeting.run(.addAgendaItem(AgendaItem(id: "1", title: "Bandng proposal")))
        try meeting.run(.renameAgendaItem("1", title: "Banding proposal"))
        #expect(meeting.state.item("1")?.title == "Banding proposal")
        #expect(meeting.refusal(.renameAgendaItem("1", title: "Banding proposal")) == "Item 1 is already called that.")
        #expect(meeting.refusal(.renameAgendaItem("9", title: "x")) == "There is no agenda item 9.")
        #expect(meeting.refusal(.renameAgendaItem("1", title: "x"), as: .clerk)?.contains("the chair's action") == true)
        try meeting.run(.closeMeeting)
        #expect(meeting.refusal(.renameAgendaItem("1", title: "Other"))?.hasPrefix("The meeting is closed") == true)
    }

    @Test("rule M4: a chair left blank is named by the clerk; the minutes and the next meeting carry the name")
    func nameTheChair() throws {
        let constitution = Fixture.elg { $0.chairName = "" }
        var meeting = TestMeeting(constitution)
        try meeting.open()
        let chair = try #require(meeting.state.chair)
        #expect(meeting.state.constitution.people[chair]?.isNamed == false)
        try meeting.run(.namePerson(chair, name: "Zoe Ward"))
        #expect(meeting.state.constitution.displayName(chair) == "Zoe Ward")
        #expect(meeting.state.constitution(at: t(0)).displayName(chair) == "Zoe Ward", "a name is who the person always was")
        #expect(MinutesDocument(state: meeting.state).header.chairs.first?.name == "Zoe Ward")
        #expect(meeting.state.constitutionForNext.displayName(chair) == "Zoe Ward")
        #expect(meeting.refusal(.namePerson(chair, name: "Someone Else"))?.contains("already named") == true)
    }

    @Test("rule P2: a seat's representative is named by appointment, not by name, so the appointment is minuted")
    func seatHoldersByAppointment() throws {
        var meeting = TestMeeting()
        #expect(meeting.refusal(.namePerson(Fixture.rep("finance"), name: "X"))?.contains("appoint") == true)
        #expect(meeting.refusal(.namePerson(Fixture.officer, name: " "))?.contains("Give the name") == true)
    }
}
