import ArgumentParser
import Foundation
import MeetingKit
import MeetingStore
import SSHKeys
import TerminalUI
import TextHazards

struct AuthorizedKeys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "authorized",
        abstract: "Print the authorized_keys lines for the meeting host's account: each key forced to `gavel remote`.",
        discussion: """
            Each line is `restrict,pty,command="…"`: no port, agent or X11 forwarding and no user rc; a \
            terminal is allowed, and whatever the client asks to run, sshd runs gavel remote for that key.
            """)

    @OptionGroup var record: RecordOption

    @Option(help: "The gavel binary the host runs (default: this one).")
    var gavel: String?

    func run() throws {
        let store = try RecordStore.openForReading(path: record.resolved)
        let binary = gavel ?? Self.thisExecutable()
        let database = URL(fileURLWithPath: record.resolved).standardizedFileURL.path
        for (label, value) in [("binary", binary), ("record", database)] where !RemoteCommandLine.isQuotable(value) {
            throw CommandRefusal(
                "The \(label) path \(value) holds a quote, a backslash or a control or invisible character, which an "
                    + "authorized_keys command cannot carry safely; move it."
            )
        }
        for key in try store.keyring().keys {
            Output.line(RemoteCommandLine.authorizedLine(key, binary: binary, database: database))
        }
    }

    static func thisExecutable() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
