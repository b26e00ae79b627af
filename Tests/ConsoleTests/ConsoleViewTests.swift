@testable import Console
import ConstitutionFile
import Foundation
import MeetingKit
import Testing
import GridSnapshots
import TerminalUI

@Suite("The console's screen")
struct ConsoleViewTests {
    /// The HNB ELG with four representatives and a proxy present, at 14:05 UTC.
    private func model(role: Role = .clerk) throws -> ConsoleModel {
        var constitution = ShippedConstitution.hnbELG.constitution
        constitution.people["special-schools-representative"]?.name = "Jo Bloggs"
        var log = MeetingLog(constitution: constitution)
        let at = Date(timeIntervalSince1970: 1_569_938_700)
        for person in ["early-years-representative", "primary-schools-representative", "secondary-schools-representative", "special-schools-proxy", "finance-representative"] {
            try log.perform(.arrive(PersonID(person)), by: .clerk, at: at)
        }
        return ConsoleModel(state: log.state, meetingNumber: 3, role: role, now: at, timeZone: TimeZone(identifier: "UTC")!)
    }

    @Test("Q2, A2: roll call at 80x24 with the quorum light and who holds each vote")
    func rollCall() throws {
        let frame = ConsoleView.render(try model(), width: 80, height: 24)
        expectSnapshot(frame.grid, "roll-call-80x24")
        #expect(frame.grid.lines[0].contains("QUORATE 5/9, 5 needed"))
        #expect(frame.grid.roles(row: 0).contains(.quorumOK))
        #expect(!frame.grid.roles(row: 0).contains(.quorumLost))
    }

    @Test("Q3: the light turns the moment a departure loses quorum")
    func quorumLost() throws {
        var m = try model()
        let state = MeetingState.fold(constitution: m.state.constitution, events: [
            MeetingEvent(sequence: 1, time: m.now, author: .clerk, payload: .arrived(person: "finance-representative", at: m.now)),
        ])
        m.state = state
        let frame = ConsoleView.render(m, width: 132, height: 43)
        #expect(frame.grid.lines[0].contains("NOT QUORATE 1/9, 5 needed"))
        #expect(frame.grid.roles(row: 0).contains(.quorumLost))
    }

    @Test("a typed command becomes a domain command; a bad one is shown as an error naming the command")
    func commandLine() throws {
        var m = try model()
        _ = m.handle(.character(":"))
        for c in "arrive special-schools.rep" { _ = m.handle(.character(c)) }
        #expect(m.handle(.enter) == .perform(.arrive("special-schools-representative", at: nil)))
        _ = m.handle(.character(":"))
        for c in "vote M1 finance maybe" { _ = m.handle(.character(c)) }
        #expect(m.handle(.enter) == .none)
        #expect(m.message?.text == "vote: expected for or against or abstain for choice, found 'maybe'")
        #expect(m.message?.isError == true)
        let frame = ConsoleView.render(m, width: 80, height: 24)
        let row = try #require(frame.grid.lines.firstIndex { $0.contains("vote: expected for or against") })
        #expect(frame.grid.roles(row: row).contains(.refusal))
    }

    @Test("the clerk's keys mark arrivals for the selected row; the chair does not have them")
    func keysByRole() throws {
        var clerk = try model(role: .clerk)
        _ = clerk.handle(.down)
        _ = clerk.handle(.character("j"))
        _ = clerk.handle(.character("j"))
        #expect(clerk.handle(.character("a")) == .perform(.arrive("primary-schools-proxy", at: nil)), "an absent person's row")
        var chair = try model(role: .chair)
        #expect(chair.handle(.character("a")) == .none)
        #expect(!ConsoleView.render(chair, width: 80, height: 24).grid.lines[23].contains("arrived"))
    }

    @Test("below 80x24 the screen asks for a larger window")
    func tooSmall() throws {
        let frame = ConsoleView.render(try model(), width: 79, height: 24)
        #expect(frame.grid.lines[12].contains("Enlarge the window to 80x24 (it is 79x24)"))
    }

