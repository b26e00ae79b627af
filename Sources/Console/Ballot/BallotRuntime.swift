import Foundation
import MeetingKit
import TerminalUI

/// The ballot's loop (`TerminalLoop`): the only effect it can carry out is the member's own ballot.
public struct BallotRuntime {
    let terminal: any TerminalDevice
    let source: any MeetingSource
    let person: PersonID
    let clock: () -> Date
    /// Told of each refusal, for the log; the member is told on screen.
    let onRefusal: (Command, String) -> Void

    public init(
        terminal: any TerminalDevice, source: any MeetingSource, person: PersonID,
        clock: @escaping () -> Date = Date.init, onRefusal: @escaping (Command, String) -> Void = { _, _ in }
    ) {
        self.terminal = terminal
        self.source = source
        self.person = person
        self.clock = clock
        self.onRefusal = onRefusal
    }

    @discardableResult
    public func run() -> BallotModel {
        var model = BallotModel(state: source.state, person: person, meetingNumber: source.number, now: clock())
        TerminalLoop(terminal: terminal, source: source, clock: clock).run(
            &model,
            frame: { [ascii = terminal.ascii] model, size in
                (BallotView.render(model, width: size.width, height: size.height, ascii: ascii), nil)
            },
            handle: handle)
        return model
    }

    /// Acts on one key: the model's update, and the member's ballot, if it casts one, recorded and its
    /// outcome fed back; false when the member quits.
    private func handle(_ key: Key, _ model: inout BallotModel) -> Bool {
        var effects = model.update(.key(key))
        while !effects.isEmpty {
            switch effects.removeFirst() {
            case .none: continue
            case .quit: return false
            case .perform(let command):
                switch source.perform(command, by: .member, at: clock()) {
                case .recorded:
                    effects += model.update(.recorded(command, record: source.recordView(lookingForNewest: false)))
                case .refused(let reason, let cause):
                    effects += model.update(
                        .refused(
                            command, reason: reason, causedBy: cause, record: source.recordView(lookingForNewest: false)
                        ))
                }
            case .logRefusal(let command, let reason):
                onRefusal(command, reason)
            }
        }
        return true
    }
}
