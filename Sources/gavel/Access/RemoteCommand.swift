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

/// What sshd runs for every key in the host's authorized_keys (`gavel keys authorized`): the key decides,
/// through the record, what opens. Whatever the client asked to run arrives in SSH_ORIGINAL_COMMAND and is
/// read only as one of the few requests below, never run.
struct Remote: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remote",
        abstract: "The forced command of an SSH connection: opens what the connecting key's holder may use.",
        discussion: """
            The chair's key opens the chair's console, the clerk's the clerk's, the projector's the projector; \
            a member's key opens their ballot. A key the record does not hold is refused. Asked `head`, the \
            chair's key prints the closed meeting's chain head to sign; asked `sign`, it records the \
            signature read from standard input (ssh-keygen -Y sign, namespace \(MinutesSignature.namespace)).
            """)

    @OptionGroup var record: RecordOption

    @Option(help: "The connecting key's fingerprint, written by gavel keys authorized.")
    var key: String

    func run() throws {
        let logPath = GavelLog.bootstrap(dataFolder: RecordLocation.dataFolder())
        // Standard error is the connecting terminal: whatever the runtime would say there as the process
        // dies goes to the log instead, and only gavel's own escaped messages reach the person.
        Output.divertStandardError(to: logPath)
        // Ctrl-Z would stop a process that no shell will ever continue, leaving the connection hung: over
        // SSH it is ignored (ncurses then leaves SIGTSTP alone too), so it does nothing, like any unbound key.
        signal(SIGTSTP, SIG_IGN)
        let log = Logger(label: "gavel.remote")
        let from =
            ProcessInfo.processInfo.environment["SSH_CONNECTION"]?.split(separator: " ").first.map(String.init) ?? "?"
        let request = (ProcessInfo.processInfo.environment["SSH_ORIGINAL_COMMAND"] ?? "").split(separator: " ").map(
            String.init)
        let store = try RecordStore.open(path: record.resolved)
        guard let authorized = try store.keyring().key(key) else {
            log.warning("refused: the key is not in the record", metadata: ["key": "\(key)", "from": "\(from)"])
            throw CommandRefusal(
                "This key (\(key)) is not let in to this meeting record. Ask the clerk to add it with gavel keys add.")
        }
        // The request is the client's text: escaped, so the log can be read in a terminal safely.
        log.info(
            "connected",
            metadata: [
                "key": "\(key)", "from": "\(from)", "request": "\(SafeText.escape(request.joined(separator: " ")))",
            ])
        switch request.first {
        case nil: try openView(store, authorized, log: log)
        case "head"?: try RemoteSigning.printHead(store, authorized, meeting: request.dropFirst().first)
        case "sign"?: try RemoteSigning.sign(store, authorized, meeting: request.dropFirst().first, log: log)
        case let other?:
            throw CommandRefusal(
                "This key opens Gavel only; '\(SafeText.escape(String(other.prefix(40))))' is not something it can ask "
                    + "for (head and sign are)."
            )
        }
    }

    private func openView(_ store: RecordStore, _ authorized: AuthorizedKey, log: Logger) throws {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw CommandRefusal("Gavel needs a terminal: connect with ssh -t.")
        }
        let latest = try store.meetings().last?.number
        let number: Int
        if let latest {
            number = latest
        } else if case .person(let person) = authorized.holder,
            person == (try store.constitutionInForce()).designatedChair
        {
            number = try store.startMeeting()
        } else {
            throw CommandRefusal("The record holds no meeting yet; the chair's console starts the first.")
        }
        let live = try LiveMeeting(store: store, number: number)
        let view: RemoteView
        do { view = try live.state.remoteView(for: authorized.holder) } catch { throw CommandRefusal(error.reason) }
        let actor =
            switch authorized.holder {
            case .person(let id): Actor(person: id, key: authorized.fingerprint)
            case .clerk(let name): Actor(person: nil, name: name, key: authorized.fingerprint)
            case .projector: Actor(person: nil, key: authorized.fingerprint)
            }
        let source = LiveSource(live: live, path: store.path, actor: actor)
        log.info("opened", metadata: ["view": "\(view)", "meeting": "\(number)"])
        let noColour = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let terminal: NcursesTerminal
        switch view {
        case .projector: terminal = NcursesTerminal(theme: try ThemeCatalogue.load("projector"), noColour: noColour)
        default: terminal = NcursesTerminal(theme: try ThemeCatalogue.load("default"), noColour: noColour)
        }
        defer {
            terminal.shutdown()
            log.info("closed", metadata: ["key": "\(authorized.fingerprint)"])
        }
        switch view {
        case .console(let role):
            ConsoleRuntime(terminal: terminal, source: source, role: role, onRefusal: log.noteRefusal).run()
        case .projector:
            ProjectorRuntime(terminal: terminal, source: source, voteDisplay: .live).run()
        case .ballot(let person):
            BallotRuntime(terminal: terminal, source: source, person: person, onRefusal: log.noteRefusal).run()
        }
    }
}
