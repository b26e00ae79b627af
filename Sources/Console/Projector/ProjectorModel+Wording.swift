import Foundation
import MeetingKit

/// What the projector tells the room in sentences, whatever the window's size: the model words them; the
/// views place them.
extension ProjectorModel {
    /// Where the meeting stands when no item is before the room.
    var noItemLine: String {
        if let closed = state.closedAt { return "The meeting closed at \(clockTime(closed, in: timeZone))" }
        return state.openedAt == nil ? "The meeting has not yet opened" : "No item open"
    }

    /// How far a vote shown only after it closes has come: "VOTING · 4 of 9 seats have voted".
    static func votingProgress(_ tally: Tally) -> String {
        let cast = tally.inFavour + tally.against + tally.abstentions
        return "VOTING · \(cast) of \(cast + tally.notVoted) seats have voted"
    }

    static let voteBeingTaken = "A vote is being taken"
    static let tallyWhenClosed = "Vote open: the tally shows when it closes"
    /// Part of a named vote would mislead: all of it, or this word on where to see it.
    static let namesNeedRoom = "Who voted how: a larger window shows every name"
}