    @Test("the help overlay lists the same keys the footer and dispatch use")
    func help() throws {
        var m = try model()
        _ = m.handle(.character("?"))
        let frame = ConsoleView.render(m, width: 80, height: 24)
        expectSnapshot(frame.grid, "help-80x24")
        // Help is complete at the smallest size: on every screen, for either role, every key that works
        // there has its help line on screen (scrolling when it is taller than the window), and no key that
        // does not work there is listed.
        for role in [Role.chair, .clerk] {
            for screen in ConsoleModel.Screen.allCases {
                var here = try model(role: role)
                here.screen = screen
                here.ownLastAction = 1  // the most keys a screen can have: undo too
                _ = here.handle(.character("?"))
                var lines: [String] = []
                for _ in 0..<24 {
                    lines += ConsoleView.render(here, width: 80, height: 24).grid.lines
                    _ = here.handle(.down)
                }
                for binding in ConsoleKeys.keymap.bindings {
                    // The moving keys share one line.
                    let help = ConsoleKeys.sharesMovingLine(binding) ? ConsoleKeys.movingSummary : binding.help
                    let shown = lines.contains { $0.contains(TextFit.truncate(help, to: 40, ellipsis: "")) }
                    #expect(shown == binding.isEnabled(here), "\(role) on \(screen): help for '\(binding.help)'")
                }
                // #27: the command line's own words come from the table that dispatches them, the search word too.
                for word in ConsoleKeys.commandWordHelp(for: role) {
                    #expect(lines.contains { $0.contains(word.keys) && $0.contains(TextFit.truncate(word.help, to: 30, ellipsis: "")) },
                            "\(role) on \(screen): help for :\(word.keys)")
                }
                #expect(lines.contains { $0.contains(":close") } == (role == .chair), "close is the chair's word")
            }
        }
        _ = m.handle(.escape)
        #expect(m.mode == .browse)
    }

    @Test("#27: the command line's words have a keys column of their own, as drawn: in ASCII a gap still parts keys from help, and the keys' column stays as narrow as the keys need")
    func commandWordColumn() throws {
        for ascii in [false, true] {
            var session = try ConsoleDriver(role: .chair)
            session.model.ascii = ascii
            session.press("?")
            var lines: [String] = []
            for _ in 0..<40 {
                lines += ConsoleView.render(session.model, width: 80, height: 24, ascii: ascii).grid.lines
                session.press(.down)
            }
            let search = try #require(lines.first { $0.contains(":search") }, "ascii \(ascii)")
            #expect(search.contains(ascii ? ":search ...  search" : ":search …  search"), "ascii \(ascii): \(search)")
            // The keys above keep the column their own labels need (widest "↑↓", or "Up/Down" in ASCII), not
            // the words' wider one.
            #expect(lines.contains { $0.contains(ascii ? "?        show every key" : "?   show every key") }, "ascii \(ascii)")
        }
    }
}

@Suite("Command-line completion in the console")
struct ConsoleCompletionTests {
    @Test("Tab extends to what the candidates share and shows them above the command line")
    func candidatesShown() throws {
        let state = MeetingState(constitution: ShippedConstitution.hnbELG.constitution)
        var model = ConsoleModel(state: state, meetingNumber: 1, role: .clerk, now: Date(timeIntervalSince1970: 0), timeZone: TimeZone(identifier: "UTC")!)
        _ = model.handle(.character(":"))
        for c in "arrive special-sch" { _ = model.handle(.character(c)) }
        _ = model.handle(.tab)
        #expect(model.commandLine.text == "arrive special-schools")
        let frame = ConsoleView.render(model, width: 100, height: 30)
        let commandRow = try #require(frame.grid.lines.firstIndex { $0.hasPrefix(":arrive special-schools") })
        #expect(frame.grid.lines[commandRow - 1].contains("special-schools.rep"))
        _ = model.handle(.character("."))
        _ = model.handle(.character("p"))
        _ = model.handle(.tab)
        #expect(model.commandLine.text == "arrive special-schools.proxy ")
    }
}

