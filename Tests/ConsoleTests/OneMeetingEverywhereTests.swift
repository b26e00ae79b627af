import Foundation
import MeetingKit
import Testing
@testable import Console
import ConsoleDoubles
import TerminalUI

/// A series in memory on which another terminal starts the next meeting: at the `startAtRead`th time a
/// loop reads the record, the chair elsewhere has pressed M.
private final class SeriesElsewhere: MeetingSource {
    private(set) var log: MeetingLog
    private(set) var number = 1
    private var reads = 0
    let startAtRead: Int

    init(closed log: MeetingLog, startAtRead: Int) {
        self.log = log
        self.startAtRead = startAtRead
    }

    var state: MeetingState { log.state }
    var events: [MeetingEvent] { log.events }
    var notFollowingSince: Date? { nil }

    func follow() -> Bool {
        reads += 1
        guard reads == startAtRead else { return false }
        _ = try? startMeeting(after: number)
        return true
    }

    func perform(_ command: Command, by role: Role, at time: Date) -> RecordOutcome {
        do { return .recorded(try log.perform(command, by: role, at: time)) } catch { return .refused(error.reason) }
    }

    func startMeeting(after number: Int) throws -> MeetingStart {
        log = MeetingLog(constitution: log.state.constitutionForNext, mattersArising: log.state.mattersArisingForNext(meetingNumber: number))
        self.number = number + 1
        return MeetingStart(number: self.number, startedNow: true)
    }

    func search(_ text: String) -> SearchOutcome { .found([]) }
}

/// Issue #24, point 4: one meeting on every terminal. When the next meeting starts, every console,
/// projector and ballot on the record moves to it and says so.
@Suite("#24: one meeting on every terminal")
struct OneMeetingEverywhereTests {
    private func closedMeeting() throws -> (log: MeetingLog, now: Date) {
        var session = try ConsoleDriver(role: .clerk)
        try session.elsewhere(.closeMeeting, by: .chair)
        return (session.log, session.now)
    }

    @Test("#24: the clerk's console moves to the meeting the chair started elsewhere; its next key records there")
    func clerkFollows() throws {
        let (log, now) = try closedMeeting()
        let source = SeriesElsewhere(closed: log, startAtRead: 2)
        let terminal = MemoryTerminal(keys: [.character("1"), .character("a")])
        let model = ConsoleRuntime(terminal: terminal, source: source, role: .clerk, clock: { now.addingTimeInterval(60) }).run()
        #expect(model.meetingNumber == 2)
        #expect(terminal.frames.contains { $0.lines.joined().contains("meeting 2 has started, and this console has moved to it") })
        #expect(source.number == 2)
        #expect(source.state.present.count == 1, "a, pressed after the move, records the arrival in meeting 2")
    }

    @Test("#24: the projector moves to the next meeting: the room no longer sees CLOSED")
    func projectorFollows() throws {
        let (log, now) = try closedMeeting()
        let source = SeriesElsewhere(closed: log, startAtRead: 2)
        let terminal = MemoryTerminal(keys: [.character("a"), .character("a")])
        let model = ProjectorRuntime(terminal: terminal, source: source, voteDisplay: .live, clock: { now.addingTimeInterval(60) }).run()
        #expect(model.meetingNumber == 2)
        #expect(terminal.frames.first?.lines.joined().contains("CLOSED") == true, "before the chair's M elsewhere, the closed meeting")
        let last = terminal.screen
        #expect(last.contains("ELG meeting 2"))
        #expect(last.contains("The meeting has not yet opened"))
        #expect(!last.contains("closed at"))
    }

    @Test("#24, V1: a member's ballot moves to the next meeting and says so")
    func ballotFollows() throws {
        let (log, now) = try closedMeeting()
        let source = SeriesElsewhere(closed: log, startAtRead: 2)
        let terminal = MemoryTerminal(keys: [.character("x"), .tab])
        let model = BallotRuntime(terminal: terminal, source: source, person: "finance-representative", clock: { now.addingTimeInterval(60) }).run()
        #expect(model.meetingNumber == 2)
        #expect(terminal.frames.contains { $0.lines.joined().contains("Meeting 1 closed; this ballot is now for meeting 2.") })
    }

    @Test("#24: moving to the next meeting takes a line being typed off the command line into its history, and drops a question about the closed one")
    func moveKeepsTyping() throws {
        var session = try ConsoleDriver(role: .clerk)
        try session.elsewhere(.closeMeeting, by: .chair)
        session.press(":")
        for c in "note \"Kept" { session.press(.character(c)) }
        var next = MeetingLog(constitution: session.log.state.constitutionForNext)
        _ = session.model.update(.loop(.recordChanged(RecordView(number: 2, state: next.state, events: next.events, newest: 2))))
        #expect(session.model.meetingNumber == 2)
        #expect(session.model.mode == .browse, "Enter must not record in meeting 2 what was typed for meeting 1")
        #expect(session.model.message?.text.contains("The line you were typing was not run") == true)
        session.press(":")
        session.press(.up)
        #expect(session.model.commandLine.text == "note \"Kept", "nothing typed is lost: Up brings it back")
        next = MeetingLog(constitution: next.state.constitution)
        var asking = try ConsoleDriver(role: .chair)
        try asking.elsewhere(.closeMeeting, by: .chair)
        asking.press("2")
        asking.press("M")
        guard case .confirm = asking.model.mode else { Issue.record("M asks first"); return }
        _ = asking.model.update(.loop(.recordChanged(RecordView(number: 2, state: next.state, events: next.events, newest: 2))))
        #expect(asking.model.mode == .browse, "the question was about starting a meeting that has started")
    }

    @Test("#24, V1: a ballot's 'Recorded' line does not stand over the next vote")
    func ballotMessageClearsOnNextVote() throws {
        var session = try ConsoleDriver(role: .chair)
        try BlindKeyTests.voteOpen(&session)
        var ballot = BallotModel(state: session.log.state, person: "finance-representative", meetingNumber: 1, now: session.now)
        guard case .perform(let command) = ballot.handle(.character("y")) else { Issue.record("y casts"); return }
        try session.elsewhere(command, by: .member, as: Actor(person: "finance-representative", key: nil))
        ballot.recorded(command, state: session.log.state)
        #expect(ballot.message?.text == "Recorded: FOR on motion M1.")
        try session.elsewhere(.closeVote("M1"), by: .chair)
        ballot.state = session.log.state
        #expect(ballot.message?.text == "Recorded: FOR on motion M1.", "still true once the vote closes")
        try session.elsewhere(.moveMotion(MotionDraft(id: "M2", text: "That transport be reviewed", mover: "EOG")), by: .chair)
        try session.elsewhere(.openVote("M2"), by: .chair)
        ballot.state = session.log.state
        #expect(ballot.message == nil)
        #expect(BallotView.render(ballot, width: 80, height: 24).lines.joined().contains("Recorded") == false)
    }
}
