import Foundation
import MeetingKit
import Testing
@testable import Console
import ConsoleDoubles
import TerminalUI

/// Issue #24, point 2: a key records only what its screen shows. Each recording key is set up where it acts
/// at 80x24, then pressed again with the window too small, under help and under search results: it records
/// nothing, asks nothing, and says why.
@Suite("#24: no recording key acts blind")
struct BlindKeyTests {
    /// A recording key, its terminal's role, and how to bring the session to where the key acts.
    struct Case: CustomTestStringConvertible, Sendable {
        var key: Key
        var role: Role
        var setUp: @Sendable (inout ConsoleDriver) throws -> Void
        var testDescription: String { "\(key.label()) (\(role.rawValue))" }
    }

    /// An item, a motion under it, and the motion's vote open.
    static func voteOpen(_ session: inout ConsoleDriver) throws {
        try motionMoved(&session)
        try session.elsewhere(.openVote("M1"), by: .chair)
        session.press("3")
    }

    static func motionMoved(_ session: inout ConsoleDriver) throws {
        try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Banding")), by: .chair)
        try session.elsewhere(.openAgendaItem("1"), by: .chair)
        try session.elsewhere(.moveMotion(MotionDraft(id: "M1", text: "That the model be adopted", mover: "EOG")), by: .chair)
        session.press("3")
    }

    static let cases: [Case] = [
        // Row 1 is Early Years' proxy, absent; row 0 its representative, present.
        Case(key: .character("a"), role: .clerk) { $0.press(.down) },
        Case(key: .character("l"), role: .clerk) { _ in },
        Case(key: .enter, role: .chair) { session in
            try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Banding")), by: .chair)
            session.press("2")
        },
        Case(key: .character("x"), role: .chair) { session in
            try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Banding")), by: .chair)
            session.press("2")
        },
        Case(key: .character("x"), role: .clerk) { session in
            try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Banding")), by: .chair)
            try session.elsewhere(.openAgendaItem("1"), by: .chair)
            session.press("4")
        },
        Case(key: .character("o"), role: .chair) { try motionMoved(&$0) },
        Case(key: .character("w"), role: .chair) { try motionMoved(&$0) },
        Case(key: .character("d"), role: .chair) { try motionMoved(&$0) },
        Case(key: .character("y"), role: .chair) { try voteOpen(&$0) },
        Case(key: .character("n"), role: .chair) { try voteOpen(&$0) },
        Case(key: .character("b"), role: .chair) { try voteOpen(&$0) },
        Case(key: .character("c"), role: .chair) { try voteOpen(&$0) },
        Case(key: .character("X"), role: .chair) { $0.press("2") },
        Case(key: .character("u"), role: .clerk) { $0.press(.down); $0.press("a") },
    ]

    /// The session at the point where `test`'s key acts, and the number of events then.
    private func prepared(_ test: Case) throws -> (session: ConsoleDriver, events: Int) {
        var session = try ConsoleDriver(role: test.role)
        try test.setUp(&session)
        return (session, session.log.events.count)
    }

    /// Whether the key acted: recorded something, or put a question.
    private func acted(_ session: ConsoleDriver, since events: Int) -> Bool {
        if case .confirm = session.model.mode { return true }
        // A key that drafts (withdraw, defer) acts by opening its command line.
        if session.model.mode == .command { return true }
        return session.log.events.count > events
    }

    @Test("#24, A1/V1/N4: each recording key acts at 80x24, and records nothing while the window is too small, saying why",
          arguments: cases)
    func tooSmall(_ test: Case) throws {
        var (session, events) = try prepared(test)
        session.press(test.key)
        #expect(acted(session, since: events), "the key acts when its screen is shown")

        (session, events) = try prepared(test)
        _ = session.model.update(.loop(.resized(width: 60, height: 20)))
        session.press(test.key)
        #expect(!acted(session, since: events))
        #expect(session.model.message?.text.contains("too small to show what it acts on") == true)
        let frame = ConsoleView.render(session.model, width: 60, height: 20).grid.lines.joined(separator: "\n")
        #expect(frame.contains("did nothing"), "the small window says why")
    }

    @Test("#24, A1/V1/N4: each recording key records nothing under help or search results, and says why", arguments: cases)
    func underOverlay(_ test: Case) throws {
        var (session, events) = try prepared(test)
        session.press("?")
        session.press(test.key)
        #expect(!acted(session, since: events))
        #expect(session.model.mode == .help)
        #expect(session.model.message?.text.contains("help covers the screen") == true)
        #expect(session.screenText.contains("did nothing"))

        (session, events) = try prepared(test)
        _ = session.model.update(.found(query: "model", .found([["M1 That the model be adopted"]])))
        session.press(test.key)
        #expect(!acted(session, since: events))
        #expect(session.model.message?.text.contains("search results cover the screen") == true)
    }

    @Test("#24: q still leaves a window too small to show the screen; the record holds what was done")
    func quitWhileTooSmall() throws {
        var session = try ConsoleDriver(role: .clerk)
        _ = session.model.update(.loop(.resized(width: 60, height: 20)))
        session.press("q")
        #expect(session.quit)
    }

    @Test("#24, V1: through the real loop, y at 60x20 records no vote; the frame says why")
    func runtimeAtSixtyByTwenty() throws {
        var session = try ConsoleDriver(role: .chair)
        try Self.voteOpen(&session)
        let source = MemorySource(log: session.log)
        let terminal = MemoryTerminal(width: 60, height: 20, keys: [.character("3"), .character("y"), .character("q")])
        let now = session.now
        ConsoleRuntime(terminal: terminal, source: source, role: .chair, clock: { now }).run()
        #expect(source.state.motions["M1"]?.ballots.isEmpty == true)
        #expect(terminal.screen.contains("did nothing"))
    }

    @Test("#24, V1: a member's ballot too small to show the motion records no vote, nor answers its change question; it says why")
    func ballotTooSmall() throws {
        var session = try ConsoleDriver(role: .chair)
        try Self.voteOpen(&session)
        var ballot = BallotModel(state: session.log.state, person: "finance-representative", meetingNumber: 1, now: session.now)
        (ballot.width, ballot.height) = (40, 6)
        #expect(ballot.handle(.character("y")) == .none)
        #expect(ballot.message?.text == "y did nothing: the window is 40x6, too small to show the motion. Enlarge it.")
        #expect(BallotView.render(ballot, width: 40, height: 6).lines.joined().contains("Enlarge the window"))
        (ballot.width, ballot.height) = (80, 24)
        guard case .perform(let command) = ballot.handle(.character("y")) else { Issue.record("y at 80x24 casts"); return }
        try session.elsewhere(command, by: .member, as: Actor(person: "finance-representative", key: nil))
        ballot.recorded(command, state: session.log.state)
        #expect(ballot.handle(.character("n")) == .none, "a change asks first")
        #expect(BallotView.render(ballot, width: 80, height: 24).lines.last?.contains("y change") == true, "only y answers yes, and the footer says so")
        (ballot.width, ballot.height) = (40, 6)
        #expect(ballot.handle(.character("y")) == .none, "the question's answer waits for a window that shows the motion")
        (ballot.width, ballot.height) = (80, 24)
        #expect(ballot.handle(.character("y")) == .perform(.castVote("M1", seat: "finance", choice: .against, by: "finance-representative")))
    }
}
