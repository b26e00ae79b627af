import Foundation
import GRDB
import MeetingKit

/// The series' access journal: keys added and removed, and chairs' signatures over closed meetings. It is
/// hash-chained like a meeting's journal (as "meeting 0"), so a key slipped in or a signature removed
/// breaks the chain that `gavel verify` recomputes.
enum AccessJournal {
    static let genesis = "gavel access"

    static func create(_ db: Database) throws {
        // Append-only, like `event`.
        try db.create(table: "access_event") { t in
            t.primaryKey("sequence", .integer)
            t.column("body", .text).notNull()
            t.column("hash", .text).notNull()
        }
    }

    /// Every access event, oldest first; none in a record written before keys existed.
    static func load(_ db: Database) throws -> (events: [AccessEvent], lastHash: String) {
        guard try db.tableExists("access_event") else { return ([], genesis) }
        var events: [AccessEvent] = []
        var lastHash = genesis
        for row in try Row.fetchAll(db, sql: "SELECT body, hash FROM access_event ORDER BY sequence") {
            events.append(try EventCodec.decode(AccessEvent.self, from: row["body"]))
            lastHash = row["hash"]
        }
        return (events, lastHash)
    }

    /// The journal as `load` reads it, once its chain holds: a key journal with an entry deleted or changed
    /// (a removal deleted, say) trusts no key, adds none and signs nothing until it is put right.
    static func loadTrusted(_ db: Database, path: String) throws -> (events: [AccessEvent], lastHash: String) {
        if let problem = try problem(db) {
            throw StoreError.chainBroken(
                path: path, detail: problem + "; no key is trusted until the key journal is put right")
        }
        return try load(db)
    }

    /// `keyring` brought up to what `db` holds now, reading only the entries added since it was folded:
    /// a terminal checks its key at every action, and the journal only grows.
    static func extend(_ keyring: Keyring, _ db: Database) throws -> Keyring {
        guard try db.tableExists("access_event") else { return keyring }
        var extended = keyring
        let rows = try Row.fetchCursor(
            db, sql: "SELECT body FROM access_event WHERE sequence > ? ORDER BY sequence",
            arguments: [keyring.lastSequence])
        while let row = try rows.next() { extended.apply(try EventCodec.decode(AccessEvent.self, from: row["body"])) }
        return extended
    }

    /// Appends `payload` after what `db` holds now. Call inside a write transaction.
    static func append(_ db: Database, _ payload: AccessPayload, by actor: Actor?, at time: Date) throws -> AccessEvent
    {
        let (events, lastHash) = try load(db)
        let event = AccessEvent(sequence: events.count + 1, time: time, by: actor, payload: payload)
        let body = try EventCodec.encode(event)
        try db.execute(
            sql: "INSERT INTO access_event (sequence, body, hash) VALUES (?, ?, ?)",
            arguments: [
                event.sequence, body,
                EventCodec.hash(previous: lastHash, meetingNumber: 0, sequence: event.sequence, body: body),
            ])
        return event
    }

    /// The head after each entry as stored, from 0 (the genesis) to the last: what a chair's signature
    /// covering the first `count` entries must find at `count`.
    static func heads(_ db: Database) throws -> [String] {
        guard try db.tableExists("access_event") else { return [genesis] }
        return [genesis] + (try String.fetchAll(db, sql: "SELECT hash FROM access_event ORDER BY sequence"))
    }

    /// The first link that does not match, or nil.
    static func problem(_ db: Database) throws -> String? {
        guard try db.tableExists("access_event") else { return nil }
        // The key journal is a chain of the meetings' shape, as meeting 0: one link check serves both (`verify`).
        var link = ChainLinkCheck(genesis: genesis, meetingNumber: 0)
        for row in try Row.fetchAll(db, sql: "SELECT sequence, body, hash FROM access_event ORDER BY sequence") {
            let sequence: Int = row["sequence"]
            var body: String = row["body"]
            var stored: String = row["hash"]
            let broken = body.withUTF8 { body in
                stored.withUTF8 {
                    link.check(
                        sequence: sequence, body: UnsafeRawBufferPointer(body), stored: UnsafeRawBufferPointer($0))
                }
            }
            if let broken { return broken.sentence(chain: "the key journal", row: "entry", rows: "entries") }
        }
        return nil
    }
}
