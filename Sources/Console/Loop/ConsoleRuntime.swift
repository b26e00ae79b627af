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

    public init(
        terminal: any TerminalDevice, source: any MeetingSource, role: Role, clock: @escaping () -> Date = Date.init,
        onRefusal: @escaping (Command, String) -> Void = { _, _ in }
    ) {
        self.terminal = terminal
        self.source = source
        self.role = role
        self.clock = clock
        self.onRefusal = onRefusal
    }

    /// Runs until the user quits; returns the model as it ended, for tests.
    @discardableResult
    public func run() -> ConsoleModel {
        var model = firstModel()
        TerminalLoop(terminal: terminal, source: source, clock: clock).run(
            &model,
            update: { model, recordChanged, now, size in
                refresh(&model, recordChanged: recordChanged, now: now)
                (model.width, model.height) = size
                return model.notFollowing
            },
            frame: { [ascii = terminal.ascii] model, size in
                ConsoleView.render(model, width: size.width, height: size.height, ascii: ascii)
            },
            handle: { [terminal] key, model in
                // The size now, not at the last frame: a key pressed just after the window shrank must see it (#24).
                (model.width, model.height) = terminal.size
                return handle(key, &model)
            })
        return model
    }

    /// The model as the console opens: the source's meeting, and what a closed one still takes.
    func firstModel() -> ConsoleModel {
        var model = ConsoleModel(state: source.state, meetingNumber: source.number, role: role, now: clock())
        model.ascii = terminal.ascii
        model.events = source.events
        model.newestMeetingNumber = source.newestMeetingNumber
        if model.state.closedAt != nil { model.message = (model.closedMeetingNotice, false) }
        return model
    }

    /// Brings the model up to what the source holds, at each turn of the loop: another meeting started,
    /// another terminal's change (a question it makes stale is asked again), the clock, whether the record is
    /// followed.
    func refresh(_ model: inout ConsoleModel, recordChanged: Bool, now: Date) {
        if source.number != model.meetingNumber {
            model.moveToMeeting(source.number, state: source.state, events: source.events)
        } else if recordChanged {
            model.state = source.state
            model.events = source.events
            let newest = source.newestMeetingNumber
            // A meeting started after this one, on a console that stays here: say which is newest now.
            if newest != model.newestMeetingNumber, model.state.closedAt != nil, newest > model.meetingNumber {
                model.newestMeetingNumber = newest
                model.message = (model.closedMeetingNotice, false)
            }
            model.newestMeetingNumber = newest
            model.recheckQuestion()
        }
        model.now = now
        model.notFollowing = source.notFollowingSince.map { "since " + ConsoleView.clock($0, model.timeZone) }
    }

    /// Acts on one key: the model's effect carried out against the source and its outcome handed back;
    /// false when the console should end.
    func handle(_ key: Key, _ model: inout ConsoleModel) -> Bool {
        switch model.handle(key) {
        case .none: return true
        case .quit: return false
        case .startNextMeeting:
            do {
                let newestBefore = source.newestMeetingNumber
                let number = try source.startMeeting(after: model.meetingNumber)
                model = ConsoleModel(state: source.state, meetingNumber: number, role: role, now: clock())
                (model.width, model.height, model.ascii) = (terminal.size.width, terminal.size.height, terminal.ascii)
                model.events = source.events
                model.newestMeetingNumber = number
                model.message = (model.arrivalNotice(number, started: number > newestBefore), false)
            } catch {
                model.message = ("No meeting was started: \(error)", true)
            }
            return true
        case .search(let text):
            model.found(source.search(text), for: text)
            return true
        case .perform(let command):
            switch source.perform(command, by: role, at: clock()) {
            case .recorded(let events, let afterwards):
                model.recorded(command, as: events, state: source.state, events: source.events, afterwards: afterwards)
            case .refused(let reason, let cause):
                let said = ConsoleModel.refusal(reason, causedBy: cause, in: source.state)
                onRefusal(command, said)
                model.refused(command, reason: said, state: source.state, events: source.events)
            }
            return true
        }
    }
}
