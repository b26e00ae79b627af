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

    /// The SSH namespace (`ssh-keygen -Y sign -n`) the chair signs in, so no other signature by the same key
    /// can pass for one.
    public static let namespace = "gavel-minutes"

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
