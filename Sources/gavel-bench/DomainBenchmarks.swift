import Foundation
import MeetingKit

/// The domain's figures: folding a long meeting and computing its views, and drafting its minutes.
enum DomainBenchmarks {
    static func run(constitution: Constitution, events count: Int, profile: Bool) {
        let events = SyntheticMeeting.events(count: count, constitution: constitution)
        let motions = events.count { if case .motionMoved = $0.payload { true } else { false } }
        print("domain: \(events.count) events, \(motions) motions, HNB ELG (9 voting seats)")
        if profile {
            var total = 0
            for _ in 0..<30 { total &+= MeetingState.fold(constitution: constitution, events: events).lastSequence }
            print("folded 30 times (\(total))")
            return
        }
        var sink = 0
        let fold = measure(runs: 9) {
            let state = MeetingState.fold(constitution: constitution, events: events)
            var cast = 0
            for id in state.motionOrder { cast += state.tally(of: id)?.votesCast ?? 0 }
            sink &+= cast &+ state.voteHolders.count &+ state.quorum.seatsRepresented
        }
        print(
            String(
                format:
                    "fold + views (quorum, holders, every tally): median %.1f ms, %.0f events/s (goal under 100 ms)",
                fold * 1000, Double(events.count) / fold))
        let finalState = MeetingState.fold(constitution: constitution, events: events)
        let minutes = measure(runs: 5) {
            sink &+= MinutesDocument(state: finalState, includeConfidential: true).items.count
        }
        print(String(format: "minutes document of the same record: median %.1f ms", minutes * 1000))
        if sink == 42 { print("") }  // keeps the work observable to the optimiser
    }
}
