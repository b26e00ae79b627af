import ArgumentParser
import AuditLog
import Console
import ConsoleLive
import Foundation
import Logging
import MeetingKit
import MeetingStore
import NcursesBackend
import TerminalUI

extension ProjectorModel.VoteDisplay: ExpressibleByArgument {}

struct Projector: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projector",
        abstract: "Show the meeting to the room, read-only: the motion, the tally in large digits, quorum, the agenda.",
        discussion: "Keys: \(ProjectorKeys.summary)."
    )

    @OptionGroup var record: RecordOption

    @Option(help: "The meeting's number (default: the latest).")
    var meeting: Int?

    @Option(help: "How a running vote is shown: live, after-close (tally once closed) or hidden (until closed).")
    var voteDisplay: ProjectorModel.VoteDisplay = .live

    @Option(
        help: ArgumentHelp(
            "A theme: \(ShippedThemes.names.map { $0 == "projector" ? "projector (the default here)" : $0 }.joined(separator: ", ")), "
                + "or a theme file."))
    var theme: String = "projector"

    func run() throws {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw ValidationError("The projector needs a terminal.")
        }
        let path = record.resolved
        // The projector only reads: it shows the meeting from a read-only folder or a full disk too.
        let store = try RecordStore.openForReading(path: path)
        guard let number = try meeting ?? store.meetings().last?.number else {
            throw ValidationError("\(path) holds no meeting yet; the chair's console starts one.")
        }
        let live = try LiveMeeting(store: store, number: number)
        let loadedTheme = try ThemeCatalogue.load(theme)
        let noColour = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        _ = GavelLog.bootstrap(dataFolder: RecordLocation.dataFolder())
        let log = Logger(label: "gavel.projector")
        log.info("projector opened", metadata: ["record": "\(path)", "meeting": "\(number)"])
        let terminal = NcursesTerminal(theme: loadedTheme, noColour: noColour)
        defer {
            terminal.shutdown()
            log.info("projector closed")
        }
        ProjectorRuntime(
            terminal: terminal, source: LiveSource(live: live, path: path, followsNextMeeting: meeting == nil),
            voteDisplay: voteDisplay
        ).run()
    }
}
