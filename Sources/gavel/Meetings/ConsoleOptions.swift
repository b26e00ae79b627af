import ArgumentParser
import AuditLog
import Console
import ConsoleLive
import ConstitutionFile
import Foundation
import Logging
import MeetingKit
import MeetingStore
import NcursesBackend
import TerminalUI

/// What every way into the console takes: the record, the role at this terminal, the theme.
struct ConsoleOptions: ParsableArguments {
    @OptionGroup var record: RecordOption

    @Option(help: "chair (agenda, motions, votes) or clerk (attendance, minutes).")
    var role: Role = .chair

    @Option(help: ArgumentHelp("A theme: \(ShippedThemes.names.joined(separator: ", ")), or a theme file."))
    var theme: String = "default"

    func runConsole(meeting: Int?) throws {
        guard role != .member else {
            throw ValidationError(
                "A member votes from their own ballot, over SSH with their own key (gavel keys, gavel remote); the "
                    + "console is the chair's or the clerk's."
            )
        }
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw ValidationError(
                "The console needs a terminal. From scripts, use gavel do, gavel list or gavel export.")
        }
        let path = record.resolved
        let settings = try GavelConfiguration.load()
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
        ConsoleRuntime(
            terminal: terminal,
            source: LiveSource(
                live: live, path: path, backupFolder: settings.backupFolder, followsNextMeeting: meeting == nil),
            role: role, onRefusal: log.noteRefusal
        ).run()
    }

    /// The latest meeting, open or closed: a new one is started only on a new record, or when the chair
    /// asks for it (`M` on the agenda screen, or `gavel new`).
    private func openOrNextMeeting(_ store: RecordStore) throws -> Int {
        if let latest = try store.meetings().last { return latest.number }
        return try store.startMeeting()
    }
}
