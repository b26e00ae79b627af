import Foundation
import MeetingKit
import Testing
@testable import Console
import TerminalUI

@Suite("The console under pressure")
struct ConsolePressureTests {
    @Test("undo says what it took back and puts the cursor back on the seat it was")
    func undoSaysWhatAndReturns() throws {
        var session = try ConsoleSession(role: .chair)
        try session.elsewhere(.moveMotion(MotionDraft(id: "M1", text: "That the model be adopted", mover: "EOG")), by: .chair)
        session.press("3o")
        #expect(session.model.selected == 0)
        session.press("y")
        #expect(session.model.selected == 1)
        session.press("u")
        #expect(session.model.message?.text == "Undone: recorded Early Years' Settings for on motion M1.")
        #expect(session.model.selected == 0, "the cursor goes back to the seat whose vote was taken back")
        #expect(session.log.state.motions["M1"]?.ballots["early-years"] == nil)
        #expect(!session.screenText.contains("u undo"), "one level: nothing more to undo")
    }

    @Test("rule V5: closing the meeting asks first; after it the console shows CLOSED and the record takes only corrections")
    func closingAsks() throws {
        var session = try ConsoleSession(role: .chair)
        session.press("2X")
        #expect(session.screenText.contains("Close the meeting?"))
        session.press("n")
        #expect(session.log.state.closedAt == nil)
        #expect(session.model.message?.text == "The meeting stays open.")
        session.type("close")
        #expect(session.log.state.closedAt == nil, ":close asks too")
        session.press("y")
        #expect(session.log.state.closedAt != nil)
        let status = ConsoleView.render(session.model, width: 80, height: 24).grid.lines[0]
        #expect(status.contains("CLOSED at 14:05"))
        #expect(!status.contains("QUORATE"), "after the close the quorum is no longer a live question")
        #expect(session.screenText.contains("M next meeting"))
    }

    @Test("the next meeting starts only when the chair says yes to the question")
    func nextMeetingAsked() throws {
        var session = try ConsoleSession(role: .chair)
        try session.elsewhere(.closeMeeting, by: .chair)
        var reopened = ConsoleModel(state: session.log.state, meetingNumber: 1, role: .chair, now: session.now, timeZone: TimeZone(identifier: "UTC")!)
        #expect(reopened.message?.text.hasPrefix("Meeting 1 closed at 14:05: only corrections now.") == true)
        #expect(reopened.handle(.character("2")) == .none)
        #expect(reopened.handle(.character("M")) == .none)
        #expect(reopened.handle(.character("q")) == .none, "any key but y declines")
        #expect(reopened.message?.text == "No meeting was started.")
        _ = reopened.handle(.character("M"))
        #expect(reopened.handle(.character("y")) == .startNextMeeting)
        var open = try ConsoleSession(role: .chair)
        open.type("next")
        #expect(open.model.message?.text == "This meeting is still open; close it first (:close).")
    }
}
