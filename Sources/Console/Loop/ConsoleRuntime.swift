import Foundation
import MeetingKit
import TerminalUI

/// The console's runtime, Elm-style: each key goes to the model's one `update` as a message; the runtime
/// carries out the effects it returns against the record and feeds each outcome back as the next message
/// (`recorded`, `refused`, `found`, `meetingStarted`). The shared `TerminalLoop` brings the model up to
/// the moment, draws only when something changed and waits for a key or another terminal's change.
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
            frame: { [ascii = terminal.ascii] model, size in
                ConsoleView.render(model, width: size.width, height: size.height, ascii: ascii)
            },
            handle: handle)
        return model
    }

    /// The model as the console opens: the source's meeting, and what a closed one still takes.
    func firstModel() -> ConsoleModel {
        ConsoleModel(opening: recordView(), role: role, now: clock(), ascii: terminal.ascii)
    }

    /// The record as the model is shown it.
    private func recordView() -> RecordView { source.recordView(lookingForNewest: true) }

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
                do {
                    let start = try source.startMeeting(after: model.meetingNumber)
                    effects += model.update(.meetingStarted(recordView(), started: start.startedNow))
                } catch {
                    effects += model.update(.meetingNotStarted(reason: "\(error)"))
                }
            case .search(let text):
                effects += model.update(.found(query: text, source.search(text)))
            case .perform(let command):
                switch source.perform(command, by: role, at: clock()) {
                case .recorded(let events, let backup):
                    effects += model.update(.recorded(command, events: events, backup: backup, record: recordView()))
                case .refused(let reason, let cause):
                    effects += model.update(.refused(command, reason: reason, causedBy: cause, record: recordView()))
                }
            case .logRefusal(let command, let reason):
                onRefusal(command, reason)
            }
        }
        return true
    }
}
