import CommandLanguage
import ConstitutionFile
import Foundation
import MeetingKit
import Testing
@testable import Console
import TerminalUI

/// Issue #24, cases beyond its examples: a question another terminal makes stale, the footer of each mode,
/// keys the record would refuse, a console on an earlier meeting, and drafts with names and reasons.
@Suite("#24: the console in a real room")
struct RealRoomTests {
    private func footer(_ model: ConsoleModel) -> [String] { ConsoleKeys.footer(for: model, ascii: false).map(\.label) }

    private func votingSession(role: Role = .chair) throws -> ConsoleDriver {
        var session = try ConsoleDriver(role: role)
        try session.elsewhere(.moveMotion(MotionDraft(id: "M1", text: "That the model be adopted", mover: "EOG")), by: .chair)
        try session.elsewhere(.openVote("M1"), by: .chair)
        session.press("3")
        return session
    }

    @Test("#24, V1: the chair's change question is withdrawn when the vote closes on another terminal, saying so")
    func changeQuestionDroppedWhenVoteCloses() throws {
        var session = try votingSession()
        session.press("y")  // Early Years votes for
        session.press("k")
        session.press("n")
        guard case .confirm = session.model.mode else { Issue.record("no change question"); return }
        try session.elsewhere(.closeVote("M1"), by: .chair)
        #expect(session.model.mode == .browse, "the question is gone once its answer would do nothing")
        #expect(session.model.message?.text.contains("was withdrawn: the record changed") == true)
        session.press("y")
        #expect(session.log.state.motions["M1"]?.result != nil, "y after the question went records nothing new")
        #expect(session.log.state.motions["M1"]?.ballots["early-years"]?.choice == .inFavour)
    }

    @Test("#24, V5: the close-early question names the seats still to vote as they are now, and goes when none are left")
    func closeQuestionFollowsTheRecord() throws {
        var session = try votingSession()
        session.press("c")
        guard case .confirm(let first) = session.model.mode else { Issue.record("no question"); return }
        #expect(first.lines.joined().contains("Early Years"))
        try session.elsewhere(.castVote("M1", seat: "early-years", choice: .inFavour), by: .chair)
        guard case .confirm(let second) = session.model.mode else { Issue.record("question dropped too soon"); return }
        #expect(!second.lines.joined().contains("Early Years"), "a seat that voted meanwhile is no longer named")
        for seat in ["primary-schools", "secondary-schools", "finance", "special-schools"] {
            try session.elsewhere(.castVote("M1", seat: SeatID(seat), choice: .against), by: .chair)
        }
        #expect(session.model.mode == .browse, "with every seat voted there is nothing left to ask")
    }

    @Test("#24, N4: the make-public question goes when another terminal made the item public first")
    func publicQuestionDropped() throws {
        var session = try ConsoleDriver(role: .clerk)
        try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Child A", confidential: true)), by: .chair)
        try session.elsewhere(.openAgendaItem("1"), by: .chair)
        session.press("4x")
        guard case .confirm = session.model.mode else { Issue.record("no question"); return }
        try session.elsewhere(.markConfidential("1", false), by: .chair)
        #expect(session.model.mode == .browse)
        #expect(session.model.message?.text.contains("already public") == true, "\(String(describing: session.model.message))")
    }

    @Test("#24: the footer offers the keys of the mode the console is in: help, a question, the command line")
    func footerPerMode() throws {
        var session = try votingSession()
        #expect(footer(session.model).contains("for"))
        _ = session.model.update(.loop(.resized(width: 120, height: 50)))
        session.press("?")
        #expect(footer(session.model) == ["close"], "help shown whole offers no scrolling")
        session.press(.pageDown)
        #expect(session.model.message?.text == "PgDn did nothing: help fits that way.")
        session.press(.escape)
        _ = session.model.update(.loop(.resized(width: 80, height: 24)))
        session.press("?")
        #expect(footer(session.model) == ["close", "down", "page down"], "help taller than 80x24 scrolls")
        session.press(.escape)
        _ = session.model.update(.found(query: "budget", .found((1...60).map { ["meeting 1, event \($0), note: budget"] })))
        #expect(footer(session.model) == ["close", "down", "page down"], "at the top of results too long for the window")
        session.press(.pageDown)
        #expect(footer(session.model) == ["close", "up", "down", "page up", "page down"])
        session.press(.escape)
        session.press(":")
        #expect(footer(session.model).contains("run") && !footer(session.model).contains("for"))
        session.press(.escape)
        session.press("c")
        #expect(footer(session.model) == ["go ahead", "cancel"])
    }

    @Test("#24, V3: r is not offered without a motion a rule change could reach, and says why")
    func ruleChangeNeedsAMotion() throws {
        var session = try ConsoleDriver(role: .chair)
        session.press("3")
        #expect(!footer(session.model).contains("rule change"))
        session.press("r")
        #expect(session.model.mode == .browse)
        #expect(session.model.message?.text.contains("no motion awaits its vote") == true)
        try session.elsewhere(.moveMotion(MotionDraft(id: "M1", text: "That the model be adopted", mover: "EOG")), by: .chair)
        #expect(footer(session.model).contains("rule change"))
    }

