import Foundation
import MeetingKit
import Testing
@testable import Console
import TerminalUI

/// Issue #24, point 5: drafts you can finish. Every free-text field is drafted in quotes and reached with
/// Tab in order, so words with spaces go where they belong; a long message wraps rather than lose its end.
@Suite("#24: drafts you can finish")
struct FinishableDraftsTests {
    private func typed(_ session: inout ConsoleDriver, _ text: String) {
        for c in text { session.press(.character(c)) }
    }

    @Test("#24: the guest draft's role is reached with Tab, so the role is not typed into the name")
    func guestRoleByTab() throws {
        var session = try ConsoleDriver(role: .clerk)
        session.press("g")
        #expect(session.model.commandLine.text == "guest \"\" \"\"")
        typed(&session, "Gail Guest")
        session.press(.tab)
        typed(&session, "Parent governor")
        session.press(.enter)
        #expect(session.log.state.guests.values.contains("Parent governor"))
        #expect(session.log.state.constitution.people.values.contains { $0.name == "Gail Guest" })
    }

    @Test("#24, V5: a motion's rationale is quoted and reached with Tab; free text with spaces is taken whole")
    func motionRationale() throws {
        var session = try ConsoleDriver(role: .chair)
        try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Banding")), by: .chair)
        try session.elsewhere(.openAgendaItem("1"), by: .chair)
        session.press("3")
        session.press("m")
        #expect(session.model.commandLine.text == "motion \"\" mover=\"EOG\" rationale=\"\"")
        typed(&session, "That the model be adopted")
        session.press(.tab)
        let line = session.model.commandLine
        #expect(String(line.characters[..<line.cursor]).hasSuffix("mover=\"EOG"), "Tab reaches the prefilled mover too, at its end")
        session.press(.tab)
        typed(&session, "The HNB review found the bands too coarse")
        session.press(.enter)
        let motion = try #require(session.log.state.motions["M1"])
        #expect(motion.draft.text == "That the model be adopted")
        #expect(motion.draft.rationale == "The HNB review found the bands too coarse")
    }

    @Test("#24, N3: a risk's fields in order by Tab: owner, rating, then the quoted mitigation")
    func riskFieldsInOrder() throws {
        var session = try ConsoleDriver(role: .clerk)
        try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Banding")), by: .chair)
        try session.elsewhere(.openAgendaItem("1"), by: .chair)
        session.press("4")
        session.press("r")
        #expect(session.model.commandLine.text == "risk \"\" owner=\"\" rating= mitigation=\"\"")
        typed(&session, "Places run short")
        session.press(.tab)
        typed(&session, "Zed")
        session.press(.tab)
        typed(&session, "high")
        session.press(.tab)
        typed(&session, "Open two new units by spring")
        #expect(session.model.commandLine.text == "risk \"Places run short\" owner=\"Zed\" rating=high mitigation=\"Open two new units by spring\"")
        session.press(.enter)
        let risk = try #require(session.log.state.risks.values.first?.risk)
        #expect(risk.mitigation == "Open two new units by spring")
        #expect(risk.rating == .high)
    }

    @Test("#24, N5: information to share: with= and often= quoted, reached in order, free text kept whole")
    func sharingFields() throws {
        var session = try ConsoleDriver(role: .clerk)
        session.press("4")
        session.press("s")
        #expect(session.model.commandLine.text == "share \"\" with=\"\" often=\"\"")
        typed(&session, "The banding model")
        session.press(.tab)
        typed(&session, "All head teachers")
        session.press(.tab)
        typed(&session, "Once a term")
        session.press(.tab)  // no empty field left: the cursor stays, nothing typed is lost
        session.press(.enter)
        guard case .informationSharingAgreed(let shared)? = session.log.events.last?.payload else {
            Issue.record("not recorded: \(session.model.message?.text ?? "")"); return
        }
        #expect(shared.shareWith == "All head teachers")
        #expect(shared.howOften == "Once a term")
    }

    @Test("#24, V6, N1: the open draft's clerk, an amendment's note and a declaration's interest are quoted and reached by Tab")
    func otherFreeTextFields() throws {
        var chair = try ConsoleDriver(role: .chair)
        #expect(CommandDraft.openMeeting.line(in: chair.model)?.text.hasSuffix("place=\"\" clerk=\"\"") == true)
        try chair.elsewhere(.moveMotion(MotionDraft(id: "M1", text: "That the model be adopted", mover: "EOG")), by: .chair)
        chair.press("3")
        chair.press("e")
        typed(&chair, " for consultation")
        chair.press(.tab)
        typed(&chair, "Agreed wording from the floor")
        chair.press(.enter)
        let amended = try #require(chair.log.state.motions["M1"])
        #expect(amended.draft.text == "That the model be adopted for consultation")
        #expect(amended.amendments.last?.note == "Agreed wording from the floor")
        var clerk = try ConsoleDriver(role: .clerk)
        clerk.press("4")
        clerk.press("d")
        #expect(clerk.model.commandLine.text == "declare \"\" \"\"", "who and the interest, both quoted")
        typed(&clerk, "finance.rep")
        clerk.press(.tab)
        typed(&clerk, "Governor of a special school")
        clerk.press(.enter)
        guard case .interestDeclared(let declaration)? = clerk.log.events.last?.payload else {
            Issue.record("not recorded: \(clerk.model.message?.text ?? "")"); return
        }
        #expect(declaration.interest == "Governor of a special school")
    }

    @Test("#24: a long message wraps at 80 columns, in browsing, while typing and over help: its end is shown")
    func longMessagesWrap() throws {
        var session = try ConsoleDriver(role: .clerk)
        let long = "This refusal is long enough to need more than one line at eighty columns, and what it says last matters most: END."
        for mode in [ConsoleModel.Mode.browse, .command, .help] {
            session.model.mode = mode
            session.model.message = (long, true)
            #expect(session.screenText.contains("matters most: END."), "\(mode)")
        }
    }

    @Test("#24: the empty agenda names the command that fills it, and that command, typed as shown, adds the item")
    func emptyAgendaHintRuns() throws {
        var session = try ConsoleDriver(role: .chair)
        session.press("2")
        let shown = try #require(session.screenText.split(separator: "\n").first { $0.contains("No agenda yet") })
        let command = try #require(shown.range(of: ":item").map { String(shown[$0.lowerBound...]) })
        typed(&session, command.trimmingCharacters(in: .whitespaces))
        session.press(.enter)
        #expect(session.log.state.agenda.map(\.title) == ["Title"])
        #expect(session.log.state.agenda.first?.allottedMinutes == 20)
    }

    @Test("#24, V5: the empty motion screen names the command that moves one, and that command, typed as shown, moves it")
    func emptyMotionHintRuns() throws {
        var session = try ConsoleDriver(role: .chair)
        try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Banding")), by: .chair)
        try session.elsewhere(.openAgendaItem("1"), by: .chair)
        session.press("3")
        let shown = try #require(session.screenText.split(separator: "\n").first { $0.contains("No motion yet") })
        let command = try #require(shown.range(of: ":motion").map { String(shown[$0.lowerBound...]) })
        typed(&session, command.trimmingCharacters(in: .whitespaces))
        session.press(.enter)
        #expect(session.log.state.motions["M1"]?.draft.text == "That …")
    }
}
