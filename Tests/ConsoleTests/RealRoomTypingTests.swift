import CommandLanguage
import ConstitutionFile
import Foundation
import MeetingKit
import Testing
@testable import Console
import TerminalUI

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
