import ArgumentParser
import Foundation
import MeetingKit
import MeetingStore
import SSHKeys
import TerminalUI
import TextHazards

struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Manage the SSH keys that may reach the record, each bound to a person, the clerk or the projector.",
        discussion: """
            Keys are kept in the record's key journal (hash-chained, checked by gavel verify). `gavel keys \
            authorized` writes the lines for the meeting host's authorized_keys: each forces `gavel remote`, \
            which opens what that key's holder may use, and nothing else.
            """,
        subcommands: [AddKey.self, ListKeys.self, RemoveKey.self, AuthorizedKeys.self])
}
