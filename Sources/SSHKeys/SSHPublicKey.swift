import Crypto
import Foundation

/// An OpenSSH public key, as one line of a `.pub` file: "ssh-ed25519 AAAA… comment".
public struct SSHPublicKey: Hashable, Sendable {
    public let algorithm: String
    /// The key's wire blob, which names its algorithm again inside.
    public let blob: [UInt8]
    public let comment: String

    /// Algorithms OpenSSH offers for user keys; certificates and security keys are refused by name.
    public static let algorithms = [
        "ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "ssh-rsa",
    ]

    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    /// Reads a public key line; the error says which field is wrong.
    public init(line: String) throws(Invalid) {
        let line = line.trimmingCharacters(in: .whitespacesAndNewlines)
        // A comment is printed by `gavel keys list`; a control character in it would reach the terminal.
        if line.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\t" }) {
            throw Invalid(description: "it holds a line break or control character; give one key on one line")
        }
        let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard fields.count >= 2 else {
            throw Invalid(
                description:
                    "it is not an OpenSSH public key line (\"ssh-ed25519 AAAA… comment\"): it has \(fields.count) "
                    + "field\(fields.count == 1 ? "" : "s")"
            )
        }
        guard Self.algorithms.contains(fields[0]) else {
            throw Invalid(
                description:
                    "field 1, '\(fields[0].prefix(40))', is not a key type Gavel accepts "
                    + "(\(Self.algorithms.joined(separator: ", ")))"
            )
        }
        guard let data = Data(base64Encoded: fields[1]), !data.isEmpty else {
            throw Invalid(description: "field 2, the key, is not base64")
        }
        var reader = SSHWireReader(Array(data))
        guard let named = reader.text(), named == fields[0] else {
            throw Invalid(description: "field 2, the key, is not a \(fields[0]) key (its blob names another type)")
        }
        algorithm = fields[0]
        blob = Array(data)
        comment = fields.dropFirst(2).joined(separator: " ")
    }

    /// SHA-256 of the blob, base64 without padding: what `ssh-keygen -l` and sshd's logs print.
    public var fingerprint: String {
        "SHA256:" + Data(SHA256.hash(data: blob)).base64EncodedString().replacingOccurrences(of: "=", with: "")
    }

    public var base64: String { Data(blob).base64EncodedString() }
}
