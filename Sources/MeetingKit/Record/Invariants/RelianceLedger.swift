import Foundation

/// I1: what each recorded event relied on when it was recorded, as the state tells it now. An event at
/// instant t is judged by the facts at t; a later event (a movement back-dated with at=, an appointment or
/// handover in the same second) may not change them, or the record would say, for one, that someone voted
/// after they had left. Comparing the ledger before and after a batch finds any such change.
struct RelianceLedger {
    /// What one event relied on.
    struct Facts: Hashable {
        var holders: [SeatID: SeatHolding]?
        var voterPresent: Bool?
        var quorum: QuorumStatus?
        var chair: PersonID??
        var predecessor: PersonID??
    }

    private(set) var facts: [Int: Facts] = [:]

    /// The facts of every event in `journal` but those in `undone`, as `state` tells them.
    init(state: MeetingState, journal: [MeetingEvent], skipping undone: [ClosedRange<Int>]) {
        let presence = PresenceIndex(state.movements)
        var appointmentIndex = 0
        for event in journal where !undone.contains(where: { $0.contains(event.sequence) }) {
            let instant = event.time
            func holders() -> [SeatID: SeatHolding] {
                state.constitution(at: instant).voteHolders(present: presence.present(at: instant))
            }
            func quorum() -> QuorumStatus {
                state.constitution(at: instant).quorum(present: presence.present(at: instant))
            }
            var relied = Facts()
            switch event.payload {
            case .voteCast(let ballot), .voteChanged(let ballot):
                relied.holders = holders()
                relied.voterPresent = presence.present(at: instant).contains(ballot.voter)
            case .voteOpened:
                relied.quorum = quorum()
            case .voteClosed:
                relied.quorum = quorum()
                relied.holders = holders()
            case .appointed:
                // The appointments list holds one record per appointment folded, in order.
                if appointmentIndex < state.appointments.count {
                    relied.predecessor = .some(state.appointments[appointmentIndex].predecessor)
                }
                appointmentIndex += 1
            default:
                break
            }
            if event.author == .chair { relied.chair = .some(state.chair(at: instant)) }
            if relied != Facts() { facts[event.sequence] = relied }
        }
    }

    /// The first event whose facts differ in `other`, with what changed, for a refusal.
    func firstChange(in other: RelianceLedger) -> (sequence: Int, what: String)? {
        for sequence in facts.keys.sorted() {
            guard let mine = facts[sequence] else { continue }
            let theirs = other.facts[sequence] ?? Facts()
            if mine.voterPresent != theirs.voterPresent { return (sequence, "the voter's presence at the ballot") }
            if mine.holders != theirs.holders { return (sequence, "who held the seats' votes at that moment") }
            if mine.quorum != theirs.quorum { return (sequence, "the quorum at that moment") }
            if mine.chair != theirs.chair { return (sequence, "who was in the chair at that moment") }
            if mine.predecessor != theirs.predecessor { return (sequence, "whom the appointment replaced") }
        }
        return nil
    }
}
