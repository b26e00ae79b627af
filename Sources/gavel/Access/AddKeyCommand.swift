import ArgumentParser
import Foundation
import MeetingKit
import MeetingStore
import SSHKeys
import TerminalUI
import TextHazards

struct AddKey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Let a key in: a person's (by id or name), the clerk's, or the projector's.")

    @OptionGroup var record: RecordOption

    @Argument(help: "A person of the constitution (by id or name; a wrong one lists them), clerk, or projector.")
    var holder: String

    @Argument(help: "The public key file (an OpenSSH .pub file).")
    var keyFile: String

    @Option(help: "The clerk's name, for a clerk's key.")
    var name: String = ""

    func run() throws {
        let store = try RecordStore.open(path: record.resolved)
        let key = try Self.readKey(keyFile)
        let constitution = try store.constitutionInForce()
        let resolved = try KeyHolderName.resolve(holder, clerkName: name, in: constitution)
        let added = try store.addKey(key, for: resolved)
        Output.line(
            "Added \(added.fingerprint) (\(added.algorithm)) for "
                + "\(SafeText.escape(resolved.describe(in: constitution)))."
        )
        Output.line("Run `gavel keys authorized` to write the host's authorized_keys.")
    }

    /// The one key of `path`: a file with none, more than one, or a line that is not a key is refused, the
    /// error naming the file, the line and what is wrong with it.
    static func readKey(_ path: String) throws -> SSHPublicKey {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandRefusal("\(path): cannot read the key file.")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandRefusal("\(path): the key file is not UTF-8 text.")
        }
        if text.contains("PRIVATE KEY") {
            throw CommandRefusal("\(path) is a private key; give its .pub file, and keep the private key to its owner.")
        }
        var keys: [(line: Int, key: SSHPublicKey)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            do { keys.append((index + 1, try SSHPublicKey(line: trimmed))) } catch {
                throw CommandRefusal("\(path):\(index + 1): \(error)")
            }
        }
        guard let first = keys.first else { throw CommandRefusal("\(path): no public key in the file.") }
        guard keys.count == 1 else {
            throw CommandRefusal(
                "\(path): \(keys.count) keys (lines \(keys.map { String($0.line) }.joined(separator: ", "))); give "
                    + "each person's key in a file of its own."
            )
        }
        return first.key
    }
}
