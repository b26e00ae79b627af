@testable import Console
import ConstitutionFile
import Foundation
import GridSnapshots
import MeetingKit
import Testing
import TerminalUI

/// Meeting 4 of the HNB ELG at 14:30 UTC: an action and a risk carried from meeting 3, item 1 open with a
/// declaration, a note, a decided motion, an action and a risk minuted under it.
private func meeting(role: Role = .clerk) throws -> (model: ConsoleModel, log: MeetingLog) {
    let carried = MattersArising(
        actions: [CarriedAction(action: ActionItem(id: "A3.1", item: "2", what: "Circulate the banding model", who: "Kim Clerk", due: CalendarDay("2019-10-15")), fromMeeting: 3)],
        risks: [CarriedRisk(risk: Risk(id: "R3.1", item: "2", description: "Demand for special places outgrows supply", owner: "Dee People", rating: .high, mitigation: "Review"), fromMeeting: 3)])
    var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution, mattersArising: carried)
    let start = Date(timeIntervalSince1970: 1_569_938_400)  // 14:00 UTC
    func run(_ command: Command, _ role: Role, minute: Double = 0) throws {
        try log.perform(command, by: role, at: start.addingTimeInterval(minute * 60))
    }
    for seat in ["early-years", "primary-schools", "secondary-schools", "special-schools", "finance"] {
        try run(.arrive(PersonID("\(seat)-representative")), .clerk)
    }
    try run(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "Civic Offices", clerk: "Kim Clerk")), .chair)
    try run(.addAgendaItem(AgendaItem(id: "1", title: "Banding proposal", allottedMinutes: 20)), .chair)
    try run(.openAgendaItem("1"), .chair, minute: 1)
    try run(.declareInterest(Declaration(person: "special-schools-representative", item: "1", interest: "Head of a special school")), .clerk, minute: 2)
    try run(.note(MinuteText(item: "1", text: "The EOG presented the banding model.")), .clerk, minute: 3)
    try run(.moveMotion(MotionDraft(id: "M1", text: "That the banding model be adopted for consultation", mover: "EOG", rationale: "HNB Review")), .chair, minute: 4)
    try run(.openVote("M1"), .chair, minute: 5)
    for seat in ["early-years", "primary-schools", "secondary-schools", "special-schools"] {
        try run(.castVote("M1", seat: SeatID(seat), choice: .inFavour), .chair, minute: 6)
    }
    try run(.castVote("M1", seat: "finance", choice: .against), .chair, minute: 6)
    try run(.closeVote("M1"), .chair, minute: 7)
    try run(.recordAction(ActionItem(id: "A4.1", item: "1", what: "Consult schools on the banding model", who: "Dee People", due: CalendarDay("2019-11-01"))), .clerk, minute: 8)
    try run(.recordRisk(Risk(id: "R4.1", item: "1", description: "Schools object to the bands", owner: "Chair", rating: .medium, mitigation: "Early briefing")), .clerk, minute: 9)
    try run(.closeAction("A3.1", note: "Circulated on 10 October"), .clerk, minute: 10)
    let model = ConsoleModel(state: log.state, meetingNumber: 4, role: role, now: start.addingTimeInterval(30 * 60), timeZone: TimeZone(identifier: "UTC")!)
    return (model, log)
}

@Suite("The minutes and matters arising screens")
struct MinutesScreenTests {
    @Test("N1, N2, N3, V6: the minutes screen drafts the current item from the record: declaration, note, motion with outcome, action, risk")
    func minutesScreen() throws {
        var model = try meeting().model
        _ = model.handle(.character("4"))
        for (width, height) in [(80, 24), (160, 48)] {
            let frame = ConsoleView.render(model, width: width, height: height)
            expectSnapshot(frame.grid, "minutes-\(width)x\(height)")
            let text = frame.grid.lines.joined(separator: "\n")
            #expect(text.contains("Item 1: Banding proposal"))
            #expect(text.contains("Note: The EOG presented the banding model."))
            #expect(text.contains("CARRIED: 4 for, 1 against"))
            #expect(text.contains("Risk R4.1 [medium]: Schools object to the bands (owner Chair)"))
            if width == 160 {
                #expect(text.contains("Head of a special school (the vote stands, V6)"), "V6: the declaration is minuted")
                #expect(text.contains("Motion M1: That the banding model be adopted for consultation [closed] CARRIED: 4 for, 1 against: a majority of votes cast"))
                #expect(text.contains("Action A4.1: Consult schools on the banding model (Dee People, by 2019-11-01)"))
            }
        }
    }