@Suite("The motion and vote screen")
struct MotionScreenTests {
    /// Four representatives and Special Schools' proxy present; one motion moved; the meeting open.
    private func chair(present count: Int = 4) throws -> ConsoleModel {
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        let at = Date(timeIntervalSince1970: 1_569_938_700)
        for seat in ["early-years", "primary-schools", "secondary-schools", "finance"].prefix(count) {
            try log.perform(.arrive(PersonID("\(seat)-representative")), by: .clerk, at: at)
        }
        try log.perform(.arrive("special-schools-proxy"), by: .clerk, at: at)
        try log.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "", clerk: "")), by: .chair, at: at)
        try log.perform(.moveMotion(MotionDraft(id: "M1", text: "That the banding model be adopted for consultation", mover: "EOG", rationale: "HNB Review")), by: .chair, at: at)
        var model = ConsoleModel(state: log.state, meetingNumber: 1, role: .chair, now: at, timeZone: TimeZone(identifier: "UTC")!)
        _ = model.handle(.character("3"))
        return model
    }

    @Test("V4, V1: the screen shows INDICATIVE VOTE, the rule, the live tally and who holds each seat")
    func screen() throws {
        var model = try chair()
        #expect(model.handle(.character("o")) == .perform(.openVote("M1", overrideInquorate: nil)))
        let at = model.now
        var state = model.state
        for event in [MeetingEvent(sequence: state.lastSequence + 1, time: at, author: .chair, payload: .voteOpened("M1")),
                      MeetingEvent(sequence: state.lastSequence + 2, time: at, author: .chair, payload: .voteCast(Ballot(motion: "M1", seat: "early-years", voter: "early-years-representative", capacity: .representative, choice: .inFavour))),
                      MeetingEvent(sequence: state.lastSequence + 3, time: at, author: .chair, payload: .voteCast(Ballot(motion: "M1", seat: "special-schools", voter: "special-schools-proxy", capacity: .proxy, choice: .against)))] {
            state.apply(event)
        }
        model.state = state
        let frame = ConsoleView.render(model, width: 80, height: 24)
        expectSnapshot(frame.grid, "motion-80x24")
        #expect(frame.grid.lines[2].contains("INDICATIVE VOTE"))
        let tally = try #require(frame.grid.lines.firstIndex { $0.contains("VOTE OPEN") })
        #expect(frame.grid.lines[tally].contains("For 1") && frame.grid.lines[tally].contains("Against 1"))
        #expect(frame.grid.roles(row: tally).contains(.voteFor) && frame.grid.roles(row: tally).contains(.voteAgainst))
        let wide = ConsoleView.render(model, width: 160, height: 48)
        expectSnapshot(wide.grid, "motion-160x48")
    }

    @Test("V5: a deferred motion is taken up again from the console as the record allows: o opens its vote; d, which the record refuses, is not offered")
    func deferredMotionCanBeOpened() throws {
        var session = try ConsoleDriver(role: .chair)
        try session.elsewhere(.moveMotion(MotionDraft(id: "M1", text: "That the model be adopted", mover: "EOG")), by: .chair)
        try session.elsewhere(.deferMotion("M1"), by: .chair)
        session.press("3")
        #expect(session.model.shownMotion?.stage.isBeforeVote == true)
        session.press("d")
        #expect(session.model.mode == .browse, "d does not draft a deferral the record would refuse")
        #expect(session.model.message?.text.contains("motion M1 is already deferred; o takes it up (V5)") == true)
        #expect(!ConsoleKeys.keymap.footer(in: session.model).contains { $0.key == "d" })
        session.press("o")
        #expect(session.log.state.openVote == "M1", "\(session.model.message?.text ?? "no message")")
    }

    @Test("Q4: opening a vote while inquorate asks the chair, and only y proceeds, with a minuted reason")
    func overrideConfirmation() throws {
        var model = try chair(present: 3)
        #expect(!model.state.quorum.isQuorate)
        #expect(model.handle(.character("o")) == .none)
        guard case .confirm(let question) = model.mode, case .openVote("M1", _)? = question.command else {
            Issue.record("o while inquorate should ask")
            return
        }
        #expect(ConsoleView.render(model, width: 80, height: 24).grid.lines.contains { $0.contains("Open the vote without quorum?") })
        #expect(model.handle(.character("n")) == .none)
        #expect(model.mode == .browse)
        _ = model.handle(.character("o"))
        guard case .perform(.openVote("M1", let reason?)) = model.handle(.character("y")) else {
            Issue.record("y should open the vote with an override")
            return
        }
        #expect(reason == model.state.quorum.detail, "the position at the override, said once: \(reason)")
        #expect(!reason.contains("QUORATE") && !reason.contains("without quorum"), "the minutes' own words are not repeated")
    }

    @Test("V1: y, n and b record the selected seat's vote and move to the next seat that can still vote")
    func votingKeys() throws {
        var model = try chair()
        let at = model.now
        var state = model.state
        state.apply(MeetingEvent(sequence: state.lastSequence + 1, time: at, author: .chair, payload: .voteOpened("M1")))
        model.state = state
        model.selected = 2  // Secondary Schools; Post-16/19 Colleges, next, is not represented
        #expect(model.handle(.character("n")) == .perform(.castVote("M1", seat: "secondary-schools", choice: .against)))
        #expect(model.selected == 4)  // Special Schools, held by its proxy
        #expect(model.handle(.character("b")) == .perform(.castVote("M1", seat: "special-schools", choice: .abstain)))
    }

    /// The chair's model with the vote on M1 open and `votes` recorded, as the record would give it.
    private func voting(_ votes: [(String, VoteChoice)]) throws -> ConsoleModel {
        var model = try chair()
        var state = model.state
        var sequence = state.lastSequence
        func apply(_ payload: EventPayload) {
            sequence += 1
            state.apply(MeetingEvent(sequence: sequence, time: model.now, author: .chair, payload: payload))
        }
        apply(.voteOpened("M1"))
        for (seat, choice) in votes {
            guard case .held(let voter, let capacity)? = state.voteHolders[SeatID(seat)] else { continue }
            apply(.voteCast(Ballot(motion: "M1", seat: SeatID(seat), voter: voter, capacity: capacity, choice: choice)))
        }
        model.state = state
        return model
    }

    @Test("rule V5: closing a vote with seats yet to vote asks first, naming them; only y closes it")
    func closeAsksWhileSeatsAreToVote() throws {
        var model = try voting([("early-years", .inFavour), ("primary-schools", .inFavour), ("secondary-schools", .against)])
        #expect(model.handle(.character("c")) == .none)
        let dialog = ConsoleView.render(model, width: 80, height: 24).grid.lines.joined(separator: "\n")
        #expect(dialog.contains("Close the vote with seats yet to vote?"))
        #expect(dialog.contains("Special Schools, Finance Representative"))
        #expect(model.handle(.character("n")) == .none)
        #expect(model.message?.text == "The vote stays open.")
        _ = model.handle(.character("c"))
        #expect(model.handle(.character("y")) == .perform(.closeVote("M1")))
        var everyone = try voting(["early-years", "primary-schools", "secondary-schools", "special-schools", "finance"].map { ($0, .inFavour) })
        #expect(everyone.handle(.character("c")) == .perform(.closeVote("M1")), "nothing to ask when every represented seat has voted")
    }

    @Test("rule V1: re-keying a seat that has voted asks to change it; the same choice again records nothing")
    func changeAsks() throws {
        var model = try voting([("early-years", .inFavour)])
        model.selected = 0
        #expect(model.handle(.character("y")) == .none)
        #expect(model.message?.text == "Early Years' Settings has already voted for.")
        #expect(model.handle(.character("n")) == .none)
        #expect(ConsoleView.render(model, width: 80, height: 24).grid.lines.contains { $0.contains("Change FOR to AGAINST on motion M1?") })
        #expect(model.handle(.character("y")) == .perform(.castVote("M1", seat: "early-years", choice: .against)))
        #expect(model.selected == 0, "a change does not move the cursor on")
    }

    @Test("a vote opened from the command line puts the cursor on the first seat that can vote")
    func commandLineOpenMovesCursor() throws {
        var model = try chair()
        _ = model.handle(.character("2"))
        model.selected = 3
        _ = model.handle(.character(":"))
        for character in "vote open M1" { _ = model.handle(.character(character)) }
        #expect(model.handle(.enter) == .perform(.openVote("M1", overrideInquorate: nil)))
        #expect(model.screen == .motion)
        #expect(model.selected == 0)
    }

    @Test("the clerk sees the vote but its keys are the chair's")
    func clerkCannotVote() throws {
        var model = try chair()
        model.role = .clerk
        #expect(model.handle(.character("o")) == .none)
        #expect(!ConsoleView.render(model, width: 80, height: 24).grid.lines[23].contains("open vote"))
    }
}

