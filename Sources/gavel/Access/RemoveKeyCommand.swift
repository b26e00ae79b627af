import ArgumentParser
import Foundation
import MeetingKit
import MeetingStore
import SSHKeys
import TerminalUI
import TextHazards

struct RemoveKey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Stop a key: by its fingerprint, or every key of a person, the clerk or the projector.")

    @OptionGroup var record: RecordOption

    @Argument(help: "A fingerprint (SHA256:…) or a holder, as for gavel keys add.")
    var key: String

    @Option(help: "Why, for the record.")
    var note: String = ""

    func run() throws {
        let store = try RecordStore.open(path: record.resolved)
        let keyring = try store.keyring()
        let fingerprints: [String]
        if key.hasPrefix("SHA256:") {
            fingerprints = [key]
        } else {
            let holder = try KeyHolderName.resolve(key, clerkName: nil, in: store.constitutionInForce())
            fingerprints = keyring.keys.filter { $0.holder.matches(holder) }.map(\.fingerprint)
            if fingerprints.isEmpty {
                throw CommandRefusal("\(key) holds no key in \(record.resolved); `gavel keys list` shows them.")
            }
        }
        for fingerprint in fingerprints {
            try store.removeKey(fingerprint, note: note)
            Output.line(
                "Removed \(fingerprint). Run `gavel keys authorized` to update the host's authorized_keys; the record "
                    + "refuses it already."
            )
        }
    }
}
