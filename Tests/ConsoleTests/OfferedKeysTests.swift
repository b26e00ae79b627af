import Foundation
import MeetingKit
import Testing
@testable import Console
import TerminalUI

/// Issue #24, point 6: the footer and help offer only keys that can act now.
@Suite("#24: the console offers only what can act")
struct OfferedKeysTests {
    private func footerLabels(_ model: ConsoleModel) -> [String] {
        ConsoleKeys.keymap.footer(in: model).map(\.label)
    }

    @Test("#24, N1: P (approve the previous minutes) is not offered on a series' first meeting, and is on the second")
    func approveMinutesOnlyAfterAFirstMeeting() throws {
        var session = try ConsoleDriver(role: .chair)
        session.press("2")
        #expect(!footerLabels(session.model).contains("approve minutes"))
        session.press("P")
        #expect(session.model.mode == .browse, "P starts no draft on meeting 1")
        session.model.meetingNumber = 2
        #expect(footerLabels(session.model).contains("approve minutes"))
    }

    @Test("#24, V5: o is not offered on a withdrawn motion")
    func openVoteNotOnWithdrawn() throws {
        var session = try ConsoleDriver(role: .chair)
        try session.elsewhere(.moveMotion(MotionDraft(id: "M1", text: "That the model be adopted", mover: "EOG")), by: .chair)
        session.press("3")
        #expect(footerLabels(session.model).contains("open vote"))
        try session.elsewhere(.withdrawMotion("M1"), by: .chair)
        #expect(!footerLabels(session.model).contains("open vote"))
    }

    @Test("#24, V5: u is not offered once this terminal's last action closed a vote, nor after another terminal recorded")
    func undoOnlyWhenItWouldBeTaken() throws {
        var session = try ConsoleDriver(role: .chair)
        try session.elsewhere(.moveMotion(MotionDraft(id: "M1", text: "That the model be adopted", mover: "EOG")), by: .chair)
        try session.elsewhere(.openVote("M1"), by: .chair)
        session.press("3")
        session.press("y")
        #expect(footerLabels(session.model).contains("undo"))
        try session.elsewhere(.arrive(PersonID("post-16-19-colleges-representative")), by: .clerk)
        #expect(!footerLabels(session.model).contains("undo"), "the record would refuse it: something came after")
        session.press("y")
        session.press("c")
        session.press("y")
        #expect(session.log.state.openVote == nil)
        #expect(!footerLabels(session.model).contains("undo"), "a closed vote is only corrected")
    }

    @Test("#24, V5: a recording key on a closed meeting says the meeting is closed, not only that it is unavailable")
    func closedMeetingSaysWhy() throws {
        var session = try ConsoleDriver(role: .clerk)
        try session.elsewhere(.closeMeeting, by: .chair)
        session.press("a")
        #expect(session.model.message?.text == "a records nothing: meeting 1 closed at 14:05 and takes only corrections (V5).")
    }

    @Test("#24, V5: X is not offered while a vote is open, Enter not on the current item; each says why when pressed")
    func heldBackKeysSayWhy() throws {
        var session = try ConsoleDriver(role: .chair)
        try BlindKeyTests.voteOpen(&session)
        session.press("2")
        #expect(!footerLabels(session.model).contains("close meeting"))
        #expect(!footerLabels(session.model).contains("open item"))
        session.press("X")
        #expect(session.model.mode == .browse, "X asks nothing while it cannot act")
        #expect(session.model.message?.text == "X (close meeting) does nothing now: the vote on motion M1 is still open; close it first (3, then c).")
        session.press(.enter)
        #expect(session.model.message?.text == "Enter (open item) does nothing now: the vote on motion M1 is open; close it before moving on.")
        try session.elsewhere(.closeVote("M1"), by: .chair)
        #expect(footerLabels(session.model).contains("close meeting"))
        #expect(!footerLabels(session.model).contains("open item"), "item 1 is already the current item")
        session.press(.enter)
        #expect(session.model.message?.text == "Enter (open item) does nothing now: item 1 is already the current item.")
        session.press("P")
        #expect(session.model.message?.text == "P (approve minutes) does nothing now: this is the series' first meeting; there are no previous minutes to approve.")
    }

    @Test("#24, V5: o on a withdrawn motion says the motion is withdrawn")
    func openVoteOnWithdrawnSaysWhy() throws {
        var session = try ConsoleDriver(role: .chair)
        try session.elsewhere(.moveMotion(MotionDraft(id: "M1", text: "That the model be adopted", mover: "EOG")), by: .chair)
        try session.elsewhere(.withdrawMotion("M1"), by: .chair)
        session.press("3")
        session.press("o")
        #expect(session.model.message?.text == "o (open vote) does nothing now: motion M1 is withdrawn; only a motion awaiting its vote can have one (V5).")
    }
}
