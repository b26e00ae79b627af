import Foundation
import MeetingKit

/// Builds a long, realistic event stream through the real command path (so every event is one the
/// domain would accept): people come and go, items open, motions are moved and voted on by every
/// represented seat, and the clerk minutes notes, actions and risks.
struct SyntheticMeeting {
    /// The commands that were accepted, in order, and the events they produced.
    var steps: [(command: Command, author: Role, time: Date)] = []
    var events: [MeetingEvent] { log.events }
    private var log: MeetingLog

    static func events(count: Int, constitution: Constitution) -> [MeetingEvent] {
        SyntheticMeeting(count: count, constitution: constitution).events
    }

    init(
        count: Int, constitution: Constitution, mattersArising: MattersArising = .none, prefix: String = "",
        start: Date = Date(timeIntervalSince1970: 1_570_000_000)
    ) {
        log = MeetingLog(constitution: constitution, mattersArising: mattersArising)
        var clock = start
        var log = self.log
        var steps: [(command: Command, author: Role, time: Date)] = []
        func run(_ command: Command, _ role: Role) {
            // Stops at exactly `count` events, even part-way through an item.
            guard log.events.count < count else { return }
            clock += 7
            if (try? log.perform(command, by: role, at: clock)) != nil { steps.append((command, role, clock)) }
        }
        let reps = constitution.seats.compactMap { constitution.holders[$0.id]?.representative }
        let proxies = constitution.seats.compactMap { constitution.holders[$0.id]?.proxy }
        for rep in reps { run(.arrive(rep), .clerk) }
        // Matters arising are dealt with first: every carried action is closed.
        for carried in mattersArising.actions { run(.closeAction(carried.action.id, note: "Done"), .clerk) }
        run(
            .openMeeting(
                MeetingDetails(title: "Benchmark", date: CalendarDay("2019-10-01")!, place: "Hall", clerk: "Clerk")),
            .chair)
        var cycle = 0
        while log.events.count < count {
            cycle += 1
            let item = AgendaItemID("\(prefix)I\(cycle)")
            run(.addAgendaItem(AgendaItem(id: item, title: "Item \(cycle)", allottedMinutes: 10)), .chair)
            run(.openAgendaItem(item), .chair)
            run(.note(MinuteText(item: nil, text: "Discussion of item \(cycle)")), .clerk)
            // One representative steps out and their proxy steps in, then back again.
            let seat = cycle % reps.count
            run(.depart(reps[seat]), .clerk)
            run(.arrive(proxies[seat]), .clerk)
            let motion = MotionID("\(prefix)M\(cycle)")
            run(
                .moveMotion(
                    MotionDraft(id: motion, text: "That item \(cycle) be accepted", mover: "EOG", rationale: "Evidence")
                ), .chair)
            run(.openVote(motion), .chair)
            for (index, seatInfo) in constitution.seats.enumerated() {
                let choice: VoteChoice = (index + cycle) % 4 == 0 ? .against : (index % 5 == 0 ? .abstain : .inFavour)
                run(.castVote(motion, seat: seatInfo.id, choice: choice), .chair)
            }
            run(.closeVote(motion), .chair)
            run(.depart(proxies[seat]), .clerk)
            run(.arrive(reps[seat]), .clerk)
            run(
                .recordAction(
                    ActionItem(
                        id: ActionID("\(prefix)A\(cycle)"), item: nil, what: "Follow up \(cycle)", who: "Officer",
                        due: nil)), .clerk)
            if cycle % 10 == 0 {
                run(
                    .recordRisk(
                        Risk(
                            id: RiskID("\(prefix)R\(cycle)"), item: nil, description: "Risk \(cycle)", owner: "AD",
                            rating: .medium, mitigation: "Monitor")), .clerk)
            }
        }
        self.log = log
        self.steps = steps
    }
}
