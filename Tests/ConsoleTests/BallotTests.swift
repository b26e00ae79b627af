import ConstitutionFile
import Foundation
import GridSnapshots
import MeetingKit
import Testing
@testable import Console
import ConsoleDoubles
import TerminalUI

/// A member's own terminal: the ballot model, its screen, and its loop over a meeting in memory.
@Suite("The member's ballot (A2, A3, M1, V1, V4)")
struct BallotTests {
    private let constitution: Constitution = {
        var c = ShippedConstitution.hnbELG.constitution
        for (id, person) in c.people where !person.isNamed { c.people[id]?.name = person.placeholder }
        return c
    }()
    private let at = Date(timeIntervalSince1970: 1_569_934_800)

    private var seat: SeatID { constitution.seats[3].id }
    private var rep: PersonID { constitution.holders[seat]!.representative }
    private var proxy: PersonID { constitution.holders[seat]!.proxy! }

    /// A meeting with five representatives present and the vote on M1 open.
    private func votingLog() throws -> MeetingLog {
        var log = MeetingLog(constitution: constitution)
        try log.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "Civic Offices", clerk: "Kim")), by: .chair, at: at)
        for seat in constitution.seats.prefix(5) { try log.perform(.arrive(constitution.holders[seat.id]!.representative), by: .clerk, at: at) }
        try log.perform(.moveMotion(MotionDraft(id: "M1", text: "That the banding model be adopted", mover: "EOG")), by: .chair, at: at)
        try log.perform(.openVote("M1"), by: .chair, at: at)
        return log
    }

    @Test("V1, A2: y, n and b cast the member's own vote for the seat they hold; changing it asks first")
    func keys() throws {
        var model = BallotModel(state: try votingLog().state, person: rep, meetingNumber: 1, now: at)
        #expect(model.handle(.character("y")) == .perform(.castVote("M1", seat: seat, choice: .inFavour, by: rep)))
        var log = try votingLog()
        try log.perform(.castVote("M1", seat: seat, choice: .inFavour, by: rep), by: .member, as: Actor(person: rep, key: nil), at: at)
        model.state = log.state
        #expect(model.handle(.character("y")) == .none)
        #expect(model.message?.text == "You have already voted FOR.")
        #expect(model.handle(.character("n")) == .none)
        #expect(model.message?.text.hasPrefix("Change FOR to AGAINST?") == true)
        #expect(model.handle(.character("x")) == .none, "any key but y keeps the vote")
        _ = model.handle(.character("n"))
        #expect(model.handle(.enter) == .none, "#24: Enter is not yes, on the ballot as on every console question")
        #expect(model.message?.text == "Your vote was not changed.")
        _ = model.handle(.character("n"))
        #expect(model.message?.text.hasSuffix("y changes it; any other key keeps it.") == true)
        #expect(model.handle(.character("y")) == .perform(.castVote("M1", seat: seat, choice: .against, by: rep)))
        #expect(model.handle(.character("q")) == .quit)
    }

    @Test("#22, N4: a member's screen reads the public projection: a confidential motion is voted on without its text shown")
    func confidentialMotion() throws {
        var log = MeetingLog(constitution: constitution)
        try log.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "Civic Offices", clerk: "Kim")), by: .chair, at: at)
        for seat in constitution.seats.prefix(5) { try log.perform(.arrive(constitution.holders[seat.id]!.representative), by: .clerk, at: at) }
        try log.perform(.addAgendaItem(AgendaItem(id: "4", title: "A named child's placement", confidential: true)), by: .chair, at: at)
        try log.perform(.openAgendaItem("4"), by: .chair, at: at)
        try log.perform(.moveMotion(MotionDraft(id: "M1", text: "That the placement at Oakwood be funded", mover: "EOG")), by: .chair, at: at)
        try log.perform(.openVote("M1"), by: .chair, at: at)
        var model = BallotModel(state: log.state, person: rep, meetingNumber: 1, now: at)
        let screen = BallotView.render(model, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(!screen.contains("Oakwood"))
        #expect(!screen.contains("named child"))
        #expect(screen.contains("Confidential motion"))
        #expect(model.handle(.character("y")) == .perform(.castVote("M1", seat: seat, choice: .inFavour, by: rep)))
    }

    @Test("A2: a proxy whose representative is present is told why, and no key casts anything; with no vote open, nothing either")
    func cannotVote() throws {
        var log = try votingLog()
        try log.perform(.arrive(proxy), by: .clerk, at: at)
        var model = BallotModel(state: log.state, person: proxy, meetingNumber: 1, now: at)
        for key in ["y", "n", "b"] { #expect(model.handle(.character(Character(key))) == .none) }
        #expect(model.message?.text.contains("A2") == true)
        let screen = BallotView.render(model, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(screen.contains("You cannot vote on this motion"))
        #expect(!screen.contains("y for"))
        var idle = BallotModel(state: MeetingLog(constitution: constitution).state, person: rep, meetingNumber: 1, now: at)
        #expect(idle.handle(.character("y")) == .none)
        #expect(idle.message?.text == "No vote is open.")
    }

    @Test("V4: the ballot shows INDICATIVE VOTE, the motion, its rule, the seat and capacity, at 80x24")
    func screen() throws {
        let model = BallotModel(state: try votingLog().state, person: rep, meetingNumber: 1, now: at)
        let grid = BallotView.render(model, width: 80, height: 24)
        let text = grid.lines.joined(separator: "\n")
        #expect(text.contains("INDICATIVE VOTE · Motion M1"))
        #expect(text.contains("That the banding model be adopted"))
        #expect(text.contains("Rule:"))
        #expect(text.contains("as its representative (A2)"))
        expectSnapshot(grid, "ballot-80x24")
    }

    @Test("V1: the ballot's loop records the member's vote with their key, and the chair's screen marks it as cast from their own terminal")
    func loop() throws {
        let actor = Actor(person: rep, key: "SHA256:memberkey")
        let source = MemorySource(log: try votingLog(), actor: actor)
        let terminal = MemoryTerminal(keys: [.character("b"), .character("q")])
        let ended = BallotRuntime(terminal: terminal, source: source, person: rep, clock: { at }).run()
        let last = try #require(source.events.last)
        #expect(last.author == .member && last.by == actor)
        #expect(source.state.motions["M1"]?.ballots[seat]?.choice == .abstain)
        #expect(ended.message?.text == "Recorded: ABSTAIN on motion M1.")
        var chair = ConsoleModel(state: source.state, meetingNumber: 1, role: .chair, now: at)
        chair.screen = .motion
        let lines = ConsoleView.render(chair, width: 100, height: 30).grid.lines
        #expect(lines.contains { $0.contains("ABSTAIN (own)") }, "\(lines.joined(separator: "\n"))")
    }

    @Test("V1: the clerk keys a vote for a member without a terminal of their own, from the same motion screen")
    func clerkKeysAVote() throws {
        let source = MemorySource(log: try votingLog())
        // 3: the motion screen; the cursor starts on the first seat that can vote; y records it.
        let terminal = MemoryTerminal(keys: [.character("3"), .character("y"), .character("q")])
        ConsoleRuntime(terminal: terminal, source: source, role: .clerk, clock: { at }).run()
        let last = try #require(source.events.last)
        #expect(last.author == .clerk)
        guard case .voteCast(let ballot) = last.payload else { Issue.record("expected a ballot, got \(last.payload)"); return }
        #expect(ballot.choice == .inFavour && ballot.seat == constitution.seats[0].id)
    }

    @Test("V1: a ballot the record refuses is shown to the member and told to the host's log in the same words")
    func refusalLogged() throws {
        let source = RefusingSource(log: try votingLog(), reason: "The vote on motion M1 is closed.")
        let terminal = MemoryTerminal(keys: [.character("y"), .character("q")])
        var logged: [(Command, String)] = []
        let ended = BallotRuntime(terminal: terminal, source: source, person: rep, clock: { at }) { logged.append(($0, $1)) }.run()
        #expect(logged.count == 1)
        #expect(logged.first?.0 == .castVote("M1", seat: seat, choice: .inFavour, by: rep))
        #expect(ended.message?.text == "Not recorded: " + (logged.first?.1 ?? ""), "the log has the sentence the member saw")
        #expect(logged.first?.1.contains("The vote on motion M1 is closed.") == true)
    }
}

/// A record that refuses every command, as one whose vote closed between the key and the write would.
private final class RefusingSource: MeetingSource {
    let log: MeetingLog
    let reason: String
    init(log: MeetingLog, reason: String) { (self.log, self.reason) = (log, reason) }
    var number: Int { 1 }
    var state: MeetingState { log.state }
    var events: [MeetingEvent] { log.events }
    var notFollowingSince: Date? { nil }
    func follow() -> Bool { false }
    func perform(_ command: Command, by role: Role, at time: Date) -> RecordOutcome { .refused(reason) }
    func startMeeting(after number: Int) throws -> MeetingStart { MeetingStart(number: number, startedNow: false) }
    func search(_ text: String) -> SearchOutcome { .found([]) }
}
