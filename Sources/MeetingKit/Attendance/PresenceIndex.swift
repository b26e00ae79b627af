import Foundation

/// Who was present at any instant, answered by a binary search over the timeline built once: what the
/// minutes ask at every moment of a long meeting, where replaying the movements each time would be quadratic.
public struct PresenceIndex: Sendable {
    private let timeline: [(at: Date, present: Set<PersonID>)]

    /// The people present after each instant at which someone arrived or left, in time order (A1).
    public init(_ movements: [Movement]) {
        var present = Set<PersonID>()
        var timeline: [(at: Date, present: Set<PersonID>)] = []
        for movement in movements.sorted() {
            movement.apply(to: &present)
            if timeline.last?.at == movement.at {
                timeline[timeline.count - 1].present = present
            } else {
                timeline.append((movement.at, present))
            }
        }
        self.timeline = timeline
    }

    /// The same answer as `presence(from:at:)`: every movement at or before `instant` applied.
    public func present(at instant: Date) -> Set<PersonID> {
        var (low, high) = (0, timeline.count)
        while low < high {
            let middle = (low + high) / 2
            if timeline[middle].at <= instant { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? [] : timeline[low - 1].present
    }
}
