import Foundation
import MeetingKit

/// What the loop tells every model at each turn, whichever runtime runs it: the record's news, the clock,
/// the window, and whether the record is followed. Each model's message type carries it as `.loop`, so the
/// loop brings console, projector and ballot up to the moment in one way (`TerminalLoop.bringUpToDate`).
public enum LoopEvent: Sendable {
    /// Another terminal changed the record, or the series moved on to another meeting.
    case recordChanged(RecordView)
    case tick(Date)
    case resized(width: Int, height: Int)
    /// Since when the record could not be read; nil while it is followed.
    case following(lostSince: Date?)
}

/// A model the loop can drive: it takes the loop's events and says what its status bar shows of following.
protocol LoopModel {
    var meetingNumber: Int { get }
    var notFollowing: String? { get }
    /// Only a console goes to the series' newest meeting; the room and the ballots follow the source's own,
    /// so they do not ask the record for it at every change.
    static var goesToNewestMeeting: Bool { get }
    mutating func take(_ event: LoopEvent)
}

extension MeetingSource {
    /// The record as a model is shown it; the newest meeting looked up only for a model that goes to it.
    func recordView(lookingForNewest: Bool) -> RecordView {
        RecordView(number: number, state: state, events: events, newest: lookingForNewest ? newestMeetingNumber : number)
    }
}