    @Test("#24, A2: N is not offered on a seat's row while a vote is open, and is on the chair's")
    func namingWaitsForTheVote() throws {
        var session = try votingSession(role: .clerk)
        session.press("1")
        let rows = session.model.roll
        let seatRow = try #require(rows.firstIndex { $0.capacity == .seat(.representative) })
        session.model.selected = seatRow
        #expect(!footer(session.model).contains("name"))
        session.press("N")
        #expect(session.model.message?.text.contains("is open; who holds a seat's vote is named after it closes") == true)
        let chairRow = try #require(rows.firstIndex { $0.person == "chair" })
        session.model.selected = chairRow
        #expect(footer(session.model).contains("name"))
    }

    @Test("#24, I4: u is not offered when the record would refuse the undo, and says the record's reason")
    func undoRefusedByAnInvariant() throws {
        var session = try ConsoleDriver(role: .clerk)
        try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Placements")), by: .chair)
        try session.elsewhere(.openAgendaItem("1"), by: .chair)
        session.press("4x")  // marked confidential at once: this terminal's last action
        #expect(session.log.state.item("1")?.confidential == true)
        try session.elsewhere(.note(MinuteText(item: "1", text: "Child A's placement")), by: .clerk)
        #expect(!footer(session.model).contains("undo"))
        session.type("note \"Placement agreed\"")
        #expect(session.log.state.lastAction?.first == session.model.ownLastAction)
        // The note is this terminal's own last action now; undoing it is allowed, and offered.
        #expect(footer(session.model).contains("undo"))
    }

    @Test("#24: a console on an earlier meeting is offered M to go to the newest, without a question, and says which")
    func earlierMeetingLeadsToTheNewest() throws {
        var session = try ConsoleDriver(role: .clerk)
        try session.elsewhere(.closeMeeting, by: .chair)
        session.model.newestMeetingNumber = 5
        #expect(session.model.closedMeetingNotice.contains("Meeting 5 is the newest: M on the agenda (2) goes to it."))
        session.press("2")
        #expect(footer(session.model).contains("newest meeting"))
        #expect(session.model.handle(.character("M")) == .startNextMeeting, "moving records nothing, so it needs no question")
        #expect(session.model.arrivalNotice(5, started: false) == "Meeting 5 had already been started; this console moved to it.")
        session.model.newestMeetingNumber = 1
        #expect(session.model.closedMeetingNotice.hasSuffix("The chair's M on the agenda (2) starts the next."))
    }

    @Test("#24, N2: who= is drafted quoted; Tab completes a partial name into its quotes, and a name with spaces is taken")
    func quotedNames() throws {
        var session = try ConsoleDriver(role: .clerk)
        try session.elsewhere(.namePerson("chair", name: "Priya Shah"), by: .clerk)
        try session.elsewhere(.appoint(seat: "finance", capacity: .proxy, name: "Paul Jones", partnersAdvised: true), by: .clerk)
        session.press("4a")
        for c in "Book the hall" { session.press(.character(c)) }
        session.press(.tab)
        session.press(.character("p"))
        session.press(.tab)
        #expect(session.model.commandLine.text.contains("who=\"p\" due="), "the names both begin so: listed, the quotes kept closed")
        #expect(session.model.message?.text.contains("\"Paul Jones\"  \"Priya Shah\"") == true, "\(String(describing: session.model.message))")
        for c in "ri" { session.press(.character(c)) }
        session.press(.tab)
        #expect(session.model.commandLine.text.hasPrefix("action \"Book the hall\" who=\"Priya Shah\" due="))
        session.press(.tab)
        for c in "2019-11-01" { session.press(.character(c)) }
        session.press(.enter)
        #expect(session.log.state.actions.values.first?.action.who == "Priya Shah")
    }

    @Test("#24: a completion list too long for the message says how many more, never cut mid-name")
    func longCompletionList() {
        let names = (1...40).map { "\"Person Number \($0)\"" }
        let listing = ConsoleModel.listing(names, columns: 78)
        #expect(listing.hasSuffix("more: type more letters"))
        let wrapped = TextFit.wrap(listing, to: 78, maxLines: ConsoleView.maximumMessageLines).joined(separator: " ")
        #expect(wrapped.split(separator: " ") == listing.split(separator: " "), "the whole list fits the message's lines")
    }

    @Test("#24, V5: w drafts a withdrawal with its reason; the reason is minuted under the motion's item")
    func withdrawWithReason() throws {
        var session = try ConsoleDriver(role: .chair)
        try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Banding")), by: .chair)
        try session.elsewhere(.openAgendaItem("1"), by: .chair)
        try session.elsewhere(.moveMotion(MotionDraft(id: "M1", text: "That the model be adopted", mover: "EOG")), by: .chair)
        session.press("3w")
        for c in "Superseded by M2" { session.press(.character(c)) }
        session.press(.enter)
        #expect(session.log.state.motions["M1"]?.stage.word == "withdrawn")
        let notes = MinutesDocument(state: session.log.state).items.flatMap(\.notes)
        #expect(notes.contains { $0.contains("Reason for withdrawing motion M1: Superseded by M2") }, "\(notes)")
    }

    @Test("#24: the log's columns stay in place past event 9")
    func logColumnsAligned() throws {
        var session = try ConsoleDriver(role: .clerk)
        for index in 1...6 { try session.elsewhere(.note(MinuteText(item: nil, text: "Note \(index)")), by: .clerk) }
        session.press("6")
        let lines = ConsoleView.render(session.model, width: 80, height: 24).grid.lines.filter { $0.contains("  clerk  ") }
        let columns = Set(lines.compactMap { $0.range(of: "  clerk  ")?.lowerBound.utf16Offset(in: $0) })
        #expect(columns.count == 1, "\(lines)")
    }
}

/// The adversary's cases for #24, kept.
