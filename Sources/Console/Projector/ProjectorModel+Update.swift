import Foundation
import MeetingKit
import TerminalUI

extension ProjectorModel: LoopModel {
    static let goesToNewestMeeting = false

    /// What the projector asks of its runtime: only to end, since its keys only choose what is shown and it
    /// never writes the record.
    public enum Effect: Equatable, Sendable { case quit }

    /// The projector's one update: the model as the message leaves it, and what the runtime is to do next.
    public mutating func update(_ message: ProjectorMessage) -> [Effect] {
        switch message {
        case .key(let key):
            return handle(key) ? [] : [.quit]
        case .loop(let event):
            apply(event)
            return []
        }
    }

    private mutating func apply(_ event: LoopEvent) {
        switch event {
        case .recordChanged(let record):
            if record.number != meetingNumber {
                // #24: the next meeting started on another terminal; the room sees it, not the closed one, and is told.
                notice = "Meeting \(meetingNumber) closed; this is meeting \(record.number)."
                meetingNumber = record.number
            }
            state = record.state
            lastUpdate = now
        case .tick(let time):
            now = time
        case .following(let lostSince):
            // The room is told when the picture it sees was last brought up to date.
            notFollowing = lostSince.map { _ in LoopWording.notFollowing(lastUpdate: lastUpdate, in: timeZone) }
        case .resized:
            // The projector is drawn to the window's size as it is; it keeps nothing of it.
            break
        }
    }
}
