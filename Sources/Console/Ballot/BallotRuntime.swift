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
                if source.number != model.meetingNumber {
                    // #24: the next meeting started on another terminal; the member's ballot is for it now.
                    let closed = model.meetingNumber
                    model = BallotModel(state: source.state, person: person, meetingNumber: source.number, now: now)
                    model.message = (
                        "Meeting \(closed) closed; this ballot is now for meeting \(source.number).", false
                    )
                } else if recordChanged {
                    model.state = source.state
                }
                model.now = now
                (model.width, model.height) = size
                model.notFollowing = source.notFollowingSince.map { "since " + ConsoleView.clock($0, model.timeZone) }
                return model.notFollowing
            },
            frame: { [ascii = terminal.ascii] model, size in
                (BallotView.render(model, width: size.width, height: size.height, ascii: ascii), nil)
            },
            handle: { [terminal] key, model in
                // The size now, not at the last frame: a key pressed just after the window shrank must see it.
                (model.width, model.height) = terminal.size
                return handle(key, &model)
            })
        return model
    }

    /// Acts on one key; false when the member quits.
    private func handle(_ key: Key, _ model: inout BallotModel) -> Bool {
        switch model.handle(key) {
        case .none: return true
        case .quit: return false
        case .cast(let command):
            switch source.perform(command, by: .member, at: clock()) {
            case .recorded: model.recorded(command, state: source.state)
            case .refused(let reason, let cause): model.refused(ConsoleModel.refusal(reason, causedBy: cause, in: source.state), state: source.state)
            }
            return true
        }
    }
}
