import CommandLanguage
import Foundation
import MeetingKit
import Testing
@testable import Console
import TerminalUI

@Suite("The console under pressure")
struct ConsolePressureTests {
    @Test("undo says what it took back and puts the cursor back on the seat it was")
    func undoSaysWhatAndReturns() throws {
        var session = try ConsoleDriver(role: .chair)
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
        var session = try ConsoleDriver(role: .chair)
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
        var session = try ConsoleDriver(role: .chair)
        try session.elsewhere(.closeMeeting, by: .chair)
        var reopened = ConsoleModel(state: session.log.state, meetingNumber: 1, role: .chair, now: session.now, timeZone: TimeZone(identifier: "UTC")!)
        #expect(reopened.message?.text.hasPrefix("Meeting 1 closed at 14:05; only corrections now.") == true)
        #expect(reopened.handle(.character("2")) == .none)
        #expect(reopened.handle(.character("M")) == .none)
        #expect(reopened.handle(.character("q")) == .none, "any key but y declines")
        #expect(reopened.message?.text == "No meeting was started.")
        _ = reopened.handle(.character("M"))
        #expect(reopened.handle(.character("y")) == .startNextMeeting)
        var open = try ConsoleDriver(role: .chair)
        open.type("next")
        #expect(open.model.message?.text == "This meeting is still open; close it first (:close).")
    }
}

@Suite("Corrections, names and marks from the console")
struct ConsoleCorrectionTests {
    @Test("rule V5: C on the log drafts the correction from the entry's text; the minutes and log show it corrected in place")
    func correctFromLog() throws {
        var session = try ConsoleDriver(role: .clerk)
        try session.elsewhere(.note(MinuteText(item: nil, text: "Budget is £1m")), by: .clerk)
        session.press("6")
        session.press("C")
        #expect(session.model.commandLine.text == "correct \(session.log.state.lastSequence) \"Budget is £1m\"")
        session.press(.backspace)
        session.press(.backspace)
        session.press("1.2m")
        session.press(.enter)
        #expect(session.log.state.corrections.count == 1)
        #expect(session.screenText.contains("(corrected, see C1)"), "the log marks the corrected event")
        session.press("4")
        #expect(session.screenText.contains("Note: Budget is £1.2m (corrected, see C1)"))
        // An event that is not a minuted entry or a closed vote has no C.
        session.press("6")
        session.press(.home)
        session.press("C")
        #expect(session.model.mode == .browse)
        #expect(session.model.message?.text == "C (correct) does nothing now: event 1 is neither a minuted entry nor a closed vote; only those are corrected (V5).")
    }

    @Test("rule V5: a closed vote's draft asks why and offers outcome=; the motion screen shows the corrected outcome")
    func correctOutcome() throws {
        var session = try ConsoleDriver(role: .chair)
        try session.elsewhere(.moveMotion(MotionDraft(id: "M1", text: "That the model be adopted", mover: "EOG")), by: .chair)
        try session.elsewhere(.openVote("M1"), by: .chair)
        try session.elsewhere(.castVote("M1", seat: "early-years", choice: .against), by: .chair)
        try session.elsewhere(.closeVote("M1"), by: .chair)
        session.press("6")
        session.press(.end)
        session.press("C")
        #expect(session.model.commandLine.text.hasSuffix("\"\" outcome="))
        session.press("Early Years voted for")
        session.press(.tab)
        session.press("carried")
        session.press(.enter)
        session.press("3")
        #expect(session.screenText.contains("CARRIED: Early Years voted for (corrected, see C1)"))
    }

    @Test("an item's title is put right from the agenda with R, while the meeting is open")
    func renameFromAgenda() throws {
        var session = try ConsoleDriver(role: .chair)
        try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Bandng")), by: .chair)
        session.press("2R")
        #expect(session.model.commandLine.text == "item rename 1 \"Bandng\"")
        session.press(.backspace)
        session.press(.backspace)
        session.press("ing")
        session.press(.enter)
        #expect(session.log.state.item("1")?.title == "Banding")
    }

