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

/// The forced command sshd runs for a key: `gavel remote` told which record and which key.
enum RemoteCommandLine {
    /// By scalar, not Character: a quote followed by a joiner or a mark is one Character, which would
    /// compare equal to no quote and slip into the command line.
    static func isQuotable(_ path: String) -> Bool {
        !path.unicodeScalars.contains { "'\"\\".unicodeScalars.contains($0) || TextHazard.of($0) != nil }
    }

    /// The backtracer is switched off in the command itself (see `Backtracer`), so a crash or Ctrl-\ can
    /// never show a connected stranger source paths or a prompt into the process's memory.
    static func authorizedLine(_ key: AuthorizedKey, binary: String, database: String) -> String {
        let command = "SWIFT_BACKTRACE=\(Backtracer.off) '\(binary)' remote --db '\(database)' --key \(key.fingerprint)"
        return "restrict,pty,command=\"\(command)\" \(key.algorithm) \(key.publicKey) gavel:\(key.fingerprint)"
    }
}

/// A holder named on the command line: a person by id or name, `clerk`, or `projector`.
enum KeyHolderName {
    static func resolve(_ text: String, clerkName: String?, in constitution: Constitution) throws -> KeyHolder {
        switch text.lowercased() {
        case "projector": return .projector
        case "clerk": return .clerk(name: clerkName ?? "")
        default:
            if constitution.person(PersonID(text)) != nil { return .person(PersonID(text)) }
            // A name, or a blank place's description ("Finance Representative representative").
            let named = constitution.people.values.filter {
                ($0.isNamed ? $0.name : $0.placeholder).caseInsensitiveCompare(text) == .orderedSame
            }
            if named.count == 1 { return .person(named[0].id) }
            if named.count > 1 {
                throw CommandRefusal(
                    "More than one person is named '\(text)'; give the person's "
                        + "id:\(named.map { "\n  \($0.id)" }.sorted().joined())"
                )
            }
            throw CommandRefusal(
                "There is no person '\(text)' in the constitution in force.\(Keyring.holders(in: constitution))")
        }
    }
}

extension KeyHolder {
    /// The same holder, ignoring a clerk's name.
    func matches(_ other: KeyHolder) -> Bool {
        switch (self, other) {
        case (.clerk, .clerk): true
        default: self == other
        }
    }
}
