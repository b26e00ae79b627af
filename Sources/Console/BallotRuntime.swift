import Foundation
import MeetingKit
import TerminalUI

/// The ballot's loop: as the console's, but the only effect it can carry out is the member's own ballot.
public struct BallotRuntime {
    let terminal: any TerminalDevice
    let source: any MeetingSource
    let person: PersonID
    let clock: () -> Date

    public init(terminal: any TerminalDevice, source: any MeetingSource, person: PersonID, clock: @escaping () -> Date = Date.init) {
        self.terminal = terminal
        self.source = source
        self.person = person
        self.clock = clock
    }

    @discardableResult
    public func run() -> BallotModel {
        var model = BallotModel(state: source.state, person: person, meetingNumber: source.number, now: clock())
        var gate = RedrawGate()
        var acted = true
        while true {
            if source.follow() {
                model.state = source.state
                acted = true
            }
            model.now = clock()
            model.notFollowing = source.notFollowingSince.map { "since " + ConsoleView.clock($0, model.timeZone) }
            let size = terminal.size
            if gate.needsDraw(now: model.now, width: size.width, height: size.height, status: model.notFollowing, changed: acted) {
                terminal.draw(BallotView.render(model, width: size.width, height: size.height, ascii: terminal.ascii), cursor: nil)
            }
            var key = source.nextKey(from: terminal)
            acted = key != nil
            while let next = key {
                if next == .resize {
                    terminal.invalidate()
                } else {
                    switch model.handle(next) {
                    case .none: break
                    case .quit: return model
                    case .cast(let command):
                        switch source.perform(command, by: .member, at: clock()) {
                        case .recorded: model.recorded(command, state: source.state)
                        case .refused(let reason): model.refused(reason, state: source.state)
                        }
                    }
                }
                key = terminal.readKey(timeout: 0)
            }
        }
    }
}