    @Test("N1: w previews the whole minutes as gavel minutes lays them out, and back")
    func wholeMinutesPreview() throws {
        var model = try meeting().model
        _ = model.handle(.character("4"))
        _ = model.handle(.character("w"))
        #expect(model.wholeMinutes)
        let frame = ConsoleView.render(model, width: 80, height: 24)
        expectSnapshot(frame.grid, "minutes-whole-80x24")
        let text = frame.grid.lines.joined(separator: "\n")
        #expect(text.contains("Minutes: ELG"))
        #expect(text.contains("Attendance"))
        _ = model.handle(.character("G"))
        let end = ConsoleView.render(model, width: 80, height: 24).grid.lines.joined(separator: "\n")
        #expect(end.contains("Record: meeting 4, as it stands."), "the foot of the minutes is reachable")
        #expect(model.handle(.character("x")) == .none, "#24: x acts only where the item's standing is shown")
        #expect(model.message?.text.contains("the whole minutes are shown, not item 1's") == true, "\(String(describing: model.message))")
        _ = model.handle(.character("w"))
        #expect(!model.wholeMinutes)
    }

    @Test("N4, #24: x marks the current item confidential at once; making it public again asks, naming what shows and to whom")
    func confidentialToggle() throws {
        var (model, log) = try meeting()
        _ = model.handle(.character("4"))
        #expect(model.handle(.character("x")) == .perform(.markConfidential("1", true)))
        try log.perform(.markConfidential("1", true), by: .clerk, at: model.now)
        model.state = log.state
        let frame = ConsoleView.render(model, width: 80, height: 24)
        #expect(frame.grid.lines[2].contains("CONFIDENTIAL: left out of the public minutes (N4)"))
        #expect(frame.grid.roles(row: 2).contains(.confidential))
        #expect(model.handle(.character("x")) == .none, "making an item public again asks first")
        guard case .confirm(let question) = model.mode else { Issue.record("no question"); return }
        #expect(question.title == "Make item 1 public again?")
        #expect(question.lines.joined(separator: " ").contains("From now on what is recorded under it shows on the projector and members' ballots"))
        #expect(question.lines.joined(separator: " ").contains("stay confidential for good (N4): the room sees \"Confidential item\""),
                "the title recorded while confidential stays out, as the projector shows (isConfidential(.item))")
        #expect(model.handle(.enter) == .none, "only y answers yes")
        #expect(model.message?.text == "Item 1 stays confidential.")
        _ = model.handle(.character("x"))
        #expect(model.handle(.character("y")) == .perform(.markConfidential("1", false)))
        try log.perform(.markConfidential("1", false), by: .clerk, at: model.now)
        #expect(log.state.publicView.state.item("1")?.title == PublicProjection.confidentialItemTitle, "as the question said (N4)")
    }

    @Test("N1, N2: the clerk's minute keys start the command complete but for what must be typed, the cursor where it goes")
    func minuteKeysDraftCommands() throws {
        var model = try meeting().model
        _ = model.handle(.character("4"))
        let drafts = [("n", "note \"", "\""), ("a", "action \"", "\" who=\"\" due="), ("r", "risk \"", "\" owner=\"\" rating= mitigation=\"\""),
                      ("c", "concern \"", "\""), ("d", "declare \"", "\" \"\""), ("s", "share \"", "\" with=\"\" often=\"\"")]
        for (key, before, after) in drafts {
            _ = model.handle(.character(Character(key)))
            #expect(model.mode == .command)
            #expect(model.commandLine.text == before + after)
            #expect(model.commandLine.cursor == before.count)
            _ = model.handle(.escape)
        }
        _ = model.handle(.character("n"))
        for c in "Schools asked for more time" { _ = model.handle(.character(c)) }
        // No item named: the domain minutes it under the current item when it is recorded (N1).
        #expect(model.handle(.enter) == .perform(.note(MinuteText(item: nil, text: "Schools asked for more time"))))
    }

    @Test("N2, N3: matters arising lists what was carried; c closes the selected action, r re-rates the selected risk")
    func mattersScreen() throws {
        var model = try meeting().model
        _ = model.handle(.character("5"))
        for (width, height) in [(80, 24), (160, 48)] {
            let frame = ConsoleView.render(model, width: width, height: height)
            expectSnapshot(frame.grid, "matters-\(width)x\(height)")
            let text = frame.grid.lines.joined(separator: "\n")
            #expect(text.contains("A3.1    3    Circulate the banding model"))
            #expect(text.contains("R3.1    3    Demand for special places outgrows supply"))
            if width == 160 { #expect(text.contains("closed: Circulated on 10 October")) }
        }
        // The action is closed already, so c is not offered on it; the risk can be re-rated.
        #expect(model.handle(.character("c")) == .none)
        #expect(model.mode == .browse)
        _ = model.handle(.down)
        _ = model.handle(.character("r"))
        #expect(model.commandLine.text == "risk rate R3.1  \"\"", "the rating, then Tab to the quoted note")
        for c in "medium" { _ = model.handle(.character(c)) }
        _ = model.handle(.tab)
        for c in "New places opened" { _ = model.handle(.character(c)) }
        #expect(model.handle(.enter) == .perform(.rerateRisk("R3.1", rating: .medium, note: "New places opened")))
    }
}

