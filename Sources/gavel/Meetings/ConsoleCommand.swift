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

struct RunConsole: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Run the meeting console (the default) on the latest meeting; a new record starts its first.")

    @OptionGroup var options: ConsoleOptions

    @Option(help: "The meeting's number (default: the open one, else a new one).")
    var meeting: Int?

    func run() throws { try options.runConsole(meeting: meeting) }
}
