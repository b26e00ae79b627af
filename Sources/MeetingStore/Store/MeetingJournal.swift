import Foundation
import GRDB
import MeetingKit

/// A meeting's journal as this process last read it: enough to fold it and to extend its chain.
struct MeetingJournal: Sendable {
    var rowID: Int64
    var number: Int
    var events: [MeetingEvent]
    var lastHash: String
    var state: MeetingState

    /// The record's file, named in what a damaged row is reported as.
    var path: String

    /// The meeting's journal, or with `through` its first events only: the meeting as it stood then.
    static func load(db: Database, number: Int, path: String, through: Int = .max) throws -> MeetingJournal {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT id, constitutionJSON, mattersArisingJSON, genesisHash FROM meeting WHERE number = ?",
                arguments: [number])
        else {
            throw StoreError.noSuchMeeting(path: path, meeting: Int64(number))
        }
        let constitution = try EventCodec.decodeConstitution(row["constitutionJSON"])
        let matters = try EventCodec.decodeMattersArising(row["mattersArisingJSON"])
        var journal = MeetingJournal(
            rowID: row["id"], number: number, events: [], lastHash: row["genesisHash"],
            state: MeetingState(constitution: constitution, mattersArising: matters, isFirstOfSeries: number == 1),
            path: path)
        _ = try journal.catchUp(db, through: through)
        return journal
    }

    /// Reads and folds the events other processes appended since this journal was last read.
    mutating func catchUp(_ db: Database, through: Int = .max) throws -> [MeetingEvent] {
        let rows = try Row.fetchCursor(
            db,
            sql:
                "SELECT sequence, body, hash FROM event WHERE meetingID = ? AND sequence > ? AND sequence <= ? ORDER "
                + "BY sequence",
            arguments: [rowID, state.lastSequence, through])
        var arrived: [MeetingEvent] = []
        while let row = try rows.next() {
            arrived.append(
                try EventCodec.decodeEvent(row["body"], meeting: number, sequence: row["sequence"], path: path))
            lastHash = row["hash"]
        }
        events += arrived
        state.extend(with: arrived, journal: events)
        return arrived
    }

    /// Appends an admitted command's events, each chained to the one before, and takes the state they
    /// produce. Call inside the write transaction the admission was decided in.
    mutating func append(_ db: Database, _ admission: MeetingState.Admission) throws {
        for event in admission.events {
            let body = EventCodec.encode(event)
            let hash = EventCodec.hash(previous: lastHash, meetingNumber: number, sequence: event.sequence, body: body)
            // Prepared once per connection: an append runs the same two statements every time.
            try db.cachedStatement(sql: "INSERT INTO event (meetingID, sequence, body, hash) VALUES (?, ?, ?, ?)")
                .execute(arguments: [rowID, event.sequence, body, hash])
            try SearchIndex.add(db, event, meeting: number)
            lastHash = hash
        }
        events += admission.events
        state = admission.state
        try RegisterFactsTable.keep(db, meetingRowID: rowID, number: number, state: state, head: head)
    }
}
