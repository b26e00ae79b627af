import Foundation
import MeetingKit
import Testing
@testable import Console
import TerminalUI

/// Issue #24, point 3: keys that end something or show the room something ask first; only `y` answers yes.
@Suite("#24: keys that end something ask")
struct EndingQuestionsTests {
    @Test("#24, V5: undoing the meeting's close asks, as closing did; any key but y leaves it closed")
    func undoCloseAsks() throws {
        var session = try ConsoleDriver(role: .chair)
        session.press("2")
        session.press("X")
        session.press("y")
        #expect(session.log.state.closedAt != nil)
        let events = session.log.events.count
        session.press("u")
        guard case .confirm(let question) = session.model.mode else { Issue.record("u did not ask"); return }
        #expect(question.title == "Re-open the meeting?")
        session.press(.enter)
        #expect(session.log.events.count == events)
        #expect(session.model.message?.text == "The meeting stays closed.")
        session.press("u")
        session.press("y")
        #expect(session.log.state.closedAt == nil, "y re-opens it")
    }

    @Test("#24, N4: on the agenda, x on a confidential item asks, saying what the room will see and what stays hidden; y makes it public")
    func publicAgainFromAgenda() throws {
        var session = try ConsoleDriver(role: .chair)
        try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Pupil case review", confidential: true)), by: .chair)
        session.press("2")
        session.press("x")
        #expect(session.screenText.contains("Make item 1 public again?"))
        #expect(session.screenText.contains("shows on the projector"))
        #expect(session.screenText.contains("\"Pupil case review\" and what was recorded while it was"), "its title stays hidden, as the projector keeps it")
        session.press("n")
        #expect(session.log.state.item("1")?.confidential == true)
        session.press("x")
        session.press("y")
        #expect(session.log.state.item("1")?.confidential == false)
        // Marking confidential hides at once: no question.
        session.press("x")
        #expect(session.log.state.item("1")?.confidential == true)
        #expect(session.model.mode == .browse)
    }
}
