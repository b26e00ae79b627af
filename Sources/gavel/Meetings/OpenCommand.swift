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

struct OpenMeeting: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract:
            "Open the console on one meeting of a record, by its number (see gavel list); a closed one opens for "
            + "corrections."
    )

    @Argument(help: "The meeting's number.")
    var meeting: Int

    @OptionGroup var options: ConsoleOptions

    func run() throws {
        let store = try RecordStore.open(path: options.record.resolved)
        guard try store.meetings().contains(where: { $0.number == meeting }) else {
            throw ValidationError(
                "\(options.record.resolved) has no meeting \(meeting); gavel list shows those it has.")
        }
        try options.runConsole(meeting: meeting)
    }
}