    @Test("rule M4: the chair's place is named from the roll call, N on its row, and the roll shows the name")
    func nameChairFromRoll() throws {
        var session = try ConsoleDriver(role: .clerk)
        let chairRow = try #require(session.model.roll.firstIndex { $0.capacity == .chair })
        session.model.selected = chairRow
        session.press("N")
        #expect(session.model.commandLine.text == "name chair \"\"")
        session.press("Zoe Ward")
        session.press(.enter)
        #expect(session.model.roll[chairRow].name == "Zoe Ward")
        #expect(session.log.state.constitutionForNext.displayName("chair") == "Zoe Ward")
        let handover = try CommandParser.parse("chair \"Zoe Ward\"", context: session.model.context)
        #expect(handover == .handOverChair(to: "chair"), "anyone named can be handed the chair by name")
    }

    @Test("A1, #24: the roll call marks present, as proxy, late, left, back, apologies and absent, each its own way, in ASCII too")
    func rollMarks() throws {
        var session = try ConsoleDriver(role: .clerk, present: ["early-years", "primary-schools", "finance"], proxies: ["special-schools"])
        // The roll call at the opening ends when the first item is taken; only arrivals after it are late.
        try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Banding")), by: .chair)
        try session.elsewhere(.openAgendaItem("1"), by: .chair)
        try session.elsewhere(.arrive("secondary-schools-representative"), by: .clerk)
        try session.elsewhere(.depart("primary-schools-representative"), by: .clerk)
        try session.elsewhere(.depart("finance-representative"), by: .clerk)
        try session.elsewhere(.arrive("finance-representative"), by: .clerk)
        try session.elsewhere(.giveApologies("primary-governors-representative", note: ""), by: .clerk)
        let rows = session.model.roll
        func mark(_ person: PersonID) -> (String, StyleRole?) {
            let row = rows.first { $0.person == person }!
            return (ConsoleView.mark(row, TimeZone(identifier: "UTC")!), ConsoleView.markRole(row))
        }
        let marks = [mark("early-years-representative"), mark("special-schools-proxy"), mark("secondary-schools-representative"),
                     mark("primary-schools-representative"), mark("finance-representative"), mark("primary-governors-representative"),
                     mark("pupil-referral-units-representative")]
        #expect(marks.map(\.0) == ["✓ here", "✓ as proxy", "✓ late 14:05", "← left 14:05", "✓ left 14:05 back 14:05", "✗ apologies", "· absent"])
        #expect(Set(marks.map(\.1)).count == 7, "each its own colour")
        // 26 rows: the roll call's line above the table leaves Finance, the last seat, just below 24 (#24).
        let ascii = ConsoleView.render(session.model, width: 80, height: 26, ascii: true).grid.lines.joined(separator: "\n")
        for form in ["+ here", "+ as proxy", "+ late 14:05", "<- left 14:05", "+ left 14:05 back 14:05", "x apologies", "- absent"] {
            #expect(ascii.contains(form), "ASCII form \(form)")
        }
    }
}

@Suite("A command line that forgives")
struct ForgivingCommandLineTests {
    @Test("a line the parser refuses stays to be put right, the cursor at the fault")
    func parseErrorKeepsLine() throws {
        var session = try ConsoleDriver(role: .clerk)
        session.type("action \"Consult schools\" who=\"Dee\" due=2019-13-40")
        #expect(session.model.mode == .command)
        #expect(session.model.commandLine.text == "action \"Consult schools\" who=\"Dee\" due=2019-13-40")
        #expect(session.model.commandLine.cursor == session.model.commandLine.text.count - "2019-13-40".count)
        #expect(session.model.message?.text.contains("expected a date YYYY-MM-DD for due") == true)
        session.press(.escape)
        session.type("note \"never closed")
        #expect(session.model.commandLine.cursor == "note \"never closed".count, "at the line's end, where the closing quote goes")
    }

