import Foundation

/// Whom a key lets in. A person of the constitution gets the view their place in the meeting gives them
/// (chair, representative, proxy, non-voting member); the clerk and the projector are not people of the
/// constitution (the clerk is named in the meeting's details), so they are holders of their own.
public enum KeyHolder: Hashable, Codable, Sendable {
    case person(PersonID)
    case clerk(name: String)
    case projector

    public func describe(in constitution: Constitution) -> String {
        switch self {
        case .person(let id): constitution.displayName(id)
        case .clerk(let name): name.isEmpty ? "the clerk" : "\(name) (clerk)"
        case .projector: "the projector"
        }
    }
}

/// An SSH public key the record lets in, as `authorized_keys` would hold it.
public struct AuthorizedKey: Hashable, Codable, Sendable {
    /// "SHA256:…", as `ssh-keygen -l` prints it: how every event made with the key names it.
    public var fingerprint: String
    /// "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"…
    public var algorithm: String
    /// The key itself, base64, as in a `.pub` file.
    public var publicKey: String
    public var comment: String
    public var holder: KeyHolder

    public init(fingerprint: String, algorithm: String, publicKey: String, comment: String, holder: KeyHolder) {
        self.fingerprint = fingerprint
        self.algorithm = algorithm
        self.publicKey = publicKey
        self.comment = comment
        self.holder = holder
    }

    /// The line of an OpenSSH public key file.
    public var line: String { comment.isEmpty ? "\(algorithm) \(publicKey)" : "\(algorithm) \(publicKey) \(comment)" }
}

/// The chair's signature over a closed meeting's chain head, in OpenSSH's SSHSIG format.
public struct MinutesSignature: Hashable, Codable, Sendable {
    public var meeting: Int
    /// The head that was signed: its event count and hash, as the minutes print them.
    public var eventCount: Int
    public var head: String
    /// The signer's key; it must be the chair's at the meeting's close.
    public var fingerprint: String
    /// The armoured signature ("-----BEGIN SSH SIGNATURE-----" …).
    public var signature: String
    /// The key journal as it stood when the chair signed (its entry count and head hash), signed with the
    /// meeting's head: every key added or removed and every earlier signature is then covered by the chair's
    /// signature too. Nil in signatures made before the journal was covered; they sign the meeting alone.
    public var keys: JournalHead?

    public struct JournalHead: Hashable, Codable, Sendable {
        public var count: Int
        public var hash: String

        public init(count: Int, hash: String) {
            self.count = count
            self.hash = hash
        }
    }

    public init(
        meeting: Int, eventCount: Int, head: String, keys: JournalHead? = nil, fingerprint: String, signature: String
    ) {
        self.meeting = meeting
        self.eventCount = eventCount
        self.head = head
        self.keys = keys
        self.fingerprint = fingerprint
        self.signature = signature
    }

    /// The text the chair signs: which meeting, how many events and the head hash, so a signature made for
    /// one meeting can never be moved to another; then the key journal's head, so who held which key then
    /// cannot be rewritten unseen either.
    public static func message(meeting: Int, eventCount: Int, head: String, keys: JournalHead? = nil) -> String {
        "gavel minutes\nmeeting \(meeting)\nevents \(eventCount)\nhead \(head)\n"
            + (keys.map { "keys \($0.count) \($0.hash)\n" } ?? "")
    }

    public var message: String { Self.message(meeting: meeting, eventCount: eventCount, head: head, keys: keys) }
}

/// What changes who may reach the record: a series-wide journal of its own, beside the meetings'.
public enum AccessPayload: Hashable, Codable, Sendable {
    case keyAdded(AuthorizedKey)
    case keyRemoved(fingerprint: String, note: String)
    case minutesSigned(MinutesSignature)
}

public struct AccessEvent: Hashable, Codable, Sendable {
    public var sequence: Int
    public var time: Date
    /// Who made the change, where known (the host's administrator at the host has no key).
    public var by: Actor?
    public var payload: AccessPayload

    public init(sequence: Int, time: Date, by actor: Actor? = nil, payload: AccessPayload) {
        self.sequence = sequence
        self.time = time
        self.by = actor
        self.payload = payload
    }
}
