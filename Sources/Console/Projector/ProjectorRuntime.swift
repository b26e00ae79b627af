import Foundation
import MeetingKit
import TerminalUI

/// The projector's loop (`TerminalLoop`). It reads the record and never writes it.
public struct ProjectorRuntime {
    let terminal: any TerminalDevice
    let source: any MeetingSource
    let voteDisplay: ProjectorModel.VoteDisplay
    let clock: () -> Date

    public init(
        terminal: any TerminalDevice, source: any MeetingSource, voteDisplay: ProjectorModel.VoteDisplay,
        clock: @escaping () -> Date = Date.init
    ) {
        self.terminal = terminal
        self.source = source
        self.voteDisplay = voteDisplay
        self.clock = clock
    }

    @discardableResult
    public func run() -> ProjectorModel {
        var model = ProjectorModel(
            state: source.state, meetingNumber: source.number, voteDisplay: voteDisplay, now: clock())
        let source = source
        TerminalLoop(terminal: terminal, source: source, clock: clock).run(
            &model,
            update: { model, recordChanged, now, _ in
                _ = model.update(.tick(now))
                if recordChanged || source.number != model.meetingNumber {
                    _ = model.update(
                        // Only a console goes to the newest meeting: the room and the ballots need no look for it.
                        .recordChanged(
                            RecordView(
                                number: source.number, state: source.state, events: source.events,
                                newest: source.number)))
                }
                _ = model.update(.following(lostSince: source.notFollowingSince))
                return model.notFollowing
            },
            frame: { [ascii = terminal.ascii] model, size in
                (ProjectorView.render(model, width: size.width, height: size.height, ascii: ascii), nil)
            },
            handle: { key, model in model.update(.key(key)) })
        return model
    }
}
