import Foundation
import GRDB
import MeetingKit
import SSHKeys

/// Why a key or a signature was not recorded: the rules said no, or the record could not be written.
public enum AccessError: Error, CustomStringConvertible {
    case refused(Refusal)
    case badSignature(String)
    case store(StoreError)

    public var description: String {
        switch self {
        case .refused(let refusal): refusal.reason
        case .badSignature(let why): "The signature was not recorded: \(why)."
        case .store(let error): error.description
        }
    }
}

extension RecordStore {
    /// The SSH namespace of the chair's signatures (`MinutesSignature.namespace`).
    public static let minutesNamespace = MinutesSignature.namespace

    /// The keys that may reach the record now, and the signatures made.
    public func keyring() throws(StoreError) -> Keyring {
        try read { db in Keyring.fold(try AccessJournal.loadTrusted(db, path: path).events) }
    }

    /// The key journal's head now: what a chair's signature covers beside the meeting's head.
    public func keyJournalHead() throws(StoreError) -> MinutesSignature.JournalHead {
        try read { db in
            let journal = try AccessJournal.loadTrusted(db, path: path)
            return MinutesSignature.JournalHead(count: journal.events.count, hash: journal.lastHash)
        }
    }

    /// The access journal as written, oldest first.
    public func accessEvents() throws(StoreError) -> [AccessEvent] {
        try read { db in try AccessJournal.load(db).events }
    }

    /// The constitution in force now: the latest meeting's, or the series' before the first meeting.
    public func constitutionInForce() throws(StoreError) -> Constitution {
        let latest = try meetings().last?.number
        guard let latest else { return try series().constitution }
        return try read { db in try MeetingJournal.load(db: db, number: latest, path: path).state.constitutionForNext }
    }

    @discardableResult
    public func addKey(
        _ key: SSHPublicKey, for holder: KeyHolder, by actor: Actor? = nil, at time: Date = Date()
    ) throws(AccessError) -> AuthorizedKey {
        let constitution: Constitution
        do { constitution = try constitutionInForce() } catch { throw .store(error) }
        let authorized = AuthorizedKey(
            fingerprint: key.fingerprint, algorithm: key.algorithm, publicKey: key.base64, comment: key.comment,
            holder: holder)
        try appendAccess(by: actor, at: time) { keyring, _ in try keyring.decideAdd(authorized, in: constitution) }
        return authorized
    }

    public func removeKey(
        _ fingerprint: String, note: String, by actor: Actor? = nil, at time: Date = Date()
    ) throws(AccessError) {
        try appendAccess(by: actor, at: time) { keyring, _ in try keyring.decideRemove(fingerprint, note: note) }
    }

    /// Records the chair's signature over meeting `number`'s head, once it is checked against the key.
    public func signMinutes(
        meeting number: Int, signature armored: String, fingerprint: String, by actor: Actor? = nil,
        at time: Date = Date()
    ) throws(AccessError) {
        try appendAccess(by: actor, at: time) { keyring, db in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM meeting WHERE number = ?", arguments: [number]) != nil else {
                throw Refusal("There is no meeting \(number) to sign.")
            }
            let journal = try MeetingJournal.load(db: db, number: number, path: path)
            let head = (eventCount: journal.events.count, hash: journal.lastHash)
            // The key journal as it stands inside this transaction: if a key was added or removed since
            // `head` printed what to sign, the signature covers another head and does not verify.
            let access = try AccessJournal.load(db)
            let keys = MinutesSignature.JournalHead(count: access.events.count, hash: access.lastHash)
            let signature = MinutesSignature(
                meeting: number, eventCount: head.eventCount, head: head.hash, keys: keys, fingerprint: fingerprint,
                signature: armored)
            let payload = try keyring.decideSign(signature, meeting: journal.state, head: head)
            guard let stored = keyring.key(fingerprint) else { throw Refusal("The signing key is not in the record.") }
            do {
                try SSHSignature.verify(
                    armored, message: signature.message, namespace: Self.minutesNamespace,
                    key: SSHPublicKey(line: stored.line))
            } catch {
                throw AccessError.badSignature("\(error)")
            }
            return payload
        }
    }

    /// Decides one access change against the journal as it stands inside the write transaction, and appends
    /// it. `decide` refuses with a `Refusal` or an `AccessError`; anything else is the store's failure.
    private func appendAccess(
        by actor: Actor?, at time: Date, _ decide: (Keyring, Database) throws -> AccessPayload
    ) throws(AccessError) {
        var refusal: AccessError?
        do {
            try access { db in
                try db.inTransaction(.immediate) {
                    let keyring = Keyring.fold(try AccessJournal.loadTrusted(db, path: path).events)
                    do {
                        _ = try AccessJournal.append(db, try decide(keyring, db), by: actor, at: time)
                    } catch let refused as Refusal {
                        refusal = .refused(refused)
                        return .rollback
                    } catch let failed as AccessError {
                        refusal = failed
                        return .rollback
                    }
                    return .commit
                }
            }
        } catch {
            throw .store(error)
        }
        if let refusal { throw refusal }
    }
}
