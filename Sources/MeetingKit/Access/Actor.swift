/// Who made an event, where the record knows: the person a connection's key is bound to, and that key.
/// Events recorded at a terminal on the host itself (`gavel console --role …`) carry none: the record then
/// knows only the role, and says no more than it knows.
public struct Actor: Hashable, Codable, Sendable {
    public var person: PersonID?
    /// The name of a holder who is not a person of the constitution: the clerk.
    public var name: String?
    /// The key's SHA-256 fingerprint, as `ssh-keygen -l` prints it ("SHA256:…").
    public var key: String?

    public init(person: PersonID?, name: String? = nil, key: String?) {
        self.person = person
        self.name = name
        self.key = key
    }

    /// "Ann Smith, key SHA256:abc…" for the log and the exports; `shortKey` keeps the key's first
    /// characters, enough to tell a room's keys apart on a screen.
    public func describe(in constitution: Constitution, shortKey: Bool = false) -> String {
        var parts: [String] = []
        if let person {
            parts.append(constitution.displayName(person))
        } else if let name, !name.isEmpty {
            parts.append(name)
        }
        if let key { parts.append("key " + (shortKey ? String(key.prefix(15)) + "…" : key)) }
        return parts.joined(separator: ", ")
    }
}

extension MeetingEvent {
    /// "by Ann Smith, key SHA256:…" when a key made it; nil for events made at the host.
    public func byline(in constitution: Constitution, shortKey: Bool = false) -> String? {
        by.map { "by " + $0.describe(in: constitution, shortKey: shortKey) }
    }
}
