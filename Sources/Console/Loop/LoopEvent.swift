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
