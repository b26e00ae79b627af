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
