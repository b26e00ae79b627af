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
        var lastUpdate = clock()
        var model = ProjectorModel(
            state: source.state, meetingNumber: source.number, voteDisplay: voteDisplay, now: lastUpdate)
        let source = source
        TerminalLoop(terminal: terminal, source: source, clock: clock).run(
            &model,
            update: { model, recordChanged, now, _ in
                if source.number != model.meetingNumber {
                    // #24: the next meeting started on another terminal; the room sees it, not the closed one, and is
                    // told.
                    model.notice = "Meeting \(model.meetingNumber) closed; this is meeting \(source.number)."
                    model.meetingNumber = source.number
                    model.state = source.state
                    lastUpdate = now
                } else if recordChanged {
                    model.state = source.state
                    lastUpdate = now
                }
                model.now = now
                // The room is told when the picture it sees was last brought up to date.
                model.notFollowing = source.notFollowingSince.map { _ in ConsoleView.clock(lastUpdate, model.timeZone) }
                return model.notFollowing
            },
            frame: { [ascii = terminal.ascii] model, size in
                (ProjectorView.render(model, width: size.width, height: size.height, ascii: ascii), nil)
            },
            handle: { key, model in model.handle(key) })
        return model
    }
}
