import Foundation
import GRDB
import MeetingKit

/// Each closed meeting's register facts (`MeetingRegisterFacts`), kept beside its journal so a register
/// reads one row per meeting. Derived and under no hash, like the search index: a row holds only for the
/// chain head it names (`eventCount`, `head`), so a meeting extended after its close (an undone close, a
/// correction) falls back to folding until it closes again; `gavel verify` recomputes every row.
enum RegisterFactsTable {
    static func create(_ db: Database) throws {
        try db.create(table: "meeting_facts") { t in
            t.primaryKey("meetingID", .integer).references("meeting")
            t.column("eventCount", .integer).notNull()
            t.column("head", .text).notNull()
            t.column("body", .text).notNull()
        }
    }

    /// Keeps the facts of a meeting that stands closed at `head`; called in the transaction that appended
    /// up to it, so the facts are never behind a closed meeting's record.
    static func keep(_ db: Database, meetingRowID: Int64, number: Int, state: MeetingState, head: ChainHead) throws {
        guard state.closedAt != nil else { return }
        let body = try EventCodec.encode(MeetingRegisterFacts(number: number, state: state))
        try db.execute(
            sql: "INSERT OR REPLACE INTO meeting_facts (meetingID, eventCount, head, body) VALUES (?, ?, ?, ?)",
            arguments: [meetingRowID, head.eventCount, head.hash, body])
    }

    /// Facts for every closed meeting, made again from its events, and none for any other: for a record
    /// written before the table existed, and on demand (`gavel verify --rebuild-facts`).
    static func keepAll(_ db: Database, path: String) throws {
        try db.execute(sql: "DELETE FROM meeting_facts")
        for number in try Int.fetchAll(db, sql: "SELECT number FROM meeting ORDER BY number") {
            let journal = try MeetingJournal.load(db: db, number: number, path: path)
            try keep(db, meetingRowID: journal.rowID, number: number, state: journal.state, head: journal.head)
        }
    }

    /// A kept row's facts, or nil when they cannot be read as this meeting's: the table is derived and
    /// under no hash, so a row damaged or written by another program is passed over, never trusted.
    static func facts(_ body: DatabaseValue, of number: Int) -> MeetingRegisterFacts? {
        guard let text = String.fromDatabaseValue(body),
            let facts = try? EventCodec.decode(MeetingRegisterFacts.self, from: text), facts.number == number
        else { return nil }
        return facts
    }
}

extension MeetingJournal {
    var head: ChainHead { ChainHead(eventCount: events.count, hash: lastHash) }
}

extension RecordStore {
    /// Every meeting's register facts, oldest first: a closed meeting's as kept at its close when they
    /// still match its chain head, any other's (still open, extended since, or a record opened only to read
    /// from before the table) folded from its journal.
    public func registerFacts() throws(StoreError) -> [MeetingRegisterFacts] {
        try read { db in
            let kept = try db.tableExists("meeting_facts")
            // Compared in SQL, so a value of the wrong type in the derived table is a mismatch, not a crash.
            let rows = try Row.fetchAll(
                db,
                sql: kept
                    ? """
                    SELECT m.number, f.body FROM meeting m
                    LEFT JOIN meeting_facts f ON f.meetingID = m.id
                        AND f.eventCount = (SELECT MAX(e.sequence) FROM event e WHERE e.meetingID = m.id)
                        AND f.head = (SELECT e.hash FROM event e WHERE e.meetingID = m.id AND e.sequence = f.eventCount)
                    ORDER BY m.number
                    """ : "SELECT number, NULL AS body FROM meeting ORDER BY number")
            return try rows.map { row in
                let number: Int = row["number"]
                if let facts = RegisterFactsTable.facts(row["body"], of: number) { return facts }
                return MeetingRegisterFacts(
                    number: number, state: try MeetingJournal.load(db: db, number: number, path: path).state)
            }
        }
    }

    /// Makes every closed meeting's register facts again from its events.
    public func rebuildRegisterFacts() throws(StoreError) {
        try access { db in
            try db.inTransaction {
                try RegisterFactsTable.keepAll(db, path: path)
                return .commit
            }
        }
    }

    /// Why a meeting's kept register facts cannot be trusted, for each meeting where they cannot: they name
    /// a head its chain does not hold, or (`recomputing`) cannot be read or differ from the facts its events
    /// give. Recomputing folds every closed meeting again: the whole archive, several times the chains' cost.
    static func registerFactsProblems(_ db: Database, path: String, recomputing: Bool) throws -> [String] {
        guard try db.tableExists("meeting_facts") else { return [] }
        var problems: [String] = []
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT m.number, f.eventCount, typeof(f.eventCount) = 'integer' AS countIsNumber, f.body,
                       IFNULL(e.hash = f.head, 0) AS headHolds
                FROM meeting_facts f LEFT JOIN meeting m ON m.id = f.meetingID
                LEFT JOIN event e ON e.meetingID = f.meetingID AND e.sequence = f.eventCount ORDER BY f.meetingID
                """)
        let rebuild = "`gavel verify --rebuild-facts` makes them again from the events"
        // Only what the check needs: the bodies are read when they are recomputed.
        for row in rows {
            guard let number: Int = row["number"] else {
                problems.append("register facts are kept for a meeting the record does not have; \(rebuild)")
                continue
            }
            guard row["countIsNumber"] as Bool, row["headHolds"] as Bool else {
                problems.append(
                    "meeting \(number)'s register facts name an event and hash its chain does not hold; \(rebuild)")
                continue
            }
            guard recomputing else { continue }
            let eventCount: Int = row["eventCount"]
            let folded = try MeetingJournal.load(db: db, number: number, path: path, through: eventCount).state
            guard folded.closedAt != nil else {
                problems.append(
                    "meeting \(number)'s register facts are kept for it at event \(eventCount), where it was not "
                        + "closed; \(rebuild)"
                )
                continue
            }
            if RegisterFactsTable.facts(row["body"], of: number) != MeetingRegisterFacts(number: number, state: folded)
            {
                problems.append(
                    "meeting \(number)'s register facts differ from what its events give, so its registers would be "
                        + "wrong; \(rebuild)"
                )
            }
        }
        return problems
    }
}
