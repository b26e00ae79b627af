import Foundation
import MeetingKit
import TerminalUI

/// The console's loop, Elm-style: the model's `handle` turns a key into an effect; the runtime carries the
/// effect out against the record and hands the outcome back to the model (`recorded`, `refused`); it draws
/// only when something changed and waits for a key or another terminal's change (`TerminalWait`).
public struct ConsoleRuntime {
    let terminal: any TerminalDevice
    let source: any MeetingSource
    let role: Role
    let clock: () -> Date
    /// Told of each refusal, for the log; the user is told on screen.
    let onRefusal: (Command, String) -> Void

    public init(terminal: any TerminalDevice, source: any MeetingSource, role: Role, clock: @escaping () -> Date = Date.init,
                onRefusal: @escaping (Command, String) -> Void = { _, _ in }) {
        self.terminal = terminal
        self.source = source
        self.role = role
        self.clock = clock
        self.onRefusal = onRefusal
    }

    /// Runs until the user quits; returns the model as it ended, for tests.
    @discardableResult
    public func run() -> ConsoleModel {
        var model = ConsoleModel(state: source.state, meetingNumber: source.number, role: role, now: clock())
        model.events = source.events
        var gate = RedrawGate()
        var acted = true
        while true {
            if source.follow() {
                model.state = source.state
                model.events = source.events
                acted = true
            }
            model.now = clock()
            model.notFollowing = source.notFollowingSince.map { "since " + ConsoleView.clock($0, model.timeZone) }
            let size = terminal.size
            model.width = size.width
            model.height = size.height
            if gate.needsDraw(now: model.now, width: size.width, height: size.height, status: model.notFollowing, changed: acted) {
                let frame = ConsoleView.render(model, width: size.width, height: size.height, ascii: terminal.ascii)
                terminal.draw(frame.grid, cursor: frame.cursor)
            }
            // Handle every key already waiting before drawing again: a paste or a fast typist costs one
            // frame, not one per key. A flood still gets a frame every so many keys, to show it is alive.
            var key = source.nextKey(from: terminal)
            acted = key != nil
            var handled = 0
            while let next = key {
                if next == .resize {
                    terminal.invalidate()
                } else if !handle(next, &model) {
                    return model
                }
                handled += 1
                key = handled < 500 ? terminal.readKey(timeout: 0) : nil
            }
        }
    }

    /// Acts on one key; false when the console should end.
    private func handle(_ key: Key, _ model: inout ConsoleModel) -> Bool {
        switch model.handle(key) {
        case .none: return true
        case .quit: return false
        case .startNextMeeting:
            do {
                let number = try source.startMeeting(after: model.meetingNumber)
                model = ConsoleModel(state: source.state, meetingNumber: number, role: role, now: clock())
                model.events = source.events
                model.message = ("Meeting \(number) started. Open it from the agenda screen (2): s.", false)
            } catch {
                model.message = ("No meeting was started: \(error)", true)
            }
            return true
        case .search(let text):
            model.found(source.search(text), for: text)
            return true
        case .perform(let command):
            switch source.perform(command, by: role, at: clock()) {
            case .recorded(let events):
                model.recorded(command, as: events, state: source.state, events: source.events)
            case .refused(let reason):
                onRefusal(command, reason)
                model.refused(command, reason: reason, state: source.state, events: source.events)
            }
            return true
        }
    }
}

/// The projector's loop: draw if anything changed, wait for a key or a change, follow. It reads the record and never writes it.
public struct ProjectorRuntime {
    let terminal: any TerminalDevice
    let source: any MeetingSource
    let voteDisplay: ProjectorModel.VoteDisplay
    let clock: () -> Date

    public init(terminal: any TerminalDevice, source: any MeetingSource, voteDisplay: ProjectorModel.VoteDisplay, clock: @escaping () -> Date = Date.init) {
        self.terminal = terminal
        self.source = source
        self.voteDisplay = voteDisplay
        self.clock = clock
    }

    @discardableResult
    public func run() -> ProjectorModel {
        var lastUpdate = clock()
        var model = ProjectorModel(state: source.state, meetingNumber: source.number, voteDisplay: voteDisplay, now: clock())
        var gate = RedrawGate()
        var acted = true
        while true {
            if source.follow() {
                model.state = source.state
                lastUpdate = clock()
                acted = true
            }
            model.now = clock()
            // The room is told when the picture it sees was last brought up to date.
            model.notFollowing = source.notFollowingSince.map { _ in ConsoleView.clock(lastUpdate, model.timeZone) }
            let size = terminal.size
            if gate.needsDraw(now: model.now, width: size.width, height: size.height, status: model.notFollowing, changed: acted) {
                terminal.draw(ProjectorView.render(model, width: size.width, height: size.height, ascii: terminal.ascii), cursor: nil)
            }
            var key = source.nextKey(from: terminal)
            acted = key != nil
            while let next = key {
                if next == .resize { terminal.invalidate() } else if !model.handle(next) { return model }
                key = terminal.readKey(timeout: 0)
            }
        }
    }
}
