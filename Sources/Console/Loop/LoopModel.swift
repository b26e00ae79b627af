import Foundation
import MeetingKit

/// A model the loop can drive: it takes the loop's events and says what its status bar shows of following.
protocol LoopModel {
    var meetingNumber: Int { get }
    var notFollowing: String? { get }
    /// Only a console goes to the series' newest meeting; the room and the ballots follow the source's own,
    /// so they do not ask the record for it at every change.
    static var goesToNewestMeeting: Bool { get }
    /// The model's one update for a loop event (`update(.loop(event))`).
    mutating func take(_ event: LoopEvent)
}

extension MeetingSource {
    /// The record as a model is shown it; the newest meeting looked up only for a model that goes to it.
    func recordView(lookingForNewest: Bool) -> RecordView {
        RecordView(
            number: number, state: state, events: events, newest: lookingForNewest ? newestMeetingNumber : number)
    }
}
