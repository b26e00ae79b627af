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
                _ = model.update(.resized(width: size.width, height: size.height))
                return model.notFollowing
            },
            frame: { [ascii = terminal.ascii] model, size in
                ConsoleView.render(model, width: size.width, height: size.height, ascii: ascii)
            },
            handle: { [terminal] key, model in
                // The size now, not at the last frame: a key pressed just after the window shrank must see it (#24).
                _ = model.update(.resized(width: terminal.size.width, height: terminal.size.height))
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
        model.settle()
        return model
    }

    /// Brings the model up to what the source holds, at each turn of the loop: another meeting started or
    /// another terminal's change, the clock, whether the record is followed.
    func refresh(_ model: inout ConsoleModel, recordChanged: Bool, now: Date) {
        if recordChanged || source.number != model.meetingNumber { _ = model.update(.recordChanged(recordView())) }
        _ = model.update(.tick(now))
        _ = model.update(.following(lostSince: source.notFollowingSince))
    }

    /// The record as the model is shown it.
    private func recordView() -> RecordView {
        RecordView(
            number: source.number, state: source.state, events: source.events, newest: source.newestMeetingNumber)
    }

    /// Acts on one key: the model's update, then each effect it asks for carried out against the source and
    /// its outcome fed back as a message; false when the console should end.
    func handle(_ key: Key, _ model: inout ConsoleModel) -> Bool {
        var effects = model.update(.key(key))
        while !effects.isEmpty {
            switch effects.removeFirst() {
            case .none:
                continue
            case .quit:
                return false
            case .startNextMeeting:
                let newestBefore = source.newestMeetingNumber
                do {
                    let number = try source.startMeeting(after: model.meetingNumber)
                    effects += model.update(.meetingStarted(recordView(), started: number > newestBefore))
                } catch {
                    effects += model.update(.meetingNotStarted(reason: "\(error)"))
                }
            case .search(let text):
                effects += model.update(.found(query: text, lines: source.search(text)))
            case .perform(let command):
                switch source.perform(command, by: role, at: clock()) {
                case .recorded(let events, let backup):
                    effects += model.update(.recorded(command, events: events, backup: backup, record: recordView()))
                case .refused(let reason, let cause):
                    onRefusal(command, ConsoleModel.refusal(reason, causedBy: cause, in: source.state))
                    effects += model.update(.refused(command, reason: reason, causedBy: cause, record: recordView()))
                }
            }
        }
        return true
    }
}