@Suite("Console keys for setup, motions and undo")
struct ConsoleActionKeyTests {
    @Test("A1: t on the roll starts an arrival at the time now, for the clerk to edit")
    func arrivalAtTime() throws {
        var model = try meeting().model
        _ = model.handle(.down)
        _ = model.handle(.character("t"))
        #expect(model.commandLine.text == "arrive early-years-proxy at=14:30")
        _ = model.handle(.escape)
        _ = model.handle(.character("N"))
        #expect(model.commandLine.text == "appoint early-years proxy \"\"")
    }

    @Test("V5, #24: the chair's keys draft withdrawing or deferring the motion shown before its vote, with a reason, and draft an amendment")
    func motionKeys() throws {
        var (model, log) = try meeting(role: .chair)
        try log.perform(.moveMotion(MotionDraft(id: "M2", text: "That transport be reviewed", mover: "Chair", rationale: "")), by: .chair, at: model.now)
        model.state = log.state
        _ = model.handle(.character("3"))
        #expect(model.handle(.character("w")) == .none)
        #expect(model.commandLine.text == "withdraw M2 \"\"", "a draft, the reason to type between the quotes")
        #expect(model.commandLine.cursor == model.commandLine.text.count - 1)
        _ = model.handle(.escape)
        #expect(model.mode == .browse, "Esc leaves the motion as it was")
        _ = model.handle(.character("w"))
        for c in "The mover asked" { _ = model.handle(.character(c)) }
        #expect(model.handle(.enter) == .perform(.withdrawMotion("M2", reason: "The mover asked")))
        _ = model.handle(.character("d"))
        #expect(model.commandLine.text == "defer M2 \"\"")
        #expect(model.handle(.enter) == .perform(.deferMotion("M2", reason: "")), "a reason is not required")
        _ = model.handle(.character("e"))
        #expect(model.commandLine.text == "amend M2 \"That transport be reviewed\" \"\"", "the text to edit, then Tab to the quoted note")
        #expect(model.commandLine.cursor == model.commandLine.text.count - 4, "the cursor at the end of the text, inside its quote")
        _ = model.handle(.escape)
        _ = model.handle(.character("r"))
        #expect(model.commandLine.text == "rule-change ")
    }

    @Test("V5: u undoes this terminal's last action, and only once it has one")
    func undoKey() throws {
        var model = try meeting().model
        #expect(model.handle(.character("u")) == .none)
        // This terminal's last action is the record's last: the undo the record would take.
        let last = try #require(model.state.lastAction).first
        model.ownLastAction = last
        #expect(model.handle(.character("u")) == .perform(.undoLastAction(first: last)))
        _ = model.handle(.character(":"))
        for c in "undo" { _ = model.handle(.character(c)) }
        #expect(model.handle(.enter) == .perform(.undoLastAction(first: last)))
    }

    @Test("every screen at 160x48, and the log at 80x24 too, for the record: roll call, agenda, log and help")
    func largeScreens() throws {
        let (start, log) = try meeting(role: .chair)
        var model = start
        model.events = log.events
        for (key, name) in [("1", "roll-call"), ("2", "agenda"), ("6", "log")] {
            _ = model.handle(.character(Character(key)))
            expectSnapshot(ConsoleView.render(model, width: 160, height: 48).grid, "\(name)-160x48")
        }
        #expect(ConsoleView.render(model, width: 160, height: 48).grid.lines.contains { $0.contains("closed the vote on motion M1") })
        expectSnapshot(ConsoleView.render(model, width: 80, height: 24).grid, "log-80x24")
        // Help laid out for the window it is drawn in, so its footer offers scrolling only where it scrolls.
        _ = model.update(.loop(.resized(width: 160, height: 48)))
        _ = model.handle(.character("?"))
        expectSnapshot(ConsoleView.render(model, width: 160, height: 48).grid, "help-160x48")
    }
}