@Suite("The log screen")
struct LogScreenTests {
    @Test("V5: every event with its number, time and author; corrections stand out")
    func log() throws {
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        let at = Date(timeIntervalSince1970: 1_569_938_700)
        try log.perform(.arrive("finance-representative"), by: .clerk, at: at)
        let note = try log.perform(.note(MinuteText(item: nil, text: "Budget is £1m")), by: .clerk, at: at)
        try log.perform(.correct(Correction(target: note[0].sequence, text: "£1.2m")), by: .clerk, at: at)
        var model = ConsoleModel(state: log.state, meetingNumber: 1, role: .clerk, now: at, timeZone: TimeZone(identifier: "UTC")!)
        model.events = log.events
        _ = model.handle(.character("6"))
        let frame = ConsoleView.render(model, width: 80, height: 24)
        #expect(frame.grid.lines[2].hasPrefix(" 1  14:05  clerk  recorded (Finance Representative representative)'s arrival"))
        #expect(frame.grid.lines[4].hasPrefix(" 3  14:05  clerk  corrected event 2"))
        #expect(model.selected == 2)
        #expect(frame.grid.roles(row: 4).allSatisfy { $0 == .selected })
        _ = model.handle(.up)
        #expect(ConsoleView.render(model, width: 80, height: 24).grid.roles(row: 4).contains(.warning))
    }
}

