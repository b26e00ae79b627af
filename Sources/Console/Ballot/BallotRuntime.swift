import Foundation
import MeetingKit
import TerminalUI

/// The ballot's loop (`TerminalLoop`): the only effect it can carry out is the member's own ballot.
public struct BallotRuntime {
    let terminal: any TerminalDevice
    let source: any MeetingSource
    let person: PersonID
    let clock: () -> Date

    public init(
        terminal: any TerminalDevice, source: any MeetingSource, person: PersonID,
        clock: @escaping () -> Date = Date.init
    ) {
        self.terminal = terminal
        self.source = source
        self.person = person
        self.clock = clock
    }

    @discardableResult
    public func run() -> BallotModel {
        var model = BallotModel(state: source.state, person: person, meetingNumber: source.number, now: clock())
        let source = source
        TerminalLoop(terminal: terminal, source: source, clock: clock).run(
            &model,
            update: { model, recordChanged, now, size in
                if recordChanged || source.number != model.meetingNumber {
                    _ = model.update(.recordChanged(recordView()))
                }
                _ = model.update(.tick(now))
                _ = model.update(.resized(width: size.width, height: size.height))
                _ = model.update(.following(lostSince: source.notFollowingSince))
                return model.notFollowing
            },
            frame: { [ascii = terminal.ascii] model, size in
                (BallotView.render(model, width: size.width, height: size.height, ascii: ascii), nil)
            },
            handle: { [terminal] key, model in
                // The size now, not at the last frame: a key pressed just after the window shrank must see it.
                _ = model.update(.resized(width: terminal.size.width, height: terminal.size.height))
                return handle(key, &model)
            })
        return model
    }

    /// Only a console goes to the newest meeting, so a ballot does not ask the record for it.
    private func recordView() -> RecordView {
        RecordView(number: source.number, state: source.state, events: source.events, newest: source.number)
    }

    /// Acts on one key: the model's update, and the member's ballot, if it casts one, recorded and its
    /// outcome fed back; false when the member quits.
    private func handle(_ key: Key, _ model: inout BallotModel) -> Bool {
        var effects = model.update(.key(key))
        while !effects.isEmpty {
            switch effects.removeFirst() {
            case .none: continue
            case .quit: return false
            case .cast(let command):
                switch source.perform(command, by: .member, at: clock()) {
                case .recorded: effects += model.update(.recorded(command, record: recordView()))
                case .refused(let reason, let cause):
                    effects += model.update(.refused(reason: reason, causedBy: cause, record: recordView()))
                }
            }
        }
        return true
    }
}
