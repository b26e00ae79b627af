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
        _ = session.model.update(.found(query: "budget", lines: (1...60).map { "meeting 1, event \($0), note: budget" }))
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

@Suite("#24: what the room and the roll read in full")
struct ReadInFullTests {
    @Test("#24, A1: the selected row's whole mark is shown under the roll where its column cuts it")
    func rollDetail() throws {
        var session = try ConsoleDriver(role: .clerk, present: ["finance"])
        try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Banding")), by: .chair)
        try session.elsewhere(.openAgendaItem("1"), by: .chair)
        try session.elsewhere(.arrive("early-years-proxy"), by: .clerk)
        try session.elsewhere(.depart("early-years-proxy"), by: .clerk)
        try session.elsewhere(.arrive("early-years-proxy"), by: .clerk)
        session.press("1")
        session.model.selected = try #require(session.model.roll.firstIndex { $0.person == "early-years-proxy" })
        let screen = session.screenText
        #expect(screen.contains("as proxy, late 14:05, left 14:05 back 14:05"), "\(screen)")
    }

    @Test("#24, V1: at 80x24 the projector's named votes keep the voter's name, wrapped in their column")
    func projectorNamesWrap() throws {
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        let now = Date(timeIntervalSince1970: 1_569_938_700)
        for seat in ["early-years", "primary-schools", "secondary-schools", "finance", "special-schools"] {
            try log.perform(.arrive(PersonID("\(seat)-representative")), by: .clerk, at: now)
        }
        try log.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "", clerk: "")), by: .chair, at: now)
        try log.perform(.appoint(seat: "early-years", capacity: .proxy, name: "Evelyn Yu-Harrington", partnersAdvised: true), by: .clerk, at: now)
        try log.perform(.depart("early-years-representative"), by: .clerk, at: now)
        try log.perform(.arrive(log.state.constitution.personID(forName: "Evelyn Yu-Harrington")), by: .clerk, at: now)
        try log.perform(.moveMotion(MotionDraft(id: "M1", text: "That the model be adopted", mover: "EOG")), by: .chair, at: now)
        try log.perform(.openVote("M1"), by: .chair, at: now)
        try log.perform(.castVote("M1", seat: "early-years", choice: .inFavour), by: .chair, at: now)
        let text = ProjectorView.render(ProjectorModel(state: log.state, meetingNumber: 1, now: now), width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("Evelyn"), "\(text)")
        #expect(text.contains("Yu-Harrington)"), "\(text)")
    }

    @Test("#24, A1: the log says when a movement recorded later happened")
    func logSaysWhen() throws {
        var session = try ConsoleDriver(role: .clerk)
        session.now = session.now.addingTimeInterval(600)
        session.type("arrive post-16-19-colleges.rep at=14:06")
        session.press("6G")
        // In the constitution's zone, as the minutes give it (the test's console shows UTC).
        #expect(session.screenText.contains("arrival at "), "\(session.screenText)")
    }

    @Test("#24: Esc says the line was not run and how to bring it back")
    func escapeSays() throws {
        var session = try ConsoleDriver(role: .clerk)
        session.press("4n")
        session.press("x")
        session.press(.escape)
        #expect(session.model.message?.text == "Not run: : then Up brings the line back.")
    }
}

/// The third adversary's cases for #24, kept.
@Suite("#24: what is typed is what is recorded")
struct TypedAsRecordedTests {
    @Test("#24, N1: a backslash typed in a note is recorded as typed; one at a field's end does not swallow its quote")
    func backslashes() throws {
        var session = try ConsoleDriver(role: .clerk)
        session.press("4n")
        for c in "Saved at S:\\ELG\\notes\\" { session.press(.character(c)) }
        session.press(.enter)
        let notes = MinutesDocument(state: session.log.state).items.flatMap(\.notes)
        #expect(notes.contains("Saved at S:\\ELG\\notes\\"), "\(notes) \(String(describing: session.model.message))")
    }

    @Test("#24: Tab after the last field goes back to the first; Shift-Tab goes back one")
    func tabAround() throws {
        var session = try ConsoleDriver(role: .clerk)
        session.press("4a")
        let first = session.model.commandLine.cursor
        session.press(.tab)
        session.press(.tab)
        session.press(.tab)
        #expect(session.model.commandLine.cursor == first, "round to the first field")
        session.press(.backTab)
        #expect(session.model.commandLine.cursor == session.model.commandLine.text.count, "back to due=, the last")
    }

    @Test("#24, V6: the declaration's person is quoted, so a name with spaces is taken")
    func declarationQuoted() throws {
        var session = try ConsoleDriver(role: .clerk)
        try session.elsewhere(.namePerson("chair", name: "Ann Avery"), by: .clerk)
        session.press("4d")
        for c in "Ann Avery" { session.press(.character(c)) }
        session.press(.tab)
        for c in "Trustee of a trust" { session.press(.character(c)) }
        session.press(.enter)
        guard case .interestDeclared(let declaration)? = session.log.events.last?.payload else {
            Issue.record("not recorded: \(session.model.message?.text ?? "")"); return
        }
        #expect(declaration.interest == "Trustee of a trust")
    }

