import Foundation
import GRDB
import MeetingKit

/// Full-text search over every meeting's words (SQLite FTS5): each event with text of its own is indexed
/// in the same transaction that appends it, so the index is never behind the record; a record written before
/// the index existed has its events indexed by the migration that adds it, when first opened for writing.
/// The index holds words only: confidentiality and undo are decided when results are shown, from the
/// meeting as it stands (N4).
enum SearchIndex {
    static func create(_ db: Database) throws {
        try db.execute(
            sql:
                "CREATE VIRTUAL TABLE search USING fts5(text, kind UNINDEXED, meeting UNINDEXED, sequence UNINDEXED, "
                + "tokenize = 'unicode61 remove_diacritics 2')"
        )
    }

    static func add(_ db: Database, _ event: MeetingEvent, meeting: Int) throws {
        guard let (kind, text) = event.payload.searchableText else { return }
        try db.cachedStatement(sql: "INSERT INTO search (text, kind, meeting, sequence) VALUES (?, ?, ?, ?)")
            .execute(arguments: [text, kind, meeting, event.sequence])
    }

    /// Indexes every event the record holds.
    static func indexAll(_ db: Database) throws {
        let rows = try Row.fetchCursor(
            db, sql: "SELECT m.number, e.sequence, e.body FROM event e JOIN meeting m ON m.id = e.meetingID")
        while let row = try rows.next() {
            let event = try EventCodec.decodeEvent(row["body"], meeting: row["number"], sequence: row["sequence"])
            try add(db, event, meeting: row["number"])
        }
    }

    /// The words as FTS5 should read them: each word quoted, so punctuation in a query is never syntax.
    static func query(_ text: String) -> String { searchWords(text).map { "\"\($0)\"" }.joined(separator: " ") }
}