    @Test("a line the record refuses stays too, with the reason above it")
    func refusalKeepsLine() throws {
        var session = try ConsoleDriver(role: .chair)
        session.type("vote open M9")
        #expect(session.model.mode == .command)
        #expect(session.model.commandLine.text == "vote open M9")
        try session.elsewhere(.moveMotion(MotionDraft(id: "M1", text: "x", mover: "EOG")), by: .chair)
        session.press(.escape)
        session.type("item open 7")
        #expect(session.model.message?.text == "There is no agenda item 7.")
        #expect(session.model.commandLine.text == "item open 7")
    }

    @Test("Tab completes the command line's own words as it does the language's, for the role whose keys they are")
    func tabCompletesOwnWords() throws {
        var chair = try ConsoleDriver(role: .chair)
        chair.press(":")
        chair.press("sea")
        chair.press(.tab)
        #expect(chair.model.commandLine.text == "search ")
        chair.press(.escape)
        chair.press(":")
        chair.press("ne")
        chair.press(.tab)
        #expect(chair.model.commandLine.text == "next ", "the word for M")
        chair.press(.escape)
        chair.press(":")
        chair.press("un")
        chair.press(.tab)
        #expect(chair.model.commandLine.text == "undo ")
        #expect(ConsoleKeys.commandWordNames(for: .chair).contains("close"))
        #expect(!ConsoleKeys.commandWordNames(for: .clerk).contains("close"), "X is the chair's, so :close is too")
        var clerk = try ConsoleDriver(role: .clerk)
        clerk.type("close")
        #expect(clerk.model.mode == .browse, "nothing asked of the clerk")
        #expect(clerk.model.message?.text == ":close is the chair's (close meeting); this terminal is the clerk's.")
        #expect(clerk.log.state.closedAt == nil)
    }

    @Test("a word acts only where its key would: :next at the clerk's starts no meeting, as M at the clerk's does not")
    func nextIsTheChairs() throws {
        var clerk = try ConsoleDriver(role: .clerk)
        try clerk.elsewhere(.closeMeeting, by: .chair)
        clerk.type("next")
        #expect(clerk.model.mode == .browse, "no question to start a meeting is put to the clerk")
        #expect(clerk.model.message?.text == ":next is the chair's (next meeting); this terminal is the clerk's.")
        var chair = try ConsoleDriver(role: .chair)
        try chair.elsewhere(.closeMeeting, by: .chair)
        chair.type("next")
        guard case .confirm = chair.model.mode else { Issue.record("the chair is asked: \(chair.model.mode)"); return }
    }

    @Test("Tab: names after who=, then the next empty field; only motions still open where a motion is expected")
    func tabCompletion() throws {
        var session = try ConsoleDriver(role: .clerk)
        try session.elsewhere(.namePerson("chair", name: "Zoe Ward"), by: .clerk)
        session.press("4a")
        session.press("Consult schools")
        session.press(.tab)
        #expect(session.model.commandLine.text.dropFirst(session.model.commandLine.cursor).hasPrefix("\" due="), "Tab moved into who=\"\"")
        session.press("Zo")
        session.press(.tab)
        #expect(session.model.commandLine.text == "action \"Consult schools\" who=\"Zoe Ward\" due=")
        session.press(.tab)
        session.press("2019-11-01")
        session.press(.enter)
        #expect(session.log.state.actions.values.first?.action.who == "Zoe Ward")
        var chair = try ConsoleDriver(role: .chair)
        for id in ["M1", "M2"] { try chair.elsewhere(.moveMotion(MotionDraft(id: MotionID(id), text: id, mover: "EOG")), by: .chair) }
        try chair.elsewhere(.withdrawMotion("M1"), by: .chair)
        chair.press(":")
        chair.press("vote open M")
        chair.press(.tab)
        #expect(chair.model.commandLine.text == "vote open M2 ", "a withdrawn motion is not offered")
    }

