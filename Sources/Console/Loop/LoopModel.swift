import Foundation
import MeetingKit
import TerminalUI

/// A model the loop can drive: one update for all its messages, and what its status bar shows of following.
protocol LoopModel {
    associatedtype Message: LoopMessage
    associatedtype Effect
    var meetingNumber: Int { get }
    var notFollowing: String? { get }
    /// Only a console goes to the series' newest meeting; the room and the ballots follow the source's own,
    /// so they do not ask the record for it at every change.
    static var goesToNewestMeeting: Bool { get }
    /// The model as the message leaves it, and what the runtime is to do next.
    mutating func update(_ message: Message) -> [Effect]
}

extension LoopModel {
    /// The loop's events go through the one update, as keys do; they ask the runtime for nothing.
    mutating func take(_ event: LoopEvent) { _ = update(.loop(event)) }
}
