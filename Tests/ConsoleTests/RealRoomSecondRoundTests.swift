import CommandLanguage
import ConstitutionFile
import Foundation
import MeetingKit
import Testing
@testable import Console
import TerminalUI

@Suite("#24: the console in a real room, second round")
struct RealRoomSecondRoundTests {
    @Test("#24, V5, Q3: closing a vote after quorum was lost during it asks, saying so")
    func closeAfterQuorumLost() throws {
        var session = try ConsoleDriver(role: .chair)
        try session.elsewhere(.moveMotion(MotionDraft(id: "M1", text: "That the model be adopted", mover: "EOG")), by: .chair)
        try session.elsewhere(.openVote("M1"), by: .chair)
        for seat in ["early-years", "primary-schools", "secondary-schools", "finance", "special-schools"] {
            try session.elsewhere(.castVote("M1", seat: SeatID(seat), choice: .inFavour), by: .chair)
        }
        try session.elsewhere(.depart("finance-representative"), by: .clerk)
        session.press("3c")
        guard case .confirm(let question) = session.model.mode else { Issue.record("c closed at once"); return }
        #expect(question.title == "Close the vote without quorum?")
        #expect(question.lines.joined(separator: " ").contains("Quorum was lost during the vote"))
        session.press("y")
        #expect(session.log.state.motions["M1"]?.result != nil)
    }

    @Test("#24: Esc leaves a typed line in the history; Up brings it back")
    func escapeKeepsTheLine() throws {
        var session = try ConsoleDriver(role: .clerk)
        session.press("4n")
        for c in "Half a note" { session.press(.character(c)) }
        session.press(.escape)
        session.press(":")
        session.press(.up)
        #expect(session.model.commandLine.text == "note \"Half a note\"")
    }

    @Test("#24, V5: a quote typed inside a drafted field is part of the text, and the line still parses")
    func quoteInsideADraft() throws {
        var session = try ConsoleDriver(role: .chair)
        try session.elsewhere(.moveMotion(MotionDraft(id: "M1", text: "That the model be adopted", mover: "EOG")), by: .chair)
        session.press("3w")
        for c in "mover said \"later\" ok" { session.press(.character(c)) }
        session.press(.enter)
        #expect(session.log.state.motions["M1"]?.stage.word == "withdrawn", "\(String(describing: session.model.message))")
        let notes = MinutesDocument(state: session.log.state).items.flatMap(\.notes)
        #expect(notes.contains("Reason for withdrawing motion M1: mover said \"later\" ok"), "\(notes)")
    }

    @Test("#24: the clerk is told the chair opens a new meeting; the chair is told the key")
    func arrivalNoticeByRole() throws {
        let log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        let clerk = ConsoleModel(state: log.state, meetingNumber: 2, role: .clerk, now: Date())
        let chair = ConsoleModel(state: log.state, meetingNumber: 2, role: .chair, now: Date())
        #expect(clerk.arrivalNotice(2, started: false).hasSuffix("The chair opens it from the agenda screen (2)."))
        #expect(chair.arrivalNotice(2, started: true) == "Meeting 2 started. Open it from the agenda screen (2): s.")
    }

    @Test("#24: a question's long line wraps inside its box at 80 columns, nothing cut")
    func dialogWraps() throws {
        var session = try ConsoleDriver(role: .clerk)
        try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Placement of a named child in an out-of-borough school", confidential: true)), by: .chair)
        try session.elsewhere(.openAgendaItem("1"), by: .chair)
        session.press("4x")
        let screen = session.screenText
        let box = screen.split(separator: "\n").filter { $0.contains("│") }
        #expect(!box.contains { $0.contains("…") }, "\(screen)")
        #expect(box.joined(separator: " ").contains("out-of-borough school"), "\(screen)")
    }

    @Test("#24: a refusal about one screen does not follow to the next")
    func refusalStaysBehind() throws {
        var session = try ConsoleDriver(role: .chair)
        session.press("1a")
        #expect(session.model.message?.isError == true)
        session.press("2")
        #expect(session.model.message == nil)
    }
}

/// The second adversary's cases for #24, kept.
@Suite("#24: keys that cannot act say why")
struct KeysSayWhyTests {
    @Test("#24, V5: motion keys wait for the meeting's opening, and say so")
    func motionKeysWaitForTheOpening() throws {
        var session = try ConsoleDriver(role: .chair)
        try session.elsewhere(.closeMeeting, by: .chair)
        var model = ConsoleModel(state: MeetingLog(constitution: session.log.state.constitution).state, meetingNumber: 2, role: .chair, now: session.now)
        model.screen = .motion
        #expect(!ConsoleKeys.footer(for: model, ascii: false).map(\.label).contains("new motion"))
        _ = model.handle(.character("m"))
        #expect(model.mode == .browse)
        #expect(model.message?.text == "m (new motion) does nothing now: the meeting is not open yet; the chair opens it on the agenda screen (2, then s).")
    }

    @Test("#24: the clerk's o says whose key it is; a key of another screen says where it works; moving with no rows says so")
    func keysSayWhy() throws {
        var session = try ConsoleDriver(role: .clerk)
        try session.elsewhere(.moveMotion(MotionDraft(id: "M1", text: "That the model be adopted", mover: "EOG")), by: .chair)
        try session.elsewhere(.openVote("M1"), by: .chair)
        session.press("3o")
        #expect(session.model.message?.text == "o is the chair's key here (open vote); this terminal is the clerk's.")
        session.press("1o")
        #expect(session.model.message?.text == "o does nothing on the roll call screen; on motion and vote (3) it is the chair's open vote.")
        var chair = try ConsoleDriver(role: .chair)
        chair.press("3j")
        #expect(chair.model.message?.text == "j (down) does nothing now: there are no rows to move through on this screen.")
        chair.press("?")
        #expect(!ConsoleView.helpEntries(chair.model, ascii: false).contains { $0.help == ConsoleKeys.movingSummary })
    }

    @Test("#24: Tab from an empty first field moves on to the next, rather than list options")
    func tabLeavesAnEmptyField() throws {
        var session = try ConsoleDriver(role: .clerk)
        session.press("4a")
        session.press(.tab)
        let line = session.model.commandLine
        #expect(String(line.characters[..<line.cursor]) == "action \"\" who=\"", "\(line.text) at \(line.cursor)")
    }
}