    @Test("a key of the other role says whose it is; an unknown key points to help")
    func otherRolesKey() throws {
        var session = try ConsoleDriver(role: .clerk)
        try session.elsewhere(.moveMotion(MotionDraft(id: "M1", text: "x", mover: "EOG")), by: .chair)
        session.press("3o")
        #expect(session.model.message?.text == "o is the chair's key here (open vote); this terminal is the clerk's.")
        session.press("Z")
        #expect(session.model.message?.text == "Z does nothing on this screen; ? lists its keys.")
        session.press("3")
        #expect(session.model.message?.text == "Z does nothing on this screen; ? lists its keys.", "the screen already shown says nothing new")
    }

    @Test("help wraps every line and scrolls when taller than the window; the footer folds rather than drop a key")
    func helpAndFooter() throws {
        var session = try ConsoleDriver(role: .clerk)
        try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Banding")), by: .chair)
        try session.elsewhere(.openAgendaItem("1"), by: .chair)
        session.press("4")
        let footer = ConsoleView.render(session.model, width: 80, height: 24).grid.lines.suffix(3).joined(separator: "\n")
        for label in ["x confidential", "s share", "? help"] { #expect(footer.contains(label), "footer lacks \(label)") }
        session.press("?")
        var seen = Set<String>()
        for _ in 0..<40 {
            ConsoleView.render(session.model, width: 80, height: 24).grid.lines.forEach { seen.insert($0) }
            session.press(.down)
        }
        let text = seen.joined(separator: "\n")
        for (_, help, _) in ConsoleView.helpEntries(session.model, ascii: false) {
            let lastWord = help.split(separator: " ").last.map(String.init) ?? help
            #expect(text.contains(lastWord), "help never showed the end of: \(help)")
        }
        session.press(.escape)
        #expect(session.model.mode == .browse)
    }
}

@Suite("The minutes screen moves by line")
struct MinutesScreenRowsTests {
    @Test("N1: j and G reach the last line of a long entry: the keys and the view count the same rows")
    func longEntry() throws {
        var session = try ConsoleDriver(role: .clerk)
        try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Banding")), by: .chair)
        try session.elsewhere(.openAgendaItem("1"), by: .chair)
        let long = (1...60).map { "word\($0)" }.joined(separator: " ") + " THE-END"
        try session.elsewhere(.note(MinuteText(item: nil, text: long)), by: .clerk)
        session.press("4")
        let rows = MinutesScreen.rows(session.model, width: 80)
        #expect(rows.count > 3, "the note wraps over several lines")
        session.press("G")
        #expect(session.model.selected == rows.count - 1)
        #expect(session.screenText.contains("THE-END"))
    }

    @Test("N1: the minutes are laid out once per change and drawn as laid out; a note recorded elsewhere is laid out anew")
    func laidOutOncePerChange() throws {
        var session = try ConsoleDriver(role: .clerk)
        try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Banding")), by: .chair)
        try session.elsewhere(.openAgendaItem("1"), by: .chair)
        try session.elsewhere(.note(MinuteText(item: nil, text: "First note")), by: .clerk)
        session.press("4")
        let laidOut = session.model.layout.minutesRows.map(\.text)
        #expect(laidOut == MinutesScreen.rows(session.model, width: 80).map(\.text))
        #expect(MinutesScreen.laidOutRows(session.model, width: 80).map(\.text) == laidOut, "drawn as laid out")
        try session.elsewhere(.note(MinuteText(item: nil, text: "Second note")), by: .clerk)
        #expect(session.model.layout.minutesRows.map(\.text) == ["Note: First note", "Note: Second note"])
        #expect(session.screenText.contains("Second note"))
        session.press("1")
        #expect(session.model.layout.minutesRows.isEmpty, "kept only while the minutes are shown")
    }
}
