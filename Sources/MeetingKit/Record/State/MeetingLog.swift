import Foundation

/// A meeting held in memory: its events and the state they fold to. The store keeps the same pair durably;
/// tests and tools use this one directly.
public struct MeetingLog: Sendable {
    public private(set) var events: [MeetingEvent] = []
    public private(set) var state: MeetingState

    public init(constitution: Constitution, mattersArising: MattersArising = .none, isFirstOfSeries: Bool = false) {
        state = MeetingState(
            constitution: constitution, mattersArising: mattersArising, isFirstOfSeries: isFirstOfSeries)
    }

    public init(
        constitution: Constitution, mattersArising: MattersArising = .none, isFirstOfSeries: Bool = false,
        events: [MeetingEvent]
    ) {
        self.events = events
        state = MeetingState.fold(
            constitution: constitution, mattersArising: mattersArising, isFirstOfSeries: isFirstOfSeries, events: events
        )
    }

    /// Admits `command` (decided, every invariant checked) and appends its events, or throws the refusal and
    /// changes nothing.
    @discardableResult
    public mutating func perform(
        _ command: Command, by author: Role, as actor: Actor? = nil, at time: Date
    ) throws(Refusal) -> [MeetingEvent] {
        let admission = try state.admit(command, by: author, as: actor, at: time, journal: events)
        events += admission.events
        state = admission.state
        return admission.events
    }
}
