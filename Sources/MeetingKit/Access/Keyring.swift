import Foundation

/// The keys that may reach the record, and the chairs' signatures over closed meetings: the fold of the
/// series' access journal. Like the meetings' state, it is only ever changed through `decide` and `apply`.
public struct Keyring: Hashable, Sendable {
    /// In the order they were added.
    public private(set) var keys: [AuthorizedKey] = []
    public private(set) var signatures: [MinutesSignature] = []
    public private(set) var lastSequence = 0

    public init() {}

    public static func fold(_ events: [AccessEvent]) -> Keyring {
        var keyring = Keyring()
        for event in events { keyring.apply(event) }
        return keyring
    }

    public mutating func apply(_ event: AccessEvent) {
        lastSequence = event.sequence
        switch event.payload {
        case .keyAdded(let key): keys.append(key)
        case .keyRemoved(let fingerprint, _): keys.removeAll { $0.fingerprint == fingerprint }
        case .minutesSigned(let signature): signatures.append(signature)
        }
    }

    public func key(_ fingerprint: String) -> AuthorizedKey? { keys.first { $0.fingerprint == fingerprint } }

    /// The newest signature over `meeting`, if its chair has signed it.
    public func signature(of meeting: Int) -> MinutesSignature? { signatures.last { $0.meeting == meeting } }

    /// Every signature the chair made over the meeting, oldest first: a chair who signs again after a
    /// correction leaves the earlier signature standing, and the minutes print each (V5).
    public func allSignatures(of meeting: Int) -> [MinutesSignature] { signatures.filter { $0.meeting == meeting } }

    /// A key is added once; it names someone the record knows. `constitution` is the one in force now.
    public func decideAdd(_ key: AuthorizedKey, in constitution: Constitution) throws(Refusal) -> AccessPayload {
        if let existing = self.key(key.fingerprint) {
            throw Refusal(
                "That key (\(key.fingerprint)) is already held by \(existing.holder.describe(in: constitution)); "
                    + "remove it first to give it to someone else."
            )
        }
        if case .person(let id) = key.holder {
            guard let person = constitution.person(id) else {
                throw Refusal(
                    "There is no '\(id)' in the constitution; `gavel keys add` takes a person's id or name, `clerk` or "
                        + "`projector`.\(Self.holders(in: constitution))"
                )
            }
            // A blank place is filled by naming it, or replaced by appointing someone new (a new person):
            // a key bound to the blank place would open nothing for the person appointed.
            guard person.isNamed else {
                throw Refusal(
                    "\(person.displayName) is a blank place; name or appoint them first (gavel do 'name …' or 'appoint "
                        + "…'), then add their key.\(Self.holders(in: constitution))"
                )
            }
        }
        return .keyAdded(key)
    }

    /// Who can hold a key now: every named person, by id and name, then the clerk and the projector.
    public static func holders(in constitution: Constitution) -> String {
        let named = constitution.people.values.filter(\.isNamed).sorted { $0.id < $1.id }.map {
            "\n  \($0.id) (\($0.name))"
        }
        return "\nKeys can be held by:" + named.joined() + "\n  clerk\n  projector"
    }

    public func decideRemove(_ fingerprint: String, note: String) throws(Refusal) -> AccessPayload {
        guard key(fingerprint) != nil else {
            throw Refusal("No key with fingerprint \(fingerprint) is in the record; `gavel keys list` shows them.")
        }
        return .keyRemoved(fingerprint: fingerprint, note: note)
    }

    /// Who may sign meeting `number`, and when: its chair, once it is closed. The one statement of the rule,
    /// asked before the head is handed out to sign and again when the signature comes back.
    public static func requireSigner(_ key: AuthorizedKey, of state: MeetingState, number: Int) throws(Refusal) {
        guard case .person(let person) = key.holder, person == state.chair else {
            throw Refusal(
                "Only the chair signs the minutes; this key is "
                    + "\(key.holder.describe(in: state.constitution).possessive)."
            )
        }
        guard state.closedAt != nil else {
            throw Refusal("Meeting \(number) is not closed; the chair signs the minutes once it is.")
        }
    }

    /// Signing is the chair's, once the meeting is closed, over the head the record holds now.
    public func decideSign(
        _ signature: MinutesSignature, meeting state: MeetingState, head: (eventCount: Int, hash: String)
    ) throws(Refusal) -> AccessPayload {
        guard let key = key(signature.fingerprint) else { throw Refusal("The signing key is not in the record.") }
        try Self.requireSigner(key, of: state, number: signature.meeting)
        guard signature.eventCount == head.eventCount, signature.head == head.hash else {
            throw Refusal(
                "The signature is over head \(signature.head) at \(signature.eventCount) events, but the meeting's "
                    + "head is \(head.hash) at \(head.eventCount) events."
            )
        }
        if signatures.contains(where: {
            $0.meeting == signature.meeting && $0.eventCount == head.eventCount && $0.head == head.hash
        }) {
            throw Refusal(
                "Meeting \(signature.meeting) is already signed at this head (\(head.eventCount) events); nothing was "
                    + "recorded."
            )
        }
        return .minutesSigned(signature)
    }
}
