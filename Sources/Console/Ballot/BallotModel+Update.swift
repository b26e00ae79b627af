import Foundation
import MeetingKit
import TerminalUI

extension BallotModel: LoopModel {
    static let goesToNewestMeeting = false

    /// The ballot's one update: the model as the message leaves it, and what the runtime is to do next.
    public mutating func update(_ message: BallotMessage) -> [Effect] {
        switch message {
        case .key(let key):
            let effect = handle(key)
            return effect == .none ? [] : [effect]
        case .recorded(let command, let record):
            recorded(command, state: record.state)
        case .refused(let command, let reason, let cause, let record):
            let sentence = ConsoleModel.refusal(reason, causedBy: cause, in: record.state)
            refused(sentence, state: record.state)
            return [.logRefusal(command, reason: sentence)]
        case .loop(let event):
            apply(event)
        }
        return []
    }

    private mutating func apply(_ event: LoopEvent) {
        switch event {
        case .recordChanged(let record):
            guard record.number == meetingNumber else {
                // #24: the next meeting started on another terminal; the member's ballot is for it now.
                let closed = meetingNumber
                var next = BallotModel(state: record.state, person: person, meetingNumber: record.number, now: now)
                (next.width, next.height) = (width, height)
                next.message = ("Meeting \(closed) closed; this ballot is now for meeting \(record.number).", false)
                self = next
                return
            }
            state = record.state
        case .tick(let time):
            now = time
        case .resized(let width, let height):
            (self.width, self.height) = (width, height)
        case .following(let lostSince):
            notFollowing = lostSince.map { LoopWording.notFollowing(since: $0, in: timeZone) }
        }
    }
}
