import ArgumentParser
import Console
import ConstitutionFile
import Foundation
import Logging
import MeetingKit
import MeetingStore
import NcursesBackend
import TerminalUI

struct RunConsole: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Run the meeting console (the default): resumes the open meeting, or starts the next one.")

    @OptionGroup var options: ConsoleOptions

    @Option(help: "The meeting's number (default: the open one, else a new one).")
    var meeting: Int?

    func run() throws { try options.runConsole(meeting: meeting) }
}

struct OpenMeeting: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the console on one meeting of a record, by its number (see gavel list); a closed one opens for corrections.")

    @Argument(help: "The meeting's number.")
    var meeting: Int

    @OptionGroup var options: ConsoleOptions

    func run() throws {
        let store = try RecordStore.open(path: options.record.resolved)
        guard try store.meetings().contains(where: { $0.number == meeting }) else {
            throw ValidationError("\(options.record.resolved) has no meeting \(meeting); gavel list shows those it has.")
        }
        try options.runConsole(meeting: meeting)
    }
}

/// What every way into the console takes: the record, the role at this terminal, the theme.
struct ConsoleOptions: ParsableArguments {
    @OptionGroup var record: RecordOption

    @Option(help: "chair (agenda, motions, votes) or clerk (attendance, minutes).")
    var role: Role = .chair

    @Option(help: "A theme: default, light, high-contrast, monochrome, projector, or a theme file.")
    var theme: String = "default"

    func runConsole(meeting: Int?) throws {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw ValidationError("The console needs a terminal. From scripts, use gavel do, gavel list or gavel export.")
        }
        let path = record.resolved
        let shipped = ShippedConstitution.default.constitution
        let store = try RecordStore.open(path: path, newSeries: (shipped.name, shipped))
        let number = try meeting ?? openOrNextMeeting(store)
        let live = try LiveMeeting(store: store, number: number)
        let loadedTheme = try ThemeCatalogue.load(theme)
        let noColour = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        _ = GavelLog.bootstrap(dataFolder: RecordLocation.dataFolder())
        let log = Logger(label: "gavel.console")
        log.info("console opened", metadata: ["record": "\(path)", "meeting": "\(number)", "role": "\(role.rawValue)"])
        let terminal = NcursesTerminal(theme: loadedTheme, noColour: noColour)
        defer {
            terminal.shutdown()
            log.info("console closed")
        }
        ConsoleLoop(terminal: terminal, live: live, path: path, role: role, log: log).run()
    }

    /// The latest meeting if it is still open (or not yet opened), else a new one.
    private func openOrNextMeeting(_ store: RecordStore) throws -> Int {
        if let latest = try store.meetings().last {
            let state = try LiveMeeting(store: store, number: latest.number).state
            if state.closedAt == nil { return latest.number }
        }
        return try store.startMeeting()
    }
}

/// The console's event loop: draw if anything changed, wait up to 20 ms for a key or a change from
/// another terminal, act.
struct ConsoleLoop {
    /// How long a loop waits for a key before looking for another terminal's change: with the watcher's
    /// 10 ms this bounds how late a change shows.
    static let wait: Int32 = 20

    let terminal: NcursesTerminal
    let live: LiveMeeting
    let path: String
    let role: Role
    let log: Logger

    func run() {
        let follower = RecordFollower(path: path)
        var model = ConsoleModel(state: live.state, meetingNumber: live.number, role: role, now: Date())
        model.events = live.events
        var gate = RedrawGate()
        var acted = true
        while true {
            if follower.takeChange(), (try? live.refresh()) != nil {
                model.state = live.state
                model.events = live.events
                acted = true
            }
            model.now = Date()
            model.notFollowing = follower.notFollowingSince.map { "since " + ConsoleView.clock($0, .current) }
            let size = terminal.size
            model.width = size.width
            if gate.needsDraw(now: model.now, width: size.width, height: size.height, status: model.notFollowing, changed: acted) {
                let frame = ConsoleView.render(model, width: size.width, height: size.height, ascii: terminal.ascii)
                terminal.draw(frame.grid, cursor: frame.cursor)
            }
            // Handle every key already waiting before drawing again: a paste or a fast typist costs one
            // frame, not one per key. A flood still gets a frame every so many keys, to show it is alive.
            var key = terminal.readKey(timeout: ConsoleLoop.wait)
            acted = key != nil
            var handled = 0
            while let next = key {
                if next == .resize {
                    terminal.invalidate()
                } else if !handle(next, &model) {
                    return
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
        case .perform(let command):
            do {
                let events = try live.perform(command, by: role, at: Date())
                model.message = ("Done: \(command.actionName) (event \(events.last?.sequence ?? 0)).", false)
                if case .undoLastAction = command { model.ownLastAction = nil } else { model.ownLastAction = events.first?.sequence }
            } catch {
                log.notice("not recorded: \(command.actionName): \(error)")
                if case .refused(_, let since) = error, let cause = since.last {
                    let what = "\(cause.author.rawValue) \(cause.summary(in: live.state.constitution)) at \(ConsoleView.clock(cause.time, .current))"
                    model.message = ("\(error) (in another terminal, the \(what))", true)
                } else {
                    model.message = ("\(error)", true)
                }
            }
            model.state = live.state
            model.events = live.events
            return true
        }
    }
}

