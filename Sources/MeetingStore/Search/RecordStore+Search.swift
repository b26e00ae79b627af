import Foundation
import GRDB
import MeetingKit

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
            results.append(
                SearchResult(
                    meeting: hit.meeting, date: meeting.date, sequence: hit.sequence, kind: hit.kind,
                    snippet: hit.snippet, correction: meeting.corrections.latestRewrite(of: hit.sequence)))
        }
        return results
    }
}