@Suite("The agenda screen")
struct AgendaScreenTests {
    @Test("items with the current one marked and time used against time allotted; Enter opens an item (chair)")
    func agenda() throws {
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        let start = Date(timeIntervalSince1970: 1_569_938_400)  // 14:00 UTC
        try log.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "", clerk: "")), by: .chair, at: start)
        try log.perform(.addAgendaItem(AgendaItem(id: "1", title: "Banding proposal", allottedMinutes: 20)), by: .chair, at: start)
        try log.perform(.addAgendaItem(AgendaItem(id: "2", title: "Transport", allottedMinutes: 10)), by: .chair, at: start)
        try log.perform(.addAgendaItem(AgendaItem(id: "3", title: "Placement", confidential: true)), by: .chair, at: start)
        try log.perform(.openAgendaItem("1"), by: .chair, at: start)
        try log.perform(.openAgendaItem("2"), by: .chair, at: start.addingTimeInterval(25 * 60))
        var model = ConsoleModel(state: log.state, meetingNumber: 1, role: .chair, now: start.addingTimeInterval(31 * 60), timeZone: TimeZone(identifier: "UTC")!)
        _ = model.handle(.character("2"))
        #expect(model.selected == 1)
        let frame = ConsoleView.render(model, width: 80, height: 24)
        expectSnapshot(frame.grid, "agenda-80x24")
        #expect(frame.grid.roles(row: 3).contains(.warning))  // item 1 ran 25 of 20 minutes
        #expect(frame.grid.lines[4].contains("6 min"))
        _ = model.handle(.down)
        #expect(model.handle(.enter) == .perform(.openAgendaItem("3")))
    }
}
