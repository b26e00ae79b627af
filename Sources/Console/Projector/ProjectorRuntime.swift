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
        TerminalLoop(terminal: terminal, source: source, clock: clock).run(
            &model,
            frame: { [ascii = terminal.ascii] model, size in
                (ProjectorView.render(model, width: size.width, height: size.height, ascii: ascii), nil)
            },
            handle: { key, model in !model.update(.key(key)).contains(.quit) })
        return model
    }
}