    @Test("#24: the command line's words say something: undo with nothing to undo, search with nothing to find")
    func wordsSaySomething() throws {
        var session = try ConsoleDriver(role: .clerk)
        session.type("undo")
        #expect(session.model.message?.text.hasPrefix("Nothing was undone") == true)
        session.type("search")
        #expect(session.model.mode == .command)
        #expect(session.model.commandLine.text == "search ")
        #expect(session.model.message?.text.hasPrefix("Type what to find after search") == true)
    }

    @Test("#24, A2: y n b are not offered on a seat nobody represents, and say why; w names where it goes")
    func offeredByRow() throws {
        var session = try ConsoleDriver(role: .chair)
        try session.elsewhere(.moveMotion(MotionDraft(id: "M1", text: "That the model be adopted", mover: "EOG")), by: .chair)
        try session.elsewhere(.openVote("M1"), by: .chair)
        session.press("3")
        let unrepresented = try #require(session.log.state.constitution.seats.firstIndex { session.log.state.voteHolders[$0.id]?.holder == nil })
        session.model.selected = unrepresented
        let labels = ConsoleKeys.footer(for: session.model, ascii: false).map(\.label)
        #expect(!labels.contains("for") && !labels.contains("against") && !labels.contains("abstain"))
        session.press("y")
        #expect(session.model.message?.text.contains("is not represented") == true, "\(String(describing: session.model.message))")
        var clerk = try ConsoleDriver(role: .clerk)
        clerk.press("4")
        #expect(ConsoleKeys.footer(for: clerk.model, ascii: false).map(\.label).contains("whole minutes"))
        clerk.press("w")
        #expect(ConsoleKeys.footer(for: clerk.model, ascii: false).map(\.label).contains("this item"))
    }

    @Test("#24: ^Y puts back what ^U cut")
    func yankBack() throws {
        var field = TextField("note \"Half a thought\"")
        field.handle(.control("u"))
        #expect(field.text.isEmpty)
        field.handle(.control("y"))
        #expect(field.text == "note \"Half a thought\"")
    }
}

/// The fourth adversary's cases for #24, kept.
@Suite("#24: fields, rows and graphemes")
struct FieldsRowsGraphemesTests {
    @Test("#24: an emoji typed code point by code point leaves the cursor in its field, the quotes whole")
    func emojiSequence() throws {
        var session = try ConsoleDriver(role: .clerk)
        session.press("4n")
        for scalar in "the 👩‍🏫 staff".unicodeScalars { session.press(.character(Character(scalar))) }
        session.press(.enter)
        let notes = MinutesDocument(state: session.log.state).items.flatMap(\.notes)
        #expect(notes.contains("the 👩‍🏫 staff"), "\(notes) \(String(describing: session.model.message))")
    }

    @Test("#24: Tab on an empty field moves on; an option already on the line is not offered again")
    func emptyFieldsAndUsedOptions() throws {
        var session = try ConsoleDriver(role: .clerk)
        session.press("4a")
        session.press(.tab)  // into who=""
        session.press(.tab)  // empty: on to due=
        let line = session.model.commandLine
        #expect(line.cursor == line.text.count, "\(line.text) at \(line.cursor)")
        #expect(!Completion.candidates(for: "correct 3 \"x\" outcome=carried ", state: session.log.state).contains("outcome="))
    }

    @Test("#24, A1: a arrives only the absent and l leaves only the present; p is for the absent; each says why elsewhere")
    func rollKeysPerRow() throws {
        var session = try ConsoleDriver(role: .clerk)
        session.press("1")
        let here = try #require(session.model.roll.firstIndex { $0.presence.isHere && $0.seat != nil })
        session.model.selected = here
        var labels = ConsoleKeys.footer(for: session.model, ascii: false).map(\.label)
        #expect(labels.contains("left") && !labels.contains("arrived") && !labels.contains("apologies"))
        session.press("a")
        #expect(session.model.message?.text.contains("is here") == true, "\(String(describing: session.model.message))")
        session.model.selected = try #require(session.model.roll.firstIndex { $0.presence == .absent })
        labels = ConsoleKeys.footer(for: session.model, ascii: false).map(\.label)
        #expect(labels.contains("arrived") && labels.contains("apologies") && !labels.contains("left"))
    }
}

@Suite("#24: the roll call starts at the opening")
struct RollCallStartsAtOpeningTests {
    @Test("rule A1: an item taken before the opening does not end the roll call; the first one after does")
    func itemBeforeOpening() throws {
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        let t0 = Date(timeIntervalSince1970: 1_569_938_700)
        try log.perform(.addAgendaItem(AgendaItem(id: "1", title: "First")), by: .chair, at: t0)
        try log.perform(.openAgendaItem("1"), by: .chair, at: t0)
        try log.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "", clerk: "")), by: .chair, at: t0.addingTimeInterval(60))
        try log.perform(.arrive("finance-representative"), by: .clerk, at: t0.addingTimeInterval(120))
        #expect(log.state.rollCallEndedAt == nil)
        #expect(log.state.rollPresence(of: "finance-representative") == .present, "not late: the roll call had not ended")
    }
}
