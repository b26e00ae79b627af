import ConstitutionFile
import Foundation
import MeetingKit

// Benchmarks print figures; they never assert. Run with:
//   swift run -c release gavel-bench [EVENTS]        figures for the README
//   swift run -c release gavel-bench EVENTS --profile  folds 30 times and nothing else, for perf record
let arguments = CommandLine.arguments.dropFirst()
let eventCount = arguments.first.flatMap(Int.init) ?? 100_000
let named = nameEveryone(ShippedConstitution.hnbELG.constitution)

print("Generating \(eventCount) events through the command path…")
let events = SyntheticMeeting.events(count: eventCount, constitution: named)
let motions = events.count { if case .motionMoved = $0.payload { true } else { false } }
print("  \(events.count) events, \(motions) motions, HNB ELG (9 voting seats)")

if arguments.contains("--profile") {
    var total = 0
    for _ in 0..<30 { total &+= MeetingState.fold(constitution: named, events: events).lastSequence }
    print("folded 30 times (\(total))")
    exit(0)
}

var sink = 0
let fold = measure(runs: 9) {
    let state = MeetingState.fold(constitution: named, events: events)
    var cast = 0
    for id in state.motionOrder { cast += state.tally(of: id)?.votesCast ?? 0 }
    sink &+= cast &+ state.voteHolders.count &+ state.quorum.seatsRepresented
}
print(String(format: "fold + views (quorum, holders, every tally): median %.1f ms, %.0f events/s", fold * 1000, Double(events.count) / fold))

let finalState = MeetingState.fold(constitution: named, events: events)
let minutes = measure(runs: 5) { sink &+= MinutesDocument(state: finalState, includeConfidential: true).items.count }
print(String(format: "minutes document of the same record: median %.1f ms", minutes * 1000))
if sink == 42 { print("") }  // keeps the work observable to the optimiser

/// Median wall time of `runs` runs, in seconds.
func measure(runs: Int, _ work: () -> Void) -> Double {
    let clock = ContinuousClock()
    let samples = (0..<runs).map { _ in clock.measure(work) }.sorted()
    let median = samples[runs / 2].components
    return Double(median.seconds) + Double(median.attoseconds) / 1e18
}

/// The shipped constitution with a name on every placeholder, as a clerk would have it.
func nameEveryone(_ constitution: Constitution) -> Constitution {
    var c = constitution
    for (id, person) in c.people where !person.isNamed { c.people[id]?.name = person.placeholder }
    return c
}
