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
        abstract: "Run the meeting console (the default) on the latest meeting; a new record starts its first.")

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
        var loop = ConsoleLoop(terminal: terminal, live: live, path: path, role: role, log: log)
        loop.run()
    }

    /// The latest meeting, open or closed: a new one is started only on a new record, or when the chair
    /// asks for it (`M` on the agenda screen, or `gavel new`).
    private func openOrNextMeeting(_ store: RecordStore) throws -> Int {
        if let latest = try store.meetings().last { return latest.number }
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
    var live: LiveMeeting
    let path: String
    let role: Role
    let log: Logger

    mutating func run() {
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
            model.notFollowing = follower.notFollowingSince.map { "since " + ConsoleView.clock($0, model.timeZone) }
            let size = terminal.size
            model.width = size.width
            model.height = size.height
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
    private mutating func handle(_ key: Key, _ model: inout ConsoleModel) -> Bool {
        switch model.handle(key) {
        case .none: return true
        case .quit: return false
        case .startNextMeeting:
            do {
                let number = try live.store.startMeeting(after: live.number)
                live = try LiveMeeting(store: live.store, number: number)
                log.info("meeting started", metadata: ["meeting": "\(number)"])
                model = ConsoleModel(state: live.state, meetingNumber: number, role: role, now: Date())
                model.events = live.events
                model.message = ("Meeting \(number) started. Open it from the agenda screen (2): s.", false)
            } catch {
                model.message = ("No meeting was started: \(error)", true)
            }
            return true
        case .perform(let command):
            do {
                let events = try live.perform(command, by: role, at: Date())
                model.recorded(command, as: events, state: live.state, events: live.events)
            } catch {
                log.notice("not recorded: \(command.actionName): \(error)")
                var reason = "\(error)"
                if case .refused(_, let since) = error, let cause = since.last {
                    let what = "\(cause.author.rawValue) \(cause.summary(in: live.state.constitution)) at \(ConsoleView.clock(cause.time, model.timeZone))"
                    reason += " (in another terminal, the \(what))"
                }
                model.refused(command, reason: reason, state: live.state, events: live.events)
            }
            return true
        }
    }
}

