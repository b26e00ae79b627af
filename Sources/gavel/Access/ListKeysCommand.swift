import ArgumentParser
import Foundation
import MeetingKit
import MeetingStore
import SSHKeys
import TerminalUI
import TextHazards

struct ListKeys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the keys that may reach the record, and whose they are.")

    @OptionGroup var record: RecordOption

    func run() throws {
        let store = try RecordStore.openForReading(path: record.resolved)
        let constitution = try store.constitutionInForce()
        let keys = try store.keyring().keys
        if keys.isEmpty {
            Output.line("No keys: nobody can reach \(record.resolved) over SSH. `gavel keys add` lets one in.")
        }
        for key in keys {
            // Names and comments come from the record: escaped, so none reaches the terminal raw.
            let comment = key.comment.isEmpty ? "" : "  (\(SafeText.escape(key.comment)))"
            Output.line(
                "\(key.fingerprint)  \(key.algorithm)  "
                    + "\(SafeText.escape(key.holder.describe(in: constitution)))\(comment)"
            )
        }
    }
}
