import Foundation
import MeetingKit
@testable import MeetingStore
import MinutesFormats
import Testing

/// A record written by the release before the constitution's maps became JSON objects (Fixtures/, made
/// with `gavel do` from examples/ and corrected twice in the console, on 2026-11-29): it must open, verify,
/// fold and minute exactly as it did, and take new events.
@Suite("Records written by earlier releases")
struct EarlierRecordTests {
    private func copy() throws -> (TemporaryFolder, String) {
        let folder = TemporaryFolder()
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/written-2026-11-29.gavel").path
        let path = folder.file("earlier.gavel")
        try FileManager.default.copyItem(atPath: fixture, toPath: path)
        return (folder, path)
    }

    @Test("opens, verifies, folds and minutes as it did; its stored constitution is the array form of before")
    func opensAsBefore() throws {
        let (folder, path) = try copy()
        _ = folder
        let store = try RecordStore.openForReading(path: path)
        #expect(try store.verify().isIntact)
        let stored = try store.read { db in try String.fetchOne(db, sql: "SELECT constitutionJSON FROM meeting WHERE number = 1") ?? "" }
        #expect(stored.contains("\"holders\":[\""), "the fixture should hold the earlier array form")
        let meeting = try LiveMeeting(store: store, number: 1)
        #expect(meeting.events.count == 60)
        #expect(meeting.state == MeetingState.fold(constitution: meeting.state.initialConstitution, mattersArising: meeting.state.mattersArising, isFirstOfSeries: true, events: meeting.events))
        let c = meeting.state.constitution
        #expect(c.holders["early-years"].map { c.displayName($0.representative) } == "Ann Early")
        let minutes = MarkdownMinutes.render(MinutesDocument(state: meeting.state, includeConfidential: true), head: "h", timeZone: TimeZone(identifier: "Europe/London")!)
        #expect(minutes.contains("Outcome: **CARRIED**, 3 for, 1 against: a majority of votes cast"))
        #expect(minutes.contains("(corrected, see C2)"))
    }

    @Test("takes new events, and a next meeting whose constitution is stored in the new form; everything verifies")
    func continues() throws {
        let (folder, path) = try copy()
        _ = folder
        let store = try RecordStore.open(path: path)
        let number = try store.startMeeting()
        #expect(number == 2)
        let next = try LiveMeeting(store: store, number: 2)
        try next.perform(.openMeeting(MeetingDetails(title: "ELG, November 2019", date: CalendarDay("2019-11-05")!, place: "", clerk: "")), by: .chair, at: Date())
        #expect(try store.verify().isIntact)
        let stored = try store.read { db in try String.fetchOne(db, sql: "SELECT constitutionJSON FROM meeting WHERE number = 2") ?? "" }
        #expect(stored.contains("\"holders\":{\""), "a new meeting's constitution is stored as objects keyed by id")
        let c = next.state.constitution
        #expect(c.holders["early-years"].map { c.displayName($0.representative) } == "Ann Early", "names carry into the next meeting")
    }

    @Test("the same constitution is always the same text")
    func deterministic() throws {
        let (folder, path) = try copy()
        _ = folder
        let constitution = try RecordStore.openForReading(path: path).series().constitution
        let first = try EventCodec.encode(constitution)
        for _ in 0..<5 { #expect(try EventCodec.encode(EventCodec.decode(Constitution.self, from: first)) == first) }
    }
}
