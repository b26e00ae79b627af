import Foundation
import GRDB
import MeetingKit

/// One place a search found.
public struct SearchHit: Hashable, Sendable {
    public var meeting: Int
    public var sequence: Int
    public var kind: String
    /// The matching words in context, the matches in [brackets].
    public var snippet: String
}

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

extension RecordStore {
    /// Every place the words of `text` occur together, best first. Without an index (a record written before
    /// it, opened only to read), the events are searched one by one, and found the same.
    public func search(_ text: String, limit: Int = 50) throws(StoreError) -> [SearchHit] {
        let query = SearchIndex.query(text)
        guard !query.isEmpty else { return [] }
        return try read { db in
            if try db.tableExists("search") {
                return try Row.fetchAll(
                    db,
                    sql: """
                        SELECT meeting, sequence, kind, snippet(search, 0, '[', ']', '…', 12) AS snippet FROM search
                        WHERE search MATCH ? ORDER BY rank LIMIT ?
                        """, arguments: [query, limit]
                ).map {
                    SearchHit(
                        meeting: $0["meeting"], sequence: $0["sequence"], kind: $0["kind"], snippet: $0["snippet"])
                }
            }
            let words = searchWords(text)
            var hits: [SearchHit] = []
            let rows = try Row.fetchCursor(
                db,
                sql:
                    "SELECT m.number, e.sequence, e.body FROM event e JOIN meeting m ON m.id = e.meetingID ORDER BY "
                    + "m.number, e.sequence"
            )
            while let row = try rows.next(), hits.count < limit {
                let event = try EventCodec.decodeEvent(
                    row["body"], meeting: row["number"], sequence: row["sequence"], path: path)
                guard let found = event.payload.matching(words) else { continue }
                hits.append(
                    SearchHit(meeting: row["number"], sequence: event.sequence, kind: found.kind, snippet: found.text))
            }
            return hits
        }
    }
}

/// A search result as shown: where it is in the series, and whether the public may see it.
public struct SearchResult: Hashable, Sendable {
    /// The hit as every search shows it (`searchHitLine`), its words as recorded.
    public var line: String {
        searchHitLine(meeting: meeting, date: date, sequence: sequence, kind: kind, text: snippet)
    }

    public var meeting: Int
    /// The meeting's date, when it was opened.
    public var date: CalendarDay?
    public var sequence: Int
    public var kind: String
    public var snippet: String
    /// V5: when the entry found was corrected, the correction's number and the entry as it now reads; the
    /// index holds the words as first recorded, so the snippet alone may show the old text.
    public var correction: (number: Int, nowReads: String)? {
        get { correctionNumber.map { ($0, correctedText ?? "") } }
        set { (correctionNumber, correctedText) = (newValue?.number, newValue?.nowReads) }
    }
    var correctionNumber: Int?
    var correctedText: String?
}

extension RecordStore {
    /// `search`, judged against each meeting as it stands: events taken back by an undo are left out, and,
    /// unless `includeConfidential`, every event the meeting's public projection does not show (N4).
    public func searchMeetings(
        _ text: String, includeConfidential: Bool = false, limit: Int = 20
    ) throws(StoreError) -> [SearchResult] {
        var meetings: [Int: (date: CalendarDay?, shown: Set<Int>, corrections: [CorrectionRecord])] = [:]
        var results: [SearchResult] = []
        for hit in try search(text, limit: limit * 4) where results.count < limit {
            if meetings[hit.meeting] == nil {
                let live = try LiveMeeting(store: self, number: hit.meeting)
                let undone = MeetingState.undoneRanges(in: live.events)
                let kept = live.events.filter { event in !undone.contains { $0.contains(event.sequence) } }
                let shown =
                    includeConfidential
                    ? Set(kept.map(\.sequence)) : PublicProjection.publicEvents(of: kept, in: live.state)
                meetings[hit.meeting] = (
                    live.state.details?.date, shown, live.state.corrections.filter { shown.contains($0.sequence) }
                )
            }
            guard let meeting = meetings[hit.meeting], meeting.shown.contains(hit.sequence) else { continue }
            var result = SearchResult(
                meeting: hit.meeting, date: meeting.date, sequence: hit.sequence, kind: hit.kind, snippet: hit.snippet)
            // The latest correction shown that rewrote this entry's text (one that only explains leaves it).
            if let latest = meeting.corrections.last(where: { $0.correction.target == hit.sequence && $0.was != nil }) {
                result.correction = (latest.number, latest.correction.text)
            }
            results.append(result)
        }
        return results
    }
}
