import MeetingKit

/// The record as a runtime shows it to its model: which meeting, how it stands, its events, and the
/// series' newest meeting.
public struct RecordView: Sendable {
    public var number: Int
    public var state: MeetingState
    public var events: [MeetingEvent]
    public var newest: Int

    public init(number: Int, state: MeetingState, events: [MeetingEvent], newest: Int) {
        self.number = number
        self.state = state
        self.events = events
        self.newest = newest
    }
}

extension MeetingSource {
    /// The record as a model is shown it; the newest meeting looked up only for a model that goes to it.
    func recordView(lookingForNewest: Bool) -> RecordView {
        RecordView(
            number: number, state: state, events: events, newest: lookingForNewest ? newestMeetingNumber : number)
    }
}
